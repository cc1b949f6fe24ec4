/** The Cases screen's domain: open cases and their due steps, filters, and the actions on a case. */
export type { BadgeState, CaseBadge, CaseClock, CaseKind, CaseSources, CaseStep, OpenCase } from "./types";
export type { LedgerRecord } from "./ledger-record";
export { choiceOf, dateIn, isYes } from "./ledger-record";
export { awaitsReturn, openCases, returnedDispatchIds } from "./open-cases";
export { badgeState, compareCases } from "./badges";
export { type CaseFilter, filterCases, filterOptions } from "./filters";
export type { CaseActionResult, CaseChanges, CaseRefusal, CaseRefusalReason } from "./action-result";
export {
  type CloseOptions,
  type FollowUpOptions,
  type FollowUpOutcome,
  type FollowUpRecorded,
  closeComplaint,
  recordFollowUp,
  reopenComplaint,
} from "./complaint-actions";
export { answerReminder, openSlipFor, overdueSteps, reminderSlip, unansweredReminders } from "./reminders";
export {
  type Particular,
  type ParticularValue,
  PARTICULAR_COLUMNS,
  caseParticulars,
  particularValue,
} from "./particulars";
