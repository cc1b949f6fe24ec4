import fc from "fast-check";
import type { RangeArgument } from "../../src/domain/cell-range";
import type { CellValue } from "../../src/domain/cell-value";
import { gradeFor } from "../../src/domain/grade";
import {
  DEFAULT_MAX_POINTS,
  DEFAULT_RATING_SCALE,
  DEFAULT_SATISFIED_THRESHOLD,
  points,
  ratingScale,
  satisfactionRate,
  score,
  scoreFormula,
  total,
  totalFormula,
} from "../../src/domain/score";
import { mulberry32, randomInteger } from "../support/random";
import { errorKind } from "../support/formula-errors";

const BLANKS: readonly CellValue[] = [null, undefined, "", "   "];

describe("POINTS: one answer on the 0–100 scale", () => {
  it.each([
    [0, 0],
    [1, 20],
    [2.5, 50],
    [3, 60],
    [3.5, 70],
    [4, 80],
    [5, 100],
  ])("gives a rating of %p out of 5 %p points", (rating, expected) => {
    expect(points(rating)).toBe(expected);
  });

  it("reads a number stored as text like the number", () => {
    expect(points(" 4 ")).toBe(80);
    expect(points("3.5")).toBe(70);
  });

  it("rates out of the maximum points given as the scale", () => {
    expect(points(7, ratingScale(10))).toBe(70);
    expect(points(7, ratingScale("10"))).toBe(70);
    expect(points(7, ratingScale([[10]]))).toBe(70);
    expect(points(79.99, ratingScale(100))).toBe(79.99);
  });

  it.each(BLANKS)("leaves a blank answer (%p) blank", (blank) => {
    expect(points(blank)).toBeNull();
  });

  it.each([
    ["above the scale", 5.01, DEFAULT_RATING_SCALE],
    ["below 0", -1, DEFAULT_RATING_SCALE],
    ["above a scale of 10", 11, ratingScale(10)],
    ["stored as text and above the scale", "6", DEFAULT_RATING_SCALE],
  ])("says #NUM! for a rating %s", (_, rating, scale) => {
    expect(errorKind(() => points(rating, scale))).toBe("num");
  });

  it.each([["good"], ["4 points"], [true], [false]])("says #VALUE! for %p, which is not a rating", (rating) => {
    expect(errorKind(() => points(rating))).toBe("value");
  });

  it.each([
    ["very satisfied", 100],
    ["Satisfied", 80],
    ["basically satisfied", 60],
    ["dissatisfied", 0],
    [" 很满意 ", 100],
    ["基本滿意", 60],
    ["HÀI LÒNG", 80],
    ["không hài lòng", 0],
  ])("gives the level word %p its %p points", (word, expected) => {
    expect(points(word)).toBe(expected);
    expect(points(word, ratingScale(10))).toBe(expected);
  });

  it("uses the organisation's own levels instead of the default ones, numbers still out of 5", () => {
    const scale = ratingScale([
      ["Excellent", 100],
      ["Good", 75],
      ["Poor", 10],
    ]);
    expect(scale.maxPoints).toBe(DEFAULT_MAX_POINTS);
    expect(points("good", scale)).toBe(75);
    expect(points(4, scale)).toBe(80);
    expect(errorKind(() => points("satisfied", scale))).toBe("value");
  });
});

describe("the scale argument", () => {
  it.each([undefined, null, "", [[null]]])("is the default (out of 5, default levels) when %p", (blank) => {
    expect(ratingScale(blank)).toBe(DEFAULT_RATING_SCALE);
  });

  it.each([0, -5, "0", [[-1]]])("says #NUM! for a maximum of %p", (scale) => {
    expect(errorKind(() => ratingScale(scale))).toBe("num");
  });

  it.each([
    ["text", "ten"],
    ["a boolean", true],
    ["one column of several rows", [[5], [10]]],
    ["three columns", [["Good", 80, 1]]],
    ["a one-cell range holding a word", [["Good"]]],
  ])("says #VALUE! for %s", (_, scale) => {
    expect(errorKind(() => ratingScale(scale))).toBe("value");
  });
});

