import { type CellRange, type RangeArgument, assertSameShape, isRange } from "./cell-range";
import { type CellValue, isBlank, toNumber } from "./cell-value";
import { FormulaInputError } from "./formula-error";
import { DEFAULT_LEVELS, NUMERIC_TEXT, type RatingLevels, levelPoints, ratingLevelsFromRows } from "./rating-levels";

/** How ratings become points: numbers out of `maxPoints`, words through `levels`. */
export interface RatingScale {
  readonly maxPoints: number;
  readonly levels: RatingLevels;
}

/** A numeric rating is out of 5 unless the scale says otherwise. */
export const DEFAULT_MAX_POINTS = 5;

export const DEFAULT_RATING_SCALE: RatingScale = { maxPoints: DEFAULT_MAX_POINTS, levels: DEFAULT_LEVELS };

/** Very satisfied, satisfied and basically satisfied (60 points and up) count as satisfied. */
export const DEFAULT_SATISFIED_THRESHOLD = 60;

/**
 * Scores are rounded to SCORE_DECIMALS places, far below anything displayed, so that floating-point noise never
 * changes a grade: three "satisfied" answers weighted 0.1, 0.2 and 0.3 score exactly 80 (A), not 79.99999999999999
 * (B). The native formulas ROUND the same way. The rounded mean is then kept within the smallest and largest value
 * averaged, so the mean of equal values is that value exactly, however many decimals it has.
 */
export const SCORE_DECIMALS = 9;
const SCORE_UNIT = 10 ** SCORE_DECIMALS;

/** Module constants, not globals, in the hot path: a global lookup is slow in some hosts (jest's vm contexts). */
const LARGEST = Number.MAX_VALUE;

/**
 * The `scale` argument of POINTS, SCORE and SATRATE. Blank or omitted: the default (numbers out of 5, the default
 * levels). A number, or a number stored as text: the maximum points of numeric ratings (#NUM! unless above 0).
 * A two-column range (level word, points): levels that replace the default ones, numbers still out of 5.
 * A one-cell range counts as its cell. #VALUE! for text, a boolean or a range of another shape.
 */
export function ratingScale(scale?: RangeArgument): RatingScale {
  if (isRange(scale)) {
    if (scale.length === 1 && scale[0].length === 1) return ratingScale(scale[0][0]);
    if (scale.length > 0 && scale.every((row) => row.length === 2))
      return { maxPoints: DEFAULT_MAX_POINTS, levels: ratingLevelsFromRows(scale) };
    throw new FormulaInputError(
      "value",
      "The scale is a maximum number of points or a two-column range of level words and points.",
    );
  }
  if (isBlank(scale)) return DEFAULT_RATING_SCALE;
  const maxPoints = toNumber(scale, "The scale");
  if (!(maxPoints > 0))
    throw new FormulaInputError("num", `The scale (maximum points) must be above 0, not ${maxPoints}.`);
  return { maxPoints, levels: DEFAULT_LEVELS };
}

/**
 * One answer on the 0–100 scale: a number as rating × 100 ÷ maxPoints (#NUM! outside 0..maxPoints), a level word as
 * its points (#VALUE! for any other text or a boolean). A blank answer has no points: null.
 * (rating × 100 ÷ max rather than rating ÷ max × 100: 3.5 of 5 is exactly 70, not 70.00000000000001.)
 */
export function points(rating: CellValue, scale: RatingScale = DEFAULT_RATING_SCALE): number | null {
  if (typeof rating === "number") return numericPoints(rating, scale.maxPoints);
  if (rating === null || rating === undefined) return null;
  if (typeof rating === "string") {
    const text = rating.trim();
    if (text === "") return null;
    if (NUMERIC_TEXT.test(text)) return numericPoints(Number(text), scale.maxPoints);
    const wordPoints = levelPoints(scale.levels, text);
    if (wordPoints !== undefined) return wordPoints;
  }
  throw new FormulaInputError("value", `${JSON.stringify(rating)} is neither a number nor a rating level.`);
}

function numericPoints(rating: number, maxPoints: number): number {
  if (rating >= 0 && rating <= maxPoints) return (rating * 100) / maxPoints;
  throw new FormulaInputError("num", `A rating lies between 0 and ${maxPoints}, not ${rating}.`);
}

/**
 * SCORE: the weighted mean Σ wᵢ·pᵢ ÷ Σ wᵢ of the POINTS of the answered ratings; blank ratings are skipped with
 * their weights. Weights (equal when omitted or blank) must have the ratings' shape (#VALUE!) and be numbers ≥ 0
 * (#VALUE! for text, #NUM! below 0); every weight is checked, but a blank weight is only wrong (#VALUE!) beside an
 * answered rating. #DIV/0! when no rating is answered or all the answered ones weigh 0.
 * The native `scoreFormula` gives "" rather than #DIV/0! when no rating is answered.
 */
