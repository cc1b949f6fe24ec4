import { zhCN as C } from "../../glossary";
import type { FUNCTIONS_AVAILABILITY_MESSAGES as ENGLISH } from "./en";
import type { Translation } from "../../message-group";

/** Simplified Chinese: the messages of ./en.ts, key for key. */
export const FUNCTIONS_AVAILABILITY_MESSAGES: Translation<typeof ENGLISH> = {
  "home.functionsUnavailable.title": "此版本 Excel 无法运行 VOC 函数",
  "home.functionsUnavailable.body": `此版本的 Excel 不能运行自定义函数，因此 VOC.* 公式在这里显示 #NAME?。台账并不依赖这些函数：表格、${C.dashboard}和${C.managementReview}表中的每个得分、等级、比率和期限都是 Excel 自身的公式，表单也照常登记。`,
  "home.functionsUnavailable.dismiss": "关闭",
};
