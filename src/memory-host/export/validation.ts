/**
 * Data validation, one rule per rectangle the host keeps (a whole column below a header is one sqref).
 * What ExcelJS cannot write: a list whose in-cell drop-down is switched off (showDropDown) is written with its
 * drop-down; a date rule whose criteria are formulas cannot be written (ExcelJS reads them as dates), so the
 * rule is written without them. Everything else of Excel.DataValidation (type, criteria, error alert, prompt,
 * blanks) is kept.
 */
import type ExcelJS from "exceljs";
import type { BasicCriteria, MemorySheet, Validation } from "../model";
import { a1Area } from "./references";

const OPERATORS: Readonly<Record<string, ExcelJS.DataValidationOperator>> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};
const ERROR_STYLES: Readonly<Record<string, string>> = { Stop: "stop", Warning: "warning", Information: "information" };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A criterion as the file's formula: "=A1" without its "=", an ISO date as its serial (Office.js takes
 * "1900-01-01", the file a number), numbers as they are.
 */
function criterion(value: string | number | undefined): string | number | undefined {
  if (typeof value !== "string") return value;
  const date = ISO_DATE.exec(value.trim());
  if (date) {
    const utc = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    const days = Math.round((utc - Date.UTC(1899, 11, 30)) / 86_400_000);
    // Excel counts a 29 February 1900 that never was: dates before March 1900 are one less.
    return utc < Date.UTC(1900, 2, 1) ? days - 1 : days;
  }
  return value.startsWith("=") ? value.slice(1) : value;
}

/** A list's source: a formula without its "=", or the comma-separated choices as one quoted text. */
function listSource(source: string): string {
  return source.startsWith("=") ? source.slice(1) : `"${source.replace(/"/g, '""')}"`;
}

/** ExcelJS writes a date rule's criteria through `new Date(…)`: a serial goes in as the Date it stands for. */
function asDate(value: string | number): string | number | Date {
  return typeof value === "number" ? new Date(Date.UTC(1899, 11, 30) + value * 86_400_000) : value;
}

function basic(type: ExcelJS.DataValidation["type"], criteria: BasicCriteria): ExcelJS.DataValidation {
  const formulae = [criterion(criteria.formula1), criterion(criteria.formula2)]
    .filter((item) => item !== undefined)
    .filter((item) => type !== "date" || typeof item === "number")
    .map((item) => (type === "date" ? asDate(item) : item));
  return { type, operator: OPERATORS[criteria.operator] ?? "between", formulae };
}

/** ExcelJS's data validation for the host's, or undefined when it has no rule. */
export function validationOf(validation: Validation): ExcelJS.DataValidation | undefined {
  const rule = validation.rule;
  let base: ExcelJS.DataValidation | undefined;
  if (rule?.list) base = { type: "list", formulae: [listSource(rule.list.source)] };
  else if (rule?.wholeNumber) base = basic("whole", rule.wholeNumber);
  else if (rule?.decimal) base = basic("decimal", rule.decimal);
  else if (rule?.textLength) base = basic("textLength", rule.textLength);
  else if (rule?.date) base = basic("date", rule.date);
  // The file has time rules (ST_DataValidationType); ExcelJS writes the type it is given, whatever its typings say.
  else if (rule?.time) base = basic("time" as ExcelJS.DataValidation["type"], rule.time);
  else if (rule?.custom) base = { type: "custom", formulae: [criterion(rule.custom.formula)] };
  if (!base) return undefined;
  const { errorAlert, prompt } = validation;
  return {
    ...base,
    allowBlank: validation.ignoreBlanks,
    showErrorMessage: errorAlert.showAlert,
    errorStyle: ERROR_STYLES[errorAlert.style] ?? "stop",
    ...(errorAlert.title ? { errorTitle: errorAlert.title } : {}),
    ...(errorAlert.message ? { error: errorAlert.message } : {}),
    showInputMessage: prompt.showPrompt,
    ...(prompt.title ? { promptTitle: prompt.title } : {}),
    ...(prompt.message ? { prompt: prompt.message } : {}),
  };
}

export function writeValidations(sheet: MemorySheet, target: ExcelJS.Worksheet): void {
  // ExcelJS's DataValidations takes range addresses as keys (written as one sqref); its typings say cells only.
  const validations = (
    target as unknown as { dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const { area, value } of sheet.validations.list()) {
    const rule = validationOf(value);
    if (rule) validations.add(a1Area(area), rule);
  }
}
