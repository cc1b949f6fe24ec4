/**
 * Closing, reopening and following up a complaint (REQ 24, 28, 30, 31): pure functions from the stored row to the
 * cells that change. The Excel layer checks them with validateUpdate before writing.
 */
import { dueDate } from "../due-date";
import type { InputValue, RecordInput } from "../records";
import { type ChoiceListKey, choiceList } from "../schema";
import { type CaseActionResult, type CaseChanges, type CaseRefusal, change, refuse } from "./action-result";
import { type LedgerRecord, choiceOf, dateIn, isFilled, textOf } from "./ledger-record";

function isClosed(record: LedgerRecord): boolean {
  return choiceOf(record, "status", "caseStatus") === "closed";
}

export interface CloseOptions {
  readonly now: number;
  /** The person confirmed the corrective action worked (REQ 30); closing is refused without it. */
  readonly effectivenessChecked: boolean;
}

/**
 * Closes a complaint now, with its effectiveness checked (REQ 30). A major complaint is closed only once the
 * director approved its handling (REQ 26), as the record validation demands: refused here first, with a reason.
 */
export function closeComplaint(record: LedgerRecord, options: CloseOptions): CaseActionResult {
  if (isClosed(record)) return refuse("cases.alreadyClosed");
  if (!options.effectivenessChecked) return refuse("cases.effectivenessNotChecked");
  const major = choiceOf(record, "severity", "severity") === "major";
  if (major && choiceOf(record, "approval", "approvalStatus") !== "approved") {
    return refuse("cases.majorNeedsApproval");
  }
  return change({ status: "closed", closedAt: options.now, effectivenessChecked: "yes" });
}

/**
 * A recurrence reopens a closed complaint (REQ 30): what belonged to the closing is cleared — the closing date,
 * the effectiveness check, and the follow-up of that closing, so that closing again asks for a new follow-up.
 */
export function reopenComplaint(record: LedgerRecord, now: number): CaseActionResult {
  if (!isClosed(record)) return refuse("cases.notClosed");
  const closedAt = dateIn(record, "closedAt");
  if (closedAt !== null && now < closedAt) return refuse("cases.reopenBeforeClosing");
  return change({
    status: "reopened",
    closedAt: null,
    effectivenessChecked: null,
    followUpDone: null,
    followUpResult: null,
    handlingSatisfaction: null,
  });
}

export type FollowUpOutcome = "satisfied" | "dissatisfied" | "notReached";

export interface FollowUpOptions {
  readonly now: number;
  readonly outcome: FollowUpOutcome;
  /** satisfactionLevel key: how satisfied the customer is with the handling (REQ 31); ignored when not reached. */
  readonly satisfaction?: string;
  /** Non-working days, to call an unreachable customer again on the next working day (default: none). */
  readonly holidays?: ReadonlySet<number>;
}

export interface FollowUpRecorded extends CaseChanges {
  /** Not reached: when to call again (the next working day, same time; REQ 24). */
  readonly callAgainAt?: number;
  /** Dissatisfied: a new complaint attached to the original (REQ 28); its description is the person's to write. */
  readonly newComplaint?: RecordInput;
}

/** Levels that contradict an outcome: a satisfied customer is not "dissatisfied", and the other way round. */
const CONTRADICTING: { readonly [outcome in FollowUpOutcome]: readonly string[] } = {
  satisfied: ["dissatisfied"],
  dissatisfied: ["verySatisfied", "satisfied"],
  notReached: [],
};

/**
 * Records the follow-up call of a closed complaint (REQ 24, 28, 31). Not reached: the result says so, the call
 * stays pending (followUpDone blank) and a time to call again is proposed. Dissatisfied: the follow-up is done and
 * a new complaint is proposed, attached to this one.
 */
export function recordFollowUp(record: LedgerRecord, options: FollowUpOptions): FollowUpRecorded | CaseRefusal {
  if (!isClosed(record)) return refuse("cases.notClosed");
  if (isFilled(record, "followUpDone")) return refuse("cases.followUpAlreadyDone");
  const { now, outcome, satisfaction } = options;
  if (outcome === "notReached") {
    const callAgainAt = dueDate(now, "1wd", options.holidays ?? new Set()) ?? now;
    return { ...change({ followUpResult: "notReached" }), callAgainAt };
  }
  if (satisfaction !== undefined && !isChoice("satisfactionLevel", satisfaction)) {
    return refuse("cases.unknownSatisfaction");
  }
  if (satisfaction !== undefined && CONTRADICTING[outcome].includes(satisfaction)) {
    return refuse("cases.satisfactionContradictsOutcome");
  }
  if (outcome === "satisfied") {
    const level = satisfaction === undefined ? {} : { handlingSatisfaction: satisfaction };
    return change({ followUpDone: now, followUpResult: "satisfied", ...level });
  }
  const handlingSatisfaction = satisfaction ?? "dissatisfied";
  return {
    ...change({ followUpDone: now, followUpResult: "dissatisfied", handlingSatisfaction }),
    newComplaint: attachedComplaint(record, now),
  };
}

function isChoice(list: ChoiceListKey, key: string): boolean {
  return choiceList(list).choices.some((choice) => choice.key === key);
}

const COPIED_TEXT = ["customer", "contact", "phone", "product", "batchNo"] as const;

const COPIED_CHOICES = [
  ["channel", "channel"],
  ["severity", "severity"],
  ["contentClass", "complaintContent"],
  ["ownerDepartment", "department"],
] as const satisfies readonly (readonly [string, ChoiceListKey])[];

/** The new complaint a rejected outcome opens (REQ 28): the same customer and product, received now. */
function attachedComplaint(original: LedgerRecord, now: number): RecordInput {
  const copied: Record<string, InputValue> = {};
  for (const key of COPIED_TEXT) copied[key] = textOf(original, key) || null;
  for (const [key, list] of COPIED_CHOICES) copied[key] = choiceOf(original, key, list) ?? copiedAsTyped(original, key);
  return {
    ...copied,
    parentComplaint: textOf(original, "id"),
    receivedAt: now,
    status: "open",
    description: null,
  };
}

/** A label no list knows is copied as typed, so that the form shows it to correct rather than dropping it. */
function copiedAsTyped(record: LedgerRecord, key: string): string | null {
  return textOf(record, key) || null;
}
