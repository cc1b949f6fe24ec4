/*
 * The VOC.* custom functions: thin wrappers over src/domain, whose rules the workbook's native formulas mirror.
 * Only top-level function declarations are read by the metadata plugin, which also adds CustomFunctions.associate.
 * Ranges arrive as any[][] (the Office.js boundary); omitted arguments as null or undefined.
 */
import { DEFAULT_GRADE_BANDS, gradeBandsFromRows, gradeFor } from "../domain/grade";
import { dueDate } from "../domain/due-date";
import { netPromoterScore } from "../domain/nps";
import { periodOf } from "../domain/period";
import { returnDaysFrom, returnRate } from "../domain/return-rate";
import { points as pointsOf, ratingScale, satisfactionRate, score as scoreOf, total as totalOf } from "../domain/score";
import { sparkline, trendSlope } from "../domain/trend";
import { holidaysFrom } from "../domain/working-days";
import { blankAsEmpty, excelResult } from "./excel-results";

/**
 * One answer as points from 0 to 100: a number on a scale of 0 to `scale`, or a level word.
 * @customfunction POINTS
 * @helpurl https://localhost:3000/help.html#voc-points
 * @param rating A number from 0 to the scale, or a level word such as "satisfied", "满意" or "hài lòng".
 * @param [scale] The highest possible rating (default 5), or a two-column range of your own level words and points.
 * @returns Points from 0 to 100; blank for a blank rating.
 */
export function points(rating: any, scale?: any[][]): any {
  return excelResult(() => blankAsEmpty(pointsOf(rating, ratingScale(scale ?? null))));
}

/**
 * A module score out of 100: the weighted mean of the points of the answered ratings.
 * @customfunction SCORE
 * @helpurl https://localhost:3000/help.html#voc-score
 * @param ratings The ratings: numbers or level words. Blank cells are skipped with their weights.
 * @param [weights] Weights of the same shape as the ratings, each 0 or more. Default: all equal.
 * @param [scale] The highest possible rating (default 5), or a two-column range of your own level words and points.
 * @returns The weighted mean, 0 to 100.
 */
export function score(ratings: any[][], weights?: any[][], scale?: any[][]): number {
  return excelResult(() => scoreOf(ratings, weights ?? null, ratingScale(scale ?? null)));
}

/**
 * One 100-point score from module scores and module weights.
 * @customfunction TOTAL
 * @helpurl https://localhost:3000/help.html#voc-total
 * @param scores The module scores, each 0 to 100. Blank scores are skipped with their weights.
 * @param weights The module weights, same shape as the scores, each 0 or more.
 * @returns The weighted mean of the scores, 0 to 100.
 */
export function total(scores: any[][], weights: any[][]): number {
  return excelResult(() => totalOf(scores, weights));
}

/**
 * Grades a score: the label of the highest band whose lower bound is at or below it (default A 80, B 70, C 60, D 0).
 * @customfunction GRADE
 * @helpurl https://localhost:3000/help.html#voc-grade
 * @param score A score from 0 to 100. A blank cell gives a blank grade.
 * @param [bands] Your own grade bands: a two-column range of lower bound and label, in any order.
 * @returns The grade, for example "A".
 */
export function grade(score: any, bands?: any[][]): string {
  return excelResult(() => gradeFor(score, bands ? gradeBandsFromRows(bands) : DEFAULT_GRADE_BANDS));
}

/**
 * The satisfaction rate: the percentage of answered ratings whose points reach the threshold.
 * @customfunction SATRATE
 * @helpurl https://localhost:3000/help.html#voc-satrate
 * @param ratings The ratings: numbers or level words. Blank cells are skipped.
 * @param [threshold] The points (or a level word) that count as satisfied. Default 60: basically satisfied or better.
 * @param [scale] The highest possible rating (default 5), or a two-column range of your own level words and points.
 * @returns A percentage from 0 to 100.
 */
export function satrate(ratings: any[][], threshold?: any, scale?: any[][]): number {
  return excelResult(() => satisfactionRate(ratings, threshold ?? null, ratingScale(scale ?? null)));
}

/**
 * The survey return rate: the percentage of sent forms returned within the allowed working days.
 * @customfunction RETURNRATE
 * @helpurl https://localhost:3000/help.html#voc-returnrate
 * @param sent The dates the forms were sent. Rows with a blank sent date are ignored.
 * @param returned The dates the forms came back, same shape. A blank means not returned.
 * @param [days] Working days allowed (default 5). A form returned later counts as not returned.
 * @param [holidays] A range of holiday dates, skipped like weekends.
 * @returns A percentage from 0 to 100.
 */
export function returnrate(sent: any[][], returned: any[][], days?: any, holidays?: any[][]): number {
  return excelResult(() => returnRate(sent, returned, returnDaysFrom(days ?? null), holidaysFrom(holidays ?? null)));
}

/**
 * A due date-time: "24h", "4h" or "30m" add clock time, "7d" calendar days, "3wd" working days (time of day kept).
 * @customfunction DUE
 * @helpurl https://localhost:3000/help.html#voc-due
 * @param start The date and time the clock starts, for example when a complaint was received.
 * @param duration How long: a number followed by m, h, d or wd, for example "24h" or "3wd".
 * @param [holidays] A range of holiday dates, skipped like weekends for "wd".
 * @returns The due date and time as a date serial; blank for a blank start.
 */
export function due(start: any, duration: any, holidays?: any[][]): any {
  return excelResult(() => blankAsEmpty(dueDate(start, duration, holidaysFrom(holidays ?? null))));
}

/**
 * The reporting period of a date: "2026-Q3" (grain "Q", default), "2026-H2" ("H"), "2026-07" ("M") or "2026" ("Y").
 * @customfunction PERIOD
 * @helpurl https://localhost:3000/help.html#voc-period
 * @param date A date. A blank cell gives a blank period.
 * @param [grain] "Q" for quarters (default), "H" for half-years, "M" for months, "Y" for years.
 * @returns The period, for example "2026-Q3".
 */
export function period(date: any, grain?: any): string {
  return excelResult(() => periodOf(date, grain) ?? "");
}

/**
 * The net promoter score: the percentage of 9s and 10s minus the percentage of 0s to 6s.
 * @customfunction NPS
 * @helpurl https://localhost:3000/help.html#voc-nps
 * @param scores Answers from 0 to 10 (whole numbers). Blank cells are skipped.
 * @returns A score from -100 to 100.
 */
export function nps(scores: any[][]): number {
  return excelResult(() => netPromoterScore(scores));
}

/**
 * The trend of a series: the least-squares slope per step over the non-blank values, in order.
 * @customfunction TREND
 * @helpurl https://localhost:3000/help.html#voc-trend
 * @param values The values per period, oldest first. Blank cells are skipped.
 * @returns Points gained (positive) or lost (negative) per period.
 */
export function trend(values: any[][]): number {
  return excelResult(() => trendSlope(values));
}

/**
 * An in-cell trend line: one block character per non-blank value, from the smallest (▁) to the largest (█).
 * @customfunction SPARK
 * @helpurl https://localhost:3000/help.html#voc-spark
 * @param values The values per period, oldest first. Blank cells are skipped.
 * @returns The trend line, for example "▁▃▅█".
 */
export function spark(values: any[][]): string {
  return excelResult(() => sparkline(values));
}
