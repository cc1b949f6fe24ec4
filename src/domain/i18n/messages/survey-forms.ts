import { messageGroup } from "../message-group";

/** The messages of the survey dispatch and survey return forms. */
export const SURVEY_FORM_MESSAGES = messageGroup({
  en: {},
  "zh-CN": {},
  "zh-TW": {},
  vi: {},
});
