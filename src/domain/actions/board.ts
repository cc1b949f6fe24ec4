/**
 * What the Cases screen lists of the survey follow-up: the alerts no action has taken yet, and every action with
 * its owner, due date, status and effectiveness. An alert whose key a CorrectiveActions row names is taken: it is
 * listed as that action, and never again as an alert, however often the ledger is read.
 */
import { type LedgerRecord, choiceOf, dateIn, isEmptyRow, textOf } from "../cases/ledger-record";
import { alertKeyMatch } from "./alert-key";
import { surveyAlerts } from "./alerts";
import { effectivenessOf } from "./effectiveness";
import { surveyPeriod } from "./periods";
import { type SurveyFacts, surveyFacts } from "./survey-facts";
import type {
  ActionBoard,
  ActionEntry,
  ActionSettings,
  ActionSources,
  AlertKind,
  AlertSubject,
  RecordedEffectiveness,
} from "./types";

function kindOf(record: LedgerRecord): AlertKind | null {
  return choiceOf(record, "kind", "actionKind") as AlertKind | null;
}

/** The alert a row answers, read from its own cells (which someone may have corrected in the sheet). */
function subjectOf(record: LedgerRecord, kind: AlertKind): AlertSubject {
  const customer = textOf(record, "customer");
  const item = textOf(record, "item");
  return {
    kind,
    period: surveyPeriod(record.period) ?? textOf(record, "period"),
    customer: kind === "returnRate" || customer === "" ? null : customer,
    item: kind === "itemScore" && item !== "" ? item : null,
  };
}

function entryOf(record: LedgerRecord, facts: SurveyFacts, settings: ActionSettings, now: number): ActionEntry {
  const kind = kindOf(record);
  const status = choiceOf(record, "status", "actionStatus") === "done" ? "done" : "open";
  const dueDate = dateIn(record, "dueDate");
  return {
    id: textOf(record, "id"),
    alertKey: textOf(record, "alertKey"),
    kind,
    period: textOf(record, "period"),
    customer: textOf(record, "customer"),
    item: textOf(record, "item"),
    finding: textOf(record, "finding"),
    owner: textOf(record, "owner"),
    department: choiceOf(record, "department", "department"),
    dueDate,
    status,
    overdue: status === "open" && dueDate !== null && Math.floor(dueDate) < Math.floor(now),
    doneAt: dateIn(record, "doneAt"),
    actionTaken: textOf(record, "actionTaken"),
    effectiveness:
      kind === null
        ? { state: "pending", period: null, reason: "unknownPeriod" }
        : effectivenessOf(subjectOf(record, kind), facts, settings, now),
    recorded: choiceOf(record, "effectiveness", "actionEffectiveness") as RecordedEffectiveness | null,
    checkedAt: dateIn(record, "checkedAt"),
    record,
  };
}

/** Open first (overdue first, then by due date), then done (latest first); by id where that ties. */
function compareActions(a: ActionEntry, b: ActionEntry): number {
  if (a.status !== b.status) return a.status === "open" ? -1 : 1;
  const order =
    a.status === "open"
      ? (a.dueDate ?? Infinity) - (b.dueDate ?? Infinity)
      : (b.doneAt ?? -Infinity) - (a.doneAt ?? -Infinity);
  return (Number.isNaN(order) ? 0 : order) || a.id.localeCompare(b.id);
}

/** The alerts not yet taken and the actions, as of `now` (an Excel serial). */
export function actionBoard(sources: ActionSources, settings: ActionSettings, now: number): ActionBoard {
  const facts = surveyFacts(sources, settings);
  const actions = sources.actions
    .filter((record) => !isEmptyRow(record))
    .map((record) => entryOf(record, facts, settings, now))
    .sort(compareActions);
  const taken = new Set(actions.map((action) => alertKeyMatch(action.alertKey)));
  const alerts = surveyAlerts(facts, settings, now).filter((alert) => !taken.has(alertKeyMatch(alert.key)));
  return { alerts, actions };
}
