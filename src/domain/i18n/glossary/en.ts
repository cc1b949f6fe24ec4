import type { Glossary } from "./glossary";

/** English: the reference wording; the other glossaries give the procedures' own words for the same terms. */
export const en: Glossary = {
  customer: "customer",
  endUser: "end user",
  approver: "director",
  technicalLead: "technical lead",
  department: "department",
  responsibleDepartment: "responsible department",
  responsiblePerson: "responsible person",

  feedback: "feedback",
  complaint: "complaint",
  reminderSlip: "reminder slip",
  surveyForm: "survey form",
  dispatchId: "dispatch ID",
  satisfaction: "satisfaction",

  approval: "approval",
  interimAction: "containment action",
  rootCause: "root cause",
  correctiveAction: "corrective action",
  preventiveAction: "preventive action",
  followUp: "follow-up",
  reply: "reply",
  handlingProposal: "handling proposal",

  home: "Home",
  cases: "Cases",
  openCases: "open cases",
  workbook: "workbook",
  sheet: "sheet",
  dashboard: "dashboard",
  managementReview: "management review",
  excelHomeTab: "Home",

  listSeparator: ", ",
  languageNames: { en: "English", "zh-CN": "Simplified Chinese", "zh-TW": "Traditional Chinese", vi: "Vietnamese" },
  labelsInSentence: "asIs",
  durations: {
    minutes: "{count} minutes",
    hours: "{count} hours",
    days: "{count} days",
    workdays: "{count} working days",
  },

  avoid: [
    {
      word: "general manager",
      use: "director",
      why: "Major complaints are approved by the director (003 §3.1, §4.4.2.1), as the complaint form says.",
      pattern: /general manager/iu,
    },
  ],
};
