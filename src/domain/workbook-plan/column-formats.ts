/** How each type of column looks: its number format and width. */
import type { ColumnSpec, ColumnType } from "../schema";

/** Text columns are formatted as text ("@"), so that a value typed in the sheet never becomes a formula either. */
export const TEXT_FORMAT = "@";
export const DATE_FORMAT = "yyyy-mm-dd";
export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

const NUMBER_FORMATS: { readonly [type in ColumnType]: string } = {
  text: TEXT_FORMAT,
  longText: TEXT_FORMAT,
  number: "0.0",
  integer: "0",
  percent: "0.0%",
  date: DATE_FORMAT,
  dateTime: DATE_TIME_FORMAT,
  boolean: "General",
  choice: TEXT_FORMAT,
  phone: TEXT_FORMAT,
  email: TEXT_FORMAT,
  period: TEXT_FORMAT,
  duration: TEXT_FORMAT,
  recordId: TEXT_FORMAT,
  reference: TEXT_FORMAT,
};

/** Widths in characters: dates fit, long text is wide enough to read a sentence. */
const WIDTHS: { readonly [type in ColumnType]: number } = {
  text: 18,
  longText: 40,
  number: 10,
  integer: 8,
  percent: 9,
  date: 12,
  dateTime: 17,
  boolean: 9,
  choice: 16,
  phone: 16,
  email: 24,
  period: 10,
  duration: 10,
  recordId: 14,
  reference: 18,
};

/** The number format of a column; calculated text (grades) stays General so its formula is not shown as text. */
export function numberFormatOf(column: ColumnSpec): string {
  if (column.calculated && NUMBER_FORMATS[column.type] === TEXT_FORMAT) return "General";
  return NUMBER_FORMATS[column.type];
}

/** A column wide enough for its values and for its header (up to a limit, headers wrap beyond it). */
export function widthOf(column: ColumnSpec, header: string): number {
  const headerWidth = [...header].reduce((width, character) => width + (isWide(character) ? 2 : 1), 0) + 2;
  return Math.min(Math.max(WIDTHS[column.type], headerWidth), 40);
}

/** CJK characters take two columns of the default font. */
function isWide(character: string): boolean {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
    character,
  );
}
