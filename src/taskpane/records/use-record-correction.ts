import { useCallback, useMemo, useState } from "react";
import { type FieldError, fieldErrorMessage, isEntered, validateUpdate } from "../../domain/records";
import { NOTE_LIMIT, type RecordEntry, correctionNote, reasonColumnKey } from "../../domain/records-search";
import { type ColumnSpec, type TableSpec, tableSpec } from "../../domain/schema";
import { tablePlan } from "../../domain/workbook-plan";
import type { Ledger } from "../../excel/read-ledger";
import { changedFieldsText } from "../cases/changed-fields";
import { formValuesOf } from "../cases/record-values";
import { useUpdateRecord } from "../cases/use-update-record";
import { serialOfDate } from "../forms/date-text";
import { useI18n } from "../i18n";

export interface CorrectionOptions {
  readonly ledger: Ledger;
  readonly entry: RecordEntry;
  /** The clock the correction is dated by (tests fix it). */
  readonly now: () => Date;
}

/** The text a form shows for each field, by column key. */
export type CorrectionValues = { readonly [key: string]: string };

/**
 * Correcting some fields of a stored record, with a reason: the record as it would be after the change is validated
 * as a whole, only the cells whose value changes are written, and the reason goes as a dated line into the column
 * that keeps it (reasonColumnKey), all in the one update every edit of a stored record makes (updateRecord: 2
 * round trips). `reasonColumn` is undefined while the table has no column to keep it (a workbook set up before the
 * notes columns, until Set up): nothing can be saved then, and `notesHeader` names the column Set up adds.
 */
export function useRecordCorrection({ ledger, entry, now }: CorrectionOptions) {
  const { t, language } = useI18n();
  const planned = tablePlan(ledger.plan, entry.kind);
  // The table as the workbook's plan has it: a survey return's item columns are the organisation's own.
  const table = useMemo<TableSpec>(
    () => ({ ...tableSpec(entry.kind), columns: planned.columns.map((column) => column.spec) }),
    [entry.kind, planned],
  );
  const plannedKeys = planned.columns.map((column) => column.key);
  // The table's columns as the workbook has them: a record read holds a key for each of them (recordOf).
  const present = plannedKeys.filter((key) => key in entry.record);
  // A workbook set up before the notes columns saves without them (addedLater), but a correction's reason has no
  // place there until Set up adds the column: the form says so rather than write the reason elsewhere.
  const notesMissing = plannedKeys.includes("notes") && !present.includes("notes");
  const reasonColumn = notesMissing ? undefined : reasonColumnKey(entry.kind, present);
  const headerOf = (key: string | undefined) => planned.columns.find((column) => column.key === key)?.header ?? "";
  const reasonHeader = headerOf(reasonColumn);
  const correctable = useMemo<readonly ColumnSpec[]>(
    () => table.columns.filter((column) => isEntered(column) && column.key !== reasonColumn),
    [table, reasonColumn],
  );
  const updater = useUpdateRecord(ledger.plan, entry.kind);
  const [fields, setFields] = useState<readonly string[]>([]);
  const [values, setValues] = useState<CorrectionValues>({});
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [notice, setNotice] = useState<string | undefined>(undefined);

  const add = useCallback(
    (key: string) => {
      if (fields.includes(key)) return;
      setFields([...fields, key]);
      setValues({ ...values, ...formValuesOf(table, entry.record, [key]) });
    },
    [fields, values, table, entry.record],
  );
  const remove = useCallback((key: string) => setFields(fields.filter((field) => field !== key)), [fields]);
  const set = useCallback((key: string, value: string) => setValues({ ...values, [key]: value }), [values]);

  const messagesOf = (found: readonly FieldError[]) =>
    new Map(found.map((error) => [error.field, fieldErrorMessage(error, language)] as const).reverse());

  /**
   * Saves the correction; the message that says what was corrected, or undefined when nothing was saved (the
   * problems are in `errors` by field, "reason" for the reason, and in `notice`).
   */
  const save = async (): Promise<string | undefined> => {
    setNotice(undefined);
    setErrors(new Map());
    if (reasonColumn === undefined) return undefined;
    if (fields.length === 0) {
      setNotice(t("records.correct.noField"));
      return undefined;
    }
    const why = reason.trim();
    if (why === "") {
      setErrors(new Map([["reason", t("records.correct.reasonRequired")]]));
      return undefined;
    }
    const changes = Object.fromEntries(fields.map((key) => [key, values[key] ?? ""]));
    const result = validateUpdate(table, entry.record, changes, { language: ledger.language });
    if (!result.ok) {
      const shown = result.errors.filter((error) => fields.includes(error.field));
      const elsewhere = result.errors.filter((error) => !fields.includes(error.field));
      setErrors(messagesOf(shown));
      if (elsewhere.length > 0) setNotice(elsewhere.map((error) => fieldErrorMessage(error, language)).join(" "));
      return undefined;
    }
    const changed = Object.keys(result.row);
    if (changed.length === 0) {
      setNotice(t("records.correct.nothingChanged"));
      return undefined;
    }
    const headers = changed.map((key) => planned.columns.find((column) => column.key === key)?.header ?? key);
    const held = entry.record[reasonColumn];
    const note = correctionNote({
      existing: held === null || held === undefined ? null : String(held),
      reason: why,
      at: serialOfDate(now()),
      fields: headers,
      language: ledger.language,
    });
    const limit = table.columns.find((column) => column.key === reasonColumn)?.maxLength ?? NOTE_LIMIT;
    if (note.length > limit) {
      setErrors(new Map([["reason", t("records.correct.reasonTooLong", { column: reasonHeader })]]));
      return undefined;
    }
    if (!(await updater.update(entry.id, { ...result.row, [reasonColumn]: note }))) return undefined;
    setFields([]);
    setValues({});
    setReason("");
    const corrected = changedFieldsText(table, changed, language);
    return t("records.correct.saved", { id: entry.id, fields: corrected, column: reasonHeader });
  };

  return {
    table,
    correctable,
    reasonColumn,
    reasonHeader,
    notesHeader: headerOf("notes"),
    fields,
    values,
    reason,
    errors,
    notice,
    state: updater.state,
    add,
    remove,
    set,
    setReason,
    save,
  };
}
