import fc from "fast-check";
import { serialOf } from "../../src/domain/excel-date";
import {
  DEFAULT_RETURN_DAYS,
  onTimeFormula,
  returnDaysFrom,
  returnRate,
  returnRateFromFlagsFormula,
  returnedOnTime,
} from "../../src/domain/return-rate";
import { workday } from "../../src/domain/working-days";
import { errorKind } from "../support/formula-errors";

const d2026 = (month: number, day: number) => serialOf(2026, month, day);
const NO_HOLIDAYS: ReadonlySet<number> = new Set();
/** Vietnam 2026: Reunification Day (Thu 30 April) and Labour Day (Fri 1 May). */
const APRIL_MAY = new Set([d2026(4, 30), d2026(5, 1)]);

/** Sent on Monday 16 November 2026: the fifth working day after is Monday 23 November. */
const SENT = d2026(11, 16);

describe("a survey form returned on time (5 working days, procedure 004 §5.6)", () => {
  it("counts a form returned on the fifth working day after sending as returned", () => {
    expect(returnedOnTime(SENT, d2026(11, 23), 5, NO_HOLIDAYS)).toBe(true);
  });

  it("counts a form returned 6 working days after sending as not returned", () => {
    expect(returnedOnTime(SENT, d2026(11, 24), 5, NO_HOLIDAYS)).toBe(false);
  });

  it("compares whole days: returned at 17:30 on the last day is on time, and a same-day return is never early", () => {
    expect(returnedOnTime(SENT + 10 / 24, d2026(11, 23) + 17.5 / 24, 5, NO_HOLIDAYS)).toBe(true);
    expect(returnedOnTime(SENT + 15 / 24, SENT + 9 / 24, 5, NO_HOLIDAYS)).toBe(true);
  });

  it("gives more calendar days when holidays fall in the five working days", () => {
    const sent = d2026(4, 27);
    expect(returnedOnTime(sent, d2026(5, 6), 5, APRIL_MAY)).toBe(true);
    expect(returnedOnTime(sent, d2026(5, 7), 5, APRIL_MAY)).toBe(false);
    expect(returnedOnTime(sent, d2026(5, 6), 5, NO_HOLIDAYS)).toBe(false);
  });

  it("counts from a form sent on a Saturday as WORKDAY does", () => {
    expect(returnedOnTime(d2026(11, 21), d2026(11, 27), 5, NO_HOLIDAYS)).toBe(true);
    expect(returnedOnTime(d2026(11, 21), d2026(11, 30), 5, NO_HOLIDAYS)).toBe(false);
  });

  it("with 0 days, counts only a return on the sent day", () => {
    expect(returnedOnTime(SENT, SENT + 0.9, 0, NO_HOLIDAYS)).toBe(true);
    expect(returnedOnTime(SENT, SENT + 1, 0, NO_HOLIDAYS)).toBe(false);
  });

  it("counts a form not returned yet as not returned", () => {
    expect(returnedOnTime(SENT, null, 5, NO_HOLIDAYS)).toBe(false);
    expect(returnedOnTime(SENT, undefined, 5, NO_HOLIDAYS)).toBe(false);
    expect(returnedOnTime(SENT, "", 5, NO_HOLIDAYS)).toBe(false);
  });

  it("ignores a row without a sent date, whatever its returned cell holds", () => {
    expect(returnedOnTime(null, d2026(11, 17), 5, NO_HOLIDAYS)).toBeNull();
    expect(returnedOnTime("", "not a date", 5, NO_HOLIDAYS)).toBeNull();
  });

  it("reads dates stored as text", () => {
    expect(returnedOnTime(String(SENT), ` ${d2026(11, 23)} `, 5, NO_HOLIDAYS)).toBe(true);
  });

  it("rejects a form returned on a day before it was sent as #VALUE!", () => {
    expect(errorKind(() => returnedOnTime(SENT, SENT - 1, 5, NO_HOLIDAYS))).toBe("value");
  });

  it("rejects sent or returned dates that are not numbers as #VALUE!", () => {
    expect(errorKind(() => returnedOnTime("last Monday", d2026(11, 17), 5, NO_HOLIDAYS))).toBe("value");
    expect(errorKind(() => returnedOnTime("last Monday", null, 5, NO_HOLIDAYS))).toBe("value");
    expect(errorKind(() => returnedOnTime(SENT, "yes", 5, NO_HOLIDAYS))).toBe("value");
    expect(errorKind(() => returnedOnTime(SENT, true, 5, NO_HOLIDAYS))).toBe("value");
  });

  it("rejects a negative sent date and negative days as #NUM!", () => {
    expect(errorKind(() => returnedOnTime(-3, 2, 5, NO_HOLIDAYS))).toBe("num");
    expect(errorKind(() => returnedOnTime(SENT, SENT, -1, NO_HOLIDAYS))).toBe("num");
  });
});

