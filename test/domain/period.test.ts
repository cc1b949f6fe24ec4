import fc from "fast-check";
import { MAX_EXCEL_SERIAL, dateOfSerial, serialOf } from "../../src/domain/excel-date";
import { DEFAULT_PERIOD_GRAIN, parseGrain, periodFormula, periodOf } from "../../src/domain/period";
import { errorKind } from "../support/formula-errors";

describe("the period a record falls in (quarterly, half-yearly, monthly and yearly reviews)", () => {
  const july = serialOf(2026, 7, 15) + 0.6;

  it("labels a date with its quarter by default", () => {
    expect(DEFAULT_PERIOD_GRAIN).toBe("Q");
    expect(periodOf(july)).toBe("2026-Q3");
    expect(periodOf(july, null)).toBe("2026-Q3");
    expect(periodOf(july, "")).toBe("2026-Q3");
  });

  it("labels a date with its half year, month or year", () => {
    expect(periodOf(july, "Q")).toBe("2026-Q3");
    expect(periodOf(july, "H")).toBe("2026-H2");
    expect(periodOf(july, "M")).toBe("2026-07");
    expect(periodOf(july, "Y")).toBe("2026");
  });

  it("reads the grain in any case, with spaces", () => {
    expect(periodOf(july, "q")).toBe("2026-Q3");
    expect(periodOf(july, " h ")).toBe("2026-H2");
    expect(periodOf(july, "m")).toBe("2026-07");
    expect(periodOf(july, "y")).toBe("2026");
  });

  it.each([
    [2026, 3, 31, "2026-Q1", "2026-H1", "2026-03"],
    [2026, 4, 1, "2026-Q2", "2026-H1", "2026-04"],
    [2026, 6, 30, "2026-Q2", "2026-H1", "2026-06"],
    [2026, 7, 1, "2026-Q3", "2026-H2", "2026-07"],
    [2026, 9, 30, "2026-Q3", "2026-H2", "2026-09"],
    [2026, 10, 1, "2026-Q4", "2026-H2", "2026-10"],
    [2026, 12, 31, "2026-Q4", "2026-H2", "2026-12"],
    [2027, 1, 1, "2027-Q1", "2027-H1", "2027-01"],
    [2024, 2, 29, "2024-Q1", "2024-H1", "2024-02"],
  ])("puts %p-%p-%p in %p, %p and %p", (year, month, day, quarter, half, monthLabel) => {
    const date = serialOf(year, month, day);
    expect(periodOf(date, "Q")).toBe(quarter);
    expect(periodOf(date, "H")).toBe(half);
    expect(periodOf(date, "M")).toBe(monthLabel);
    expect(periodOf(date + 0.999, "M")).toBe(monthLabel);
    expect(periodOf(date, "Y")).toBe(String(year));
  });

  it("puts the last minute of 31 December in the old year", () => {
    expect(periodOf(serialOf(2026, 12, 31) + 1439 / 1440, "Y")).toBe("2026");
    expect(periodOf(serialOf(2027, 1, 1), "Y")).toBe("2027");
  });

  it("sees Excel's serial 60 (the fictitious 1900-02-29) in February, and serial 1 in January 1900", () => {
    expect(periodOf(60, "M")).toBe("1900-02");
    expect(periodOf(59, "M")).toBe("1900-02");
    expect(periodOf(61, "M")).toBe("1900-03");
    expect(periodOf(32, "M")).toBe("1900-02");
    expect(periodOf(31, "M")).toBe("1900-01");
    expect(periodOf(1, "Q")).toBe("1900-Q1");
  });

  it("reaches 9999-12-31, Excel's last day", () => {
    expect(periodOf(MAX_EXCEL_SERIAL + 0.99, "M")).toBe("9999-12");
    expect(periodOf(MAX_EXCEL_SERIAL, "Q")).toBe("9999-Q4");
  });

  it("reads a date stored as text", () => {
    expect(periodOf(` ${serialOf(2026, 4, 1)} `, "Q")).toBe("2026-Q2");
  });

  it("leaves the period blank for a blank date, however Excel passes it", () => {
    expect(periodOf(null)).toBeNull();
    expect(periodOf(undefined, "M")).toBeNull();
    expect(periodOf("", "Y")).toBeNull();
  });

  it("rejects another grain as #VALUE!, even on a blank row", () => {
    expect(errorKind(() => periodOf(serialOf(2026, 1, 1), "W"))).toBe("value");
    expect(errorKind(() => periodOf(serialOf(2026, 1, 1), "Quarter"))).toBe("value");
    expect(errorKind(() => periodOf(serialOf(2026, 1, 1), 3))).toBe("value");
    expect(errorKind(() => periodOf(null, "D"))).toBe("value");
    expect(errorKind(() => parseGrain(true))).toBe("value");
  });

  it("rejects a date that is not a number as #VALUE!", () => {
    expect(errorKind(() => periodOf("2026-07-15"))).toBe("value");
    expect(errorKind(() => periodOf(true))).toBe("value");
  });

  it("rejects a serial below 1 or after 9999-12-31 as #NUM!", () => {
    expect(errorKind(() => periodOf(0.99))).toBe("num");
    expect(errorKind(() => periodOf(0))).toBe("num");
    expect(errorKind(() => periodOf(-5, "Y"))).toBe("num");
    expect(errorKind(() => periodOf(MAX_EXCEL_SERIAL + 1, "Y"))).toBe("num");
  });

  it("agrees between grains: the month's quarter and half are the quarter and half (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_EXCEL_SERIAL }), (serial) => {
        const [year, month] = (periodOf(serial, "M") as string).split("-").map(Number);
        expect(year).toBe(dateOfSerial(serial).year);
        expect(periodOf(serial, "Q")).toBe(`${year}-Q${Math.floor((month - 1) / 3) + 1}`);
        expect(periodOf(serial, "H")).toBe(`${year}-H${month > 6 ? 2 : 1}`);
        expect(periodOf(serial, "Y")).toBe(String(year));
      }),
    );
  });
});

describe("the native period formula", () => {
  const guard = 'IF(A2="","",IF(OR(A2+0<1,A2+0>=2958466),#NUM!,';

  it("writes quarters with ROUNDUP(MONTH/3), quarters being the default", () => {
    expect(periodFormula("A2", "Q")).toBe(`=${guard}YEAR(A2)&"-Q"&ROUNDUP(MONTH(A2)/3,0)))`);
    expect(periodFormula("A2")).toBe(periodFormula("A2", "Q"));
  });

  it("writes halves, two-digit months without TEXT, and years as text", () => {
    expect(periodFormula("A2", "h")).toBe(`=${guard}YEAR(A2)&"-H"&ROUNDUP(MONTH(A2)/6,0)))`);
    expect(periodFormula("A2", "M")).toBe(`=${guard}YEAR(A2)&"-"&RIGHT("0"&MONTH(A2),2)))`);
    expect(periodFormula("A2", "Y")).toBe(`=${guard}""&YEAR(A2)))`);
  });

  it("refuses another grain as #VALUE!", () => {
    expect(errorKind(() => periodFormula("A2", "W"))).toBe("value");
  });
});
