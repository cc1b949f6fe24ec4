import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { MailAlertRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { type CaseStep, overdueSteps, reminderSlip } from "../../domain/cases";
import { validateRecord } from "../../domain/records";
import { TABLES } from "../../domain/schema";
import { SaveOutcome } from "../forms/SaveOutcome";
import { useAppendRecord } from "../forms/use-append-record";
import { useI18n } from "../i18n";
import type { CaseActionProps } from "./case-action-props";
import { stepLabel } from "./case-labels";

const useStyles = makeStyles({ steps: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS } });

/** A reminder slip to the owner department for each overdue step of a complaint (REQ 27). */
export function IssueReminder({ ledger, openCase, now, onDone }: CaseActionProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const styles = useStyles();
  const appender = useAppendRecord(ledger.plan, "reminders");
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const steps = overdueSteps(openCase);
  if (steps.length === 0) return <Text>{t("cases.reminder.noneOverdue")}</Text>;

  const issue = async (step: CaseStep) => {
    const slip = reminderSlip(openCase, step, now());
    if (!slip.ok) return setRefusal(t(slip.reason));
    const checked = validateRecord(TABLES.reminders, slip.changes, { language: ledger.language });
    if (!checked.ok) return setRefusal(t("cases.reminder.invalid"));
    setRefusal(undefined);
    const id = await appender.save(checked.row);
    if (id === undefined) return;
    const message = t("cases.reminder.issued", { id, step: stepLabel(step, i18n), case: openCase.id });
    onDone({ message, table: "reminders", id });
  };

  return (
    <>
      <div className={styles.steps}>
        {steps.map((step) => (
          <Button
            key={step}
            icon={<MailAlertRegular />}
            disabled={appender.state.status === "saving"}
            onClick={() => void issue(step)}
          >
            {t("cases.reminder.issue", { step: stepLabel(step, i18n) })}
          </Button>
        ))}
      </div>
      {refusal && <Text role="alert">{refusal}</Text>}
      {appender.state.status === "failed" && <SaveOutcome state={appender.state} onShow={() => undefined} />}
    </>
  );
}
