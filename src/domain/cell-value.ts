import { FormulaInputError } from "./formula-error";

/** What Excel hands a custom function for one cell: a number, text, a boolean, or nothing. */
export type CellValue = number | string | boolean | null | undefined;

/** Blank cells arrive as null, undefined or "" depending on the host and the argument. */
export function isBlank(value: CellValue): value is null | undefined | "" {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

const NUMERIC_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A number, or a number stored as text; anything else is #VALUE!. */
export function toNumber(value: CellValue, what: string): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && NUMERIC_TEXT.test(value.trim())) return Number(value.trim());
  throw new FormulaInputError("value", `${what} must be a number, not ${JSON.stringify(value)}.`);
}
