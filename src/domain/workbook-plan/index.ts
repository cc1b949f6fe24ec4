/** The workbook plan: the whole workbook as data, for src/excel to apply and the spreadsheet tests to write. */
export type { ColumnPlan, NamePlan, PlanValue, SheetPlan, TablePlan, ValidationPlan, WorkbookPlan } from "./types";
export { LISTS_SHEET, NAMES, buildWorkbookPlan, columnLetter, rowReference, tablePlan } from "./build-plan";
export { DATE_FORMAT, DATE_TIME_FORMAT, TEXT_FORMAT } from "./column-formats";
export { exactCriterion, literalPattern } from "./exact-criterion";
export { DEFAULT_PLAN_SETTINGS, type PlanSettings } from "./settings";
export { formulaSheetName, sheetAddress } from "./sheet-reference";
export { escapeColumnName, thisRow, thisRowSpan, wholeColumn } from "./structured-reference";
export {
  SETTINGS_TABLES,
  settingsFromTables,
  type LedgerSettings,
  type SettingsRow,
  type SettingsRows,
  type SettingsTableKey,
} from "./settings-from-tables";
