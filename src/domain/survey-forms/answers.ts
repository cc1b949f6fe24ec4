/**
 * One answer of the survey return form: what a person types (a number on the item's scale, or a level word in any
 * of the four languages) and the whole number the SurveyReturns item column stores. The workbook's native score
 * formulas read only numbers, so a level word is stored as the rating that gives back its points.
 */
import {
  DEFAULT_LEVELS,
  DEFAULT_RATING_LEVELS,
  type DefaultRatingLevel,
  NUMERIC_TEXT,
  type RatingLevelKey,
  type RatingLevels,
  levelPoints,
  levelWordKey,
} from "../rating-levels";
import type { InstrumentItem } from "../schema";

/** A level word a form offers for an item, and the rating it stores. */
export interface LevelOption {
  readonly key: RatingLevelKey;
  /** On the item's scale (0..scale), a whole number. */
  readonly rating: number;
  /** 0–100. */
  readonly points: number;
}

export type AnswerProblem = "notARating" | "outOfScale" | "notWhole";

/** The rating to store (null: blank), or what is wrong with the answer; `max` is the item's scale, for the message. */
export type AnswerOutcome =
  | { readonly ok: true; readonly rating: number | null }
  | { readonly ok: false; readonly code: AnswerProblem; readonly max: number };

/**
 * The whole rating whose points are exactly `points`, by the workbook's own arithmetic (rating × 100 ÷ scale, as
 * score.ts and the native formula compute it); undefined when no whole rating is. On a 5-point scale 80 is 4;
 * on a 3-point scale 80 would be 2.4, which an integer column cannot hold.
 */
export function ratingForPoints(points: number, scale: number): number | undefined {
  const rating = Math.round((points * scale) / 100);
  return (rating * 100) / scale === points ? rating : undefined;
}

function wordsOf(level: DefaultRatingLevel): string[] {
  return Object.values(level.words).flat();
}

/** A level's points under `levels`: those of the first of its words, in any language, that the levels know. */
function pointsOfLevel(level: DefaultRatingLevel, levels: RatingLevels): number | undefined {
  for (const word of wordsOf(level)) {
    const found = levelPoints(levels, word);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The level words a form offers for an item, very satisfied first: those whose points land on a whole number of
 * the item's scale (a 3-point item offers very satisfied = 3 and dissatisfied = 0 only). A level the levels do not
 * name is not offered.
 */
export function levelOptions(item: InstrumentItem, levels: RatingLevels = DEFAULT_LEVELS): LevelOption[] {
  return DEFAULT_RATING_LEVELS.flatMap((level) => {
    const points = pointsOfLevel(level, levels);
    const rating = points === undefined ? undefined : ratingForPoints(points, item.scale);
    return points === undefined || rating === undefined ? [] : [{ key: level.key, rating, points }];
  });
}

function accepted(rating: number | null): AnswerOutcome {
  return { ok: true, rating };
}

function rejected(code: AnswerProblem, item: InstrumentItem): AnswerOutcome {
  return { ok: false, code, max: item.scale };
}

function numericAnswer(rating: number, item: InstrumentItem): AnswerOutcome {
  if (!Number.isFinite(rating)) return rejected("notARating", item);
  if (rating < 0 || rating > item.scale) return rejected("outOfScale", item);
  if (!Number.isInteger(rating)) return rejected("notWhole", item);
  return accepted(rating === 0 ? 0 : rating); // -0 is 0 in a cell
}

/**
 * One typed answer → the rating stored. Blank (nothing, or white space) is a blank rating. A number, or numeric
 * text as VOC.POINTS reads it (full-width digits too: "４"), is a rating on the item's scale: outOfScale outside
 * 0..scale, notWhole for a fraction (the column holds whole numbers). Other text is a level word, matched as
 * VOC.POINTS matches it, stored as points ÷ 100 × scale: notWhole when that is no whole number, notARating for
 * text that names no level.
 */
export function parseAnswer(
  text: string | number | null | undefined,
  item: InstrumentItem,
  levels: RatingLevels = DEFAULT_LEVELS,
): AnswerOutcome {
  if (text === null || text === undefined) return accepted(null);
  if (typeof text === "number") return numericAnswer(text, item);
  const typed = text.normalize("NFKC").trim();
  if (typed === "") return accepted(null);
  if (NUMERIC_TEXT.test(typed)) return numericAnswer(Number(typed), item);
  const points = levelPoints(levels, text);
  if (points === undefined) return rejected("notARating", item);
  const rating = ratingForPoints(points, item.scale);
  return rating === undefined ? rejected("notWhole", item) : accepted(rating);
}

/** A row of the workbook's RatingLevels table. */
export interface RatingLevelRow {
  readonly word: string;
  readonly points: number;
}

function defaultLevelNamed(word: string): DefaultRatingLevel | undefined {
  const key = levelWordKey(word);
  return DEFAULT_RATING_LEVELS.find((level) => wordsOf(level).some((known) => levelWordKey(known) === key));
}

/**
 * The levels a form reads, from the workbook's RatingLevels rows, which hold words in the workbook's language only.
 * Like VOC.POINTS's scale range they replace the default levels; but a row naming a default level ("满意" 85) lends
 * its points to that level's words in every language, so a person may type "satisfied" or "hài lòng" in a Chinese
 * workbook. A row's own word keeps its own points. No rows: the default levels.
 */
export function formRatingLevels(rows: readonly RatingLevelRow[]): RatingLevels {
  if (rows.length === 0) return DEFAULT_LEVELS;
  const pointsByWord = new Map<string, number>();
  for (const row of rows) {
    const level = defaultLevelNamed(row.word);
    if (level) for (const word of wordsOf(level)) pointsByWord.set(levelWordKey(word), row.points);
  }
  for (const row of rows) pointsByWord.set(levelWordKey(row.word), row.points);
  return { pointsByWord };
}