describe("SCORE: the weighted mean of the answered ratings' points", () => {
  it("averages the points with equal weights when none are given", () => {
    expect(score([[5, 4, 3]])).toBe(80);
  });

  it("weighs each answer: Σ wᵢ·pᵢ / Σ wᵢ", () => {
    expect(score([[5, 3]], [[3, 1]])).toBe(90);
  });

  it("skips blank ratings together with their weights, whether null, undefined or empty text", () => {
    expect(score([[5, null, undefined, "", "  ", 3]], [[1, 100, 100, 100, 100, 1]])).toBe(80);
  });

  it("reads a row, a column and a 2-D range alike", () => {
    expect(score([[5, 4, 3, 2]])).toBe(70);
    expect(score([[5], [4], [3], [2]])).toBe(70);
    expect(
      score([
        [5, 4],
        [3, 2],
      ]),
    ).toBe(70);
  });

  it("scores a single answer given as a scalar", () => {
    expect(score(4)).toBe(80);
    expect(score(4, 2)).toBe(80);
  });

  it("mixes numbers, numbers stored as text and level words of any language", () => {
    expect(score([[5, "4", "Very Satisfied", " 基本满意 ", "hài lòng"]])).toBe((100 + 80 + 100 + 60 + 80) / 5);
  });

  it("reads weights stored as text", () => {
    expect(score([[5, 3]], [["3", " 1 "]])).toBe(90);
  });

  it("rates out of the scale given", () => {
    expect(score([[7, 10]], undefined, ratingScale(10))).toBe(85);
  });

  it("treats blank or omitted weights as equal weights", () => {
    expect(score([[5, 3]], null)).toBe(80);
    expect(score([[5, 3]], "")).toBe(80);
  });

  it("lets an answered rating weigh 0 as long as another weighs more", () => {
    expect(score([[5, 0]], [[1, 0]])).toBe(100);
  });

  it.each<[string, RangeArgument, RangeArgument]>([
    ["a row against a column", [[5, 4, 3]], [[1], [1], [1]]],
    [
      "2×2 against 1×4",
      [
        [5, 4],
        [3, 2],
      ],
      [[1, 1, 1, 1]],
    ],
    ["a range against a single weight", [[5, 4]], 1],
    ["a single rating against a range of weights", 5, [[1, 1]]],
  ])("says #VALUE! when the weights do not match the ratings: %s", (_, ratings, weights) => {
    expect(errorKind(() => score(ratings, weights))).toBe("value");
  });

  it("says #NUM! for a negative weight", () => {
    expect(errorKind(() => score([[5, 3]], [[1, -1]]))).toBe("num");
    expect(errorKind(() => score([[5, 3]], [[1, "-0.5"]]))).toBe("num");
  });

  it("says #VALUE! for a weight that is not a number", () => {
    expect(errorKind(() => score([[5, 3]], [[1, "heavy"]]))).toBe("value");
    expect(errorKind(() => score([[5, 3]], [[1, true]]))).toBe("value");
  });

  it("says #VALUE! for a blank weight beside an answered rating, but not beside a blank one", () => {
    expect(errorKind(() => score([[5, 3]], [[1, null]]))).toBe("value");
    expect(errorKind(() => score([[5, 3]], [[1, ""]]))).toBe("value");
    expect(score([[5, null]], [[1, null]])).toBe(100);
  });

  it("checks every weight, even one beside a blank rating", () => {
    expect(errorKind(() => score([[5, null]], [[1, -1]]))).toBe("num");
    expect(errorKind(() => score([[5, null]], [[1, "heavy"]]))).toBe("value");
  });

  it("says #DIV/0! when no rating is answered", () => {
    expect(errorKind(() => score([[null, "", undefined]]))).toBe("div0");
    expect(errorKind(() => score(null))).toBe("div0");
    expect(errorKind(() => score([]))).toBe("div0");
  });

  it("says #DIV/0! when every answered rating weighs 0", () => {
    expect(errorKind(() => score([[5, 4, null]], [[0, 0, 1]]))).toBe("div0");
  });

  it("says #NUM! for a rating outside the scale and #VALUE! for text that is not a rating", () => {
    expect(errorKind(() => score([[5, 6]]))).toBe("num");
    expect(errorKind(() => score([[5, 11]], undefined, ratingScale(10)))).toBe("num");
    expect(errorKind(() => score([[5, "n/a"]]))).toBe("value");
  });

  it("scores exactly 80, grade A, for three 'satisfied' answers weighted 0.1, 0.2 and 0.3", () => {
    // Unrounded, 0.1·80 + 0.2·80 + 0.3·80 over 0.6 is 79.99999999999999: grade B.
    expect(score([[4, 4, 4]], [[0.1, 0.2, 0.3]])).toBe(80);
    expect(gradeFor(score([[4, 4, 4]], [[0.1, 0.2, 0.3]]))).toBe("A");
  });

  it.each([
    [[[4, 10]], 80, "A"],
    [[[1, 10]], 70, "B"],
  ])("scores %p out of 10 weighted 0.1 and 0.2 exactly %p, grade %s, not a hair below", (ratings, expected, grade) => {
    // Unrounded: 24 ÷ 0.30000000000000004 = 79.99999999999999 and 21 ÷ 0.30000000000000004 = 69.99999999999999.
    expect(score(ratings, [[0.1, 0.2]], ratingScale(10))).toBe(expected);
    expect(gradeFor(score(ratings, [[0.1, 0.2]], ratingScale(10)))).toBe(grade);
    expect(total([ratings[0].map((rating) => rating * 10)], [[0.1, 0.2]])).toBe(expected);
  });

  it.each([
    [[[7, 7]], 70, "B"],
    [[[7999, 7999]], 79.99, "B"],
    [[[8, 8]], 80, "A"],
    [[[10, 10]], 100, "A"],
  ])("lands on the grade boundary %p → %p exactly", (ratings, expected, grade) => {
    const scale = ratingScale(ratings[0][0] > 10 ? 10_000 : 10);
    expect(score(ratings, [[0.7, 0.3]], scale)).toBe(expected);
    expect(gradeFor(score(ratings, [[0.7, 0.3]], scale))).toBe(grade);
  });
});

