import { TABLES, columnSpec } from "../../domain/schema";
import { FieldControl } from "../forms/FieldControl";
import { serialText } from "../forms/date-text";
import { useI18n } from "../i18n";
import { RecordEditForm } from "./RecordEditForm";
import type { CaseActionProps } from "./case-action-props";
import { useRecordEdit } from "./use-record-edit";

const TABLE = TABLES.feedback;
/** The reply and what was done; the department head confirms back with the customer (000 §5.2). */
const FIELDS = ["repliedAt", "action", "customerConfirmed"];

/** Records the reply to a customer's feedback (REQ 4, 20). */
export function FeedbackReply({ ledger, openCase, onDone }: CaseActionProps) {
  const { t } = useI18n();
  const edit = useRecordEdit({
    ledger,
    table: TABLE,
    record: openCase.record,
    name: `feedbackReply-${openCase.id}`,
    fields: FIELDS,
  });
  const reply = openCase.badges.find((badge) => badge.step === "reply");

  return (
    <RecordEditForm
      edit={edit}
      label={t("cases.feedback.reply")}
      submitLabel={t("cases.feedback.saveReply")}
      plan={ledger.plan}
      table={TABLE.key}
      onSubmit={() => void edit.saveAndReport(onDone)}
    >
      <FieldControl
        form={edit.form}
        column={columnSpec(TABLE, "repliedAt")}
        hint={reply && t("cases.dueHint", { due: serialText(reply.due, true) })}
      />
      <FieldControl form={edit.form} column={columnSpec(TABLE, "action")} />
      <FieldControl form={edit.form} column={columnSpec(TABLE, "customerConfirmed")} />
    </RecordEditForm>
  );
}
