import { excelErrorOf } from "../support/custom-functions-runtime";
import * as VOC from "../../src/functions/functions";

// Dates as Excel serials: Friday 20 November 2026 is 46346; 16:00 is 2/3 of a day.
const FRIDAY = 46346;
const FOUR_PM = 2 / 3;
/** Excel passes null for an omitted optional argument; the metadata needs the parameter typed any[][] | undefined. */
const OMITTED = null as unknown as undefined;

describe("the VOC functions as Excel calls them", () => {
  describe("=VOC.POINTS(rating, [scale])", () => {
    it("reads a number on the default 5-point scale and a level word in any of the four languages", () => {
      expect(VOC.points(4)).toBe(80);
      expect(VOC.points(" Basically Satisfied ", OMITTED)).toBe(60);
      expect(VOC.points("很满意", undefined)).toBe(100);
      expect(VOC.points("không hài lòng")).toBe(0);
    });

    it("takes the scale as a one-cell range or as the organisation's own level table", () => {
      expect(VOC.points(7, [[10]])).toBe(70);
      expect(
        VOC.points("good", [
          ["good", 75],
          ["poor", 25],
        ]),
      ).toBe(75);
    });

    it("shows a blank rating as an empty cell", () => {
      expect(VOC.points(null)).toBe("");
      expect(VOC.points("")).toBe("");
    });

    it("answers #VALUE! for an unknown word and #NUM! for a rating above the scale", () => {
      expect(excelErrorOf(() => VOC.points("so-so"))).toBe("#VALUE!");
      expect(excelErrorOf(() => VOC.points(6))).toBe("#NUM!");
    });
  });

  describe("=VOC.SCORE(ratings, [weights], [scale])", () => {
    it("weights the answered ratings and skips blanks with their weights", () => {
      expect(VOC.score([[5, 4, null, 3]], [[2, 1, 1, 1]], OMITTED)).toBe(85);
    });

    it("weighs every rating equally when the weights are omitted", () => {
      expect(VOC.score([[5], [3]], undefined, undefined)).toBe(80);
    });

    it("answers #VALUE! when weights and ratings differ in shape, and #DIV/0! when nothing is answered", () => {
      expect(excelErrorOf(() => VOC.score([[5, 4]], [[1], [1]]))).toBe("#VALUE!");
      expect(excelErrorOf(() => VOC.score([[null, ""]]))).toBe("#DIV/0!");
    });
  });

  describe("=VOC.TOTAL(scores, weights)", () => {
    it("combines module scores by module weights", () => {
      expect(VOC.total([[90, 75, 82]], [[0.4, 0.3, 0.3]])).toBeCloseTo(83.1, 9);
    });

    it("answers #NUM! for a module score above 100", () => {
      expect(excelErrorOf(() => VOC.total([[101]], [[1]]))).toBe("#NUM!");
    });
  });

  describe("=VOC.SATRATE(ratings, [threshold], [scale])", () => {
    it("counts basically satisfied and better as satisfied by default", () => {
      expect(VOC.satrate([["very satisfied"], ["satisfied"], ["basically satisfied"], ["dissatisfied"]])).toBe(75);
    });

    it("takes a higher threshold", () => {
      expect(VOC.satrate([[5, 4, 3, 1]], 80, OMITTED)).toBe(50);
    });
  });

  describe("=VOC.RETURNRATE(sent, returned, [days], [holidays])", () => {
    const sent = [[FRIDAY], [FRIDAY], [FRIDAY], [null]];
    it("counts a form returned 6 working days after sending as not returned", () => {
      // 5 working days after Friday 20 Nov is Friday 27 Nov; Monday 30 Nov is the 6th.
      expect(VOC.returnrate(sent, [[FRIDAY + 7], [FRIDAY + 10], [null], [FRIDAY]])).toBeCloseTo(100 / 3, 9);
    });

    it("skips holidays as WORKDAY does", () => {
      expect(VOC.returnrate([[FRIDAY]], [[FRIDAY + 10]], 5, [[FRIDAY + 3]])).toBe(100);
    });

    it("answers #VALUE! for a form returned before it was sent", () => {
      expect(excelErrorOf(() => VOC.returnrate([[FRIDAY]], [[FRIDAY - 1]]))).toBe("#VALUE!");
    });
  });

  describe("=VOC.DUE(start, duration, [holidays])", () => {
    it("adds clock hours across the weekend", () => {
      expect(VOC.due(FRIDAY + FOUR_PM, "24h")).toBeCloseTo(FRIDAY + 1 + FOUR_PM, 9);
    });

    it("moves to the same time on the third working day", () => {
      expect(VOC.due(FRIDAY + FOUR_PM, "3wd", OMITTED)).toBeCloseTo(FRIDAY + 5 + FOUR_PM, 9);
      expect(VOC.due(FRIDAY + FOUR_PM, "3wd", [[FRIDAY + 3], [null]])).toBeCloseTo(FRIDAY + 6 + FOUR_PM, 9);
    });

    it("leaves a blank start blank and rejects a duration it cannot read", () => {
      expect(VOC.due(null, "24h")).toBe("");
      expect(excelErrorOf(() => VOC.due(FRIDAY, "3 days"))).toBe("#VALUE!");
    });
  });

  describe("=VOC.PERIOD(date, [grain])", () => {
    it("names quarters by default, and half-years, months and years on request", () => {
      expect(VOC.period(FRIDAY)).toBe("2026-Q4");
      expect(VOC.period(FRIDAY, "h")).toBe("2026-H2");
      expect(VOC.period(FRIDAY, "M")).toBe("2026-11");
      expect(VOC.period(FRIDAY, "Y")).toBe("2026");
      expect(VOC.period(null)).toBe("");
    });

    it("answers #VALUE! for an unknown grain", () => {
      expect(excelErrorOf(() => VOC.period(FRIDAY, "W"))).toBe("#VALUE!");
    });
  });

  describe("=VOC.NPS(scores)", () => {
    it("subtracts the share of detractors from the share of promoters", () => {
      expect(VOC.nps([[10, 9, 8, 6]])).toBe(25);
    });

    it("answers #NUM! for a score that is not a whole number from 0 to 10", () => {
      expect(excelErrorOf(() => VOC.nps([[7.5]]))).toBe("#NUM!");
    });
  });

  describe("=VOC.TREND(values) and =VOC.SPARK(values)", () => {
    it("give the slope and the in-cell line of quarterly totals", () => {
      expect(VOC.trend([[80], [82.5], [85]])).toBeCloseTo(2.5, 12);
      expect(VOC.spark([[60, 70, 80, 100]])).toBe("▁▃▅█");
    });

    it("answer #DIV/0! for a trend of one value", () => {
      expect(excelErrorOf(() => VOC.trend([[80]]))).toBe("#DIV/0!");
    });
  });

  it("never lets a JavaScript exception reach the cell", () => {
    expect(excelErrorOf(() => VOC.score(undefined as unknown as unknown[][]))).toMatch(/^#/);
  });
});
