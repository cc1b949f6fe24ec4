import { choiceOf } from "../../domain/cases";
import { TABLES, columnSpec } from "../../domain/schema";
import { FieldControl } from "../forms/FieldControl";
import { FormSection } from "../forms/FormSection";
import { serialText } from "../forms/date-text";
import { useI18n } from "../i18n";
import { RecordEditForm } from "./RecordEditForm";
import type { CaseActionProps } from "./case-action-props";
import { useRecordEdit } from "./use-record-edit";

const TABLE = TABLES.complaints;
const STATUS = ["status", "approval", "approvedBy"];
/** The done date of each step, next to its due date (REQ 20–23). */
const DONE = { notifiedAt: "notify", replyDone: "reply", proposalDone: "proposal", eightDDone: "eightD" } as const;
/** The review meeting's results (REQ 29). */
const REVIEW = ["rootCause", "containment", "correctiveAction", "preventiveAction"];
const FIELDS = [...STATUS, ...Object.keys(DONE), ...REVIEW];
/** Closing and reopening are actions of their own: closing needs the effectiveness check (REQ 30). */
const WORKING_STATUSES = ["open", "inProgress", "awaitingCustomer"];

/** Status, approval, done dates and the review's causes and actions of a complaint. */
export function ComplaintHandling({ ledger, openCase, onDone }: CaseActionProps) {
  const { t } = useI18n();
  const record = openCase.record;
  const edit = useRecordEdit({ ledger, table: TABLE, record, name: `caseHandling-${openCase.id}`, fields: FIELDS });
  const current = choiceOf(record, "status", "caseStatus");
  const statuses = current && !WORKING_STATUSES.includes(current) ? [...WORKING_STATUSES, current] : WORKING_STATUSES;
  const dueHint = (key: keyof typeof DONE) => {
    const badge = openCase.badges.find((found) => found.step === DONE[key]);
    return badge && t("cases.dueHint", { due: serialText(badge.due, true) });
  };

  return (
    <RecordEditForm
      edit={edit}
      label={t("cases.handling.title")}
      submitLabel={t("cases.handling.save")}
      plan={ledger.plan}
      table={TABLE.key}
      onSubmit={() => void edit.saveAndReport(onDone)}
    >
      <FormSection title={t("cases.handling.status")}>
        <FieldControl form={edit.form} column={columnSpec(TABLE, "status")} choices={statuses} />
        <FieldControl
          form={edit.form}
          column={columnSpec(TABLE, "approval")}
          hint={openCase.severity === "major" ? t("cases.approvalHint") : undefined}
        />
        <FieldControl form={edit.form} column={columnSpec(TABLE, "approvedBy")} />
      </FormSection>
      <FormSection title={t("cases.handling.steps")}>
        {(Object.keys(DONE) as (keyof typeof DONE)[]).map((key) => (
          <FieldControl key={key} form={edit.form} column={columnSpec(TABLE, key)} hint={dueHint(key)} />
        ))}
      </FormSection>
      <FormSection title={t("cases.handling.review")}>
        {REVIEW.map((key) => (
          <FieldControl key={key} form={edit.form} column={columnSpec(TABLE, key)} />
        ))}
      </FormSection>
    </RecordEditForm>
  );
}
