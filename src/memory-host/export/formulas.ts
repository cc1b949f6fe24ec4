/**
 * A cell's formula as the file stores it. The host keeps formulas as the add-in (or a user) wrote them. The file
 * format has no "[@Column]" shorthand: Excel shows `Table[[#This Row],[Column]]` as `[@Column]` but stores the long
 * form (ECMA-376 Part 1, §18.17.6.6, and LibreOffice reads only that), so the shorthand of a formula inside a table
 * is written out in full; everything else, text in quotes included, is kept as written.
 *
 * Not translated: functions newer than Excel 2010 would need their "_xlfn." prefix in the file; the add-in writes
 * none (DESIGN principle 2), so a user's LET or XLOOKUP typed into the preview is written as typed.
 */

/** `[@Col]`, `[@[Col]]`, `[@[A]:[B]]` (optionally after a table name), outside quoted text. */
const THIS_ROW = /([\p{L}_\\][\p{L}\p{N}_.]*)?\[@(\[(?:[^\]']|'.)*\](?::\[(?:[^\]']|'.)*\])?|(?:[^\]['#]|'.)+)\]/gu;

function expandThisRow(part: string, table: string): string {
  return part.replace(THIS_ROW, (_, name: string | undefined, columns: string) => {
    const column = columns.startsWith("[") ? columns : `[${columns}]`;
    return `${name ?? table}[[#This Row],${column}]`;
  });
}

/**
 * The formula's text for the file, without its "=": `table` is the name of the table the cell is in, if any.
 * Quoted text ("…", with "" inside) is left alone.
 */
export function fileFormula(formula: string, table: string | undefined): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  if (table === undefined || !body.includes("[@")) return body;
  return body
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) => (index % 2 === 1 ? part : expandThisRow(part, table)))
    .join("");
}
