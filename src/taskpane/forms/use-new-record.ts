import type { RecordRow } from "../../domain/records";
import type { WorkbookPlan } from "../../domain/workbook-plan";
import { useAppendRecord } from "./use-append-record";
import { type RecordFormOptions, useRecordForm } from "./use-record-form";

/**
 * A form that adds one record: validated on submit, appended in 2 round trips, and started afresh once saved
 * (`onSaved` then learns the new id). A failed save leaves the form as it was. Give `frame` to RecordFormFrame.
 */
export function useNewRecord(
  options: RecordFormOptions,
  plan: WorkbookPlan,
  onSaved?: (id: string, row: RecordRow) => void,
) {
  const form = useRecordForm(options);
  const { state, save, dismiss } = useAppendRecord(plan, options.table.key);
  const submit = async () => {
    const row = form.check();
    if (!row) {
      dismiss(); // what the last save said is not about this record: the error summary is
      return;
    }
    const id = await save(row);
    if (id === undefined) return;
    form.reset();
    onSaved?.(id, row);
  };
  /** What RecordFormFrame needs besides its label and fields. */
  const frame = { form, save: state, onSubmit: () => void submit(), plan, table: options.table.key };
  return { form, frame };
}
