import fc from "fast-check";
import { DEFAULT_RATING_LEVELS, levelPoints } from "../../../src/domain/rating-levels";
import { DEFAULT_INSTRUMENT } from "../../../src/domain/schema";
import { points } from "../../../src/domain/score";
import { formRatingLevels, levelOptions, parseAnswer, ratingForPoints } from "../../../src/domain/survey-forms";
import { item } from "./fixtures";

const FIVE = item("m", "A1", 5);
const TEN = item("m", "A2", 10);
const THREE = item("m", "A3", 3);

describe("the level words a form offers for an item", () => {
  it("offers all four levels on the default 5-point item: 5, 4, 3 and 0", () => {
    expect(levelOptions(DEFAULT_INSTRUMENT[0])).toEqual([
      { key: "verySatisfied", rating: 5, points: 100 },
      { key: "satisfied", rating: 4, points: 80 },
      { key: "basicallySatisfied", rating: 3, points: 60 },
      { key: "dissatisfied", rating: 0, points: 0 },
    ]);
  });

  it("offers 10, 8, 6 and 0 on a 10-point item", () => {
    expect(levelOptions(TEN).map((option) => option.rating)).toEqual([10, 8, 6, 0]);
  });

  it("offers only very satisfied (3) and dissatisfied (0) on a 3-point item, where 80 and 60 points fall between", () => {
    expect(levelOptions(THREE)).toEqual([
      { key: "verySatisfied", rating: 3, points: 100 },
      { key: "dissatisfied", rating: 0, points: 0 },
    ]);
  });

  it("offers the organisation's points, leaving out a level its table does not name", () => {
    const levels = formRatingLevels([
      { word: "很满意", points: 100 },
      { word: "满意", points: 90 },
      { word: "不满意", points: 0 },
    ]);
    expect(levelOptions(TEN, levels)).toEqual([
      { key: "verySatisfied", rating: 10, points: 100 },
      { key: "satisfied", rating: 9, points: 90 },
      { key: "dissatisfied", rating: 0, points: 0 },
    ]);
  });

  it("offers only ratings that give back exactly the level's points by the workbook's arithmetic", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), (scale) => {
        for (const option of levelOptions(item("m", "X", scale))) {
          expect(Number.isInteger(option.rating)).toBe(true);
          expect(points(option.rating, { maxPoints: scale, levels: formRatingLevels([]) })).toBe(option.points);
        }
      }),
    );
  });
});

describe("an answer typed as a number", () => {
  it.each([
    ["4", 4],
    ["4.0", 4],
    [" 4 ", 4],
    ["４", 4], // full-width digit from a Chinese input method
    [4, 4],
    ["0", 0],
    ["5", 5],
    [-0, 0],
  ])("stores %p on a 5-point item as %p", (typed, rating) => {
    expect(parseAnswer(typed, FIVE)).toEqual({ ok: true, rating });
  });

  it("stores 8 on a 10-point item as 8", () => {
    expect(parseAnswer("8", TEN)).toEqual({ ok: true, rating: 8 });
  });

  it.each([
    ["6", FIVE],
    ["-1", FIVE],
    ["11", TEN],
  ])("refuses %p as out of the item's scale, naming the maximum", (typed, scaleItem) => {
    expect(parseAnswer(typed, scaleItem)).toEqual({ ok: false, code: "outOfScale", max: scaleItem.scale });
  });

  it("refuses a fraction such as 3.5: the column holds whole ratings", () => {
    expect(parseAnswer("3.5", FIVE)).toEqual({ ok: false, code: "notWhole", max: 5 });
    expect(parseAnswer(3.5, FIVE)).toEqual({ ok: false, code: "notWhole", max: 5 });
  });

  it("refuses a number that is not finite", () => {
    expect(parseAnswer(Number.NaN, FIVE)).toEqual({ ok: false, code: "notARating", max: 5 });
    expect(parseAnswer(Infinity, FIVE)).toEqual({ ok: false, code: "notARating", max: 5 });
  });
});