describe("the survey return rate (returned ÷ sent × 100)", () => {
  const sent = [[SENT], [SENT], [null], [SENT], [d2026(4, 27)]];
  const returned = [[d2026(11, 23)], [d2026(11, 24)], [d2026(11, 18)], [null], [d2026(5, 6)]];

  it("counts on-time returns among the forms sent, skipping rows without a sent date", () => {
    expect(returnRate(sent, returned, 5, APRIL_MAY)).toBe(50);
    expect(returnRate(sent, returned, 5, NO_HOLIDAYS)).toBe(25);
  });

  it("uses 5 working days and no holidays by default", () => {
    expect(DEFAULT_RETURN_DAYS).toBe(5);
    expect(returnRate(sent, returned)).toBe(25);
  });

  it("gives more days when asked", () => {
    expect(returnRate(sent, returned, 6, NO_HOLIDAYS)).toBe(50);
  });

  it("takes a single sent and returned cell", () => {
    expect(returnRate(SENT, d2026(11, 20))).toBe(100);
  });

  it("computes the same double as the native formula, on time ÷ sent × 100", () => {
    const three = [[SENT], [SENT], [SENT]];
    expect(returnRate(three, [[SENT], [null], [null]])).toBe((1 / 3) * 100);
  });

  it("rejects sent and returned ranges of different shapes as #VALUE!", () => {
    expect(errorKind(() => returnRate([[SENT], [SENT]], [[SENT]]))).toBe("value");
    expect(errorKind(() => returnRate([[SENT, SENT]], [[SENT], [SENT]]))).toBe("value");
  });

  it("says #VALUE! when any form came back before it was sent", () => {
    expect(errorKind(() => returnRate([[SENT], [SENT]], [[SENT], [SENT - 2]]))).toBe("value");
  });

  it("says #DIV/0! when no form was sent", () => {
    expect(errorKind(() => returnRate([[null], [""]], [[null], [d2026(11, 20)]]))).toBe("div0");
  });

  it("lies between 0 and 100 (property)", () => {
    const row = fc.tuple(
      fc.option(fc.integer({ min: serialOf(2025, 1, 1), max: serialOf(2027, 12, 31) })),
      fc.option(fc.integer({ min: 0, max: 20 })),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 10 }), (rows, days) => {
        fc.pre(rows.some(([sentDay]) => sentDay !== null));
        const rate = returnRate(
          rows.map(([sentDay]) => [sentDay]),
          rows.map(([sentDay, after]) => [sentDay === null || after === null ? null : sentDay + after]),
          days,
          NO_HOLIDAYS,
        );
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(100);
      }),
    );
  });

  it("agrees with INT(returned) ≤ WORKDAY(INT(sent), days) row by row (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: serialOf(2025, 1, 1), max: serialOf(2027, 12, 31) }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 10 }),
        (sentDay, after, days) => {
          const onTime = returnedOnTime(sentDay + 0.4, sentDay + after + 0.6, days, NO_HOLIDAYS);
          expect(onTime).toBe(sentDay + after <= workday(sentDay, days, NO_HOLIDAYS));
        },
      ),
    );
  });
});

describe("the days argument", () => {
  it("defaults to 5 when blank and reads numbers, also stored as text, truncated like WORKDAY", () => {
    expect(returnDaysFrom(null)).toBe(5);
    expect(returnDaysFrom(undefined)).toBe(5);
    expect(returnDaysFrom("")).toBe(5);
    expect(returnDaysFrom(7)).toBe(7);
    expect(returnDaysFrom("3")).toBe(3);
    expect(returnDaysFrom(5.9)).toBe(5);
    expect(returnDaysFrom(0)).toBe(0);
  });

  it("rejects text as #VALUE! and a negative number as #NUM!", () => {
    expect(errorKind(() => returnDaysFrom("five"))).toBe("value");
    expect(errorKind(() => returnDaysFrom(-1))).toBe("num");
  });
});

describe("the native on-time and return-rate formulas", () => {
  it("writes one row's on-time flag with WORKDAY over whole days", () => {
    expect(onTimeFormula("E2", "I2", 5, "Holidays[Date]")).toBe(
      '=IF(E2="","",IF(I2="",WORKDAY(INT(E2),5,Holidays[Date])<INT(E2),' +
        "IF(INT(I2)<INT(E2),#VALUE!,INT(I2)<=WORKDAY(INT(E2),5,Holidays[Date]))))",
    );
  });

  it("leaves the holidays out when there are none, and defaults to 5 days", () => {
    expect(onTimeFormula("A2", "B2")).toBe(
      '=IF(A2="","",IF(B2="",WORKDAY(INT(A2),5)<INT(A2),IF(INT(B2)<INT(A2),#VALUE!,INT(B2)<=WORKDAY(INT(A2),5))))',
    );
  });

  it("truncates days like WORKDAY and refuses negative days as #NUM!", () => {
    expect(onTimeFormula("A2", "B2", 3.7, "Hol")).toContain("WORKDAY(INT(A2),3,Hol)");
    expect(errorKind(() => onTimeFormula("A2", "B2", -1, "Hol"))).toBe("num");
  });

  it("rates the on-time flags over the rows with a sent date", () => {
    expect(returnRateFromFlagsFormula("J2:J300", "E2:E300")).toBe(
      '=SUMPRODUCT(--(J2:J300=TRUE))/SUMPRODUCT(--(E2:E300<>""))*100',
    );
  });
});
