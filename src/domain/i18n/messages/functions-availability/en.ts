/**
 * Home's notice where Excel cannot run custom functions: the VOC.* formulas are unavailable there, but every figure
 * of the ledger is a native Excel formula. Words follow the reports: 仪表板 / 儀表板 / Bảng tổng hợp.
 */
export const FUNCTIONS_AVAILABILITY_MESSAGES = {
  "home.functionsUnavailable.title": "VOC functions do not run in this Excel",
  "home.functionsUnavailable.body":
    "This version of Excel cannot run custom functions, so VOC.* formulas show #NAME? here. Nothing in the ledger depends on them: every score, grade, rate and due date in its tables, the dashboard and the management review sheet is an Excel formula of its own, and the forms record as usual.",
  "home.functionsUnavailable.dismiss": "Dismiss",
};
