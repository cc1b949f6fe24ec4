import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { TABLES, columnSpec } from "../../domain/schema";
import { useI18n } from "../i18n";
import { FieldControl } from "./FieldControl";
import type { RecordForm } from "./use-record-form";

const TABLE = TABLES.complaints;

/**
 * Who approves the handling (003 §3.1–3.2, REQ 26): the director for a major complaint, the director or technical
 * lead for a general one. As the domain's rule says, a major complaint needs its approval status once handling has
 * started (any status past Open), and is closed only once approved.
 */
export function ComplaintApproval({ form }: { form: RecordForm }) {
  const { t } = useI18n();
  const major = form.values.severity === "major";
  const status = form.values.status ?? "";
  const needed = major && status !== "" && status !== "open";
  return (
    <>
      {major && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("complaintForm.majorTitle")}</MessageBarTitle>
            {t("complaintForm.majorBody")}
          </MessageBarBody>
        </MessageBar>
      )}
      <FieldControl
        form={form}
        column={columnSpec(TABLE, "approval")}
        required={needed}
        hint={needed ? t("complaintForm.approvalNeeded") : major ? undefined : t("complaintForm.generalHint")}
      />
      <FieldControl form={form} column={columnSpec(TABLE, "approvedBy")} />
    </>
  );
}
