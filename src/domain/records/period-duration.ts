/**
 * Period and duration cells, in the very text VOC.PERIOD writes and VOC.DUE reads, so formulas and the dashboard
 * count them as they are.
 */
import { parseDuration } from "../due-date";
import { FormulaInputError } from "../formula-error";

const PERIOD = /^(\d{4})(?:-(?:([QH])(\d)|(\d{1,2})))?$/;
const LAST_QUARTER = 4;
const LAST_HALF = 2;
const LAST_MONTH = 12;

/**
 * A reporting period as VOC.PERIOD writes it: "2026-Q3", "2026-H2", "2026-07" or "2026" (years 1900–9999).
 * Spaces are dropped and the letter upper-cased ("2026 - q3" → "2026-Q3"), a one-digit month padded
 * ("2026-7" → "2026-07"); undefined for anything else.
 */
export function normalisePeriod(text: string): string | undefined {
  const match = PERIOD.exec(text.normalize("NFKC").replace(/\s+/gu, "").toUpperCase());
  if (!match) return undefined;
  const [, year, letter, part, month] = match;
  if (Number(year) < 1900) return undefined;
  if (letter !== undefined) {
    const last = letter === "Q" ? LAST_QUARTER : LAST_HALF;
    const number = Number(part);
    return number >= 1 && number <= last ? `${year}-${letter}${number}` : undefined;
  }
  if (month === undefined) return year;
  const number = Number(month);
  return number >= 1 && number <= LAST_MONTH ? `${year}-${String(number).padStart(2, "0")}` : undefined;
}

/**
 * A duration as VOC.DUE reads it ("24h", "30m", "7d", "3wd"), written compactly: spaces dropped, the unit in lower
 * case, no sign or leading zeros ("3 WD" → "3wd"); undefined for what parseDuration refuses.
 */
export function normaliseDuration(text: string): string | undefined {
  const compact = text.normalize("NFKC").replace(/\s+/gu, "").toLowerCase();
  try {
    parseDuration(compact);
  } catch (error) {
    if (error instanceof FormulaInputError) return undefined;
    throw error;
  }
  const match = /^\+?(\d+)([a-z]+)$/.exec(compact);
  return match ? `${Number(match[1])}${match[2]}` : undefined;
}
