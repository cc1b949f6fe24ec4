import { zhTW as T } from "../../glossary";
import type { FUNCTIONS_AVAILABILITY_MESSAGES as ENGLISH } from "./en";
import type { Translation } from "../../message-group";

/** Traditional Chinese: the messages of ./en.ts, key for key. */
export const FUNCTIONS_AVAILABILITY_MESSAGES: Translation<typeof ENGLISH> = {
  "home.functionsUnavailable.title": "此版本 Excel 無法執行 VOC 函數",
  "home.functionsUnavailable.body": `此版本的 Excel 無法執行自訂函數，因此 VOC.* 公式在這裡顯示 #NAME?。台帳並不依賴這些函數：表格、${T.dashboard}和${T.managementReview}表中的每個得分、等級、比率和期限都是 Excel 本身的公式，表單也照常登記。`,
  "home.functionsUnavailable.dismiss": "關閉",
};
