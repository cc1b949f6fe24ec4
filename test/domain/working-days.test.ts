import fc from "fast-check";
import { serialOf } from "../../src/domain/excel-date";
import { holidaysFrom, isWorkingDay, workday } from "../../src/domain/working-days";
import { errorKind } from "../support/formula-errors";

/** Days of 2026 by month and day, to keep the examples readable. */
const d2026 = (month: number, day: number) => serialOf(2026, month, day);

const NO_HOLIDAYS: ReadonlySet<number> = new Set();

/** Vietnam 2026: Reunification Day (Thu 30 April) and Labour Day (Fri 1 May), back to back before a weekend. */
const APRIL_MAY = new Set([d2026(4, 30), d2026(5, 1)]);

/** Tết 2026: Monday 16 to Friday 20 February, a whole working week. */
const TET = new Set([16, 17, 18, 19, 20].map((day) => d2026(2, day)));

/**
 * The slow, obvious WORKDAY: step one day at a time and count the days that are Monday–Friday (by JavaScript's own
 * UTC calendar, independent of the serial arithmetic under test) and not holidays.
 */
function slowWorkday(start: number, days: number, holidays: ReadonlySet<number>): number {
  let day = Math.floor(start);
  let left = Math.trunc(days);
  const step = Math.sign(left);
  const whole = new Set([...holidays].map(Math.floor));
  while (left !== 0) {
    day += step;
    const weekday = new Date(Date.UTC(1899, 11, 30) + day * 86_400_000).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !whole.has(day)) left -= step;
  }
  return day;
}

describe("WORKDAY: counting working days from a start", () => {
  it("moves from a Friday to the Monday after", () => {
    expect(workday(d2026(11, 20), 1, NO_HOLIDAYS)).toBe(d2026(11, 23));
  });

  it("counts from a Saturday or Sunday start as Excel does: WORKDAY(Saturday, 1) is Monday", () => {
    expect(workday(d2026(11, 21), 1, NO_HOLIDAYS)).toBe(d2026(11, 23));
    expect(workday(d2026(11, 22), 1, NO_HOLIDAYS)).toBe(d2026(11, 23));
    expect(workday(d2026(11, 21), 5, NO_HOLIDAYS)).toBe(d2026(11, 27));
  });

  it("returns the start day itself for 0 days, even a Saturday", () => {
    expect(workday(d2026(11, 21), 0, NO_HOLIDAYS)).toBe(d2026(11, 21));
    expect(workday(d2026(4, 30), 0, APRIL_MAY)).toBe(d2026(4, 30));
  });

  it("drops the start's time of day and truncates days toward zero, as WORKDAY does", () => {
    expect(workday(d2026(11, 20) + 0.75, 1, NO_HOLIDAYS)).toBe(d2026(11, 23));
    expect(workday(d2026(11, 18), 2.9, NO_HOLIDAYS)).toBe(d2026(11, 20));
    expect(workday(d2026(11, 18), -2.9, NO_HOLIDAYS)).toBe(d2026(11, 16));
    expect(workday(d2026(11, 18), 0.9, NO_HOLIDAYS)).toBe(d2026(11, 18));
  });

  it("skips consecutive holidays: a form sent the day before Reunification Day is due back a week later", () => {
    expect(workday(d2026(4, 29), 1, APRIL_MAY)).toBe(d2026(5, 4));
    expect(workday(d2026(4, 29), 5, APRIL_MAY)).toBe(d2026(5, 8));
  });

  it("counts from a holiday start as from any other day", () => {
    expect(workday(d2026(4, 30), 1, APRIL_MAY)).toBe(d2026(5, 4));
    expect(workday(d2026(2, 18), 1, TET)).toBe(d2026(2, 23));
  });

  it("skips a whole week of Tết holidays", () => {
    expect(workday(d2026(2, 13), 1, TET)).toBe(d2026(2, 23));
    expect(workday(d2026(2, 13), 3, TET)).toBe(d2026(2, 25));
  });

  it("ignores a holiday that falls on a weekend (Hùng Kings' day on Sunday 26 April 2026)", () => {
    expect(workday(d2026(4, 24), 1, new Set([d2026(4, 26)]))).toBe(d2026(4, 27));
    expect(workday(d2026(4, 24), 1, new Set([d2026(4, 26), d2026(4, 27)]))).toBe(d2026(4, 28));
  });

  it("counts backwards for negative days, over weekends and holidays", () => {
    expect(workday(d2026(11, 23), -1, NO_HOLIDAYS)).toBe(d2026(11, 20));
    expect(workday(d2026(11, 21), -1, NO_HOLIDAYS)).toBe(d2026(11, 20)); // from a Saturday
    expect(workday(d2026(11, 22), -1, NO_HOLIDAYS)).toBe(d2026(11, 20)); // from a Sunday
    expect(workday(d2026(5, 4), -1, APRIL_MAY)).toBe(d2026(4, 29));
    expect(workday(d2026(2, 23), -1, TET)).toBe(d2026(2, 13));
    expect(workday(d2026(11, 27), -5, NO_HOLIDAYS)).toBe(d2026(11, 20));
  });

  it("steps whole weeks exactly over many years", () => {
    const monday = d2026(11, 23);
    expect(workday(monday, 5 * 52_000, NO_HOLIDAYS)).toBe(monday + 7 * 52_000);
    expect(workday(monday, -5 * 1_000, NO_HOLIDAYS)).toBe(monday - 7 * 1_000);
    expect(workday(monday, 1_000_003, NO_HOLIDAYS)).toBe(monday + 7 * 200_000 + 3);
  });

  it("stays fast for large day counts over many rows: 20,000 calls of a million days with 300 holidays", () => {
    const holidays = new Set(Array.from({ length: 300 }, (_, index) => d2026(1, 1) + index * 11));
    const started = performance.now();
    let last = 0;
    for (let row = 0; row < 20_000; row += 1) last = workday(d2026(1, 1) + row, 1_000_000 + row, holidays);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(last).toBe(slowWorkday(d2026(1, 1) + 19_999, 1_000_000 + 19_999, holidays));
  });

  it("refuses a start or a count that is not a finite number", () => {
    expect(() => workday(Number.NaN, 1, NO_HOLIDAYS)).toThrow(RangeError);
    expect(() => workday(d2026(1, 1), Number.POSITIVE_INFINITY, NO_HOLIDAYS)).toThrow(RangeError);
  });

  it("sees a holiday added to the same set after it was first used", () => {
    const holidays = new Set<number>();
    expect(workday(d2026(11, 20), 1, holidays)).toBe(d2026(11, 23));
    holidays.add(d2026(11, 23));
    expect(workday(d2026(11, 20), 1, holidays)).toBe(d2026(11, 24));
  });

  it("tells working days from weekends and holidays", () => {
    expect(isWorkingDay(d2026(4, 29) + 0.5, APRIL_MAY)).toBe(true);
    expect(isWorkingDay(d2026(4, 30), APRIL_MAY)).toBe(false);
    expect(isWorkingDay(d2026(5, 2), APRIL_MAY)).toBe(false);
  });
});

