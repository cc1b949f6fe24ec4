/**
 * A record's history, through the id columns that link the ledgers: a complaint's reminder slips, the complaint it
 * was attached to and those attached to it (a rejected outcome opens a new one, REQ 28), the feedback that led to
 * it; a feedback's linked complaint; a reminder slip's complaint; the survey dispatch a return answered and the
 * returns of a dispatch; a corrective action's returned forms that raised its alert, and the actions raised from a
 * returned form (through the survey follow-up, src/domain/actions). A complaint's follow-up call is part of its own
 * row (followUpFacts).
 */
import { alertKeyMatch } from "../actions";
import { type LedgerRecord, choiceOf, dateIn, textOf } from "../cases/ledger-record";
import { type RecordEntry, type RecordKind, idKey } from "./entries";
import type { SurveyFollowUp } from "./follow-up";

export type HistoryRelation =
  | "reminder"
  | "originalComplaint"
  | "attachedComplaint"
  | "linkedFeedback"
  | "linkedComplaint"
  | "remindedComplaint"
  | "surveyDispatch"
  | "surveyReturn"
  | "alertReturn"
  | "correctiveAction";

export interface HistoryLink {
  readonly relation: HistoryRelation;
  readonly entry: RecordEntry;
}

/** Where each relation is found: the records of `kind` whose `column` holds this record's id, or the other way. */
interface Rule {
  readonly relation: HistoryRelation;
  readonly kind: RecordKind;
  /** "theirs": their `column` holds my id; "mine": my `column` holds their id. */
  readonly side: "theirs" | "mine";
  readonly column: string;
}

const RULES: { readonly [kind in RecordKind]: readonly Rule[] } = {
  customers: [],
  complaints: [
    { relation: "originalComplaint", kind: "complaints", side: "mine", column: "parentComplaint" },
    { relation: "attachedComplaint", kind: "complaints", side: "theirs", column: "parentComplaint" },
    { relation: "linkedFeedback", kind: "feedback", side: "theirs", column: "linkedComplaint" },
    { relation: "reminder", kind: "reminders", side: "theirs", column: "recordId" },
  ],
  feedback: [{ relation: "linkedComplaint", kind: "complaints", side: "mine", column: "linkedComplaint" }],
  reminders: [{ relation: "remindedComplaint", kind: "complaints", side: "mine", column: "recordId" }],
  surveyDispatch: [{ relation: "surveyReturn", kind: "surveyReturns", side: "theirs", column: "dispatchId" }],
  surveyReturns: [{ relation: "surveyDispatch", kind: "surveyDispatch", side: "mine", column: "dispatchId" }],
  actions: [],
};

/** The returns that raised an action's alert (as the alert says), or, of a return, the actions raised from it. */
function followUpLinks(entry: RecordEntry, entries: readonly RecordEntry[], followUp: SurveyFollowUp): HistoryLink[] {
  const raisedBy = (action: RecordEntry) =>
    new Set((followUp.alertReturns.get(alertKeyMatch(textOf(action.record, "alertKey"))) ?? []).map(idKey));
  if (entry.kind === "actions") {
    const ids = raisedBy(entry);
    return entries
      .filter((other) => other.kind === "surveyReturns" && ids.has(idKey(other.id)))
      .map((other) => ({ relation: "alertReturn", entry: other }));
  }
  if (entry.kind !== "surveyReturns" || idKey(entry.id) === "") return [];
  return entries
    .filter((other) => other.kind === "actions" && raisedBy(other).has(idKey(entry.id)))
    .map((other) => ({ relation: "correctiveAction", entry: other }));
}

/**
 * The records linked to `entry`, relation by relation in RULES' order, each oldest first (row order); then, given
 * the survey follow-up, an action's returns or a return's actions.
 */
export function recordHistory(
  entry: RecordEntry,
  entries: readonly RecordEntry[],
  followUp?: SurveyFollowUp,
): HistoryLink[] {
  const mine = idKey(entry.id);
  const linked = RULES[entry.kind].flatMap(({ relation, kind, side, column }) => {
    const wanted = side === "mine" ? idKey(entry.record[column]) : mine;
    if (wanted === "") return [];
    return entries
      .filter((other) => other.kind === kind && other.key !== entry.key)
      .filter((other) => (side === "mine" ? idKey(other.id) : idKey(other.record[column])) === wanted)
      .map((other) => ({ relation, entry: other }));
  });
  return followUp ? [...linked, ...followUpLinks(entry, entries, followUp)] : linked;
}

/** A complaint's follow-up call after closing (REQ 24, 31), when one is due or recorded. */
export interface FollowUpFacts {
  readonly due: number | null;
  readonly done: number | null;
  /** followUpResult key. */
  readonly result: string | null;
  /** satisfactionLevel key. */
  readonly satisfaction: string | null;
}

export function followUpFacts(record: LedgerRecord): FollowUpFacts | undefined {
  const facts = {
    due: dateIn(record, "followUpDue"),
    done: dateIn(record, "followUpDone"),
    result: choiceOf(record, "followUpResult", "followUpResult"),
    satisfaction: choiceOf(record, "handlingSatisfaction", "satisfactionLevel"),
  };
  return Object.values(facts).every((value) => value === null) ? undefined : facts;
}
