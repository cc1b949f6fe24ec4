/**
 * The survey periods an alert and its effectiveness check are about: the period after one, when one is over, and
 * which records a period takes in. Quarters, half-years and years follow the reports' rules (report-periods.ts);
 * a month ("2026-07"), which the reports do not count by, is its own period.
 */
import { serialOf } from "../excel-date";
import { normalisePeriod } from "../records/period-duration";
import { parseReportPeriod, periodSpan, shiftPeriod } from "../reports/report-periods";
import type { ReportGrain } from "../reports/types";

const MONTH = /^(\d{4})-(\d{2})$/;

/** A period label as VOC.PERIOD writes it ("2026-q1 " → "2026-Q1"); undefined for text that is no period. */
export function surveyPeriod(label: unknown): string | undefined {
  return typeof label === "string" ? normalisePeriod(label) : undefined;
}

/**
 * The grain whose rule (periodWithin) takes in the records of a period: its own for a quarter, half-year or year;
 * for a month, the quarter rule, which is the label itself.
 */
export function periodGrain(period: string): ReportGrain {
  return parseReportPeriod(period)?.grain ?? "Q";
}

/** The period after `period`: "2026-Q4" → "2027-Q1", "2026-H1" → "2026-H2", "2026-12" → "2027-01", "2026" → "2027". */
export function nextPeriod(period: string): string | undefined {
  if (parseReportPeriod(period)) return shiftPeriod(period, 1);
  const month = MONTH.exec(period);
  if (!month) return undefined;
  const index = Number(month[1]) * 12 + Number(month[2]); // the month after, counted from year 0
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The first day after the period, as a date serial; undefined for a label that is no period. */
export function periodEnd(period: string): number | undefined {
  if (parseReportPeriod(period)) return periodSpan(period).next;
  const month = MONTH.exec(period);
  if (!month) return undefined;
  const [year, number] = [Number(month[1]), Number(month[2])];
  return number === 12 ? serialOf(year + 1, 1, 1) : serialOf(year, number + 1, 1);
}
