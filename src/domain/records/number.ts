/**
 * Number, integer and percent cells. Numeric text is plain: an optional sign, digits and an optional "." decimal
 * part (full-width digits read too); no thousands separators, no exponent, so "1,234" is never read as 1.234 or
 * 1234 by mistake.
 *
 * Percent: a form's number is the fraction Excel stores (0.03 shows as 3 %); text is always percentage points,
 * with or without "%": "3" and "3%" are both 0.03, "0.5" is 0.005. So a value is never read one way or the other
 * depending on its size.
 */
import type { ColumnSpec } from "../schema";
import { type CellOutcome, type InputValue, accepted, preview, rejected } from "./record-input";

const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const PERCENT_TEXT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%?$/;

/** A finite number, or the number plain numeric text spells; undefined for anything else. */
export function readNumber(value: InputValue): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.normalize("NFKC").trim();
  return NUMBER_TEXT.test(text) ? Number(text) : undefined;
}

/** A percent input as the fraction Excel stores; undefined when it is not one. */
export function readPercent(value: InputValue): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const match = PERCENT_TEXT.exec(value.normalize("NFKC").trim());
  // Shifting the decimal point in the text ("3.3e-2") gives the double nearest 0.033, where 3.3 / 100 would not.
  return match ? Number(`${match[1]}e-2`) : undefined;
}

export function normaliseNumber(column: ColumnSpec, value: InputValue): CellOutcome {
  const number = column.type === "percent" ? readPercent(value) : readNumber(value);
  if (number === undefined) {
    const code = column.type === "percent" ? "validation.notAPercent" : "validation.notANumber";
    return rejected(code, { value: preview(value) });
  }
  if (column.type === "integer" && !Number.isInteger(number)) {
    return rejected("validation.notAWholeNumber", { value: preview(value) });
  }
  return withinRange(column, number);
}

function withinRange(column: ColumnSpec, number: number): CellOutcome {
  const { min, max } = column;
  const tooSmall = min !== undefined && number < min;
  const tooLarge = max !== undefined && number > max;
  if (!tooSmall && !tooLarge) return accepted(number === 0 ? 0 : number); // -0 is 0 in a cell
  // The message names the whole allowed range, not just the side that was crossed.
  const values: Record<string, string> = {};
  if (min !== undefined) values.min = limitText(column, min);
  if (max !== undefined) values.max = limitText(column, max);
  const code =
    min !== undefined && max !== undefined
      ? "validation.outOfRange"
      : min !== undefined
        ? "validation.belowMin"
        : "validation.aboveMax";
  return rejected(code, values);
}

/** A limit as the person thinks of it: a percent column's 1 is "100%". */
function limitText(column: ColumnSpec, limit: number): string {
  return column.type === "percent" ? `${Number((limit * 100).toPrecision(12))}%` : String(limit);
}
