/**
 * Excel date serial numbers in the 1900 date system, without a date library and without local time.
 *
 * A serial counts days; its fraction is the time of day. Excel copied Lotus 1-2-3's belief that 1900 was a leap
 * year: serial 60 is the fictitious 1900-02-29, serial 1 is 1900-01-01 and serial 61 is 1900-03-01. From 61 on, a
 * serial is simply the number of days since 1899-12-30.
 */

const MS_PER_DAY = 86_400_000;

/** 1899-12-30: day 0 of the serial count for every serial from 61 (1900-03-01) on. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** 1899-12-31: day 0 of the serial count for serials 1..59, before the fictitious 1900-02-29. */
const EARLY_EPOCH_MS = Date.UTC(1899, 11, 31);

/** Serial 60: 1900-02-29, a day that never was, which Excel keeps for Lotus 1-2-3's sake. */
export const FICTITIOUS_LEAP_DAY = 60;

/** 9999-12-31, the last day Excel can show; a serial from MAX_EXCEL_SERIAL + 1 on is no date. */
export const MAX_EXCEL_SERIAL = 2_958_465;

/** A day of the Gregorian calendar; month and day count from 1. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The day of a date-time serial, as Excel's INT computes it: the time of day dropped, rounding down. */
export function wholeDay(serial: number): number {
  return Math.floor(serial);
}

/**
 * The calendar day of a serial (its time of day ignored), as Excel's YEAR, MONTH and DAY see it: serial 60 is
 * 1900-02-29 and serial 0 is "1900-01-00". Throws a RangeError for a negative or non-finite serial, which is no
 * date in Excel.
 */
export function dateOfSerial(serial: number): CalendarDate {
  if (!Number.isFinite(serial) || serial < 0) throw new RangeError(`${serial} is not an Excel date serial.`);
  const day = wholeDay(serial);
  if (day === 0) return { year: 1900, month: 1, day: 0 };
  if (day === FICTITIOUS_LEAP_DAY) return { year: 1900, month: 2, day: 29 };
  const date = new Date((day < FICTITIOUS_LEAP_DAY ? EARLY_EPOCH_MS : EPOCH_MS) + day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The serial of a calendar day from 1900-01-01 to 9999-12-31 (1900-02-29 included, as serial 60). Unlike Excel's
 * DATE it does not roll a month 13 or a day 32 over: an impossible date is a RangeError.
 */
export function serialOf(year: number, month: number, day: number): number {
  if (year === 1900 && month === 2 && day === 29) return FICTITIOUS_LEAP_DAY;
  if (![year, month, day].every(Number.isInteger) || year < 1900 || year > 9999) {
    throw new RangeError(`${year}-${month}-${day} is not a day Excel can hold.`);
  }
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`${year}-${month}-${day} is not a calendar day.`);
  }
  const serial = Math.round((ms - EPOCH_MS) / MS_PER_DAY);
  return serial < FICTITIOUS_LEAP_DAY + 1 ? serial - 1 : serial;
}

/**
 * Whether the serial's day falls on a Saturday or Sunday. Excel's WEEKDAY(1) is Sunday, so in serial arithmetic
 * a serial mod 7 of 0 is a Saturday and 1 a Sunday; Excel and LibreOffice compute exactly this.
 */
export function isWeekend(serial: number): boolean {
  const weekday = dayOfWeek(serial);
  return weekday === SATURDAY || weekday === SUNDAY;
}

/** Serial mod 7 of a day: 0 Saturday, 1 Sunday, 2 Monday … 6 Friday. */
export function dayOfWeek(serial: number): number {
  return ((wholeDay(serial) % 7) + 7) % 7;
}

export const SATURDAY = 0;
export const SUNDAY = 1;
