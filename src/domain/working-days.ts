/**
 * Working days exactly as Excel's WORKDAY counts them: Monday to Friday, minus holidays. Due dates, survey returns
 * and reminders all count in these days, and the workbook's native formulas use WORKDAY itself.
 */
import { type RangeArgument, cellsOf } from "./cell-range";
import { isBlank, toNumber } from "./cell-value";
import { SATURDAY, SUNDAY, dayOfWeek, wholeDay } from "./excel-date";
import { FormulaInputError } from "./formula-error";

/**
 * Holiday serials from a range, as WORKDAY reads its holidays argument: blank cells are skipped, a time of day is
 * dropped, numbers stored as text count as numbers. Other text (or TRUE/FALSE) is #VALUE!, a negative serial #NUM!.
 */
export function holidaysFrom(range?: RangeArgument): ReadonlySet<number> {
  const holidays = new Set<number>();
  if (range === undefined) return holidays;
  for (const cell of cellsOf(range)) {
    if (isBlank(cell)) continue;
    const serial = toNumber(cell, "A holiday");
    if (serial < 0) throw new FormulaInputError("num", `A holiday must be a date, not ${serial}.`);
    holidays.add(wholeDay(serial));
  }
  return holidays;
}

/**
 * The holidays that fall on a Monday–Friday, sorted ascending: the only ones that can move a WORKDAY. Sorted once
 * per set (a set handed to these functions is treated as fixed; one whose size changes is sorted again).
 */
const weekdayHolidayCache = new WeakMap<ReadonlySet<number>, { readonly size: number; readonly days: Float64Array }>();

function sortedWeekdayHolidays(holidays: ReadonlySet<number>): Float64Array {
  const cached = weekdayHolidayCache.get(holidays);
  if (cached && cached.size === holidays.size) return cached.days;
  const days = new Set<number>();
  for (const holiday of holidays) if (!isWeekendDay(wholeDay(holiday))) days.add(wholeDay(holiday));
  const sorted = Float64Array.from(days).sort();
  weekdayHolidayCache.set(holidays, { size: holidays.size, days: sorted });
  return sorted;
}

function isWeekendDay(day: number): boolean {
  const weekday = dayOfWeek(day);
  return weekday === SATURDAY || weekday === SUNDAY;
}

/** How many of the sorted days are at or below the day. */
function countUpTo(sorted: Float64Array, day: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How many of the sorted days lie after `from` and at or before `to`. */
function countBetween(sorted: Float64Array, from: number, to: number): number {
  return countUpTo(sorted, to) - countUpTo(sorted, from);
}

/**
 * The Monday–Friday `count` weekdays after (count > 0) or before (count < 0) the whole day `start`, holidays
 * ignored, in O(1). Weekdays are numbered from the Monday of the start's week (Monday 0 … Friday 4, next Monday 5);
 * a weekend start counts forward from its Friday (4) and backward from the Monday after (5).
 */
function weekdaysFrom(start: number, count: number): number {
  const mondayIndex = (dayOfWeek(start) + 5) % 7; // Monday 0 … Sunday 6
  const monday = start - mondayIndex;
  const weekday = mondayIndex <= 4 ? mondayIndex : count > 0 ? 4 : 5;
  const target = weekday + count;
  return monday + Math.floor(target / 5) * 7 + (((target % 5) + 5) % 5);
}

/**
 * Excel's WORKDAY(start, days, holidays): the day `days` working days after (or, for negative days, before) the
 * start, as a whole serial. The start's time of day is dropped and `days` truncated toward zero, as WORKDAY does;
 * a start on a weekend or holiday counts from there (WORKDAY(Saturday, 1) is Monday); 0 days gives the start day.
 * Whole weeks are stepped in O(1); each round then steps over the holidays the last step passed, so the cost
 * grows with the holidays in the way, not with `days`. Throws a RangeError for a non-finite start or days.
 */
export function workday(start: number, days: number, holidays: ReadonlySet<number>): number {
  if (!Number.isFinite(start) || !Number.isFinite(days)) {
    throw new RangeError(`WORKDAY needs finite numbers, not ${start} and ${days}.`);
  }
  let day = wholeDay(start);
  const count = Math.trunc(days);
  if (count === 0) return day;
  const sorted = sortedWeekdayHolidays(holidays);
  if (count > 0) {
    let remaining = count;
    while (remaining > 0) {
      const next = weekdaysFrom(day, remaining);
      remaining = countBetween(sorted, day, next);
      day = next;
    }
  } else {
    let remaining = -count;
    while (remaining > 0) {
      const next = weekdaysFrom(day, -remaining);
      remaining = countBetween(sorted, next - 1, day - 1);
      day = next;
    }
  }
  return day;
}

/** Whether the serial's day is a working day: Monday–Friday and not a holiday. */
export function isWorkingDay(serial: number, holidays: ReadonlySet<number>): boolean {
  const day = wholeDay(serial);
  if (isWeekendDay(day)) return false;
  const sorted = sortedWeekdayHolidays(holidays);
  return countBetween(sorted, day - 1, day) === 0;
}