describe("WORKDAY, properties over random starts and holiday calendars", () => {
  const start = fc.integer({ min: serialOf(1990, 1, 1), max: serialOf(2090, 12, 31) });
  /** Holidays near the start, some on weekends, some consecutive, some with a time of day. */
  const nearbyHolidays = fc.array(fc.integer({ min: -400, max: 400 }), { maxLength: 60 });
  const timeOfDay = fc.integer({ min: 0, max: 1439 }).map((minute) => minute / 1440);

  it("equals the slow day-by-day WORKDAY on random inputs with random holiday sets", () => {
    fc.assert(
      fc.property(
        start,
        timeOfDay,
        fc.integer({ min: -300, max: 300 }),
        nearbyHolidays,
        fc.boolean(),
        (day, time, days, offsets, fractional) => {
          const holidays = new Set(offsets.map((offset) => day + offset + (fractional ? 0.5 : 0)));
          expect(workday(day + time, days, holidays)).toBe(slowWorkday(day + time, days, holidays));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("lands on a working day for n > 0", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 2_000 }), nearbyHolidays, (day, days, offsets) => {
        const holidays = new Set(offsets.map((offset) => day + offset));
        const due = workday(day, days, holidays);
        expect(isWorkingDay(due, holidays)).toBe(true);
        expect(due).toBeGreaterThan(day);
      }),
    );
  });

  it("returns to d from workday(d, n) with -n when d is a working day", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: -1_000, max: 1_000 }), nearbyHolidays, (day, days, offsets) => {
        const holidays = new Set(offsets.map((offset) => day + offset));
        fc.pre(isWorkingDay(day, holidays));
        expect(workday(workday(day, days, holidays), -days, holidays)).toBe(day);
      }),
    );
  });
});

describe("the holidays argument", () => {
  it("reads a column of holiday dates, skipping blanks however Excel passes them", () => {
    const holidays = holidaysFrom([[d2026(4, 30)], [null], [undefined], [""], ["  "], [d2026(5, 1)]]);
    expect([...holidays]).toEqual([d2026(4, 30), d2026(5, 1)]);
  });

  it("drops a holiday's time of day", () => {
    expect([...holidaysFrom([[d2026(9, 2) + 0.5]])]).toEqual([d2026(9, 2)]);
    expect(workday(d2026(9, 1), 1, holidaysFrom([[d2026(9, 2) + 0.5]]))).toBe(d2026(9, 3));
  });

  it("reads numbers stored as text, a single cell and a two-dimensional range", () => {
    expect([...holidaysFrom(` ${d2026(9, 2)} `)]).toEqual([d2026(9, 2)]);
    expect([...holidaysFrom(d2026(9, 2))]).toEqual([d2026(9, 2)]);
    expect(
      [
        ...holidaysFrom([
          [d2026(1, 1), d2026(9, 2)],
          [d2026(10, 1), null],
        ]),
      ].sort(),
    ).toEqual([d2026(1, 1), d2026(9, 2), d2026(10, 1)]);
  });

  it("gives no holidays when the argument is left out", () => {
    expect(holidaysFrom().size).toBe(0);
    expect(holidaysFrom(null).size).toBe(0);
  });

  it("rejects text and TRUE/FALSE among the holidays as #VALUE!", () => {
    expect(errorKind(() => holidaysFrom([[d2026(1, 1)], ["Tết"]]))).toBe("value");
    expect(errorKind(() => holidaysFrom([[true]]))).toBe("value");
  });

  it("rejects a negative holiday serial as #NUM!", () => {
    expect(errorKind(() => holidaysFrom([[-1]]))).toBe("num");
  });
});
