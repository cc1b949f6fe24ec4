/**
 * Date and date-time cells as Excel date serials (1900 date system). A form gives ISO text ("2026-11-21",
 * "2026-11-21T14:30", "2026-11-21 14:30", seconds optional; "2026/11/21" too, year first) or a serial. A date
 * column keeps the day only; a date-time column keeps the time of day as the serial's fraction.
 */
import type { ColumnSpec } from "../schema";
import { MAX_EXCEL_SERIAL, serialOf } from "../excel-date";
import { type CellOutcome, type InputValue, accepted, preview, rejected } from "./record-input";

/** The first and last day Excel shows, as the range messages name them. */
export const FIRST_DAY = "1900-01-01";
export const LAST_DAY = "9999-12-31";

const SECONDS_PER_DAY = 86_400;

const ISO_DATE_TIME = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/** What a date text holds: a serial, text that is no date, or a real date outside Excel's range. */
type DateReading = { readonly serial: number } | "invalid" | "outOfRange";

/** An ISO date or date-time text as a serial (the time as its fraction). */
export function readIsoDateTime(text: string): DateReading {
  const match = ISO_DATE_TIME.exec(text.normalize("NFKC").trim());
  if (!match) return "invalid";
  const [year, month, day] = [match[1], match[3], match[4]].map(Number);
  const [hours, minutes, seconds] = [match[5], match[6], match[7]].map((part) => Number(part ?? 0));
  if (hours > 23 || minutes > 59 || seconds > 59 || !isCalendarDay(year, month, day)) return "invalid";
  if (year < 1900) return "outOfRange";
  return { serial: serialOf(year, month, day) + (hours * 3600 + minutes * 60 + seconds) / SECONDS_PER_DAY };
}

/** Whether the day exists in the Gregorian calendar (2026-02-30 does not); 1900-02-29 is Excel's serial 60. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year === 1900 && month === 2 && day === 29) return true;
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day)); // a leap year stands in for the month's length…
  date.setUTCFullYear(year); // …then the real year (setUTCFullYear handles years below 100 too)
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether a serial is a day Excel can show: 1900-01-01 (serial 1) up to the end of 9999-12-31. */
export function isExcelDay(serial: number): boolean {
  return serial >= 1 && serial < MAX_EXCEL_SERIAL + 1;
}

export function normaliseDate(column: ColumnSpec, value: InputValue): CellOutcome {
  const withTime = column.type === "dateTime";
  const notADate = () =>
    rejected(withTime ? "validation.notADateTime" : "validation.notADate", { value: preview(value) });
  const outOfRange = () => rejected("validation.dateOutOfRange", { min: FIRST_DAY, max: LAST_DAY });
  let serial: number;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return notADate();
    serial = value;
  } else if (typeof value === "string") {
    const reading = readIsoDateTime(value);
    if (reading === "invalid") return notADate();
    if (reading === "outOfRange") return outOfRange();
    serial = reading.serial;
  } else {
    return notADate();
  }
  if (!isExcelDay(serial)) return outOfRange();
  return accepted(withTime ? serial : Math.floor(serial));
}
