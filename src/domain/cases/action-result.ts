/** What a case action hands back: the cells to change (for validateUpdate / validateRecord), or why it refuses. */
import type { RecordInput } from "../records";

/** Why an action refuses, as a message key of the Cases screen. */
export type CaseRefusalReason =
  | "cases.alreadyClosed"
  | "cases.effectivenessNotChecked"
  | "cases.majorNeedsApproval"
  | "cases.notClosed"
  | "cases.reopenBeforeClosing"
  | "cases.followUpAlreadyDone"
  | "cases.unknownSatisfaction"
  | "cases.satisfactionContradictsOutcome"
  | "cases.remindersForComplaintsOnly"
  | "cases.stepNotOverdue"
  | "cases.slipAlreadyOpen"
  | "cases.alreadyAnswered"
  | "cases.reasonRequired";

export interface CaseRefusal {
  readonly ok: false;
  readonly reason: CaseRefusalReason;
}

/** Cells by column key: choice values as KEYS, dates as serials, null to clear a cell. */
export interface CaseChanges {
  readonly ok: true;
  readonly changes: RecordInput;
}

export type CaseActionResult = CaseChanges | CaseRefusal;

export function refuse(reason: CaseRefusalReason): CaseRefusal {
  return { ok: false, reason };
}

export function change(changes: RecordInput): CaseChanges {
  return { ok: true, changes };
}
