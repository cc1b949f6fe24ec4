import { en as E } from "../../glossary";

/**
 * The messages of the Reports screen: the dashboard, the management review sheet, and preparing the workbook for
 * sending. Words follow the procedures: 管理评审 / 管理審查 / xem xét của lãnh đạo, 纠正和预防措施.
 */
export const REPORT_MESSAGES = {
  "reports.notSetUp": `This workbook is not set up for VOC Ledger yet: set up the workbook on ${E.home} first.`,
  "reports.goHome": `Go to ${E.home}`,
  "reports.needsAttention": "The workbook needs attention first:",
  "reports.dashboard.title": "Dashboard",
  "reports.dashboard.hint":
    "Satisfaction, survey returns and complaints period by period, with trend charts. Every figure is an Excel formula, so it still computes where the add-in is not installed.",
  "reports.grain.label": "Count by",
  "reports.grain.Q": "Quarters",
  "reports.grain.H": "Half-years",
  "reports.grain.Y": "Years",
  "reports.dashboard.action": "Refresh dashboard",
  "reports.dashboard.working": "Refreshing the dashboard…",
  "reports.dashboard.done":
    "Dashboard refreshed: {periods} periods ({first} to {last}), {customers} customers, {items} items, {charts} charts.",
  "reports.dashboard.created": "The sheet “{sheet}” was created.",
  "reports.dashboard.updated": "The sheet “{sheet}” was updated.",
  "reports.dashboard.failed": "The dashboard could not be refreshed: {reason}",
  "reports.review.title": "Management review",
  "reports.review.hint":
    "One period compared with the one before, as input to the management review. Proposed actions already written on the sheet are kept when it is built again.",
  "reports.review.period": "Period",
  "reports.review.action": "Build review sheet",
  "reports.review.working": "Building the review sheet…",
  "reports.review.done":
    "Review sheet for {period} (compared with {previous}) is ready to print on A4; {kept} proposed actions kept.",
  "reports.review.failed": "The review sheet could not be built: {reason}",
  "reports.sending.title": "Sending the workbook",
  "reports.sending.hint":
    "Before emailing the workbook, freeze the results of VOC formulas to values, so it shows the same figures where the add-in is not installed. Restore the formulas to keep working with them.",
  "reports.sending.prepare": "Prepare for sending",
  "reports.sending.restore": "Restore formulas",
  "reports.sending.preparing": "Freezing VOC formulas…",
  "reports.sending.progress": "Freezing VOC formulas: {done} of {total}",
  "reports.sending.restoring": "Restoring formulas…",
  "reports.sending.prepared": "Prepared for sending: {total} VOC formulas frozen to values.",
  "reports.sending.frozenSheet": "{sheet}: {count} formulas",
  "reports.sending.nothingToFreeze": "Nothing to freeze: the workbook has no VOC formulas.",
  "reports.sending.alreadyPrepared":
    "Already prepared for sending: the values frozen earlier are still in place, so there was nothing new to freeze.",
  "reports.sending.independent":
    "Nothing in the workbook depends on the add-in, the dashboard and the review sheet included: it can be sent.",
  "reports.sending.dependent": "These cells still depend on the add-in and will show #NAME? without it:",
  "reports.sending.prepareFailed": "The workbook could not be prepared for sending: {reason}",
  "reports.sending.restored": "{restored} formulas restored.",
  "reports.sending.nothingToRestore": "Nothing to restore: no frozen formulas were found in this workbook.",
  "reports.sending.leftAlone": "Left as they are, because they were edited after freezing:",
  "reports.sending.restoreFailed": "The formulas could not be restored: {reason}",
};
