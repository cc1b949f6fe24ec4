import fc from "fast-check";
import { SLA_DURATIONS, dueDate, dueFormula, parseDuration } from "../../src/domain/due-date";
import { MAX_EXCEL_SERIAL, serialOf, wholeDay } from "../../src/domain/excel-date";
import { isWorkingDay } from "../../src/domain/working-days";
import { errorKind } from "../support/formula-errors";

/** A date-time of 2026 as a serial: month, day, hours, minutes. */
const at = (month: number, day: number, hours = 0, minutes = 0) =>
  serialOf(2026, month, day) + (hours * 60 + minutes) / 1440;

const NO_HOLIDAYS: ReadonlySet<number> = new Set();
/** Vietnam 2026: Reunification Day (Thu 30 April) and Labour Day (Fri 1 May). */
const APRIL_MAY = new Set([serialOf(2026, 4, 30), serialOf(2026, 5, 1)]);

describe("due dates for a request's answer (24 hours, 4 hours when urgent)", () => {
  it("gives an urgent request 4 hours to answer", () => {
    expect(dueDate(at(11, 20, 15), SLA_DURATIONS.urgentReply, NO_HOLIDAYS)).toBeCloseTo(at(11, 20, 19), 10);
  });

  it("gives a request 24 hours to answer, to the minute, across midnight", () => {
    const received = at(11, 18, 9, 41);
    expect(dueDate(received, SLA_DURATIONS.reply, NO_HOLIDAYS)).toBe(received + 1);
  });

  it("counts clock hours over weekends and holidays alike: Friday evening's request is due Saturday evening", () => {
    expect(dueDate(at(11, 20, 20), "24h", NO_HOLIDAYS)).toBe(at(11, 21, 20));
    expect(dueDate(at(4, 29, 20), "24h", APRIL_MAY)).toBe(at(4, 30, 20));
  });

  it("gives the owner 30 minutes' notice of a confirmed defect complaint, past midnight if need be", () => {
    expect(dueDate(at(11, 20, 23, 45), SLA_DURATIONS.notifyOwner, NO_HOLIDAYS)).toBeCloseTo(at(11, 21, 0, 15), 10);
  });

  it("adds calendar days for 'd', weekends included, time of day kept", () => {
    expect(dueDate(at(11, 20, 10), "7d", NO_HOLIDAYS)).toBe(at(11, 27, 10));
    expect(dueDate(at(12, 28, 10), "7d", NO_HOLIDAYS)).toBe(serialOf(2027, 1, 4) + 10 / 24);
  });
});

describe("due dates in working days (handling proposal, 8D report, survey return)", () => {
  it("moves an 8D report due over a weekend and a holiday to the third working day", () => {
    expect(dueDate(at(4, 29, 10, 30), SLA_DURATIONS.eightD, APRIL_MAY)).toBeCloseTo(at(5, 6, 10, 30), 10);
  });

  it("gives a proposal accepted on Friday afternoon until Wednesday afternoon", () => {
    expect(dueDate(at(11, 20, 16), SLA_DURATIONS.proposal, NO_HOLIDAYS)).toBeCloseTo(at(11, 25, 16), 10);
  });

  it("counts from a complaint accepted on a Saturday or Sunday as Excel's WORKDAY does", () => {
    expect(dueDate(at(11, 21, 9), "3wd", NO_HOLIDAYS)).toBeCloseTo(at(11, 25, 9), 10);
    expect(dueDate(at(11, 22, 9), "3wd", NO_HOLIDAYS)).toBeCloseTo(at(11, 25, 9), 10);
  });

  it("counts from a complaint accepted on a holiday", () => {
    expect(dueDate(at(4, 30, 8), "1wd", APRIL_MAY)).toBeCloseTo(at(5, 4, 8), 10);
  });

  it("wants a survey form back 5 working days after it was sent", () => {
    expect(dueDate(at(4, 27, 14), SLA_DURATIONS.surveyDueBack, APRIL_MAY)).toBeCloseTo(at(5, 6, 14), 10);
  });

  it("keeps midnight as midnight", () => {
    expect(dueDate(at(11, 20), "3wd", NO_HOLIDAYS)).toBe(at(11, 25));
  });

  it("lands on a working day and keeps the time of day for 'Nwd' (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: serialOf(2000, 1, 1), max: serialOf(2080, 12, 31) }),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 1, max: 400 }),
        fc.array(fc.integer({ min: 0, max: 600 }), { maxLength: 40 }),
        (day, minute, amount, offsets) => {
          const holidays = new Set(offsets.map((offset) => day + offset));
          const start = day + minute / 1440;
          const due = dueDate(start, `${amount}wd`, holidays) as number;
          expect(isWorkingDay(due, holidays)).toBe(true);
          expect(due - wholeDay(due)).toBeCloseTo(minute / 1440, 9);
          expect(wholeDay(due)).toBeGreaterThan(day);
        },
      ),
    );
  });
});

describe("the procedures' deadlines", () => {
  it("names every SLA of the procedures", () => {
    expect(SLA_DURATIONS).toEqual({
      reply: "24h",
      urgentReply: "4h",
      proposal: "3wd",
      eightD: "3wd",
      notifyOwner: "30m",
      surveyDueBack: "5wd",
    });
    for (const duration of Object.values(SLA_DURATIONS)) expect(() => parseDuration(duration)).not.toThrow();
  });
});