export function score(
  ratings: RangeArgument,
  weights?: RangeArgument,
  scale: RatingScale = DEFAULT_RATING_SCALE,
): number {
  const maxPoints = scale.maxPoints;
  return weightedMean(
    ratings,
    weights,
    (rating) =>
      typeof rating === "number" && rating >= 0 && rating <= maxPoints
        ? (rating * 100) / maxPoints
        : points(rating, scale),
    "rating",
  );
}

/**
 * TOTAL: the weighted mean Σ wᵢ·sᵢ ÷ Σ wᵢ of the non-blank module scores, each a number 0–100 (#NUM! outside,
 * #VALUE! for text); weights as for `score` (equal when omitted or blank). #DIV/0! when no score is given or all
 * given ones weigh 0; the native `totalFormula` gives "" rather than #DIV/0! when no score is given.
 */
export function total(scores: RangeArgument, weights?: RangeArgument): number {
  return weightedMean(
    scores,
    weights,
    (moduleScore) =>
      typeof moduleScore === "number" && moduleScore >= 0 && moduleScore <= 100
        ? moduleScore
        : scoreOutOf100(moduleScore, "A module score"),
    "module score",
  );
}

function scoreOutOf100(cell: CellValue, what: string): number | null {
  if (isBlank(cell)) return null;
  const value = toNumber(cell, what);
  if (value >= 0 && value <= 100) return value;
  throw new FormulaInputError("num", `${what} lies between 0 and 100, not ${value}.`);
}

function rowsOf(argument: RangeArgument): CellRange {
  return isRange(argument) ? argument : [[argument]];
}

/**
 * The hot path of SCORE and TOTAL: one pass over the cells, nothing allocated per cell, numbers handled by
 * `valueOf` before any string work; a FormulaInputError only ends the pass.
 */
function weightedMean(
  values: RangeArgument,
  weights: RangeArgument,
  valueOf: (cell: CellValue) => number | null,
  what: string,
): number {
  const weighted = isRange(weights) || !isBlank(weights);
  if (weighted) assertSameShape(values, weights, `The weights must match the ${what}s`);
  const valueRows = rowsOf(values);
  const weightRows = weighted ? rowsOf(weights) : undefined;
  let answered = 0;
  let weightSum = 0;
  let weightedSum = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  for (let i = 0; i < valueRows.length; i++) {
    const row = valueRows[i];
    const weightRow = weightRows === undefined ? undefined : weightRows[i];
    for (let j = 0; j < row.length; j++) {
      const value = valueOf(row[j]);
      let weight = 1;
      if (weightRow !== undefined) {
        const cell = weightRow[j];
        weight = typeof cell === "number" && cell >= 0 && cell <= LARGEST ? cell : weightOf(cell, value !== null, what);
      }
      if (value === null) continue;
      answered++;
      weightSum += weight;
      weightedSum += weight * value;
      if (value < lowest) lowest = value;
      if (value > highest) highest = value;
    }
  }
  if (answered === 0) throw new FormulaInputError("div0", `No ${what} was answered: there is nothing to average.`);
  if (weightSum === 0) throw new FormulaInputError("div0", `Every answered ${what} has weight 0.`);
  return Math.min(highest, Math.max(lowest, roundScore(weightedSum / weightSum)));
}

function roundScore(value: number): number {
  return Math.round(value * SCORE_UNIT) / SCORE_UNIT;
}

function weightOf(cell: CellValue, answered: boolean, what: string): number {
  if (isBlank(cell)) {
    if (answered) throw new FormulaInputError("value", `An answered ${what} has a blank weight.`);
    return 0;
  }
  if (typeof cell === "number") throw new FormulaInputError("num", `A weight must be 0 or more, not ${cell}.`);
  const weight = toNumber(cell, "A weight");
  if (weight >= 0) return weight;
  throw new FormulaInputError("num", `A weight must be 0 or more, not ${weight}.`);
}

/**
 * SATRATE: the percent (0–100) of the answered ratings whose POINTS reach the threshold. The threshold is a number
 * 0–100 (#NUM! outside; numeric text is fine) or a level word, meaning that level's points; blank or omitted: 60.
 * #DIV/0! when no rating is answered.
 */
