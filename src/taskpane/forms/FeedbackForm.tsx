import { useCallback } from "react";
import { replyDue } from "../../domain/case-deadlines";
import { TABLES, columnSpec } from "../../domain/schema";
import { useI18n } from "../i18n";
import { Fields } from "./Fields";
import { IntakeSection } from "./IntakeSection";
import { FieldControl } from "./FieldControl";
import { FormSection } from "./FormSection";
import { RecordFormFrame } from "./RecordFormFrame";
import type { RecordFormProps } from "./record-form-props";
import { dateTimeText, serialText } from "./date-text";
import { serialValue } from "./typed-value";
import type { FormValues } from "./use-draft";
import { useNewRecord } from "./use-new-record";

const TABLE = TABLES.feedback;
const CONTACT = ["contact", "phone", "address"];
const FEEDBACK = ["kind", "topic", "content", "receivedBy", "department", "verified"];
const HANDLING = ["repliedAt", "action", "status", "closedAt", "customerConfirmed", "linkedComplaint"];

/** A customer's feedback as the log keeps it (000 §5.2): who, what, and whether it was answered in time. */
export function FeedbackForm({ ledger, onCustomerAdded }: RecordFormProps) {
  const { t } = useI18n();
  const initial = useCallback((): FormValues => ({ receivedAt: dateTimeText(new Date()), status: "open" }), []);
  const { form, frame } = useNewRecord(
    { name: "feedback", table: TABLE, workbookLanguage: ledger.language, initial },
    ledger.plan,
  );
  const received = serialValue(TABLE, form.values, "receivedAt", ledger.language);
  const due = replyDue(
    received,
    form.values.urgent === "yes",
    ledger.settings.plan.deadlines,
    ledger.settings.holidays,
  );
  const handlingHasError = HANDLING.some((key) => form.messages.has(key));

  return (
    <RecordFormFrame {...frame} label={t("record.form.feedback")}>
      <IntakeSection
        title={t("form.section.customer")}
        form={form}
        table={TABLE}
        contact={CONTACT}
        ledger={ledger}
        onCustomerAdded={onCustomerAdded}
      />
      <FormSection title={t("form.section.feedback")}>
        <FieldControl
          form={form}
          column={columnSpec(TABLE, "urgent")}
          hint={due === null ? undefined : t("feedback.replyDue", { due: serialText(due, true) })}
        />
        <Fields form={form} table={TABLE} keys={FEEDBACK} />
      </FormSection>
      <FormSection title={t("form.section.handling")} collapsible open={handlingHasError}>
        <Fields form={form} table={TABLE} keys={HANDLING} />
      </FormSection>
    </RecordFormFrame>
  );
}
