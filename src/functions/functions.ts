/*
 * The VOC.* custom functions: thin wrappers over src/domain, which the workbook's native formulas mirror.
 * Only top-level function declarations are read by the metadata plugin, which also adds CustomFunctions.associate.
 */
import { DEFAULT_GRADE_BANDS, gradeBandsFromRows, gradeFor } from "../domain/grade";
import { excelResult } from "./excel-error";

/**
 * Grades a score: the label of the highest band whose lower bound is at or below it (default A 80, B 70, C 60, D 0).
 * @customfunction GRADE
 * @param score A score from 0 to 100. A blank cell gives a blank grade.
 * @param [bands] Your own grade bands: a two-column range of lower bound and label, in any order.
 * @returns The grade, for example "A".
 */
export function grade(score: any, bands?: any[][]): string {
  return excelResult(() => gradeFor(score, bands ? gradeBandsFromRows(bands) : DEFAULT_GRADE_BANDS));
}
