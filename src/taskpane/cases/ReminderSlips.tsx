import { makeStyles, tokens } from "@fluentui/react-components";
import { unansweredReminders } from "../../domain/cases";
import { useI18n } from "../i18n";
import { ActionSection } from "./ActionSection";
import { AnswerReminder } from "./AnswerReminder";
import { IssueReminder } from "./IssueReminder";
import type { CaseActionProps } from "./case-action-props";

const useStyles = makeStyles({
  slips: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

/** Chasing an overdue complaint: issue a slip for a late step, and record the department's reason on open slips. */
export function ReminderSlips(props: CaseActionProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { ledger, openCase, now, onDone } = props;
  const open = unansweredReminders(ledger.records.reminders ?? [], openCase.id);
  return (
    <ActionSection title={t("cases.reminder.title")}>
      <IssueReminder {...props} />
      {open.length > 0 && (
        <ul className={styles.slips} aria-label={t("cases.reminder.open")}>
          {open.map((slip) => (
            <AnswerReminder key={String(slip.id)} ledger={ledger} slip={slip} now={now} onDone={onDone} />
          ))}
        </ul>
      )}
    </ActionSection>
  );
}
