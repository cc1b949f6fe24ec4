/** A planned column's look and data validation, applied to its sheet column below the header. */
import type { ColumnPlan, ValidationPlan } from "../domain/workbook-plan";

/** Excel's last row, 0-based; formats and rules over whole columns cost one small request, whatever the rows. */
const LAST_ROW = 1_048_575;
/** Excel's column width in points for a width in characters of the default 11-point font (7 px + 5 px padding). */
const POINTS_PER_CHARACTER = 5.25;
const PADDING_POINTS = 3.75;

/** Any date from 1900-01-01 on: the rule only refuses text and numbers that are not dates. */
const FIRST_DATE = "1900-01-01";

export function validationRule(validation: ValidationPlan): Excel.DataValidationRule {
  switch (validation.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: validation.source } };
    case "wholeNumber":
    case "decimal":
      return { [validation.kind]: boundsRule(validation.min, validation.max) };
    case "date":
      return { date: { formula1: FIRST_DATE, operator: "GreaterThanOrEqualTo" } };
    case "textLength":
      return { textLength: { formula1: validation.max, operator: "LessThanOrEqualTo" } };
  }
}

function boundsRule(min: number | undefined, max: number | undefined): Excel.BasicDataValidation {
  if (min !== undefined && max !== undefined) return { formula1: min, formula2: max, operator: "Between" };
  if (max !== undefined) return { formula1: max, operator: "LessThanOrEqualTo" };
  return { formula1: min ?? 0, operator: "GreaterThanOrEqualTo" };
}

/**
 * Number format, data validation and width for the column at `column` whose header is on `headerRow`: set over the
 * whole sheet column below the header, so rows added later have them too. Setting them again replaces them.
 */
export function formatColumn(sheet: Excel.Worksheet, headerRow: number, column: number, plan: ColumnPlan): void {
  const cells = sheet.getRangeByIndexes(headerRow + 1, column, LAST_ROW - headerRow, 1);
  setColumnNumberFormat(cells, plan.numberFormat);
  cells.dataValidation.clear();
  if (plan.validation) cells.dataValidation.rule = validationRule(plan.validation);
  sheet.getRangeByIndexes(headerRow, column, 1, 1).format.columnWidth = columnWidthPoints(plan.width);
}

/**
 * The add-in's one write of a value that does not match its range's shape: a single number format over a sheet
 * column from below its header to the last row. The typings take only a 2-D array of the range's shape, and the
 * reference no longer says a single value applies to every cell
 * (https://github.com/OfficeDev/office-js-docs-reference/issues/578); but 1,048,575 rows fit in no request (5 MB).
 * Excel applies a 1×1 array to every cell of such a column
 * (https://github.com/OfficeDev/office-js-docs-pr/issues/5400), and the in-memory host accepts it only there.
 */
export function setColumnNumberFormat(cells: Excel.Range, format: string): void {
  cells.numberFormat = [[format]];
}

/** A column width in characters as Office.js takes it, in points. */
export function columnWidthPoints(characters: number): number {
  return characters * POINTS_PER_CHARACTER + PADDING_POINTS;
}
