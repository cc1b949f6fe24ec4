import { useRef } from "react";
import type { RecordRow } from "../../domain/records";
import type { WorkbookPlan } from "../../domain/workbook-plan";
import { type SavedRecord, useUndoLastSave } from "../records/use-undo-last-save";
import type { FrameUndo } from "./RecordFormFrame";
import { useAppendRecord } from "./use-append-record";
import type { FormValues } from "./use-draft";
import { type RecordFormOptions, useRecordForm } from "./use-record-form";

/**
 * A form that adds one record: validated on submit, appended in 2 round trips, and started afresh once saved
 * (`onSaved` then learns the new id). A failed save leaves the form as it was. Give `frame` to RecordFormFrame.
 *
 * The save is remembered as the session's last (the Records screen offers to undo it too), and the saved message
 * offers Undo: the row is deleted if nobody changed it since, and what was typed comes back into the form unless a
 * next record was begun there meanwhile.
 */
export function useNewRecord(
  options: RecordFormOptions,
  plan: WorkbookPlan,
  onSaved?: (id: string, row: RecordRow) => void,
) {
  const form = useRecordForm(options);
  const { state, save, dismiss } = useAppendRecord(plan, options.table.key);
  const undoer = useUndoLastSave();
  /** This form's last save and the values it was typed as. */
  const mine = useRef<{ saved: SavedRecord; values: FormValues } | undefined>(undefined);
  const submit = async () => {
    undoer.dismiss(); // what the last undo said is not about this record
    const row = form.check();
    if (!row) {
      dismiss(); // what the last save said is not about this record: the error summary is
      return;
    }
    const values = form.values;
    const result = await save(row);
    if (result === undefined) return;
    const saved: SavedRecord = { table: options.table.key, id: result.id, rowIndex: result.rowIndex, record: row };
    mine.current = { saved, values };
    undoer.remember(saved);
    form.reset();
    onSaved?.(result.id, row);
  };
  const undo = async () => {
    const last = mine.current;
    if (!last || undoer.state.status === "undoing") return;
    if (!(await undoer.undo(plan, last.saved))) return;
    mine.current = undefined;
    if (!form.touched) form.setMany(last.values);
  };
  const frameUndo: FrameUndo = {
    state: undoer.state,
    available: state.status === "saved" && mine.current?.saved.id === state.id,
    run: () => void undo(),
  };
  /** What RecordFormFrame needs besides its label and fields. */
  const frame = { form, save: state, onSubmit: () => void submit(), plan, table: options.table.key, undo: frameUndo };
  return { form, frame };
}
