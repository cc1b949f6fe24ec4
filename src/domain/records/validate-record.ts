/**
 * Record validation: a form's values checked and normalised column by column against the table's spec, then the
 * table's rules between fields (cross-field.ts). Pure: no Office.js; the Excel layer writes the row it returns.
 */
import type { Language } from "../i18n/language";
import { translate } from "../i18n/translate";
import { type ColumnSpec, type TableSpec, SchemaError } from "../schema";
import { type RuleContext, crossFieldErrors } from "./cross-field";
import { isEntered, normaliseCell } from "./normalise-cell";
import {
  type FieldError,
  type InputValue,
  type Problem,
  type RecordInput,
  type RecordRow,
  type RecordValidation,
  type RowValue,
  type ValidateOptions,
  hasOwn,
  isBlankInput,
} from "./record-input";

/**
 * Checks and normalises a new record: for every column a form writes (not calculated columns, not the id, which
 * are ignored when given), the normalised cell value (null for blank), or every error in column order.
 * Throws SchemaError for an input key that is none of the table's columns: a form field that would be lost.
 */
export function validateRecord(table: TableSpec, input: RecordInput, options: ValidateOptions): RecordValidation {
  const columns = options.columns ?? table.columns;
  assertKnownKeys(table, columns, input);
  const row: Record<string, RowValue> = {};
  const errors: FieldError[] = [];
  for (const column of columns.filter(isEntered)) {
    const value = hasOwn(input, column.key) ? input[column.key] : undefined;
    const problem = cellProblem(column, value, options.language, row);
    if (problem) errors.push(fieldError(column, problem));
  }
  errors.push(...ruleErrors(table, columns, row));
  if (errors.length > 0) return { ok: false, errors: inColumnOrder(errors, columns) };
  return { ok: true, row };
}

/**
 * Checks an update of a stored row (`current`, as read from the table) by the cells that change: the merged record
 * is validated as a whole (so a change cannot break a rule with the cells it leaves), and only the changed cells
 * are returned, normalised: those of `changes` whose normalised value differs from the current one (a blank cell
 * equals "" or null). Unchanged cells are never rewritten, so a value someone typed in the sheet keeps its form;
 * but one that is wrong (a required cell cleared in the sheet, a date typed as words) is reported like any other,
 * for the form that shows the whole record to correct.
 */
export function validateUpdate(
  table: TableSpec,
  current: RecordRow,
  changes: RecordInput,
  options: ValidateOptions,
): RecordValidation {
  const columns = options.columns ?? table.columns;
  assertKnownKeys(table, columns, changes);
  const merged: Record<string, InputValue> = {};
  for (const column of columns.filter(isEntered)) {
    merged[column.key] = hasOwn(changes, column.key) ? changes[column.key] : current[column.key];
  }
  const result = validateRecord(table, merged, options);
  if (!result.ok) return result;
  const changed: Record<string, RowValue> = {};
  for (const [key, value] of Object.entries(result.row)) {
    if (hasOwn(changes, key) && !sameCell(value, hasOwn(current, key) ? current[key] : undefined)) {
      changed[key] = value;
    }
  }
  return { ok: true, row: changed };
}

/** The message of a field error in the UI language, {field} being the column's header in that language. */
export function fieldErrorMessage(error: FieldError, language: Language): string {
  const words = Object.fromEntries(Object.entries(error.localizedValues).map(([name, text]) => [name, text[language]]));
  return translate(language, error.code, { ...error.values, ...words });
}

// ----------------------------------------------------------------------------------------------------------------

/** Normalises one cell into the row; what is wrong with it, if anything. */
function cellProblem(
  column: ColumnSpec,
  value: InputValue,
  language: Language,
  row: Record<string, RowValue>,
): Problem | undefined {
  const outcome = normaliseCell(column, value, language);
  if (!outcome.ok) return outcome.problem;
  if (outcome.value === null && column.required) return { code: "validation.required" };
  row[column.key] = outcome.value;
  return undefined;
}

function fieldError(column: ColumnSpec, problem: Problem): FieldError {
  return {
    field: column.key,
    code: problem.code,
    values: problem.values ?? {},
    localizedValues: { field: column.header },
  };
}

function ruleErrors(table: TableSpec, columns: readonly ColumnSpec[], row: Readonly<Record<string, RowValue>>) {
  const byKey = new Map(columns.map((column) => [column.key, column]));
  const record: RuleContext = {
    columns,
    column: (key) => byKey.get(key),
    // A rejected cell is not in the row: the rules treat it as unknown, not as blank.
    value: (key) => (hasOwn(row, key) ? row[key] : undefined),
  };
  return crossFieldErrors(table.key, record).map((error): FieldError => {
    const column = byKey.get(error.field);
    if (!column) throw new SchemaError(`A rule of ${table.name} names the unknown column "${error.field}".`);
    return {
      field: error.field,
      code: error.code,
      values: error.values ?? {},
      localizedValues: { ...error.localizedValues, field: column.header },
    };
  });
}

function inColumnOrder(errors: readonly FieldError[], columns: readonly ColumnSpec[]): FieldError[] {
  const position = new Map(columns.map((column, index) => [column.key, index]));
  const at = (error: FieldError) => position.get(error.field) ?? columns.length;
  return [...errors].sort((a, b) => at(a) - at(b)); // stable: a cell's own error before the rules' errors
}

function assertKnownKeys(table: TableSpec, columns: readonly ColumnSpec[], input: RecordInput): void {
  const known = new Set(columns.map((column) => column.key));
  const unknown = Object.keys(input).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new SchemaError(`The table ${table.name} has no column ${unknown.map((key) => `"${key}"`).join(", ")}.`);
  }
}

function sameCell(a: RowValue, b: InputValue): boolean {
  return isBlankInput(a) && isBlankInput(b) ? true : a === b;
}
