import { Button, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeftRegular, CheckmarkCircleRegular, ShieldTaskRegular } from "@fluentui/react-icons";
import { type KeyboardEvent, useState } from "react";
import { type ActionEntry, doneChanges, effectivenessChanges } from "../../domain/actions";
import { TABLES, choiceLabel, columnSpec, headerOf } from "../../domain/schema";
import type { Ledger } from "../../excel/read-ledger";
import { ActionProblems } from "../cases/ActionProblems";
import { ActionSection } from "../cases/ActionSection";
import { useCaseChange } from "../cases/use-case-change";
import { useI18n } from "../i18n";
import { effectivenessText, kindLabel, recordedText, statusText, subjectText } from "./action-text";

export const ACTION_HEADING_ID = "corrective-action-heading";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, overflowWrap: "anywhere" },
  back: { alignSelf: "flex-start" },
  facts: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export interface ActionPageProps {
  readonly ledger: Ledger;
  readonly action: ActionEntry;
  /** The present moment, an Excel serial. */
  readonly now: () => number;
  /** Cells of the action were saved. */
  readonly onDone: (message: string) => void;
  readonly onBack: () => void;
}

/**
 * One corrective action: what it is about, who owns it and by when; marking it done with what was done; and its
 * effectiveness check, the next period's figure (004 §5.7.4), which can be recorded in the row once it is decided.
 * Each change writes only its cells (updateRecord, 2 round trips). Escape goes back to the list.
 */
export function ActionPage({ ledger, action, now, onDone, onBack }: ActionPageProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const change = useCaseChange(ledger, TABLES.actions);
  const [actionTaken, setActionTaken] = useState(action.actionTaken);
  const [missing, setMissing] = useState(false);
  const saving = change.state.status === "saving";
  const { effectiveness } = action;
  const decided = effectiveness.state === "pending" ? undefined : effectiveness.state;
  const recorded = recordedText(action, t, language);

  const markDone = async () => {
    if (actionTaken.trim() === "") {
      setMissing(true);
      return;
    }
    setMissing(false);
    if (await change.apply(action.record, doneChanges(actionTaken, now()))) {
      onDone(t("actions.doneSaved", { id: action.id }));
    }
  };
  const recordCheck = async () => {
    if (decided === undefined) return;
    if (await change.apply(action.record, effectivenessChanges(decided, now()))) {
      const result = choiceLabel("actionEffectiveness", decided, language);
      onDone(t("actions.checkSaved", { id: action.id, result }));
    }
  };
  const goBackOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    event.preventDefault();
    onBack();
  };

  return (
    <section className={styles.page} aria-labelledby={ACTION_HEADING_ID} onKeyDown={goBackOnEscape}>
      <Button className={styles.back} appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
        {t("actions.back")}
      </Button>
      <Text as="h3" id={ACTION_HEADING_ID} tabIndex={-1} size={500} weight="semibold" className={styles.heading}>
        {`${action.id} · ${kindLabel(action.kind, language)}`}
      </Text>
      <div>
        <Text block>{subjectText(action.customer, action.period, t)}</Text>
        {action.finding !== "" && (
          <Text block className={styles.facts}>
            {action.finding}
          </Text>
        )}
        <Text block>{t("actions.owner", { owner: action.owner })}</Text>
        {action.department !== null && <Text block>{choiceLabel("department", action.department, language)}</Text>}
        <Text block>{statusText(action, t, language)}</Text>
      </div>
      {action.status === "open" ? (
        <ActionSection title={t("actions.markDoneTitle")}>
          <Field
            label={headerOf(columnSpec(TABLES.actions, "actionTaken"), language)}
            required
            validationState={missing ? "error" : "none"}
            validationMessage={missing ? t("actions.whatRequired") : undefined}
          >
            <Textarea value={actionTaken} onChange={(_, data) => setActionTaken(data.value)} resize="vertical" />
          </Field>
          <div>
            <Button icon={<CheckmarkCircleRegular />} disabled={saving} onClick={() => void markDone()}>
              {t("actions.markDone")}
            </Button>
          </div>
        </ActionSection>
      ) : (
        action.actionTaken !== "" && <Text>{action.actionTaken}</Text>
      )}
      <ActionSection title={t("actions.recordCheckTitle")}>
        <Text role="status">{effectivenessText(action.kind, effectiveness, t, language)}</Text>
        {recorded !== undefined && <Text>{recorded}</Text>}
        {decided !== undefined && action.recorded === null && (
          <div>
            <Button icon={<ShieldTaskRegular />} disabled={saving} onClick={() => void recordCheck()}>
              {t("actions.recordCheck")}
            </Button>
          </div>
        )}
      </ActionSection>
      <ActionProblems problem={change.problem} state={change.state} />
    </section>
  );
}
