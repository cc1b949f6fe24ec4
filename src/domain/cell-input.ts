/**
 * What the add-in sends to a cell for a value: Office.js reads a string as if it were typed, so "=SUM(A1)" would
 * become a formula and "-5" or "1/2" a number or a date. Text that Excel would reinterpret gets the apostrophe
 * prefix, which Excel keeps as "this is text" and does not show or store in the value (DESIGN principle 4).
 */
import type { PlanValue } from "./workbook-plan";

/** Text Excel would read as a formula (= + - @), or whose leading apostrophe it would swallow. */
const REINTERPRETED = /^[=+\-@']/;

/** The value to write for `value`: numbers and booleans as they are, blank as "", risky text quoted. */
export function cellInput(value: PlanValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  return REINTERPRETED.test(value) ? `'${value}` : value;
}

/**
 * The value to write into a cell formatted as text ("@"), which stores what is written as text, formulas included,
 * as typing it would. Whether Excel keeps an apostrophe typed there as part of the text is undocumented, so such
 * cells get none, but for text that starts with one (the prefix keeps it under either reading).
 */
export function textCellInput(value: PlanValue): string | number | boolean {
  if (typeof value === "string" && !value.startsWith("'")) return value;
  return cellInput(value);
}

/** The text a formula cell is given: formulas are the only strings written unquoted. */
export function formulaInput(formula: string): string {
  if (!formula.startsWith("=")) throw new Error(`A formula starts with "=", not ${JSON.stringify(formula)}.`);
  return formula;
}
