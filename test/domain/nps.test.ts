import fc from "fast-check";
import type { CellValue } from "../../src/domain/cell-value";
import { netPromoterScore } from "../../src/domain/nps";
import { errorKind } from "../support/formula-errors";

describe("NPS: promoters (9–10) minus detractors (0–6), in percent of the answers", () => {
  it("subtracts the percent of detractors from the percent of promoters", () => {
    // 3 promoters, 2 passives, 5 detractors of 10 answers: 30 % − 50 %.
    expect(netPromoterScore([[10, 9, 9, 8, 7, 6, 5, 3, 1, 0]])).toBe(-20);
  });

  it("counts 7 and 8 as passives, in the answers but on neither side", () => {
    expect(netPromoterScore([[7, 8, 10, 10]])).toBe(50);
  });

  it.each([
    [[[9, 10, 10]], 100],
    [[[0, 6, 3]], -100],
    [[[7, 8]], 0],
    [[[6, 7, 8, 9]], 0],
  ])("scores %p as %p", (scores, expected) => {
    expect(netPromoterScore(scores)).toBe(expected);
  });

  it("skips blank answers, whether null, undefined or empty text", () => {
    expect(netPromoterScore([[10, null, undefined, "", "  ", 0]])).toBe(0);
  });

  it("reads a column, a 2-D range, a single answer and numbers stored as text", () => {
    expect(netPromoterScore([[10], [0], [9]])).toBeCloseTo(33.333, 3);
    expect(
      netPromoterScore([
        [10, 9],
        [" 6 ", "8"],
      ]),
    ).toBe(25);
    expect(netPromoterScore(9)).toBe(100);
    expect(netPromoterScore("6")).toBe(-100);
  });

  it.each([[[[9.5]]], [[[10, 11]]], [[[-1]]], [[["7.5"]]], [[["12"]]]])(
    "says #NUM! for %p: an answer is a whole number from 0 to 10",
    (scores) => {
      expect(errorKind(() => netPromoterScore(scores))).toBe("num");
    },
  );

  it.each([[[["very likely"]]], [[[9, true]]], [[["n/a", 9]]]])("says #VALUE! for text in %p", (scores) => {
    expect(errorKind(() => netPromoterScore(scores))).toBe("value");
  });

  it("says #DIV/0! when nobody answered", () => {
    expect(errorKind(() => netPromoterScore([[null, "", undefined]]))).toBe("div0");
    expect(errorKind(() => netPromoterScore(null))).toBe("div0");
  });

  it("NPS is between −100 and 100", () => {
    const answer = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constantFrom<CellValue>(null, "", "10", " 3 "));
    fc.assert(
      fc.property(
        fc.array(answer, { minLength: 1, maxLength: 50 }).filter((row) => row.some((cell) => /\d/.test(String(cell)))),
        (row) => {
          const nps = netPromoterScore([row]);
          return nps >= -100 && nps <= 100;
        },
      ),
    );
  });

  it("NPS is the same however the answers are ordered or laid out", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 40 }), (answers) => {
        const column = answers.map((answer) => [answer]);
        const reversed = [[...answers].reverse()];
        return (
          netPromoterScore(column) === netPromoterScore([answers]) &&
          netPromoterScore(reversed) === netPromoterScore([answers])
        );
      }),
    );
  });
});
