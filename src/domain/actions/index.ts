/**
 * Survey alerts and corrective actions (REQUIREMENTS 15, 16, 18): the alerts the survey records raise, each once
 * by its key; the actions of the CorrectiveActions table with their effectiveness check against the next period's
 * figure; and the rows the Cases screen writes. Pure: no Office.js, no React.
 */
export type {
  ActionBoard,
  ActionEntry,
  ActionSettings,
  ActionSources,
  AlertKind,
  AlertSubject,
  Effectiveness,
  RecordedEffectiveness,
  SurveyAlert,
} from "./types";
export { ALERT_KINDS } from "./types";
export { alertKey, alertKeyMatch } from "./alert-key";
export { surveyAlerts } from "./alerts";
export { actionBoard } from "./board";
export { effectivenessOf } from "./effectiveness";
export { meetsThreshold, subjectFigure, thresholdOf } from "./figures";
export { nextPeriod, periodEnd } from "./periods";
export { periodSettled } from "./settled";
export { type SurveyFacts, surveyFacts } from "./survey-facts";
export {
  ACTION_WORKING_DAYS,
  type TakeAlertFields,
  doneChanges,
  effectivenessChanges,
  figureText,
  findingText,
  proposedDueDate,
  takeAlertInput,
} from "./records";
