import { messageGroup } from "../message-group";

/** The messages of the complaint form. */
export const COMPLAINT_FORM_MESSAGES = messageGroup({
  en: {},
  "zh-CN": {},
  "zh-TW": {},
  vi: {},
});
