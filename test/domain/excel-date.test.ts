import fc from "fast-check";
import {
  FICTITIOUS_LEAP_DAY,
  MAX_EXCEL_SERIAL,
  dateOfSerial,
  dayOfWeek,
  isWeekend,
  serialOf,
  wholeDay,
} from "../../src/domain/excel-date";

describe("Excel date serials in the 1900 date system", () => {
  it.each([
    [1, 1900, 1, 1],
    [31, 1900, 1, 31],
    [32, 1900, 2, 1],
    [59, 1900, 2, 28],
    [60, 1900, 2, 29],
    [61, 1900, 3, 1],
    [36526, 2000, 1, 1],
    [45351, 2024, 2, 29],
    [45352, 2024, 3, 1],
    [46023, 2026, 1, 1],
    [46203, 2026, 6, 30],
    [46204, 2026, 7, 1],
    [MAX_EXCEL_SERIAL, 9999, 12, 31],
  ])("reads serial %p as %p-%p-%p, and back", (serial, year, month, day) => {
    expect(dateOfSerial(serial)).toEqual({ year, month, day });
    expect(serialOf(year, month, day)).toBe(serial);
  });

  it("keeps the fictitious 1900-02-29 that Excel inherited from Lotus 1-2-3 as serial 60", () => {
    expect(FICTITIOUS_LEAP_DAY).toBe(60);
    expect(dateOfSerial(60.75)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(serialOf(1900, 2, 28) + 1).toBe(serialOf(1900, 2, 29));
    expect(serialOf(1900, 2, 29) + 1).toBe(serialOf(1900, 3, 1));
  });

  it("reads serial 0 as Excel's 1900-01-00", () => {
    expect(dateOfSerial(0)).toEqual({ year: 1900, month: 1, day: 0 });
  });

  it("ignores the time of day when reading the calendar day", () => {
    expect(dateOfSerial(46203.999)).toEqual({ year: 2026, month: 6, day: 30 });
  });

  it("refuses negative and non-finite serials, which are no dates in Excel", () => {
    expect(() => dateOfSerial(-1)).toThrow(RangeError);
    expect(() => dateOfSerial(Number.NaN)).toThrow(RangeError);
    expect(() => dateOfSerial(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it("refuses days that do not exist or that Excel cannot hold", () => {
    expect(() => serialOf(2025, 2, 29)).toThrow(RangeError);
    expect(() => serialOf(2026, 13, 1)).toThrow(RangeError);
    expect(() => serialOf(2026, 4, 31)).toThrow(RangeError);
    expect(() => serialOf(1899, 12, 31)).toThrow(RangeError);
    expect(() => serialOf(10000, 1, 1)).toThrow(RangeError);
    expect(() => serialOf(2026, 1.5, 1)).toThrow(RangeError);
  });

  it("knows leap years: 2024-02-29 exists, 2100-02-29 does not, 2000-02-29 does", () => {
    expect(serialOf(2024, 3, 1) - serialOf(2024, 2, 28)).toBe(2);
    expect(() => serialOf(2100, 2, 29)).toThrow(RangeError);
    expect(dateOfSerial(serialOf(2000, 2, 29))).toEqual({ year: 2000, month: 2, day: 29 });
  });

  it("round-trips every serial from 1 to 9999-12-31 through the calendar (sampled)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_EXCEL_SERIAL }), (serial) => {
        const { year, month, day } = dateOfSerial(serial);
        expect(serialOf(year, month, day)).toBe(serial);
      }),
    );
  });

  it("truncates a date-time to its day as INT does, also below zero", () => {
    expect(wholeDay(46023.75)).toBe(46023);
    expect(wholeDay(46023)).toBe(46023);
    expect(wholeDay(-0.25)).toBe(-1);
  });
});

describe("weekends in serial arithmetic", () => {
  it("sees Saturday at serial mod 7 = 0 and Sunday at 1, as Excel's WEEKDAY(1) = Sunday implies", () => {
    const saturday = serialOf(2026, 11, 21);
    expect(saturday % 7).toBe(0);
    expect(isWeekend(saturday)).toBe(true);
    expect(isWeekend(saturday + 1)).toBe(true); // Sunday
    expect(isWeekend(saturday + 2)).toBe(false); // Monday
    expect(isWeekend(saturday - 1)).toBe(false); // Friday
    expect(isWeekend(saturday + 0.99)).toBe(true); // Saturday evening
  });

  it("finds exactly two weekend days in every week", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_EXCEL_SERIAL }), (monday) => {
        const week = Array.from({ length: 7 }, (_, offset) => isWeekend(monday + offset));
        expect(week.filter(Boolean)).toHaveLength(2);
      }),
    );
  });

  it("numbers the days of the week Saturday 0 … Friday 6, for negative serials too", () => {
    expect(dayOfWeek(serialOf(2026, 11, 20))).toBe(6); // a Friday
    expect(dayOfWeek(serialOf(2026, 11, 23))).toBe(2); // a Monday
    expect(dayOfWeek(-1)).toBe(6);
    expect(dayOfWeek(-7)).toBe(0);
  });

  it("agrees with the real calendar from 1900-03-01 on (JavaScript's UTC weekday)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: MAX_EXCEL_SERIAL }), (serial) => {
        const { year, month, day } = dateOfSerial(serial);
        const utcWeekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay(); // 0 Sunday … 6 Saturday
        expect(isWeekend(serial)).toBe(utcWeekday === 0 || utcWeekday === 6);
      }),
    );
  });
});
