/**
 * Structured references as they are stored in the file (`Table[[#This Row],[Column]]`, which Excel shows as
 * `[@Column]`): Office.js, Excel 2016 and LibreOffice 7.4 all read this form, and it survives a column being moved.
 */

/** A column name inside brackets: ' [ ] # are escaped with a leading apostrophe. */
export function escapeColumnName(header: string): string {
  return header.replace(/['[\]#]/g, (character) => `'${character}`);
}

/** The cell of `header` in the formula's own row. */
export function thisRow(table: string, header: string): string {
  return `${table}[[#This Row],[${escapeColumnName(header)}]]`;
}

/** The cells from `first` to `last` in the formula's own row (columns side by side). */
export function thisRowSpan(table: string, first: string, last: string): string {
  return `${table}[[#This Row],[${escapeColumnName(first)}]:[${escapeColumnName(last)}]]`;
}

/** A whole column of a table's data. */
export function wholeColumn(table: string, header: string): string {
  return `${table}[[${escapeColumnName(header)}]]`;
}
