/**
 * Text cells: what a person typed or pasted, kept as typed (emoji, Chinese and Vietnamese included), with only the
 * invisible noise removed. Text beginning with "=", "+", "-" or "@" is kept exactly as it is: the Excel layer
 * writes it as text, never as a formula (DESIGN principle 4).
 */
import { type CellOutcome, type InputValue, accepted, rejected } from "./record-input";

/** Excel keeps at most 32,767 characters (UTF-16 code units) in a cell. */
export const EXCEL_CELL_LIMIT = 32767;

/** Control characters other than tab, line feed and carriage return: Excel cannot hold them in a cell. */
const CONTROL = /[^\P{Cc}\t\n\r]/gu;

/**
 * One line: pasted tabs, line breaks and runs of white space become one space; trimmed; NFC, so a decomposed
 * "hài lòng" is stored as the composed one Excel's filters and lookups match.
 */
export function singleLine(text: string): string {
  return text.normalize("NFC").replace(CONTROL, "").replace(/\s+/gu, " ").trim();
}

/** Free text: line breaks kept (as Excel's "\n"), the ends trimmed, NFC. */
export function multiLine(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").replace(CONTROL, "").trim();
}

/** Text input as a string: numbers read as their digits; a boolean is no text. */
export function textOf(value: InputValue): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The longest text a column takes: its maxLength, never more than a cell holds. */
export function lengthLimit(maxLength: number | undefined): number {
  return Math.min(maxLength ?? EXCEL_CELL_LIMIT, EXCEL_CELL_LIMIT);
}

/** Normalised text checked against the length limit (counted in UTF-16 code units, as Excel counts); "" is blank. */
export function checkedText(text: string, maxLength: number | undefined): CellOutcome {
  if (text === "") return accepted(null);
  const limit = lengthLimit(maxLength);
  return text.length <= limit
    ? accepted(text)
    : rejected("validation.tooLong", { maxLength: limit, length: text.length });
}
