/** The messages of the complaint form (001 (3), 003 §3.1–4.4, 004 §5.8). */
export const COMPLAINT_FORM_MESSAGES = {
  "complaintForm.section.intake": "Customer and intake",
  "complaintForm.section.product": "Product",
  "complaintForm.section.classification": "Classification",
  "complaintForm.section.responsibility": "Responsibility",
  "complaintForm.section.approval": "Approval",
  "complaintForm.section.deadlines": "Deadlines",
  "complaintForm.demandHint":
    "Record what the customer asks for; promise no compensation amount now. Legal matters go to the legal staff.",
  "complaintForm.majorHint": "A major complaint needs the director’s approval.",
  "complaintForm.majorTitle": "Director’s approval required",
  "complaintForm.majorBody":
    "Major complaints (reputation, a major loss, or raised by the customer’s senior management) are approved by the director. Fill in the approval once handling starts; the complaint can be closed only when it is approved.",
  "complaintForm.generalHint": "General complaints are approved by the director or the technical lead.",
  "complaintForm.approvalNeeded": "Required now that handling has started.",
  "complaintForm.dueTitle": "Due dates",
  "complaintForm.dueWaiting": "Enter when the complaint was received to see its due dates.",
  "complaintForm.dueSettingsWrong": "The due dates cannot be computed: {reason}",
  "complaintForm.customerDateHint": "Leave blank to use the procedure’s deadline.",
  "complaintForm.rule": "within {duration}",
  "complaintForm.ruleUrgent": "within {duration}, urgent",
  "complaintForm.ruleCustomer": "the customer’s date",
  "complaintForm.minutes": "{count} min",
  "complaintForm.hours": "{count} h",
  "complaintForm.days": "{count} days",
  "complaintForm.workdays": "{count} working days",
};