describe("reading a duration", () => {
  it.each([
    ["24h", { unit: "minutes", amount: 1440 }],
    ["4H", { unit: "minutes", amount: 240 }],
    ["30m", { unit: "minutes", amount: 30 }],
    ["7d", { unit: "days", amount: 7 }],
    ["3wd", { unit: "workdays", amount: 3 }],
    [" 3 wd ", { unit: "workdays", amount: 3 }],
    ["3WD", { unit: "workdays", amount: 3 }],
    ["5 Wd", { unit: "workdays", amount: 5 }],
    ["03h", { unit: "minutes", amount: 180 }],
    ["+2d", { unit: "days", amount: 2 }],
    ["1000000wd", { unit: "workdays", amount: 1_000_000 }],
  ])("reads %p", (text, duration) => {
    expect(parseDuration(text)).toEqual(duration);
  });

  it.each([["3"], ["3x"], ["1.5h"], ["h"], ["3 w d"], ["3 days"], ["wd3"], [""], ["3h30m"]])(
    "rejects %p as #VALUE!",
    (text) => {
      expect(errorKind(() => parseDuration(text))).toBe("value");
    },
  );

  it("rejects a number, TRUE or a blank where a duration belongs as #VALUE!", () => {
    expect(errorKind(() => parseDuration(3))).toBe("value");
    expect(errorKind(() => parseDuration(true))).toBe("value");
    expect(errorKind(() => parseDuration(null))).toBe("value");
    expect(errorKind(() => parseDuration(undefined))).toBe("value");
  });

  it("rejects a zero, negative or absurdly large amount as #NUM!", () => {
    expect(errorKind(() => parseDuration("0h"))).toBe("num");
    expect(errorKind(() => parseDuration("0wd"))).toBe("num");
    expect(errorKind(() => parseDuration("-3wd"))).toBe("num");
    expect(errorKind(() => parseDuration("99999999999999999999d"))).toBe("num");
  });
});

describe("VOC.DUE's inputs", () => {
  it("leaves the due date blank when the start is blank, however Excel passes it", () => {
    expect(dueDate(null, "24h", NO_HOLIDAYS)).toBeNull();
    expect(dueDate(undefined, "3wd", NO_HOLIDAYS)).toBeNull();
    expect(dueDate("", "30m", NO_HOLIDAYS)).toBeNull();
  });

  it("shows a wrong duration even on a row whose start is still blank", () => {
    expect(errorKind(() => dueDate(null, "3 weeks", NO_HOLIDAYS))).toBe("value");
  });

  it("reads a start date stored as text", () => {
    expect(dueDate(String(at(11, 20, 12)), "24h", NO_HOLIDAYS)).toBe(at(11, 20, 12) + 1);
  });

  it("rejects a start that is not a date-time number as #VALUE!", () => {
    expect(errorKind(() => dueDate("tomorrow", "24h", NO_HOLIDAYS))).toBe("value");
    expect(errorKind(() => dueDate(true, "3wd", NO_HOLIDAYS))).toBe("value");
  });

  it("rejects a negative start and a due date after 9999-12-31 as #NUM!", () => {
    expect(errorKind(() => dueDate(-1, "24h", NO_HOLIDAYS))).toBe("num");
    expect(errorKind(() => dueDate(MAX_EXCEL_SERIAL + 0.5, "24h", NO_HOLIDAYS))).toBe("num");
    expect(errorKind(() => dueDate(MAX_EXCEL_SERIAL, "1wd", NO_HOLIDAYS))).toBe("num");
    expect(dueDate(MAX_EXCEL_SERIAL, "23h", NO_HOLIDAYS)).toBeCloseTo(MAX_EXCEL_SERIAL + 23 / 24, 10);
  });
});

describe("the native due-date formula", () => {
  it("adds clock time as hours over 24, or minutes over 1440", () => {
    expect(dueFormula("A2", "24h", "Holidays")).toBe('=IF(A2="","",A2+24/24)');
    expect(dueFormula("A2", "4h", "Holidays")).toBe('=IF(A2="","",A2+4/24)');
    expect(dueFormula("[@[Received at]]", "30m")).toBe('=IF([@[Received at]]="","",[@[Received at]]+30/1440)');
    expect(dueFormula("A2", "90m")).toBe('=IF(A2="","",A2+90/1440)');
  });

  it("adds calendar days", () => {
    expect(dueFormula("A2", "7d", "Holidays")).toBe('=IF(A2="","",A2+7)');
  });

  it("moves working days with WORKDAY from the start's day and adds the time of day back", () => {
    expect(dueFormula("A2", "3wd", "Holidays[Date]")).toBe('=IF(A2="","",WORKDAY(INT(A2),3,Holidays[Date])+MOD(A2,1))');
    expect(dueFormula("$B7", "5 WD", "Calendar!$A$2:$A$20")).toBe(
      '=IF($B7="","",WORKDAY(INT($B7),5,Calendar!$A$2:$A$20)+MOD($B7,1))',
    );
    expect(dueFormula("A2", "3wd")).toBe('=IF(A2="","",WORKDAY(INT(A2),3)+MOD(A2,1))');
  });

  it("refuses a wrong duration as the domain rule does", () => {
    expect(errorKind(() => dueFormula("A2", "3 weeks", "Holidays"))).toBe("value");
    expect(errorKind(() => dueFormula("A2", "0wd", "Holidays"))).toBe("num");
  });
});
