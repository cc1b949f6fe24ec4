/**
 * Reporting periods (VOC.PERIOD): surveys run yearly, half-yearly or quarterly and reviews monthly, quarterly and
 * yearly (REQUIREMENTS 32, 35), so every dated record gets a period label the dashboard can count by.
 */
import { type CellValue, isBlank, toNumber } from "./cell-value";
import { MAX_EXCEL_SERIAL, dateOfSerial } from "./excel-date";
import { FormulaInputError } from "./formula-error";

/** Quarter ("2026-Q3"), half year ("2026-H2"), month ("2026-07") or year ("2026"). */
export type PeriodGrain = "Q" | "H" | "M" | "Y";

export const DEFAULT_PERIOD_GRAIN: PeriodGrain = "Q";

const GRAINS: readonly PeriodGrain[] = ["Q", "H", "M", "Y"];

/** The grain argument: Q, H, M or Y in any case, blank for the default Q; anything else is #VALUE!. */
export function parseGrain(grain: CellValue): PeriodGrain {
  if (isBlank(grain)) return DEFAULT_PERIOD_GRAIN;
  const letter = typeof grain === "string" ? grain.trim().toUpperCase() : "";
  const found = GRAINS.find((candidate) => candidate === letter);
  if (!found) {
    throw new FormulaInputError("value", `A period grain is Q, H, M or Y, not ${JSON.stringify(grain)}.`);
  }
  return found;
}

/**
 * The period a date (a date serial, time of day ignored) falls in, as Excel's YEAR and MONTH see it (serial 60,
 * the fictitious 1900-02-29, is in February). The grain is checked first; then a blank date gives null (a blank
 * cell). Throws #VALUE! for a date that is not a number (numbers stored as text are read), #NUM! for a serial
 * below 1 or after 9999-12-31.
 */
export function periodOf(date: CellValue, grain?: CellValue): string | null {
  const chosen = parseGrain(grain);
  if (isBlank(date)) return null;
  const serial = toNumber(date, "The date");
  if (serial < 1 || serial >= MAX_EXCEL_SERIAL + 1) {
    throw new FormulaInputError("num", `A date lies between 1900-01-01 and 9999-12-31, not serial ${serial}.`);
  }
  const { year, month } = dateOfSerial(serial);
  switch (chosen) {
    case "Q":
      return `${year}-Q${Math.ceil(month / 3)}`;
    case "H":
      return `${year}-H${month <= 6 ? 1 : 2}`;
    case "M":
      return `${year}-${String(month).padStart(2, "0")}`;
    case "Y":
      return String(year);
  }
}

/**
 * The same rule as a native formula (IF, OR, YEAR, MONTH, ROUNDUP, RIGHT: no TEXT, whose format codes depend on
 * the locale), so a workbook emailed without the add-in still has its periods. A blank date gives "", a serial
 * below 1 or after 9999-12-31 #NUM! (LibreOffice would otherwise compute years 1899 and 10000). Throws #VALUE! for
 * a wrong grain, like parseGrain.
 *
 * - "Q" → `=IF(A2="","",IF(OR(A2+0<1,A2+0>=2958466),#NUM!,YEAR(A2)&"-Q"&ROUNDUP(MONTH(A2)/3,0)))`
 * - "M" → `…,YEAR(A2)&"-"&RIGHT("0"&MONTH(A2),2)))`
 */
export function periodFormula(dateRef: string, grain: CellValue = DEFAULT_PERIOD_GRAIN): string {
  const label = periodExpression(dateRef, parseGrain(grain));
  const serial = `${dateRef}+0`; // text that is not a number stops here with #VALUE! (text compares above numbers)
  return `=IF(${dateRef}="","",IF(OR(${serial}<1,${serial}>=${MAX_EXCEL_SERIAL + 1}),#NUM!,${label}))`;
}

function periodExpression(dateRef: string, grain: PeriodGrain): string {
  const year = `YEAR(${dateRef})`;
  const month = `MONTH(${dateRef})`;
  switch (grain) {
    case "Q":
      return `${year}&"-Q"&ROUNDUP(${month}/3,0)`;
    case "H":
      return `${year}&"-H"&ROUNDUP(${month}/6,0)`;
    case "M":
      return `${year}&"-"&RIGHT("0"&${month},2)`;
    case "Y":
      return `""&${year}`;
  }
}
