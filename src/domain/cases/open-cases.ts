/**
 * The open cases of the ledger (REQ 19–31): complaints not yet closed or not yet followed up, feedback not yet
 * closed, survey forms not yet back. Due dates are computed here with the rules the workbook's calculated columns
 * use (case-deadlines.ts, due-date.ts): those cells may hold formula text or stale values, so they are never read.
 */
import { complaintDueDates, followUpDue, replyDue } from "../case-deadlines";
import { dueDate } from "../due-date";
import { excelNameKey } from "../schema";
import { type PendingStep, badgesOf, compareCases, overdueByOf } from "./badges";
import { type LedgerRecord, choiceOf, dateIn, isEmptyRow, isFilled, isYes, textOf } from "./ledger-record";
import type { CaseClock, CaseKind, CaseSources, OpenCase } from "./types";

/** Every open case, most overdue first, then soonest due. */
export function openCases(sources: CaseSources, clock: CaseClock): OpenCase[] {
  const returned = returnedDispatchIds(sources.surveyReturns);
  return [
    ...casesOf(sources.complaints, (record) => complaintCase(record, clock)),
    ...casesOf(sources.feedback, (record) => feedbackCase(record, clock)),
    ...casesOf(sources.surveyDispatch, (record) => dispatchCase(record, returned, clock)),
  ].sort(compareCases);
}

function casesOf(records: readonly LedgerRecord[], toCase: (record: LedgerRecord) => OpenCase | null): OpenCase[] {
  return records.flatMap((record) => {
    const found = isEmptyRow(record) ? null : toCase(record);
    return found === null ? [] : [found];
  });
}

/** What a case shows besides its steps. */
type CaseFacts = Omit<OpenCase, "badges" | "overdueBy" | "nextDue">;

function withSteps(facts: CaseFacts, pending: readonly PendingStep[], now: number): OpenCase {
  const badges = badgesOf(pending, now);
  return { ...facts, badges, overdueBy: overdueByOf(badges, now), nextDue: badges[0]?.due ?? null };
}

function factsOf(kind: CaseKind, record: LedgerRecord): Pick<CaseFacts, "kind" | "id" | "customer" | "record"> {
  return { kind, id: textOf(record, "id"), customer: textOf(record, "customer"), record };
}

// Complaints -------------------------------------------------------------------------------------------------------

/**
 * Open while not closed; a closed complaint stays open until its follow-up call is done (REQ 24, 31), and then
 * its only step is the follow-up.
 */
function complaintCase(record: LedgerRecord, clock: CaseClock): OpenCase | null {
  const status = choiceOf(record, "status", "caseStatus");
  const closed = status === "closed";
  if (closed && isFilled(record, "followUpDone")) return null;
  const facts: CaseFacts = {
    ...factsOf("complaint", record),
    department: choiceOf(record, "ownerDepartment", "department"),
    contentClass: choiceOf(record, "contentClass", "complaintContent"),
    status,
    severity: choiceOf(record, "severity", "severity"),
    urgent: isYes(record, "urgent"),
    receivedAt: dateIn(record, "receivedAt"),
  };
  const pending = closed ? [followUpStep(record, clock)] : complaintSteps(record, clock);
  return withSteps(facts, pending, clock.now);
}

function followUpStep(record: LedgerRecord, clock: CaseClock): PendingStep {
  return { step: "followUp", due: followUpDue(dateIn(record, "closedAt"), clock.deadlines, clock.holidays) };
}

/** Notify (REQ 23), reply (REQ 20), proposal (REQ 21) and, when one is owed, the 8D report (REQ 22). */
function complaintSteps(record: LedgerRecord, clock: CaseClock): PendingStep[] {
  const due = complaintDueDates(
    {
      receivedAt: dateIn(record, "receivedAt"),
      urgent: isYes(record, "urgent"),
      customerEightDDue: dateIn(record, "eightDCustomerDue"),
    },
    clock.deadlines,
    clock.holidays,
  );
  const steps: PendingStep[] = [];
  if (!isFilled(record, "notifiedAt")) steps.push({ step: "notify", due: due.notifyDue });
  if (!isFilled(record, "replyDone")) steps.push({ step: "reply", due: due.replyDue });
  if (!isFilled(record, "proposalDone")) steps.push({ step: "proposal", due: due.proposalDue });
  if (eightDOwed(record) && !isFilled(record, "eightDDone")) steps.push({ step: "eightD", due: due.eightDDue });
  return steps;
}

/** As the workbook's overdue column decides: a product-quality complaint, or the customer set an 8D date. */
function eightDOwed(record: LedgerRecord): boolean {
  return (
    choiceOf(record, "contentClass", "complaintContent") === "productQuality" || isFilled(record, "eightDCustomerDue")
  );
}

// Feedback ---------------------------------------------------------------------------------------------------------

/**
 * Open while not closed: first the reply (24 h, 4 h when urgent; REQ 20), then closing. The procedures set no
 * closing deadline for feedback, so closing is due with the handling proposal's 3 working days (003 §4.4.2.6).
 */
function feedbackCase(record: LedgerRecord, clock: CaseClock): OpenCase | null {
  const status = choiceOf(record, "status", "caseStatus");
  if (status === "closed") return null;
  const receivedAt = dateIn(record, "receivedAt");
  const urgent = isYes(record, "urgent");
  const { deadlines, holidays } = clock;
  const pending: PendingStep = isFilled(record, "repliedAt")
    ? { step: "closing", due: dueDate(receivedAt, deadlines.proposal, holidays) }
    : { step: "reply", due: replyDue(receivedAt, urgent, deadlines, holidays) };
  const facts: CaseFacts = {
    ...factsOf("feedback", record),
    department: choiceOf(record, "department", "department"),
    contentClass: null,
    status,
    severity: null,
    urgent,
    receivedAt,
  };
  return withSteps(facts, [pending], clock.now);
}

// Survey dispatches ------------------------------------------------------------------------------------------------

/**
 * The dispatch ids that have a return, compared as Excel's MATCH does (without regard to case); `alsoReturned` are
 * ids returned since the rows were read.
 */
export function returnedDispatchIds(
  returns: readonly LedgerRecord[],
  alsoReturned: Iterable<string> = [],
): ReadonlySet<string> {
  const ids = [...returns.map((row) => textOf(row, "dispatchId")), ...alsoReturned];
  return new Set(ids.map(excelNameKey).filter((id) => id !== ""));
}

/** A dispatch is awaiting its form back while no return names it (REQ 18). */
export function awaitsReturn(dispatch: LedgerRecord, returned: ReadonlySet<string>): boolean {
  const id = excelNameKey(textOf(dispatch, "id"));
  return id !== "" && !returned.has(id);
}

/** Awaiting return while no SurveyReturns row names it; due back as the dueBack column computes it (REQ 18, 25). */
function dispatchCase(record: LedgerRecord, returned: ReadonlySet<string>, clock: CaseClock): OpenCase | null {
  const facts = factsOf("surveyDispatch", record);
  if (facts.id !== "" && !awaitsReturn(record, returned)) return null;
  const sentAt = dateIn(record, "sentAt");
  const due = dueDate(sentAt, clock.deadlines.surveyDueBack, clock.holidays);
  const dispatch: CaseFacts = {
    ...facts,
    department: null,
    contentClass: null,
    status: null,
    severity: null,
    urgent: false,
    receivedAt: sentAt,
  };
  return withSteps(dispatch, [{ step: "return", due }], clock.now);
}
