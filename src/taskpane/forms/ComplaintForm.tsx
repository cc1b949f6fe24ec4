import { useCallback } from "react";
import { TABLES, columnSpec } from "../../domain/schema";
import { useI18n } from "../i18n";
import { Fields } from "./Fields";
import { IntakeSection } from "./IntakeSection";
import { DueDatesPreview } from "./DueDatesPreview";
import { FieldControl } from "./FieldControl";
import { FormSection } from "./FormSection";
import { RecordFormFrame } from "./RecordFormFrame";
import { ComplaintApproval } from "./complaint-approval";
import { complaintDuePreview } from "./complaint-due-dates";
import { dateTimeText } from "./date-text";
import type { RecordFormProps } from "./record-form-props";
import type { FormValues } from "./use-draft";
import { useNewRecord } from "./use-new-record";

const TABLE = TABLES.complaints;
const CONTACT = ["contact", "phone"];
const PRODUCT = ["product", "batchNo", "purchaseDate", "purchasePlace", "defectQuantity", "defectRate"];
const CLASSES = ["contentClass", "nature"];
const RESPONSIBILITY = ["ownerDepartment", "ownerPerson"];
const APPROVAL = ["approval", "approvedBy"];
/**
 * Filled in while the case is handled (usually from the Cases screen), so folded away at intake, as are the other
 * sections without a required field (responsibility; approval, until the complaint is major). The due dates stay
 * in sight: they are what the person tells the customer.
 */
const HANDLING = [
  "notifiedAt",
  "replyDone",
  "proposalDone",
  "eightDDone",
  "rootCause",
  "containment",
  "correctiveAction",
  "preventiveAction",
  "status",
  "closedAt",
  "effectivenessChecked",
  "parentComplaint",
];

/**
 * A customer complaint as the handling form records it (001 (3), 003 §4.4, 004 §5.8): what and how serious, who
 * owns it, who approves it, and when the owner, the reply, the proposal and the 8D report are due, shown live by
 * the same rule the workbook's due-date columns compute.
 */
export function ComplaintForm({ ledger, onCustomerAdded }: RecordFormProps) {
  const { t } = useI18n();
  const initial = useCallback(
    (): FormValues => ({ receivedAt: dateTimeText(new Date()), status: "open", severity: "general" }),
    [],
  );
  const { form, frame } = useNewRecord(
    { name: "complaint", table: TABLE, workbookLanguage: ledger.language, initial },
    ledger.plan,
  );
  const due = complaintDuePreview(
    form.values,
    ledger.language,
    ledger.settings.plan.deadlines,
    ledger.settings.holidays,
  );
  const hasError = (keys: readonly string[]) => keys.some((key) => form.messages.has(key));
  const major = form.values.severity === "major";

  return (
    <RecordFormFrame {...frame} label={t("record.form.complaint")}>
      <IntakeSection
        title={t("complaintForm.section.intake")}
        form={form}
        table={TABLE}
        contact={CONTACT}
        ledger={ledger}
        onCustomerAdded={onCustomerAdded}
      />
      <FormSection title={t("complaintForm.section.product")}>
        <Fields form={form} table={TABLE} keys={PRODUCT} />
      </FormSection>
      <FormSection title={t("complaintForm.section.classification")}>
        <Fields form={form} table={TABLE} keys={CLASSES} />
        <FieldControl
          form={form}
          column={columnSpec(TABLE, "severity")}
          hint={form.values.severity === "major" ? t("complaintForm.majorHint") : undefined}
        />
        <FieldControl form={form} column={columnSpec(TABLE, "urgent")} />
        <FieldControl form={form} column={columnSpec(TABLE, "description")} />
        <FieldControl form={form} column={columnSpec(TABLE, "customerDemand")} hint={t("complaintForm.demandHint")} />
      </FormSection>
      <FormSection title={t("complaintForm.section.responsibility")} collapsible open={hasError(RESPONSIBILITY)}>
        <Fields form={form} table={TABLE} keys={RESPONSIBILITY} />
      </FormSection>
      <FormSection title={t("complaintForm.section.approval")} collapsible open={major || hasError(APPROVAL)}>
        <ComplaintApproval form={form} />
      </FormSection>
      <FormSection title={t("complaintForm.section.deadlines")}>
        <FieldControl
          form={form}
          column={columnSpec(TABLE, "eightDCustomerDue")}
          hint={t("complaintForm.customerDateHint")}
        />
        <DueDatesPreview preview={due} />
      </FormSection>
      <FormSection title={t("form.section.handling")} collapsible open={hasError(HANDLING)}>
        <Fields form={form} table={TABLE} keys={HANDLING} />
      </FormSection>
    </RecordFormFrame>
  );
}
