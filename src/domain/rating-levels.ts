import type { CellValue } from "./cell-value";
import { isBlank, toNumber } from "./cell-value";
import { FormulaInputError } from "./formula-error";
import type { Language } from "./i18n/language";

/** The four evaluation levels of procedure 001 ⑥d (c): 很满意、满意、基本满意、不满意. */
export type RatingLevelKey = "verySatisfied" | "satisfied" | "basicallySatisfied" | "dissatisfied";

/**
 * A default level: its points and its words per UI language, the procedures' own word first (capitalised, as every
 * other choice label is: it is the satisfactionLevel choice and the RatingLevels row), then synonyms. Level words are
 * matched without regard to case (levelWordKey), so workbooks holding the lower-case words read the same.
 */
export interface DefaultRatingLevel {
  readonly key: RatingLevelKey;
  readonly points: number;
  readonly words: { readonly [language in Language]: readonly [string, ...string[]] };
}

/** Default points: very satisfied 100, satisfied 80, basically satisfied 60, dissatisfied 0 (Settings may change them). */
export const DEFAULT_RATING_LEVELS: readonly DefaultRatingLevel[] = [
  {
    key: "verySatisfied",
    points: 100,
    words: {
      en: ["Very satisfied"],
      "zh-CN": ["很满意", "非常满意"],
      "zh-TW": ["很滿意", "非常滿意"],
      vi: ["Rất hài lòng"],
    },
  },
  {
    key: "satisfied",
    points: 80,
    words: { en: ["Satisfied"], "zh-CN": ["满意"], "zh-TW": ["滿意"], vi: ["Hài lòng"] },
  },
  {
    key: "basicallySatisfied",
    points: 60,
    words: {
      en: ["Basically satisfied", "fairly satisfied"],
      "zh-CN": ["基本满意"],
      "zh-TW": ["基本滿意"],
      vi: ["Tương đối hài lòng", "khá hài lòng"],
    },
  },
  {
    key: "dissatisfied",
    points: 0,
    words: { en: ["Dissatisfied", "not satisfied"], "zh-CN": ["不满意"], "zh-TW": ["不滿意"], vi: ["Không hài lòng"] },
  },
];

/** Level words to points, keyed by `levelWordKey`: the lookup a rating word goes through. */
export interface RatingLevels {
  readonly pointsByWord: ReadonlyMap<string, number>;
}

/**
 * How a level word is matched: Unicode NFC (a decomposed "hài lòng" equals the composed one), lower case, no
 * surrounding spaces, and any run of inner white space (non-breaking and ideographic spaces included) as one space.
 */
export function levelWordKey(text: string): string {
  return text.toLowerCase().normalize("NFC").trim().replace(/\s+/g, " ");
}

function defaultLevels(): RatingLevels {
  const pointsByWord = new Map<string, number>();
  for (const level of DEFAULT_RATING_LEVELS) {
    for (const words of Object.values(level.words)) {
      for (const word of words) pointsByWord.set(levelWordKey(word), level.points);
    }
  }
  return { pointsByWord };
}

/** The default levels in all four languages, synonyms included. */
export const DEFAULT_LEVELS: RatingLevels = defaultLevels();

/** The points of a level word, or undefined when it names no level. */
export function levelPoints(levels: RatingLevels, text: string): number | undefined {
  return levels.pointsByWord.get(levelWordKey(text));
}

/** A number stored as text, as `toNumber` reads it: ratings in such text are numbers, never level words. */
export const NUMERIC_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The organisation's own levels from a two-column range (level word, points), which replace the default levels.
 * Blank rows are skipped. #VALUE! for a range that is not two columns, a missing or non-text word (a number could
 * never be looked up: numeric ratings are read as numbers), points that are not a number, the same word twice
 * (after matching case, spaces and Unicode form) or no levels at all; #NUM! for points outside 0–100.
 */
export function ratingLevelsFromRows(rows: readonly (readonly CellValue[])[]): RatingLevels {
  const pointsByWord = new Map<string, number>();
  for (const row of rows) {
    if (row.length !== 2)
      throw new FormulaInputError("value", "Rating levels need two columns: level word and points.");
    const [word, points] = row;
    if (isBlank(word) && isBlank(points)) continue;
    if (typeof word !== "string" || isBlank(word) || NUMERIC_TEXT.test(word.trim()))
      throw new FormulaInputError("value", `A rating level needs a word, not ${JSON.stringify(word)}.`);
    if (isBlank(points)) throw new FormulaInputError("value", `The rating level "${word.trim()}" needs its points.`);
    const value = toNumber(points, `The points of "${word.trim()}"`);
    if (value < 0 || value > 100)
      throw new FormulaInputError("num", `The points of "${word.trim()}" lie between 0 and 100, not ${value}.`);
    const key = levelWordKey(word);
    if (pointsByWord.has(key))
      throw new FormulaInputError("value", `The rating level "${word.trim()}" is given twice.`);
    pointsByWord.set(key, value);
  }
  if (pointsByWord.size === 0) throw new FormulaInputError("value", "No rating levels were given.");
  return { pointsByWord };
}
