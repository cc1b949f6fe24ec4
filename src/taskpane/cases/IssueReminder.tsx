import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { MailAlertRegular } from "@fluentui/react-icons";
import { useId, useRef, useState } from "react";
import {
  type CaseRefusal,
  type CaseStep,
  type LedgerRecord,
  openSlipFor,
  overdueSteps,
  reminderSlip,
} from "../../domain/cases";
import { validateRecord } from "../../domain/records";
import { TABLES } from "../../domain/schema";
import type { Ledger } from "../../excel/read-ledger";
import { SaveOutcome } from "../forms/SaveOutcome";
import { useAppendRecord } from "../forms/use-append-record";
import { type I18n, useI18n } from "../i18n";
import type { CaseActionProps } from "./case-action-props";
import { stepLabel } from "./case-labels";

const useStyles = makeStyles({
  steps: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  step: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  refusal: { color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere", minWidth: 0 },
});

/** Slips saved from this page since `ledger` was read: the ledger read after the save holds them too. */
interface IssuedSince {
  readonly ledger: Ledger;
  readonly slips: readonly LedgerRecord[];
}

/** Why a slip is refused; an open slip is named, so the person finds it among the slips below. */
function refusalText(refusal: CaseRefusal, open: LedgerRecord | undefined, { t }: I18n): string {
  const id = open === undefined ? "" : String(open.id ?? "").trim();
  return refusal.reason === "cases.slipAlreadyOpen" && id !== ""
    ? t("cases.reminder.alreadyOpen", { id })
    : t(refusal.reason);
}

/**
 * A reminder slip to the owner department for each overdue step of a complaint (REQ 27): one open slip per case and
 * step. A second press while the first slip is being saved does nothing (the buttons are disabled, and a press that
 * arrives before they are is ignored); once it is saved, issuing again is refused beside the button until the
 * department has answered the slip.
 */
export function IssueReminder({ ledger, openCase, now, onDone }: CaseActionProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const styles = useStyles();
  const refusalId = useId();
  const appender = useAppendRecord(ledger.plan, "reminders");
  const [refusal, setRefusal] = useState<{ readonly step: CaseStep; readonly text: string } | undefined>(undefined);
  const [issued, setIssued] = useState<IssuedSince | undefined>(undefined);
  // Set before the first await, so that a second press in the same moment sees it (state would not be re-rendered yet).
  const saving = useRef(false);
  const steps = overdueSteps(openCase);
  if (steps.length === 0) return <Text>{t("cases.reminder.noneOverdue")}</Text>;

  const issue = async (step: CaseStep) => {
    if (saving.current) return;
    const since = issued?.ledger === ledger ? issued.slips : [];
    const reminders = [...(ledger.records.reminders ?? []), ...since];
    const slip = reminderSlip(openCase, step, now(), reminders);
    if (!slip.ok) {
      return setRefusal({ step, text: refusalText(slip, openSlipFor(reminders, openCase.id, step), i18n) });
    }
    const checked = validateRecord(TABLES.reminders, slip.changes, { language: ledger.language });
    if (!checked.ok) return setRefusal({ step, text: t("cases.reminder.invalid") });
    setRefusal(undefined);
    saving.current = true;
    let id: string | undefined;
    try {
      id = (await appender.save(checked.row))?.id;
    } finally {
      saving.current = false;
    }
    if (id === undefined) return;
    const saved: LedgerRecord = { id, recordId: openCase.id, overdueStep: step, answeredAt: null };
    setIssued({ ledger, slips: [...since, saved] });
    const message = t("cases.reminder.issued", { id, step: stepLabel(step, i18n), case: openCase.id });
    onDone({ message, table: "reminders", id });
  };

  return (
    <>
      <div className={styles.steps}>
        {steps.map((step) => {
          const refused = refusal?.step === step ? refusal.text : undefined;
          return (
            <div key={step} className={styles.step}>
              <Button
                icon={<MailAlertRegular />}
                disabled={appender.state.status === "saving"}
                aria-describedby={refused === undefined ? undefined : refusalId}
                onClick={() => void issue(step)}
              >
                {t("cases.reminder.issue", { step: stepLabel(step, i18n) })}
              </Button>
              {refused !== undefined && (
                <Text id={refusalId} role="alert" className={styles.refusal}>
                  {refused}
                </Text>
              )}
            </div>
          );
        })}
      </div>
      {appender.state.status === "failed" && <SaveOutcome state={appender.state} onShow={() => undefined} />}
    </>
  );
}