describe("an answer typed as a level word", () => {
  it.each([
    ["en", "very satisfied", 5],
    ["en", "satisfied", 4],
    ["en", "basically satisfied", 3],
    ["en", "fairly satisfied", 3],
    ["en", "dissatisfied", 0],
    ["zh-CN", "很满意", 5],
    ["zh-CN", "非常满意", 5],
    ["zh-CN", "满意", 4],
    ["zh-CN", "基本满意", 3],
    ["zh-CN", "不满意", 0],
    ["zh-TW", "很滿意", 5],
    ["zh-TW", "滿意", 4],
    ["zh-TW", "基本滿意", 3],
    ["zh-TW", "不滿意", 0],
    ["vi", "rất hài lòng", 5],
    ["vi", "hài lòng", 4],
    ["vi", "tương đối hài lòng", 3],
    ["vi", "khá hài lòng", 3],
    ["vi", "không hài lòng", 0],
  ])("stores the %s word %p on a 5-point item as %p", (_language, word, rating) => {
    expect(parseAnswer(word, FIVE)).toEqual({ ok: true, rating });
  });

  it.each([
    ["very satisfied", 10],
    ["满意", 8],
    ["基本滿意", 6],
    ["không hài lòng", 0],
  ])("stores %p on a 10-point item as %p", (word, rating) => {
    expect(parseAnswer(word, TEN)).toEqual({ ok: true, rating });
  });

  it("matches a word whatever its case, spacing or Unicode form", () => {
    expect(parseAnswer("  Very   SATISFIED ", FIVE)).toEqual({ ok: true, rating: 5 });
    expect(parseAnswer("hài lòng".normalize("NFD"), FIVE)).toEqual({ ok: true, rating: 4 });
    expect(parseAnswer("\u3000很满意\u3000", FIVE)).toEqual({ ok: true, rating: 5 });
  });

  it("refuses 'satisfied' and 'basically satisfied' on a 3-point item: 2.4 and 1.8 are no whole ratings", () => {
    expect(parseAnswer("satisfied", THREE)).toEqual({ ok: false, code: "notWhole", max: 3 });
    expect(parseAnswer("基本满意", THREE)).toEqual({ ok: false, code: "notWhole", max: 3 });
    expect(parseAnswer("very satisfied", THREE)).toEqual({ ok: true, rating: 3 });
    expect(parseAnswer("không hài lòng", THREE)).toEqual({ ok: true, rating: 0 });
  });

  it("refuses text that names no level", () => {
    expect(parseAnswer("good", FIVE)).toEqual({ ok: false, code: "notARating", max: 5 });
    expect(parseAnswer("80%", FIVE)).toEqual({ ok: false, code: "notARating", max: 5 });
  });

  it("reads the organisation's points for a level in every language", () => {
    const levels = formRatingLevels([
      { word: "很满意", points: 100 },
      { word: "满意", points: 90 },
    ]);
    expect(parseAnswer("satisfied", TEN, levels)).toEqual({ ok: true, rating: 9 });
    expect(parseAnswer("hài lòng", TEN, levels)).toEqual({ ok: true, rating: 9 });
    expect(parseAnswer("basically satisfied", TEN, levels)).toEqual({ ok: false, code: "notARating", max: 10 });
  });

  it("stores every offered level's rating when its word is typed in any language", () => {
    for (const scale of [1, 2, 3, 4, 5, 7, 10, 20]) {
      const scaleItem = item("m", "X", scale);
      for (const option of levelOptions(scaleItem)) {
        const level = DEFAULT_RATING_LEVELS.find((candidate) => candidate.key === option.key);
        for (const word of Object.values(level?.words ?? {}).flat()) {
          expect(parseAnswer(word, scaleItem)).toEqual({ ok: true, rating: option.rating });
        }
      }
    }
  });
});

describe("a blank answer", () => {
  it.each([[null], [undefined], [""], ["   "], ["\u3000"]])("stores %p as a blank rating", (typed) => {
    expect(parseAnswer(typed, FIVE)).toEqual({ ok: true, rating: null });
  });
});

describe("the organisation's rating levels for a form", () => {
  it("are the default levels when the table is empty", () => {
    const levels = formRatingLevels([]);
    expect(levelPoints(levels, "satisfied")).toBe(80);
  });

  it("keep a row's own points for its word while its level's other words follow the row", () => {
    const levels = formRatingLevels([
      { word: "很满意", points: 100 },
      { word: "非常满意", points: 95 },
    ]);
    expect(levelPoints(levels, "非常满意")).toBe(95);
    expect(levelPoints(levels, "很满意")).toBe(100);
    expect(levelPoints(levels, "dissatisfied")).toBeUndefined();
  });

  it("keep a word of the organisation's own that names no default level", () => {
    expect(levelPoints(formRatingLevels([{ word: "一般", points: 50 }]), "一般")).toBe(50);
  });
});

describe("the rating for a level's points", () => {
  it("is the whole rating that gives the points back, or nothing", () => {
    expect(ratingForPoints(80, 5)).toBe(4);
    expect(ratingForPoints(70, 10)).toBe(7);
    expect(ratingForPoints(80, 3)).toBeUndefined();
    expect(ratingForPoints(100, 3)).toBe(3);
  });
});
