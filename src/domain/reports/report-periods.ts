/**
 * The periods a report counts by, and which records fall in one (REQUIREMENTS 32, 35). A survey record carries its
 * own period label; it counts in a report period that equals it or contains it: a quarter in its half-year, anything
 * of a year in that year. (A monthly survey period therefore shows in the yearly view only.) A complaint counts by
 * the date it was received. The same rule is written once here for JavaScript and once as native formula text.
 */
import { dateOfSerial, serialOf } from "../excel-date";
import type { ReportGrain } from "./types";

/** How many periods the dashboard shows by default: two years of quarters, three of half-years, five years. */
export const DEFAULT_PERIOD_COUNT: { readonly [grain in ReportGrain]: number } = { Q: 8, H: 6, Y: 5 };

const PATTERN: { readonly [grain in ReportGrain]: RegExp } = {
  Q: /^(\d{4})-Q([1-4])$/,
  H: /^(\d{4})-H([12])$/,
  Y: /^(\d{4})$/,
};

/** Months in one period of the grain. */
const MONTHS: { readonly [grain in ReportGrain]: number } = { Q: 3, H: 6, Y: 12 };

interface ParsedPeriod {
  readonly grain: ReportGrain;
  readonly year: number;
  /** 1-based quarter or half; 1 for a year. */
  readonly part: number;
}

/** "2026-Q3", "2026-H2" or "2026" read back; undefined for anything else (a month, a typo). */
export function parseReportPeriod(period: string): ParsedPeriod | undefined {
  const text = period.trim().toUpperCase();
  for (const grain of ["Q", "H", "Y"] as const) {
    const match = PATTERN[grain].exec(text);
    if (match) return { grain, year: Number(match[1]), part: grain === "Y" ? 1 : Number(match[2]) };
  }
  return undefined;
}

function label(grain: ReportGrain, year: number, part: number): string {
  return grain === "Y" ? String(year) : `${year}-${grain}${part}`;
}

/** The report period a date serial falls in. */
export function reportPeriodOf(serial: number, grain: ReportGrain): string {
  const { year, month } = dateOfSerial(serial);
  return label(grain, year, Math.ceil(month / MONTHS[grain]));
}

/** The period `steps` before (negative) or after `period`. */
export function shiftPeriod(period: string, steps: number): string {
  const parsed = parseReportPeriod(period);
  if (!parsed) throw new Error(`"${period}" is not a quarter, half-year or year.`);
  const perYear = 12 / MONTHS[parsed.grain];
  const index = parsed.year * perYear + (parsed.part - 1) + steps;
  return label(parsed.grain, Math.floor(index / perYear), (index % perYear) + 1);
}

export function previousPeriod(period: string): string {
  return shiftPeriod(period, -1);
}

/** `count` periods of `grain`, oldest first, ending with the one `today` (a date serial) falls in. */
export function reportPeriods(grain: ReportGrain, today: number, count = DEFAULT_PERIOD_COUNT[grain]): string[] {
  const last = reportPeriodOf(today, grain);
  return Array.from({ length: count }, (_, index) => shiftPeriod(last, index - count + 1));
}

/** The first day of the period and the first day after it, as date serials: a complaint received in [start, next). */
export function periodSpan(period: string): { readonly start: number; readonly next: number } {
  const parsed = parseReportPeriod(period);
  if (!parsed) throw new Error(`"${period}" is not a quarter, half-year or year.`);
  const months = MONTHS[parsed.grain];
  const firstMonth = (parsed.part - 1) * months + 1;
  const nextMonth = firstMonth + months;
  return {
    start: serialOf(parsed.year, firstMonth, 1),
    next: nextMonth > 12 ? serialOf(parsed.year + 1, nextMonth - 12, 1) : serialOf(parsed.year, nextMonth, 1),
  };
}

/** Whether a survey record's own period label counts in the report period `period` of `grain`. */
export function periodWithin(recordPeriod: unknown, period: string, grain: ReportGrain): boolean {
  if (typeof recordPeriod !== "string") return false;
  const record = recordPeriod.trim().toUpperCase();
  const target = period.toUpperCase();
  switch (grain) {
    case "Q":
      return record === target;
    case "H":
      return record === target || quartersOf(target).includes(record);
    case "Y":
      return record.slice(0, 4) === target.slice(0, 4);
  }
}

function quartersOf(half: string): string[] {
  const year = half.slice(0, 4);
  const part = Number(half.slice(-1));
  return [`${year}-Q${part * 2 - 1}`, `${year}-Q${part * 2}`];
}

// Native formulas of the same rules, over a cell holding the period label ------------------------------------------

/** `=DATE(…)` parts: the year and the first month of the period in `periodCell`. */
function yearOf(periodCell: string): string {
  return `VALUE(LEFT(${periodCell},4))`;
}

function firstMonthOf(periodCell: string, grain: ReportGrain): string {
  return grain === "Y" ? "1" : `(VALUE(RIGHT(${periodCell},1))-1)*${MONTHS[grain]}+1`;
}

/** The first day of the period in `periodCell` (DATE rolls month 13 into the next year). */
export function periodStartFormula(periodCell: string, grain: ReportGrain): string {
  return `=DATE(${yearOf(periodCell)},${firstMonthOf(periodCell, grain)},1)`;
}

/** The first day after the period. */
export function periodNextFormula(periodCell: string, grain: ReportGrain): string {
  return `=DATE(${yearOf(periodCell)},${firstMonthOf(periodCell, grain)}+${MONTHS[grain]},1)`;
}

/** The period before the one in `periodCell`, as text ("2026-Q1" → "2025-Q4"). */
export function previousPeriodFormula(periodCell: string, grain: ReportGrain): string {
  const year = yearOf(periodCell);
  if (grain === "Y") return `=""&(${year}-1)`;
  const part = `VALUE(RIGHT(${periodCell},1))`;
  const last = 12 / MONTHS[grain];
  return `=IF(${part}=1,(${year}-1)&"-${grain}${last}",LEFT(${periodCell},4)&"-${grain}"&(${part}-1))`;
}

/**
 * 1 for each row of `periodColumn` whose label counts in the period of `periodCell`, 0 otherwise: an array
 * expression for SUMPRODUCT (the comparisons ignore case, as periodWithin does).
 */
export function withinPeriodArray(periodColumn: string, periodCell: string, grain: ReportGrain): string {
  switch (grain) {
    case "Q":
      return `(${periodColumn}=${periodCell})`;
    case "H": {
      const year = `LEFT(${periodCell},4)`;
      const part = `VALUE(RIGHT(${periodCell},1))`;
      return (
        `((${periodColumn}=${periodCell})+(${periodColumn}=${year}&"-Q"&(${part}*2-1))` +
        `+(${periodColumn}=${year}&"-Q"&(${part}*2)))`
      );
    }
    case "Y":
      return `(LEFT(${periodColumn},4)=LEFT(${periodCell},4))`;
  }
}

/** 1 for each date in `dateColumn` within [start, next): the complaints received in the period. */
export function withinSpanArray(dateColumn: string, startCell: string, nextCell: string): string {
  return `(${dateColumn}>=${startCell})*(${dateColumn}<${nextCell})`;
}
