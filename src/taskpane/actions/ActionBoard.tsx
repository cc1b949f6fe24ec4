import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type ActionSettings, actionBoard, alertKeyMatch } from "../../domain/actions";
import type { Ledger } from "../../excel/read-ledger";
import { ActionOutcome } from "../cases/ActionOutcome";
import type { CaseOutcome } from "../cases/case-outcome";
import { serialOfDate } from "../forms/date-text";
import { useI18n } from "../i18n";
import { ActionCard, actionButtonId } from "./ActionCard";
import { ACTION_HEADING_ID, ActionPage } from "./ActionPage";
import { AlertCard, alertButtonId } from "./AlertCard";
import { TAKE_HEADING_ID, TakeAlert } from "./TakeAlert";
import { useCorrectiveActions } from "./use-corrective-actions";

const useStyles = makeStyles({
  board: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingBlockStart: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  heading: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  more: { alignSelf: "flex-start" },
});

/** Cards shown at first in each list; a ledger of years may raise hundreds of alerts. */
export const CARDS_SHOWN = 20;

export interface ActionBoardProps {
  /** The ledger the Cases screen read: settings, plan and the survey tables. */
  readonly ledger: Ledger;
  readonly now: () => Date;
}

type Chosen = { readonly alert: string } | { readonly action: string };
/** Where focus goes after the next render: a page's heading, an element of the list, or what was saved. */
type FocusTarget = { readonly elementId: string } | "outcome";

function settingsOf(ledger: Ledger): ActionSettings {
  const { plan, holidays, targets } = ledger.settings;
  return { language: ledger.language, plan, holidays, targets };
}

/**
 * The survey follow-up of the Cases screen (REQUIREMENTS 15, 16, 18): the alerts the survey records raise that no
 * action has taken yet, each with Take action; and the actions taken, with owner, due date, status and the
 * effectiveness the next period's figure gives. The alerts are derived from the records each time, never written:
 * a row of CorrectiveActions is written only when an alert is taken, so each alert is raised once.
 */
export function ActionBoard({ ledger, now }: ActionBoardProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { state, reload } = useCorrectiveActions(ledger);
  const [chosen, setChosen] = useState<Chosen | undefined>(undefined);
  const [outcome, setOutcome] = useState<CaseOutcome | undefined>(undefined);
  const [focus, setFocus] = useState<FocusTarget | undefined>(undefined);
  /** Alerts taken since the table was read: not offered again while it is read anew. */
  const [taken, setTaken] = useState<readonly string[]>([]);
  const [shown, setShown] = useState({ alerts: CARDS_SHOWN, actions: CARDS_SHOWN });
  const outcomeRef = useRef<HTMLDivElement>(null);
  const serialNow = useCallback(() => serialOfDate(now()), [now]);

  const rows = state.status === "ready" ? state.rows : undefined;
  const board = useMemo(() => {
    const sources = {
      surveyReturns: ledger.records.surveyReturns ?? [],
      surveyDispatch: ledger.records.surveyDispatch ?? [],
      actions: rows ?? [],
    };
    const found = actionBoard(sources, settingsOf(ledger), serialOfDate(now()));
    const alerts = found.alerts.filter((candidate) => !taken.includes(alertKeyMatch(candidate.key)));
    return { ...found, alerts };
  }, [ledger, rows, now, taken]);

  useEffect(() => {
    if (focus === undefined) return;
    const element = focus === "outcome" ? outcomeRef.current : document.getElementById(focus.elementId);
    element?.focus();
    setFocus(undefined);
  }, [focus]);

  const alert = chosen && "alert" in chosen ? board.alerts.find((found) => found.key === chosen.alert) : undefined;
  const action = chosen && "action" in chosen ? board.actions.find((found) => found.id === chosen.action) : undefined;
  const choose = (next: Chosen, heading: string) => {
    setOutcome(undefined);
    setChosen(next);
    setFocus({ elementId: heading });
  };
  const back = () => {
    if (alert) setFocus({ elementId: alertButtonId(alert) });
    if (action) setFocus({ elementId: actionButtonId(action) });
    setChosen(undefined);
  };
  const done = (message: string, id: string) => {
    if (alert) setTaken((keys) => [...keys, alertKeyMatch(alert.key)]);
    setOutcome({ message, table: "actions", id });
    setChosen(undefined);
    setFocus("outcome");
    reload();
  };

  return (
    <section className={styles.board} aria-labelledby="corrective-actions-title">
      <Text as="h3" id="corrective-actions-title" size={500} weight="semibold" className={styles.heading}>
        {t("actions.title")}
      </Text>
      <Text size={200} className={styles.intro}>
        {t("actions.intro")}
      </Text>
      {state.status === "reading" && <Spinner size="tiny" label={t("actions.reading")} />}
      {state.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("actions.readFailed", { reason: state.reason })}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "missing" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("actions.tableMissing")}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && <ActionOutcome ref={outcomeRef} outcome={outcome} plan={ledger.plan} />}
      {alert && state.status === "ready" ? (
        <TakeAlert key={alert.key} ledger={ledger} alert={alert} now={serialNow} onDone={done} onBack={back} />
      ) : action ? (
        <ActionPage
          // A fresh page once the saved row is read back, so it shows what the sheet now holds.
          key={`${action.id}:${JSON.stringify(action.record)}`}
          ledger={ledger}
          action={action}
          now={serialNow}
          onDone={(message) => done(message, action.id)}
          onBack={back}
        />
      ) : (
        state.status !== "reading" &&
        state.status !== "failed" && (
          <>
            <Text role="status" weight="semibold">
              {board.alerts.length === 0
                ? t("actions.noAlerts")
                : t("actions.alertsHeading", { count: board.alerts.length })}
            </Text>
            {board.alerts.length > 0 && (
              <ul className={styles.list} aria-label={t("actions.alertsLabel")}>
                {board.alerts.slice(0, shown.alerts).map((found) => (
                  <AlertCard
                    key={alertKeyMatch(found.key)}
                    alert={found}
                    instrument={ledger.settings.plan.instrument}
                    onTake={state.status === "ready" ? () => choose({ alert: found.key }, TAKE_HEADING_ID) : undefined}
                  />
                ))}
              </ul>
            )}
            {board.alerts.length > shown.alerts && (
              <Button
                className={styles.more}
                onClick={() => setShown({ ...shown, alerts: shown.alerts + CARDS_SHOWN })}
              >
                {t("actions.showMore", { count: Math.min(CARDS_SHOWN, board.alerts.length - shown.alerts) })}
              </Button>
            )}
            {state.status === "ready" && (
              <>
                <Text weight="semibold">
                  {board.actions.length === 0
                    ? t("actions.noActions")
                    : t("actions.actionsHeading", { count: board.actions.length })}
                </Text>
                {board.actions.length > 0 && (
                  <ul className={styles.list} aria-label={t("actions.actionsLabel")}>
                    {board.actions.slice(0, shown.actions).map((found) => (
                      <ActionCard
                        key={found.id}
                        action={found}
                        onOpen={() => choose({ action: found.id }, ACTION_HEADING_ID)}
                      />
                    ))}
                  </ul>
                )}
                {board.actions.length > shown.actions && (
                  <Button
                    className={styles.more}
                    onClick={() => setShown({ ...shown, actions: shown.actions + CARDS_SHOWN })}
                  >
                    {t("actions.showMore", { count: Math.min(CARDS_SHOWN, board.actions.length - shown.actions) })}
                  </Button>
                )}
              </>
            )}
          </>
        )
      )}
    </section>
  );
}
