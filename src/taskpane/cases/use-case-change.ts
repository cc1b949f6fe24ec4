import { useState } from "react";
import type { LedgerRecord } from "../../domain/cases";
import { type RecordInput, fieldErrorMessage, validateUpdate } from "../../domain/records";
import type { TableSpec } from "../../domain/schema";
import type { Ledger } from "../../excel/read-ledger";
import { useI18n } from "../i18n";
import { useUpdateRecord } from "./use-update-record";

/**
 * Writes the cells a case action decided (close, reopen, a follow-up, a reminder's answer): checked against the
 * whole record first, so an action never leaves a row the forms would reject; `problem` says what stood in the way.
 */
export function useCaseChange(ledger: Ledger, table: TableSpec) {
  const { language } = useI18n();
  const updater = useUpdateRecord(ledger.plan, table.key);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  /** Whether the cells were written. */
  const apply = async (record: LedgerRecord, changes: RecordInput): Promise<boolean> => {
    setProblem(undefined);
    const result = validateUpdate(table, record, changes, { language: ledger.language });
    if (!result.ok) {
      setProblem(result.errors.map((error) => fieldErrorMessage(error, language)).join(" "));
      return false;
    }
    return updater.update(String(record.id ?? ""), result.row);
  };

  return { apply, state: updater.state, problem, setProblem };
}