describe("TOTAL: module scores combined by module weights", () => {
  it("weighs the module scores: Σ wᵢ·sᵢ / Σ wᵢ", () => {
    expect(total([[90, 70, 60]], [[0.5, 0.3, 0.2]])).toBe(78);
  });

  it("skips an unanswered module (blank or the empty text of a formula) with its weight", () => {
    expect(total([[90, "", null, undefined, 60]], [[1, 5, 5, 5, 1]])).toBe(75);
  });

  it("reads scores stored as text and a column of modules", () => {
    expect(total([["90"], [" 60 "]], [[1], [2]])).toBe(70);
  });

  it("weighs equally when no weights are given", () => {
    expect(total([[90, 60]])).toBe(75);
  });

  it.each([79.99, 80, 70, 100, 0])("keeps a boundary score %p as it is", (value) => {
    expect(total([[value, value, value]], [[0.1, 0.2, 0.3]])).toBe(value);
  });

  it.each([100.01, -0.01, "101"])("says #NUM! for a module score %p outside 0–100", (value) => {
    expect(errorKind(() => total([[80, value]], [[1, 1]]))).toBe("num");
  });

  it.each(["good", true])("says #VALUE! for a module score %p that is not a number", (value) => {
    expect(errorKind(() => total([[80, value]], [[1, 1]]))).toBe("value");
  });

  it("says #VALUE! when the weights do not match the scores", () => {
    expect(errorKind(() => total([[80, 90]], [[1, 1, 1]]))).toBe("value");
    expect(errorKind(() => total([[80, 90]], [[1], [1]]))).toBe("value");
  });

  it("says #NUM! for a negative weight and #VALUE! for a blank weight beside a score", () => {
    expect(errorKind(() => total([[80, 90]], [[1, -2]]))).toBe("num");
    expect(errorKind(() => total([[80, 90]], [[1, null]]))).toBe("value");
  });

  it("says #DIV/0! when no module is scored or all scored ones weigh 0", () => {
    expect(errorKind(() => total([["", null]], [[1, 1]]))).toBe("div0");
    expect(errorKind(() => total([[80, null]], [[0, 1]]))).toBe("div0");
  });
});

