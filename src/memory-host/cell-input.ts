export type Scalar = string | number | boolean;

/**
 * One cell as Excel keeps it: a value, and the formula if any. The host does not compute formulas: a formula
 * cell's value stays "" (tests check formulas as text; LibreOffice computes them in the spreadsheet tests).
 * Cells are immutable: a change replaces the cell.
 */
export interface Cell {
  readonly value: Scalar;
  readonly formula?: string;
}

export const EMPTY: Cell = { value: "" };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1899-12-30, Excel's date serial (the 1900 leap-year bug only matters before March 1900). */
function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** What Excel makes of typed text: numbers, percents, TRUE/FALSE and ISO dates become values, the rest stays text. */
function parsedText(text: string): Scalar {
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return Number(trimmed);
  if (PERCENT.test(trimmed)) return Number(trimmed.slice(0, -1)) / 100;
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toUpperCase() === "TRUE";
  const date = ISO_DATE.exec(trimmed);
  if (date) return dateSerial(Number(date[1]), Number(date[2]), Number(date[3]));
  return text;
}

/**
 * What Excel does with a value written to a cell, as if typed: "=…" becomes a formula, "'…" stays text (without
 * the apostrophe), numeric text becomes a number, unless the cell is formatted as text ("@"): then what is typed,
 * "=…" included, is kept as text and never calculated
 * (https://excelribbon.tips.net/T003308_Formulas_Dont_Calculate_as_Formulas.html). Office.js does not document
 * this for values or formulas written through the API; the host takes the stricter reading for values, formulas
 * and rows.add alike, using the format the cell has when the write is applied (an earlier write of the same sync
 * included).
 */
export function cellFromInput(input: Scalar, textFormatted: boolean): Cell {
  if (typeof input !== "string") return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (textFormatted) return { value: input };
  if (input.startsWith("=") && input.length > 1) return { value: "", formula: input };
  return { value: parsedText(input) };
}

export function sameCell(a: Cell, b: Cell): boolean {
  return a.value === b.value && a.formula === b.formula;
}

export function isEmpty(cell: Cell): boolean {
  return cell.value === "" && cell.formula === undefined;
}
