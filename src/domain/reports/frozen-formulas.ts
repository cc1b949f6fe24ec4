/**
 * "Prepare for sending" (DESIGN principle 2): the VOC.* formulas of a workbook become their values, so the copy
 * emailed to management shows numbers instead of #NAME?, and a hidden store keeps each formula to restore it. This
 * file holds the rules; src/excel/prepare-for-sending.ts does the reading and writing.
 */
import { columnLetter } from "../workbook-plan";

/** The hidden sheet holding one row per frozen cell. */
export const FROZEN_STORE_SHEET = "VOC_Frozen";
/** The workbook name that says a freeze is in place: how many formulas, since when. */
export const FROZEN_AT_NAME = "VOC_FrozenAt";
export const FROZEN_STORE_HEADERS = ["Sheet", "Address", "Formula", "Frozen value"] as const;

export type FrozenValue = string | number | boolean;

/** A cell whose VOC.* formula was replaced by its value: enough to put the formula back. */
export interface FrozenCell {
  readonly sheet: string;
  /** The cell on its sheet, as A1 ("F12"), without the sheet's name. */
  readonly address: string;
  readonly formula: string;
  readonly value: FrozenValue;
}

/**
 * String literals ("…", quotes doubled inside) and quoted sheet names ('…'): a function named there is no call. One
 * alternation, so whichever opens first wins (a sheet name may hold a double quote, a string an apostrophe).
 */
const QUOTED = /"(?:[^"]|"")*"|'(?:[^']|'')*'/g;
/** Structured references and external workbooks ([Column], [[#This Row],[Column]], [Book.xlsx]): innermost first. */
const BRACKETED = /\[[^[\]]*\]/g;
/**
 * A call of a VOC.* function: "VOC.SCORE(", in any case, not part of a longer name (MYVOC.SCORE, X.VOC.SCORE).
 * Excel may show a custom function it cannot find with the prefix "_xldudf_", and with "_" for the dot.
 */
const ADDIN_CALL = /(?:^|[^\p{L}\p{N}_.\\])(?:_xldudf_VOC[._]|VOC\.)[\p{L}_][\p{L}\p{N}_.]*\s*\(/iu;

/** A formula ("=…") calling a VOC.* custom function; text inside string literals and sheet names does not count. */
export function isAddinFormula(formula: string): boolean {
  if (!formula.startsWith("=")) return false;
  let code = formula.replace(QUOTED, " ");
  for (let previous = ""; previous !== code;) [previous, code] = [code, code.replace(BRACKETED, " ")];
  return ADDIN_CALL.test(code);
}

/**
 * A cell that holds a formula, from the formulas and values Excel reports for it. Text that merely starts with "="
 * (stored as text, DESIGN principle 4) reads the same in both grids and is no formula.
 */
export function isFormulaCell(formula: unknown, value: unknown): formula is string {
  return typeof formula === "string" && formula.length > 1 && formula.startsWith("=") && formula !== value;
}

/** The errors Excel reports as a cell's value: not a result to freeze (#BUSY! is a function still computing). */
const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
]);

export function isExcelError(value: unknown): boolean {
  return typeof value === "string" && EXCEL_ERRORS.has(value.toUpperCase());
}

/**
 * What a frozen value is written as. Every text travels with the apostrophe prefix, not only text that looks like a
 * formula (cellInput): a VOC.PERIOD result such as "2026" or "2026-07" must stay text, not become a number or date.
 */
export function frozenValueInput(value: FrozenValue): FrozenValue {
  return typeof value === "string" && value !== "" ? `'${value}` : value;
}

/** A frozen value as read back, and the one frozen: equal, so the cell was not edited since. */
export function sameFrozenValue(current: unknown, frozen: FrozenValue): boolean {
  if (typeof current === "number" && typeof frozen === "number")
    return Math.abs(current - frozen) <= 1e-12 * Math.max(1, Math.abs(current), Math.abs(frozen));
  return (current ?? "") === frozen;
}

/** "F12" for row 11, column 5 (0-based). */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

const CELL_ADDRESS = /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/i;

/** Row and column (0-based) of a one-cell address ("F12", "$F$12"); undefined for anything else. */
export function cellPosition(address: string): { readonly row: number; readonly column: number } | undefined {
  const match = CELL_ADDRESS.exec(address.trim());
  if (!match) return undefined;
  const column = [...match[1].toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  const row = Number(match[2]) - 1;
  return column <= 16383 && row <= 1048575 ? { row, column } : undefined;
}

/** A store row as written: every text with the apostrophe prefix, so names, formulas and values stay text. */
export function encodeFrozenCell(cell: FrozenCell): FrozenValue[] {
  return [`'${cell.sheet}`, cell.address, `'${cell.formula}`, frozenValueInput(cell.value)];
}

/** A store row read back, with its place among the store's rows (0 is the first row under the headers). */
export interface StoredCell {
  readonly row: number;
  readonly cell: FrozenCell;
}

/**
 * The store's rows under its header row, as read (values). Rows that do not describe a frozen cell (blank, damaged
 * by hand) are skipped; when one cell appears twice, the later row wins.
 */
export function decodeFrozenRows(rows: readonly (readonly unknown[])[]): StoredCell[] {
  const byCell = new Map<string, StoredCell>();
  rows.forEach(([sheet, address, formula, value], row) => {
    const cell = decodeRow(sheet, address, formula, value);
    if (cell) byCell.set(cellKey(cell), { row, cell });
  });
  return [...byCell.values()].sort((a, b) => a.row - b.row);
}

function decodeRow(sheet: unknown, address: unknown, formula: unknown, value: unknown): FrozenCell | undefined {
  const sheetName = typeof sheet === "number" ? String(sheet) : sheet;
  if (typeof sheetName !== "string" || sheetName === "" || typeof address !== "string") return undefined;
  if (!cellPosition(address) || typeof formula !== "string" || !formula.startsWith("=")) return undefined;
  const frozen = typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : "";
  return { sheet: sheetName, address: address.trim().replace(/\$/g, "").toUpperCase(), formula, value: frozen };
}

/** One key per cell: sheet names are case-insensitive in Excel. */
export function cellKey(cell: { readonly sheet: string; readonly address: string }): string {
  return `${cell.sheet.toLowerCase()}!${cell.address}`;
}

/** The name's formula: a text constant a person can read in the Name Manager. */
export function frozenAtFormula(count: number, at: Date): string {
  return `="VOC Ledger froze ${count} formula${count === 1 ? "" : "s"} at ${at.toISOString()}"`;
}