describe("SATRATE: the percent of answers at or above the satisfied threshold", () => {
  it("counts 'basically satisfied' as satisfied at the default threshold", () => {
    expect(DEFAULT_SATISFIED_THRESHOLD).toBe(60);
    expect(satisfactionRate([["basically satisfied"]])).toBe(100);
  });

  it("does not count 'dissatisfied' as satisfied", () => {
    expect(satisfactionRate([["very satisfied", "satisfied", "基本满意", "không hài lòng"]])).toBe(75);
  });

  it("counts 3 of 5 (60 points) but not 2.99 of 5", () => {
    expect(satisfactionRate([[3, 2.99]])).toBe(50);
  });

  it("skips blank answers", () => {
    expect(satisfactionRate([[5, null, "", undefined, 1]])).toBe(50);
  });

  it("reaches the 90 % target exactly with 9 satisfied answers of 10", () => {
    expect(satisfactionRate([[5, 5, 5, 5, 5, 4, 4, 4, 3, 0]])).toBe(90);
  });

  it("takes a threshold as a number, a number stored as text or a level word", () => {
    const answers = [["very satisfied", "satisfied", "basically satisfied", "dissatisfied"]];
    expect(satisfactionRate(answers, 80)).toBe(50);
    expect(satisfactionRate(answers, " 80 ")).toBe(50);
    expect(satisfactionRate(answers, "Satisfied")).toBe(50);
    expect(satisfactionRate(answers, "很满意")).toBe(25);
    expect(satisfactionRate(answers, null)).toBe(75);
  });

  it.each([
    [3.5, 5, 70, true],
    [3.49, 5, 70, false],
    [7999, 10_000, 79.99, true],
    [7998, 10_000, 79.99, false],
    [4, 5, 80, true],
    [3.99, 5, 80, false],
    [5, 5, 100, true],
  ])("compares a rating of %p out of %p with the threshold %p inclusively", (rating, max, threshold, counts) => {
    expect(satisfactionRate([[rating]], threshold, ratingScale(max))).toBe(counts ? 100 : 0);
  });

  it("counts every answer at a threshold of 0 and only full marks at 100", () => {
    expect(satisfactionRate([[0, 5]], 0)).toBe(100);
    expect(satisfactionRate([[4.99, 5]], 100)).toBe(50);
  });

  it("uses the organisation's own levels", () => {
    const scale = ratingScale([
      ["Good", 70],
      ["Bad", 20],
    ]);
    expect(satisfactionRate([["good", "bad", "GOOD"]], "good", scale)).toBeCloseTo(66.667, 3);
  });

  it.each([100.5, -1, "120"])("says #NUM! for a threshold of %p", (threshold) => {
    expect(errorKind(() => satisfactionRate([[5]], threshold))).toBe("num");
  });

  it.each(["high", true])("says #VALUE! for a threshold of %p", (threshold) => {
    expect(errorKind(() => satisfactionRate([[5]], threshold))).toBe("value");
  });

  it("says #VALUE! and #NUM! for bad answers, #DIV/0! when none is answered", () => {
    expect(errorKind(() => satisfactionRate([[5, "meh"]]))).toBe("value");
    expect(errorKind(() => satisfactionRate([[5, 6]]))).toBe("num");
    expect(errorKind(() => satisfactionRate([[null, ""]]))).toBe("div0");
  });
});

