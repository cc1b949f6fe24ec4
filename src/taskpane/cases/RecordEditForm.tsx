import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { TableKey } from "../../domain/schema";
import type { WorkbookPlan } from "../../domain/workbook-plan";
import { RecordFormFrame } from "../forms/RecordFormFrame";
import type { SaveState } from "../forms/use-append-record";
import type { useRecordEdit } from "./use-record-edit";

type RecordEdit = ReturnType<typeof useRecordEdit>;

/** The frame's view of an update: saving and failures show in the form; a success is said by the screen. */
function frameState(edit: RecordEdit): SaveState {
  if (edit.state.status === "saving" || edit.state.status === "failed") return edit.state;
  return { status: "idle" };
}

/** A form over some fields of a stored record, with the shared frame's Save, error summary and failure message. */
export function RecordEditForm(props: {
  edit: RecordEdit;
  label: string;
  submitLabel: string;
  plan: WorkbookPlan;
  table: TableKey;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { edit, label, submitLabel, plan, table, onSubmit, children } = props;
  return (
    <RecordFormFrame
      form={edit.form}
      label={label}
      save={frameState(edit)}
      onSubmit={onSubmit}
      plan={plan}
      table={table}
      submitLabel={submitLabel}
    >
      {children}
      {edit.notice && (
        <MessageBar intent="warning" role="alert" layout="multiline">
          <MessageBarBody>{edit.notice}</MessageBarBody>
        </MessageBar>
      )}
    </RecordFormFrame>
  );
}
