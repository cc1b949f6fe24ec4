import { useCallback, useState } from "react";
import type { LedgerRecord } from "../../domain/cases";
import { fieldErrorMessage, validateUpdate } from "../../domain/records";
import type { TableSpec } from "../../domain/schema";
import type { Ledger } from "../../excel/read-ledger";
import type { FormValues } from "../forms/use-draft";
import { useRecordForm } from "../forms/use-record-form";
import { useI18n } from "../i18n";
import type { CaseOutcome } from "./case-outcome";
import { changedFieldsText } from "./changed-fields";
import { enteredCellsOf, formValuesOf } from "./record-values";
import { useUpdateRecord } from "./use-update-record";

export interface RecordEditOptions {
  readonly ledger: Ledger;
  readonly table: TableSpec;
  /** The stored row being edited. */
  readonly record: LedgerRecord;
  /** Names the draft and the fields' ids; one per record, so two cases never share typed text. */
  readonly name: string;
  readonly fields: readonly string[];
}

/**
 * Editing some fields of a stored record: the form shows them as stored, validates the whole record as it would be
 * after the change (so the rules between fields hold), and saves only the cells whose value changed.
 */
export function useRecordEdit({ ledger, table, record, name, fields }: RecordEditOptions) {
  const { t, language } = useI18n();
  const initial = useCallback((): FormValues => formValuesOf(table, record, fields), [table, record, fields]);
  const toInput = useCallback(
    (values: FormValues) => ({ ...enteredCellsOf(table, record), ...values }),
    [table, record],
  );
  const form = useRecordForm({ name, table, workbookLanguage: ledger.language, initial, toInput });
  const updater = useUpdateRecord(ledger.plan, table.key);
  const [notice, setNotice] = useState<string | undefined>(undefined);

  /** Saves the changed cells; the changed keys, or undefined when nothing was saved. */
  const save = async (): Promise<readonly string[] | undefined> => {
    setNotice(undefined);
    if (!form.check()) return undefined;
    const changes = Object.fromEntries(fields.map((key) => [key, form.values[key] ?? ""]));
    const result = validateUpdate(table, record, changes, { language: ledger.language });
    if (!result.ok) {
      setNotice(result.errors.map((error) => fieldErrorMessage(error, language)).join(" "));
      return undefined;
    }
    const changed = Object.keys(result.row);
    if (changed.length === 0) {
      setNotice(t("cases.nothingChanged"));
      return undefined;
    }
    const id = String(record.id ?? "");
    return (await updater.update(id, result.row)) ? changed : undefined;
  };

  /** Saves, starts the form afresh from the stored row and tells the case what changed. */
  const saveAndReport = async (onDone: (outcome: CaseOutcome) => void): Promise<void> => {
    const changed = await save();
    if (!changed) return;
    form.reset();
    const id = String(record.id ?? "");
    const changedFields = changedFieldsText(table, changed, language);
    onDone({ message: t("cases.updated", { id, fields: changedFields }), table: table.key, id });
  };

  return { form, save, saveAndReport, state: updater.state, notice };
}