describe("the native SCORE and TOTAL formulas", () => {
  it("weigh a row of numeric ratings with SUMPRODUCT, rounded as SCORE rounds, checking the row with plain range functions", () => {
    expect(scoreFormula("B2:E2", [1, 2, 3, 4], 5)).toBe(
      '=IF(COUNTBLANK(B2:E2)=4,"",IF(4-COUNTBLANK(B2:E2)>COUNT(B2:E2),#VALUE!,' +
        "IF(OR(MIN(B2:E2)<0,MAX(B2:E2)>5),#NUM!," +
        "ROUND(SUMPRODUCT({1,2,3,4},B2:E2)*100/5/SUMPRODUCT({1,2,3,4},--ISNUMBER(B2:E2)),9))))",
    );
  });

  it("average equally weighted ratings with SUM and COUNT, no SUMPRODUCT", () => {
    expect(scoreFormula("B2:D2", [2, 2, 2], 5)).toBe(
      '=IF(COUNTBLANK(B2:D2)=3,"",IF(3-COUNTBLANK(B2:D2)>COUNT(B2:D2),#VALUE!,' +
        "IF(OR(MIN(B2:D2)<0,MAX(B2:D2)>5),#NUM!,ROUND(SUM(B2:D2)*100/5/COUNT(B2:D2),9))))",
    );
    expect(scoreFormula("B2:C2", [0, 0], 5)).toContain("SUMPRODUCT({0,0},B2:C2)");
  });

  it("combine module scores 0–100 the same way", () => {
    expect(totalFormula("[@[Overall]:[Quality]]", [0.5, 0.3, 0.2])).toBe(
      '=IF(COUNTBLANK([@[Overall]:[Quality]])=3,"",' +
        "IF(3-COUNTBLANK([@[Overall]:[Quality]])>COUNT([@[Overall]:[Quality]]),#VALUE!," +
        "IF(OR(MIN([@[Overall]:[Quality]])<0,MAX([@[Overall]:[Quality]])>100),#NUM!," +
        "ROUND(SUMPRODUCT({0.5,0.3,0.2},[@[Overall]:[Quality]])/SUMPRODUCT({0.5,0.3,0.2},--ISNUMBER([@[Overall]:[Quality]])),9))))",
    );
  });

  it('give a blank cell ("") for a row with no answer, where SCORE and TOTAL say #DIV/0!', () => {
    // A calculated column stays quiet on unanswered rows; the custom functions report that nothing was averaged.
    expect(scoreFormula("B2:E2", [1, 1, 1, 1], 5)).toMatch(/^=IF\(COUNTBLANK\(B2:E2\)=4,"",/);
    expect(totalFormula("B2:D2", [1, 1, 1])).toMatch(/^=IF\(COUNTBLANK\(B2:D2\)=3,"",/);
    expect(errorKind(() => score([[null, null, null, null]], [[1, 1, 1, 1]]))).toBe("div0");
    expect(errorKind(() => total([[null, null, null]], [[1, 1, 1]]))).toBe("div0");
  });

  it("use only functions Excel 2016 and LibreOffice 7.4 both compute", () => {
    const formulas = [scoreFormula("B2:C2", [1, 2], 10), totalFormula("B2:C2", [1, 1])].join("");
    const functions = new Set(formulas.match(/[A-Z][A-Z0-9.]*(?=\()/g));
    expect([...functions].sort()).toEqual([
      "COUNT",
      "COUNTBLANK",
      "IF",
      "ISNUMBER",
      "MAX",
      "MIN",
      "OR",
      "ROUND",
      "SUM",
      "SUMPRODUCT",
    ]);
  });

  it("write tiny and fractional weights and scales as Excel reads them", () => {
    expect(scoreFormula("A1:B1", [1e-7, 0.25], 7.5)).toContain("{1E-7,0.25}");
    expect(scoreFormula("A1:B1", [1e-7, 0.25], 7.5)).toContain("*100/7.5/");
  });

  it.each([
    ["no weights", [], 5, "value"],
    ["a negative weight", [1, -1], 5, "num"],
    ["a weight that is not a number", [1, Number.NaN], 5, "num"],
    ["a maximum of 0", [1], 0, "num"],
    ["an infinite maximum", [1], Infinity, "num"],
  ])("refuse %s", (_, weights, maxPoints, kind) => {
    expect(errorKind(() => scoreFormula("A1:B1", weights, maxPoints))).toBe(kind);
  });
});

describe("properties of the scores", () => {
  const rating = fc.oneof(
    fc.integer({ min: 0, max: 5 }),
    fc.double({ min: 0, max: 5, noNaN: true }),
    fc.constantFrom<CellValue>(null, "", undefined, "very satisfied", "满意", "基本滿意", "không hài lòng", "2.5"),
  );
  const answeredRow = fc
    .array(fc.tuple(rating, fc.integer({ min: 1, max: 10 })), { minLength: 1, maxLength: 30 })
    .filter((cells) => cells.some(([cell]) => points(cell) !== null));

  it("SCORE lies between the smallest and largest answered points", () => {
    fc.assert(
      fc.property(answeredRow, (cells) => {
        const answered = cells.map(([cell]) => points(cell)).filter((value): value is number => value !== null);
        const result = score([cells.map(([cell]) => cell)], [cells.map(([, weight]) => weight)]);
        return result >= Math.min(...answered) && result <= Math.max(...answered);
      }),
    );
  });

  it("SCORE with equal weights equals the mean of POINTS", () => {
    fc.assert(
      fc.property(answeredRow, (cells) => {
        const answered = cells.map(([cell]) => points(cell)).filter((value): value is number => value !== null);
        const mean = answered.reduce((sum, value) => sum + value, 0) / answered.length;
        const ratings = [cells.map(([cell]) => cell)];
        const equal = score(ratings, [ratings[0].map(() => 2.5)]);
        return Math.abs(score(ratings) - mean) <= 1e-9 && Math.abs(equal - mean) <= 1e-9;
      }),
    );
  });

  it("SCORE does not change when every weight is multiplied by the same factor", () => {
    fc.assert(
      fc.property(answeredRow, fc.integer({ min: 2, max: 1000 }), (cells, factor) => {
        const ratings = [cells.map(([cell]) => cell)];
        const weights = cells.map(([, weight]) => weight);
        const scaled = score(ratings, [weights.map((weight) => weight * factor)]);
        return Math.abs(scaled - score(ratings, [weights])) <= 1e-9;
      }),
    );
  });

  it("TOTAL of equal scores is that score", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.array(fc.double({ min: 0.001, max: 1000, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (value, weights) => total([weights.map(() => value)], [weights]) === value,
      ),
    );
  });

  it("SATRATE is between 0 and 100", () => {
    fc.assert(
      fc.property(answeredRow, fc.integer({ min: 0, max: 100 }), (cells, threshold) => {
        const rate = satisfactionRate([cells.map(([cell]) => cell)], threshold);
        return rate >= 0 && rate <= 100;
      }),
    );
  });

  it("SATRATE never falls when the threshold is lowered", () => {
    fc.assert(
      fc.property(answeredRow, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (cells, a, b) => {
        const ratings = [cells.map(([cell]) => cell)];
        return satisfactionRate(ratings, Math.min(a, b)) >= satisfactionRate(ratings, Math.max(a, b));
      }),
    );
  });
});

describe("SCORE over a large range", () => {
  const ROWS = 100_000;
  const COLUMNS = 10;

  function randomRatings(seed: number): CellValue[][] {
    const random = mulberry32(seed);
    return Array.from({ length: ROWS }, () =>
      Array.from({ length: COLUMNS }, () => {
        const draw = random();
        if (draw < 0.1) return null;
        if (draw < 0.12) return "";
        return randomInteger(random, 0, 10) / 2;
      }),
    );
  }

  it("scores 100,000 × 10 numeric ratings with blanks in well under 250 ms", () => {
    const ratings = randomRatings(100_010);
    const weights = ratings.map((row) => row.map((_, column) => column + 1));
    score(ratings.slice(0, 1000), weights.slice(0, 1000)); // let the JIT see the loop once

    const timings: Record<string, number> = {};
    const runs: Record<string, () => number> = {
      "equal weights": () => score(ratings),
      "with weights": () => score(ratings, weights),
    };
    for (const [name, run] of Object.entries(runs)) {
      const started = performance.now();
      const result = run();
      timings[name] = performance.now() - started;
      expect(result).toBeGreaterThan(0);
      expect(result).toBeLessThan(100);
    }
    console.log(
      `score() over ${ROWS.toLocaleString("en")} × ${COLUMNS}: ` +
        Object.entries(timings)
          .map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`)
          .join(", "),
    );
    for (const ms of Object.values(timings)) expect(ms).toBeLessThan(250);
  });
});
