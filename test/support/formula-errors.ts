import { FormulaInputError } from "../../src/domain/formula-error";
import type { ComputedValue } from "./libreoffice";

/** The kind of formula error a rule raises ("value", "num", "div0"), or "no error"; any other exception escapes. */
export function errorKind(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof FormulaInputError) return error.kind;
    throw error;
  }
  return "no error";
}

/** The text Excel (and LibreOffice) shows for each kind of formula error. */
export const EXCEL_ERROR_TEXT = { value: "#VALUE!", num: "#NUM!", div0: "#DIV/0!" } as const;

/** What a domain rule gives, as a cell shows it: null is "", a FormulaInputError its error text. */
export function asCell(compute: () => number | string | boolean | null): ComputedValue {
  try {
    return compute() ?? "";
  } catch (error) {
    if (error instanceof FormulaInputError) return EXCEL_ERROR_TEXT[error.kind];
    throw error;
  }
}

/** Numbers (date-times included) agree within a billionth (of a day: 86 µs); anything else exactly. */
export function sameCell(expected: ComputedValue, computed: ComputedValue): boolean {
  if (typeof expected === "number" && typeof computed === "number") return Math.abs(expected - computed) <= 1e-9;
  return expected === computed;
}
