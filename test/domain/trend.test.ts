import fc from "fast-check";
import { sparkline, trendSlope } from "../../src/domain/trend";
import { errorKind } from "../support/formula-errors";

describe("the trend of a score across periods (procedure 004 §5.7.2: declines are analysed)", () => {
  it("rises by 2.5 points a quarter for 80, 82.5, 85", () => {
    expect(trendSlope([[80, 82.5, 85]])).toBeCloseTo(2.5, 12);
  });

  it("reads a column as well as a row, and skips quarters without data", () => {
    expect(trendSlope([[90], [null], [""], [84], [78]])).toBeCloseTo(-6, 12);
  });

  it("matches Excel's SLOPE over positions for an irregular series", () => {
    // SLOPE({70,75,73,80},{1,2,3,4}) = 14 / 5
    expect(trendSlope([[70, "75", 73, 80]])).toBeCloseTo(2.8, 12);
  });

  it("needs at least two values: #DIV/0! otherwise", () => {
    expect(errorKind(() => trendSlope([[85, null]]))).toBe("div0");
    expect(errorKind(() => trendSlope(null))).toBe("div0");
  });

  it("rejects text that is not a number as #VALUE!", () => {
    expect(errorKind(() => trendSlope([[80, "good"]]))).toBe("value");
  });

  it("is zero for a flat series and flips sign when the series is reversed", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 2, maxLength: 30 }), (values) => {
        const forward = trendSlope([values]);
        const backward = trendSlope([[...values].reverse()]);
        expect(forward + backward).toBeCloseTo(0, 6);
        expect(trendSlope([values.map(() => values[0])])).toBeCloseTo(0, 9);
      }),
    );
  });
});

describe("the in-cell sparkline", () => {
  it("draws one block per value from the lowest to the highest", () => {
    expect(sparkline([[60, 70, 80, 100]])).toBe("▁▃▅█");
  });

  it("skips blanks and keeps a flat series mid-height", () => {
    expect(sparkline([[85, null, 85, ""]])).toBe("▄▄");
  });

  it("is empty when there is nothing to draw", () => {
    expect(sparkline([[null, ""]])).toBe("");
  });

  it("always has one block per value, the lowest ▁ and the highest █", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 40 }), (values) => {
        fc.pre(new Set(values).size > 1);
        const line = [...sparkline([values])];
        expect(line).toHaveLength(values.length);
        expect(line[values.indexOf(Math.min(...values))]).toBe("▁");
        expect(line[values.indexOf(Math.max(...values))]).toBe("█");
      }),
    );
  });
});
