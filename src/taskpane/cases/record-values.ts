/** A stored row (or a record a case action proposes) as the text a form shows, and back as a record to validate. */
import { type LedgerRecord, choiceOf } from "../../domain/cases";
import { type InputValue, type RecordInput, isEntered } from "../../domain/records";
import { type ColumnSpec, type TableSpec, columnSpec } from "../../domain/schema";
import { serialInputText } from "../forms/date-text";
import type { FormValues } from "../forms/use-draft";

/** One cell as a field's text: a choice's key (the form's drop-downs hold keys), a date as its input shows it. */
function fieldText(column: ColumnSpec, value: InputValue): string {
  if (value === null || value === undefined) return "";
  if (column.choices && typeof value === "string") {
    return choiceOf({ [column.key]: value }, column.key, column.choices) ?? value;
  }
  if ((column.type === "date" || column.type === "dateTime") && typeof value === "number") {
    return serialInputText(value, column.type === "dateTime");
  }
  return String(value);
}

/** The fields `keys` of a record, as a form edits them. */
export function formValuesOf(table: TableSpec, record: RecordInput, keys: readonly string[]): FormValues {
  return Object.fromEntries(keys.map((key) => [key, fieldText(columnSpec(table, key), record[key])]));
}

/** Every cell a form may write (not the id, not calculated columns), as stored: what an edit is merged into. */
export function enteredCellsOf(table: TableSpec, record: LedgerRecord): RecordInput {
  return Object.fromEntries(table.columns.filter(isEntered).map((column) => [column.key, record[column.key] ?? null]));
}