export function satisfactionRate(
  ratings: RangeArgument,
  threshold?: CellValue,
  scale: RatingScale = DEFAULT_RATING_SCALE,
): number {
  const bar = satisfiedThreshold(threshold, scale);
  let answered = 0;
  let satisfied = 0;
  for (const row of rowsOf(ratings)) {
    for (const rating of row) {
      const value = points(rating, scale);
      if (value === null) continue;
      answered++;
      if (value >= bar) satisfied++;
    }
  }
  if (answered === 0) throw new FormulaInputError("div0", "No rating was answered: there is no satisfaction rate.");
  return (satisfied * 100) / answered;
}

function satisfiedThreshold(threshold: CellValue, scale: RatingScale): number {
  if (isBlank(threshold)) return DEFAULT_SATISFIED_THRESHOLD;
  if (typeof threshold === "string" && !NUMERIC_TEXT.test(threshold.trim())) {
    const wordPoints = levelPoints(scale.levels, threshold);
    if (wordPoints !== undefined) return wordPoints;
  }
  const value = scoreOutOf100(threshold, "The satisfaction threshold");
  return value ?? DEFAULT_SATISFIED_THRESHOLD;
}

/** A number as formula text: shortest round-trip form, exponent in Excel's capitals (1E-7). */
function formulaNumber(value: number): string {
  return String(value).toUpperCase();
}

function checkedWeights(weights: readonly number[]): string {
  if (weights.length === 0) throw new FormulaInputError("value", "A native score formula needs at least one weight.");
  for (const weight of weights) {
    if (!(weight >= 0 && weight < Infinity))
      throw new FormulaInputError("num", `A weight must be a number 0 or more, not ${weight}.`);
  }
  return `{${weights.map(formulaNumber).join(",")}}`;
}

/**
 * The weighted mean as a native formula over a row of cells holding numbers or blanks, one weight per cell (Excel
 * 2016 and LibreOffice: COUNTBLANK, COUNT, MIN, MAX, SUM, SUMPRODUCT, ISNUMBER, ROUND, IF, OR and error constants
 * only), rounded like the domain rules. COUNTBLANK counts empty cells and "" formula results (the blank score of an
 * unanswered module) alike, so cells − COUNTBLANK are the filled ones; a filled cell that is not a number gives
 * #VALUE!, a number outside 0..max gives #NUM!, answered cells that all weigh 0 give #DIV/0!, as the domain rules
 * do. Unlike them, no filled cell at all gives "" (a blank cell), not #DIV/0!, so a calculated column stays quiet
 * for unanswered rows.
 *
 * It is a calculated column of every survey return, so it reads the row with plain range functions: array
 * expressions inside SUMPRODUCT (`--(range<>"")`, `ISNUMBER(range)*…`) cost LibreOffice several times as much.
 * Once every filled cell is a number, equal weights need no SUMPRODUCT at all: the mean is SUM ÷ COUNT.
 */
function weightedMeanFormula(range: string, weights: readonly number[], max: number, toHundred: string): string {
  const weightArray = checkedWeights(weights);
  const cells = weights.length;
  const blank = `COUNTBLANK(${range})`;
  const outOfRange = `OR(MIN(${range})<0,MAX(${range})>${formulaNumber(max)})`;
  const equal = weights.every((weight) => weight === weights[0]) && weights[0] > 0;
  const ratio = equal
    ? `SUM(${range})${toHundred}/COUNT(${range})`
    : `SUMPRODUCT(${weightArray},${range})${toHundred}/SUMPRODUCT(${weightArray},--ISNUMBER(${range}))`;
  return (
    `=IF(${blank}=${cells},"",IF(${cells}-${blank}>COUNT(${range}),#VALUE!,` +
    `IF(${outOfRange},#NUM!,ROUND(${ratio},${SCORE_DECIMALS}))))`
  );
}

/**
 * SCORE as a native formula for a calculated column: the ratings are numbers 0..maxPoints in a row of cells
 * (for example "B2:E2" or "[@[Price]:[Use]]"), one weight per cell in order. Level words are not read (#VALUE!).
 * No answered rating gives "" where `score` raises #DIV/0!.
 */
export function scoreFormula(ratingRange: string, weights: readonly number[], maxPoints: number): string {
  if (!(maxPoints > 0 && maxPoints < Infinity))
    throw new FormulaInputError("num", `The maximum points must be above 0, not ${maxPoints}.`);
  return weightedMeanFormula(ratingRange, weights, maxPoints, `*100/${formulaNumber(maxPoints)}`);
}

/**
 * TOTAL as a native formula: module scores 0–100 in a row of cells (blank or "" where a module is unanswered), one
 * weight per cell in order. No module score gives "" where `total` raises #DIV/0!.
 */
export function totalFormula(scoreRange: string, weights: readonly number[]): string {
  return weightedMeanFormula(scoreRange, weights, 100, "");
}
