import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronRightRegular } from "@fluentui/react-icons";
import type { ActionEntry } from "../../domain/actions";
import { type HistoryLink, type RecordEntry, followUpFacts } from "../../domain/records-search";
import { choiceLabel } from "../../domain/schema";
import { effectivenessText, kindLabel, recordedText, subjectText } from "../actions/action-text";
import { serialText } from "../forms/date-text";
import { type I18n, useI18n } from "../i18n";
import { dayText, relationLabel } from "./record-labels";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { listStyleType: "none", minWidth: 0 },
  link: { justifyContent: "flex-start", textAlign: "start", minWidth: 0, overflowWrap: "anywhere" },
  // A date is read as one word: Vietnamese at 360 px broke "2026-12-03" at its hyphens.
  day: { whiteSpace: "nowrap" },
});

/** "Follow-up call: due 2026-07-20 · called 2026-07-18 · Dissatisfied", in the UI language. */
function followUpText(entry: RecordEntry, i18n: I18n): string | undefined {
  const facts = entry.kind === "complaints" ? followUpFacts(entry.record) : undefined;
  if (!facts) return undefined;
  const { t, language } = i18n;
  const parts = [];
  if (facts.due !== null) parts.push(t("records.followUp.due", { due: serialText(facts.due, false) }));
  parts.push(
    facts.done === null
      ? t("records.followUp.notDone")
      : t("records.followUp.done", { done: serialText(facts.done, true) }),
  );
  if (facts.result) parts.push(choiceLabel("followUpResult", facts.result, language));
  if (facts.satisfaction) parts.push(choiceLabel("satisfactionLevel", facts.satisfaction, language));
  return `${t("records.followUp")}: ${parts.join(" · ")}`;
}

/**
 * A corrective action's alert and its effectiveness check (the next period's figure, and the check recorded in its
 * row), worded as the Cases screen words them.
 */
function actionLines(action: ActionEntry, { t, language }: I18n): string[] {
  const alert = t("records.alert", {
    kind: kindLabel(action.kind, language),
    subject: subjectText(action.customer, action.period, t),
  });
  const recorded = recordedText(action, t, language);
  const check = effectivenessText(action.kind, action.effectiveness, t, language);
  return recorded === undefined ? [alert, check] : [alert, check, recorded];
}

/**
 * What the record is linked to through the ledgers' id columns and the survey follow-up, each a button that opens
 * the linked record; a complaint's follow-up call; a corrective action's alert and effectiveness check.
 */
export function RecordHistory(props: {
  entry: RecordEntry;
  links: readonly HistoryLink[];
  /** The corrective action as the survey follow-up reads it, on an action's page. */
  action?: ActionEntry;
  onOpen: (entry: RecordEntry) => void;
}) {
  const { entry, links, action, onOpen } = props;
  const i18n = useI18n();
  const styles = useStyles();
  const followUp = followUpText(entry, i18n);
  return (
    <>
      {followUp && <Text>{followUp}</Text>}
      {action && actionLines(action, i18n).map((line) => <Text key={line}>{line}</Text>)}
      {links.length === 0 ? (
        <Text>{i18n.t("records.noHistory")}</Text>
      ) : (
        <ul className={styles.list} aria-label={i18n.t("records.history")}>
          {links.map((link) => (
            <li key={`${link.relation}:${link.entry.key}`} className={styles.item}>
              <Button
                className={styles.link}
                appearance="subtle"
                icon={<ChevronRightRegular />}
                iconPosition="after"
                onClick={() => onOpen(link.entry)}
              >
                {[relationLabel(link.relation, i18n), link.entry.id].filter(Boolean).join(" · ")}
                {dayText(link.entry.date) !== "" && (
                  <>
                    {" · "}
                    <span className={styles.day}>{dayText(link.entry.date)}</span>
                  </>
                )}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
