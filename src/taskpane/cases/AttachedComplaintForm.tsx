import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useCallback, useRef } from "react";
import type { FollowUpRecorded, OpenCase } from "../../domain/cases";
import { TABLES, columnSpec } from "../../domain/schema";
import type { Ledger } from "../../excel/read-ledger";
import { FieldControl } from "../forms/FieldControl";
import { FormSection } from "../forms/FormSection";
import { RecordFormFrame } from "../forms/RecordFormFrame";
import { type SaveState, useAppendRecord } from "../forms/use-append-record";
import type { FormValues } from "../forms/use-draft";
import { useRecordForm } from "../forms/use-record-form";
import { useI18n } from "../i18n";
import { type SavedRecord, useUndoLastSave } from "../records/use-undo-last-save";
import type { CaseOutcome } from "./case-outcome";
import { formValuesOf } from "./record-values";
import { useCaseChange } from "./use-case-change";
import type { UpdateState } from "./use-update-record";

const TABLE = TABLES.complaints;
/** Copied from the original; shown to check, and to correct where the new complaint differs. */
const COPIED = [
  "receivedAt",
  "channel",
  "customer",
  "product",
  "batchNo",
  "severity",
  "contentClass",
  "ownerDepartment",
];

export interface AttachedComplaintProps {
  readonly ledger: Ledger;
  readonly original: OpenCase;
  /** The follow-up's cells for the original, and the new complaint it proposes. */
  readonly recorded: FollowUpRecorded & { readonly newComplaint: NonNullable<FollowUpRecorded["newComplaint"]> };
  readonly onDone: (outcome: CaseOutcome) => void;
}

/** The frame shows the step under way or the one that failed: first the original's update, then the new row. */
function frameState(update: UpdateState, append: SaveState): SaveState {
  if (update.status === "saving" || update.status === "failed") return update;
  if (append.status === "saving" || append.status === "failed") return append;
  return { status: "idle" };
}

/**
 * A customer who rejects the outcome gets a new complaint attached to the original (REQ 28): prefilled from it,
 * the description for the person to write. Saving records the follow-up on the original, then adds the new row;
 * a retry after a failure does only what is left, and never adds a second row. The saved message offers Undo of the
 * new complaint (ActionOutcome).
 */
export function AttachedComplaintForm({ ledger, original, recorded, onDone }: AttachedComplaintProps) {
  const { t } = useI18n();
  const proposed = recorded.newComplaint;
  const initial = useCallback((): FormValues => formValuesOf(TABLE, proposed, Object.keys(proposed)), [proposed]);
  const form = useRecordForm({
    name: `attachedComplaint-${original.id}`,
    table: TABLE,
    workbookLanguage: ledger.language,
    initial,
  });
  const change = useCaseChange(ledger, TABLE);
  const appender = useAppendRecord(ledger.plan, TABLE.key);
  const originalSaved = useRef(false);
  const { remember } = useUndoLastSave();

  const submit = async () => {
    const row = form.check();
    if (!row) return;
    if (!originalSaved.current) {
      if (!(await change.apply(original.record, recorded.changes))) return;
      originalSaved.current = true;
    }
    const landed = await appender.save(row);
    if (landed === undefined) return;
    const { id } = landed;
    const undo: SavedRecord = { table: TABLE.key, id, rowIndex: landed.rowIndex, record: row };
    remember(undo); // the session's last save: the Records screen can undo it too
    form.reset();
    // Undo beside the saved message takes the new complaint back; the follow-up on the original stays recorded.
    onDone({ message: t("cases.followUp.attached", { id: original.id, newId: id }), table: TABLE.key, id, undo });
  };

  return (
    <RecordFormFrame
      form={form}
      label={t("cases.followUp.newComplaint")}
      save={frameState(change.state, appender.state)}
      onSubmit={() => void submit()}
      plan={ledger.plan}
      table={TABLE.key}
      submitLabel={t("cases.followUp.saveAttached")}
    >
      <Text>{t("cases.followUp.attachedTo", { id: original.id })}</Text>
      <FieldControl form={form} column={columnSpec(TABLE, "description")} hint={t("cases.followUp.describe")} />
      <FormSection title={t("cases.followUp.copied")}>
        {COPIED.map((key) => (
          <FieldControl key={key} form={form} column={columnSpec(TABLE, key)} />
        ))}
      </FormSection>
      {change.problem && (
        <MessageBar intent="warning" role="alert" layout="multiline">
          <MessageBarBody>{change.problem}</MessageBarBody>
        </MessageBar>
      )}
    </RecordFormFrame>
  );
}
