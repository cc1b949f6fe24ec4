import { messageGroup } from "../message-group";

/** The messages of the Cases screen and the actions on a case. */
export const CASE_MESSAGES = messageGroup({
  en: {},
  "zh-CN": {},
  "zh-TW": {},
  vi: {},
});
