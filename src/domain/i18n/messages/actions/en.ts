/**
 * The survey alerts and corrective actions of the Cases screen (004 §5.5.2, §5.6, §5.7.4; REQ 15, 16, 18): the
 * procedures' words — 改善报告 (improvement report), 根本原因分析 (root-cause analysis), 跨部门检讨 (cross-department
 * review), 有效性确认 (effectiveness check); Vietnamese from "Quy trình đánh giá thỏa mãn khách hàng" (hành động khắc
 * phục, cải tiến). The `actions.finding.*` texts are written into the workbook, in its own language.
 */
export const ACTION_MESSAGES = {
  "actions.title": "Survey alerts and corrective actions",
  "actions.intro":
    "What low survey results require: an improvement report, root-cause analysis or a cross-department review. Take an alert to give it an owner and a due date; the next period's result confirms whether it worked.",
  "actions.reading": "Reading the corrective actions…",
  "actions.readFailed": "The corrective actions could not be read: {reason}",
  "actions.tableMissing":
    "This workbook has no CorrectiveActions table yet. Set up on Home adds it and changes nothing else; the alerts below can be taken once it is there.",
  "actions.alertsHeading": "Alerts awaiting an action: {count}",
  "actions.alertsLabel": "Alerts awaiting an action",
  "actions.noAlerts": "No survey result is waiting for an action.",
  "actions.actionsHeading": "Actions taken: {count}",
  "actions.actionsLabel": "Corrective actions taken",
  "actions.noActions": "No corrective action has been taken yet.",
  "actions.showMore": "Show {count} more",
  "actions.finding.surveyTotal": "Total score {figure}, below {threshold}",
  "actions.finding.itemScore": "{item}: {figure} points, at or below {threshold}",
  "actions.finding.customerScore": "Customer score {figure} for the period, below {threshold}",
  "actions.finding.returnRate": "Return rate {figure} %, below {threshold} %",
  "actions.subject": "{subject} · {period}",
  "actions.allCustomers": "All customers",
  "actions.fromReturns": "From {ids}",
  "actions.take": "Take action",
  "actions.takeLabel": "Take action: {alert}",
  "actions.takeTitle": "Take the alert as an action",
  "actions.takeHint": "Saved as a row of the CorrectiveActions table; the alert is then listed as this action.",
  "actions.save": "Save the action",
  "actions.saved": "{id} saved: {kind} for {subject}, owner {owner}, due {due}.",
  "actions.invalid": "Check these before saving: {problems}",
  "actions.back": "Back to the list",
  "actions.openLabel": "{id}: {kind}, {subject}",
  "actions.owner": "Owner: {owner}",
  "actions.due": "Due {date}",
  "actions.overdue": "Overdue: was due {date}",
  "actions.doneOn": "Done {date}",
  "actions.markDoneTitle": "Record what was done",
  "actions.markDone": "Mark done",
  "actions.whatRequired": "Describe what was done before marking the action done.",
  "actions.doneSaved": "{id} is done.",
  "actions.effectiveness.pending.notFinished":
    "Effectiveness: pending until {period} is over and its survey forms are back.",
  "actions.effectiveness.pending.noData": "Effectiveness: pending, {period} has no result for it yet.",
  "actions.effectiveness.pending.unknownPeriod":
    "Effectiveness: cannot be checked, the period of this action has no next period.",
  "actions.effectiveness.effective": "Effectiveness confirmed: {figure} in {period} (target {threshold}).",
  "actions.effectiveness.notEffective":
    "Not effective: {figure} in {period} (target {threshold}). Further action is needed.",
  "actions.effectiveness.recorded": "Effectiveness check recorded on {date}: {result}.",
  "actions.recordCheckTitle": "Effectiveness check",
  "actions.recordCheck": "Record the effectiveness check",
  "actions.checkSaved": "The effectiveness check of {id} is recorded: {result}.",
};
