/**
 * The survey dispatch and survey return forms' rules (REQ 13–18, 25, 32): the questionnaire's sections, answers
 * as typed and as stored, the live score preview and its alerts, and the records the forms validate and save.
 * Pure: no React, no Office.js.
 */
export { type SurveyModuleGroup, moduleScale, surveyModuleGroups } from "./groups";
export {
  type AnswerOutcome,
  type AnswerProblem,
  type LevelOption,
  type RatingLevelRow,
  formRatingLevels,
  levelOptions,
  parseAnswer,
  ratingForPoints,
} from "./answers";
export {
  DEFAULT_SURVEY_ALERTS,
  type ModulePreview,
  type SurveyAlert,
  type SurveyAnswers,
  type SurveyPreview,
  type SurveyPreviewSettings,
  surveyPreview,
} from "./preview";
export {
  type DispatchFields,
  type ReturnTiming,
  type SurveyReturnFields,
  currentPeriod,
  dispatchInputs,
  dueBack,
  itemColumnKey,
  returnTiming,
  surveyReturnInput,
} from "./records";
