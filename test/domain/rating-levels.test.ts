import { LANGUAGES } from "../../src/domain/i18n/language";
import {
  DEFAULT_LEVELS,
  DEFAULT_RATING_LEVELS,
  levelPoints,
  levelWordKey,
  ratingLevelsFromRows,
} from "../../src/domain/rating-levels";
import { errorKind } from "../support/formula-errors";

describe("the four evaluation levels of procedure 001 ⑥d", () => {
  it("are very satisfied 100, satisfied 80, basically satisfied 60 and dissatisfied 0 by default", () => {
    expect(DEFAULT_RATING_LEVELS.map((level) => [level.key, level.points])).toEqual([
      ["verySatisfied", 100],
      ["satisfied", 80],
      ["basicallySatisfied", 60],
      ["dissatisfied", 0],
    ]);
  });

  it("use the procedures' own words first: 很满意、满意、基本满意、不满意 in Simplified Chinese", () => {
    expect(DEFAULT_RATING_LEVELS.map((level) => level.words["zh-CN"][0])).toEqual([
      "很满意",
      "满意",
      "基本满意",
      "不满意",
    ]);
    expect(DEFAULT_RATING_LEVELS.map((level) => level.words["zh-TW"][0])).toEqual([
      "很滿意",
      "滿意",
      "基本滿意",
      "不滿意",
    ]);
    expect(DEFAULT_RATING_LEVELS.map((level) => level.words.vi[0])).toEqual([
      "Rất hài lòng",
      "Hài lòng",
      "Tương đối hài lòng",
      "Không hài lòng",
    ]);
    // Capitalised as every other choice label; matched without regard to case, so "very satisfied" reads the same.
    expect(DEFAULT_RATING_LEVELS.map((level) => level.words.en[0])).toEqual([
      "Very satisfied",
      "Satisfied",
      "Basically satisfied",
      "Dissatisfied",
    ]);
  });

  it("name every level in each of the four UI languages", () => {
    for (const level of DEFAULT_RATING_LEVELS) {
      expect(Object.keys(level.words).sort()).toEqual([...LANGUAGES].sort());
    }
  });

  it("never give one word two meanings, in any language", () => {
    const all = DEFAULT_RATING_LEVELS.flatMap((level) => Object.values(level.words).flat().map(levelWordKey));
    expect(new Set(all).size).toBe(all.length);
    expect(DEFAULT_LEVELS.pointsByWord.size).toBe(all.length);
  });
});

describe("recognising a level word as it was typed", () => {
  const everyWord = DEFAULT_RATING_LEVELS.flatMap((level) =>
    Object.entries(level.words).flatMap(([language, words]) =>
      words.map((word) => [language, word, level.points] as const),
    ),
  );

  it.each(everyWord)("reads the %s word %p as %p points", (_, word, expected) => {
    expect(levelPoints(DEFAULT_LEVELS, word)).toBe(expected);
  });

  it.each(everyWord)("reads the %s word %p in odd case and spacing", (_, word, expected) => {
    const shouted = `  ${word.toUpperCase().replace(/ /g, "  ")}\t`;
    expect(levelPoints(DEFAULT_LEVELS, shouted)).toBe(expected);
    expect(levelPoints(DEFAULT_LEVELS, `\u3000${word}\u00a0`)).toBe(expected);
    expect(levelPoints(DEFAULT_LEVELS, word.normalize("NFD"))).toBe(expected);
  });

  it("accepts the synonyms 非常满意, 非常滿意 for the top level", () => {
    expect(levelPoints(DEFAULT_LEVELS, "非常满意")).toBe(100);
    expect(levelPoints(DEFAULT_LEVELS, "非常滿意")).toBe(100);
  });

  it("accepts 'khá hài lòng' and 'fairly satisfied' as basically satisfied", () => {
    expect(levelPoints(DEFAULT_LEVELS, "Khá Hài Lòng")).toBe(60);
    expect(levelPoints(DEFAULT_LEVELS, "Fairly satisfied")).toBe(60);
  });

  it("accepts 'not satisfied' as dissatisfied", () => {
    expect(levelPoints(DEFAULT_LEVELS, "NOT SATISFIED")).toBe(0);
  });

  it("reads Vietnamese typed in capitals with decomposed accents (NFD)", () => {
    expect(levelPoints(DEFAULT_LEVELS, "RẤT HÀI LÒNG".normalize("NFD"))).toBe(100);
    expect(levelPoints(DEFAULT_LEVELS, " TƯƠNG ĐỐI HÀI LÒNG ")).toBe(60);
  });

  it("does not guess at words that are not levels", () => {
    expect(levelPoints(DEFAULT_LEVELS, "good")).toBeUndefined();
    expect(levelPoints(DEFAULT_LEVELS, "very  dissatisfied")).toBeUndefined();
    expect(levelPoints(DEFAULT_LEVELS, "rat hai long")).toBeUndefined();
  });

  it("matches words by NFC, lower case, trimmed, inner spaces collapsed", () => {
    expect(levelWordKey("  Very \u00a0 SATISFIED ")).toBe("very satisfied");
    expect(levelWordKey("ha\u0300i lo\u0300ng")).toBe("hài lòng");
  });
});

describe("the organisation's own rating levels (level word, points)", () => {
  it("replace the default levels, read numbers stored as text and skip blank rows", () => {
    const levels = ratingLevelsFromRows([
      ["Excellent", 100],
      [null, null],
      ["Good", "75"],
      ["", ""],
      ["Poor", 0],
    ]);
    expect(levelPoints(levels, " excellent ")).toBe(100);
    expect(levelPoints(levels, "GOOD")).toBe(75);
    expect(levelPoints(levels, "Poor")).toBe(0);
    expect(levelPoints(levels, "satisfied")).toBeUndefined();
  });

  it("take points anywhere from 0 to 100, fractions included", () => {
    const levels = ratingLevelsFromRows([
      ["top", 100],
      ["almost", 79.99],
      ["bottom", 0],
    ]);
    expect(levelPoints(levels, "almost")).toBe(79.99);
  });

  it.each([
    ["a range that is not two columns", [["Good", 80, "x"]]],
    ["a level without a word", [[null, 80]]],
    ["a level whose word is a number", [[5, 100]]],
    ["a level whose word is a number stored as text", [["5", 100]]],
    ["a level whose word is a boolean", [[true, 100]]],
    ["a level without points", [["Good", null]]],
    ["points that are not a number", [["Good", "high"]]],
    [
      "the same word twice, whatever its case and spacing",
      [
        ["Good", 80],
        [" GOOD ", 70],
      ],
    ],
    ["no levels at all", [[null, ""]]],
  ])("reject %s as #VALUE!", (_, rows) => {
    expect(errorKind(() => ratingLevelsFromRows(rows))).toBe("value");
  });

  it.each([
    ["above 100", 100.01],
    ["below 0", -1],
  ])("reject points %s as #NUM!", (_, points) => {
    expect(errorKind(() => ratingLevelsFromRows([["Good", points]]))).toBe("num");
  });
});
