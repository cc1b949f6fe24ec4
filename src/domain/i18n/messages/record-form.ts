import { messageGroup } from "../message-group";

/** The messages of the Record screen and the form controls every form shares. */
export const RECORD_FORM_MESSAGES = messageGroup({
  en: {},
  "zh-CN": {},
  "zh-TW": {},
  vi: {},
});
