import { serialOf } from "../../../src/domain/excel-date";
import {
  parseReportPeriod,
  periodSpan,
  periodWithin,
  previousPeriod,
  reportPeriodOf,
  reportPeriods,
  shiftPeriod,
} from "../../../src/domain/reports/report-periods";

describe("report periods", () => {
  it("shows two years of quarters by default, ending with the quarter today falls in", () => {
    expect(reportPeriods("Q", serialOf(2026, 11, 21))).toEqual([
      "2025-Q1",
      "2025-Q2",
      "2025-Q3",
      "2025-Q4",
      "2026-Q1",
      "2026-Q2",
      "2026-Q3",
      "2026-Q4",
    ]);
  });

  it("shows half-years and years when chosen", () => {
    expect(reportPeriods("H", serialOf(2026, 3, 1), 3)).toEqual(["2025-H1", "2025-H2", "2026-H1"]);
    expect(reportPeriods("Y", serialOf(2026, 3, 1), 2)).toEqual(["2025", "2026"]);
  });

  it("steps back over a year's end", () => {
    expect(previousPeriod("2026-Q1")).toBe("2025-Q4");
    expect(previousPeriod("2026-H1")).toBe("2025-H2");
    expect(previousPeriod("2026")).toBe("2025");
    expect(shiftPeriod("2025-Q4", 1)).toBe("2026-Q1");
  });

  it("spans a quarter from its first day to the first day of the next", () => {
    expect(periodSpan("2026-Q4")).toEqual({ start: serialOf(2026, 10, 1), next: serialOf(2027, 1, 1) });
    expect(periodSpan("2026-H1")).toEqual({ start: serialOf(2026, 1, 1), next: serialOf(2026, 7, 1) });
    expect(periodSpan("2026")).toEqual({ start: serialOf(2026, 1, 1), next: serialOf(2027, 1, 1) });
  });

  it("puts a date in its quarter, half-year and year", () => {
    const day = serialOf(2026, 7, 1) + 0.5;
    expect(reportPeriodOf(day, "Q")).toBe("2026-Q3");
    expect(reportPeriodOf(day, "H")).toBe("2026-H2");
    expect(reportPeriodOf(day, "Y")).toBe("2026");
  });

  it("counts a quarter's survey in its half-year and year, but a half-year's survey in no quarter", () => {
    expect(periodWithin("2026-Q3", "2026-Q3", "Q")).toBe(true);
    expect(periodWithin("2026-Q3", "2026-H2", "H")).toBe(true);
    expect(periodWithin("2026-Q2", "2026-H2", "H")).toBe(false);
    expect(periodWithin("2026-Q3", "2026", "Y")).toBe(true);
    expect(periodWithin("2026-07", "2026", "Y")).toBe(true);
    expect(periodWithin("2026-H2", "2026-Q3", "Q")).toBe(false);
    expect(periodWithin(null, "2026", "Y")).toBe(false);
  });

  it("reads period labels in any case and refuses months", () => {
    expect(parseReportPeriod("2026-q3")).toEqual({ grain: "Q", year: 2026, part: 3 });
    expect(parseReportPeriod("2026-07")).toBeUndefined();
    expect(() => periodSpan("2026-07")).toThrow(/not a quarter/);
  });
});
