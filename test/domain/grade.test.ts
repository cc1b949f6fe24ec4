import { DEFAULT_GRADE_BANDS, gradeBandsFromRows, gradeFor, gradeFormula } from "../../src/domain/grade";
import { errorKind } from "../support/formula-errors";

describe("grading a score with the default bands (A ≥ 80, B ≥ 70, C ≥ 60, D below)", () => {
  it.each([
    [100, "A"],
    [80, "A"],
    [79.99, "B"],
    [70, "B"],
    [69.999, "C"],
    [60, "C"],
    [59.5, "D"],
    [0, "D"],
  ])("grades %p as %p", (score, grade) => {
    expect(gradeFor(score)).toBe(grade);
  });

  it("grades a number stored as text like the number", () => {
    expect(gradeFor(" 85 ")).toBe("A");
  });

  it("leaves a blank score ungraded", () => {
    expect(gradeFor(null)).toBe("");
    expect(gradeFor(undefined)).toBe("");
    expect(gradeFor("")).toBe("");
  });

  it("rejects text that is not a score as #VALUE!", () => {
    expect(errorKind(() => gradeFor("good"))).toBe("value");
    expect(errorKind(() => gradeFor(true))).toBe("value");
  });

  it("rejects a score outside 0–100 as #NUM!", () => {
    expect(errorKind(() => gradeFor(100.01))).toBe("num");
    expect(errorKind(() => gradeFor(-1))).toBe("num");
  });
});

describe("grading with the organisation's own bands", () => {
  it("reads a two-column range in any order and skips blank rows", () => {
    const bands = gradeBandsFromRows([
      [50, "Fair"],
      [null, null],
      [90, "Excellent"],
      ["75", "Good"],
      [0, "Poor"],
    ]);
    expect(bands.map((band) => band.label)).toEqual(["Excellent", "Good", "Fair", "Poor"]);
    expect(gradeFor(74.9, bands)).toBe("Fair");
    expect(gradeFor(90, bands)).toBe("Excellent");
  });

  it("says #NUM! when a score is below every band", () => {
    expect(errorKind(() => gradeFor(10, gradeBandsFromRows([[50, "Pass"]])))).toBe("num");
  });

  it.each([
    ["a range that is not two columns", [[80, "A", "x"]]],
    ["a band without a label", [[80, ""]]],
    ["a lower bound that is not a number", [["high", "A"]]],
    [
      "two bands with the same lower bound",
      [
        [80, "A"],
        [80, "B"],
      ],
    ],
    ["no bands at all", [[null, null]]],
  ])("rejects %s as #VALUE!", (_, rows) => {
    expect(errorKind(() => gradeBandsFromRows(rows))).toBe("value");
  });
});

describe("the native grade formula", () => {
  it("looks the score up in ascending bands so Excel 2016 can compute it", () => {
    expect(gradeFormula("[@Total]", DEFAULT_GRADE_BANDS)).toBe(
      '=IF([@Total]="","",LOOKUP([@Total],{0,60,70,80},{"D","C","B","A"}))',
    );
  });

  it("doubles quotes inside a label", () => {
    expect(gradeFormula("A1", [{ lowerBound: 0, label: 'say "hi"' }])).toContain('{"say ""hi"""}');
  });
});
