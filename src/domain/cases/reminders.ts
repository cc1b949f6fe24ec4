/** Reminder slips for overdue complaint steps (REQ 27): issued to the owner department, answered with a reason. */
import { isBlank } from "../cell-value";
import { excelNameKey } from "../schema";
import { type CaseActionResult, change, refuse } from "./action-result";
import { type LedgerRecord, choiceOf, isFilled, textOf } from "./ledger-record";
import type { CaseStep, OpenCase } from "./types";

/** The steps of a case that are overdue: at the case's clock, or at `now` when given. */
export function overdueSteps(openCase: OpenCase, now?: number): CaseStep[] {
  return openCase.badges
    .filter((badge) => (now === undefined ? badge.state === "overdue" : badge.due < now))
    .map((badge) => badge.step);
}

/** Slips go to the owner department; a complaint that has none yet is the quality department's to chase. */
const DEFAULT_DEPARTMENT = "quality";

/**
 * The slip still open (issued, not yet answered) for a step of a case, if there is one: one open slip per case and
 * step, so that chasing a department twice for the same delay is refused. The case id is compared as Excel's
 * COUNTIFS does (the reminder count column), without regard to case; the step by its label in any language or key.
 */
export function openSlipFor(
  reminders: readonly LedgerRecord[],
  caseId: string,
  step: CaseStep,
): LedgerRecord | undefined {
  const id = excelNameKey(caseId);
  if (id === "") return undefined;
  return reminders.find(
    (slip) =>
      !isFilled(slip, "answeredAt") &&
      excelNameKey(textOf(slip, "recordId")) === id &&
      choiceOf(slip, "overdueStep", "dueStep") === step,
  );
}

/**
 * A new Reminders row for a step of a complaint that is overdue at `now` (the Reminders table refers to
 * complaints only). Refuses a step that is not pending or not yet late, and a step that already has an open slip
 * among `reminders` (the Reminders rows, and any slip issued since they were read).
 */
export function reminderSlip(
  openCase: OpenCase,
  step: CaseStep,
  now: number,
  reminders: readonly LedgerRecord[],
): CaseActionResult {
  if (openCase.kind !== "complaint") return refuse("cases.remindersForComplaintsOnly");
  if (!overdueSteps(openCase, now).includes(step)) return refuse("cases.stepNotOverdue");
  if (openSlipFor(reminders, openCase.id, step) !== undefined) return refuse("cases.slipAlreadyOpen");
  return change({
    recordId: openCase.id,
    issuedAt: now,
    department: openCase.department ?? DEFAULT_DEPARTMENT,
    overdueStep: step,
  });
}

/** The department's answer to a slip: why the step is late (REQ 27). Answered once. */
export function answerReminder(reminder: LedgerRecord, reason: string, now: number): CaseActionResult {
  if (isFilled(reminder, "answeredAt")) return refuse("cases.alreadyAnswered");
  if (isBlank(reason)) return refuse("cases.reasonRequired");
  return change({ reason: reason.trim(), answeredAt: now });
}

/** The slips still waiting for an answer, optionally those of one complaint. */
export function unansweredReminders(reminders: readonly LedgerRecord[], recordId?: string): LedgerRecord[] {
  return reminders.filter(
    (slip) =>
      !isFilled(slip, "answeredAt") &&
      !isBlank(slip.recordId) &&
      (recordId === undefined || textOf(slip, "recordId") === recordId),
  );
}
