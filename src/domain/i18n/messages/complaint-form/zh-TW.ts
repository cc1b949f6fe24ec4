import type { COMPLAINT_FORM_MESSAGES as ENGLISH } from "./en";
import type { Translation } from "../../message-group";

/** Traditional Chinese: the messages of ./en.ts, key for key. */
export const COMPLAINT_FORM_MESSAGES: Translation<typeof ENGLISH> = {
  "complaintForm.section.intake": "顧客與受理",
  "complaintForm.section.product": "產品",
  "complaintForm.section.classification": "抱怨分類",
  "complaintForm.section.responsibility": "責任部門",
  "complaintForm.section.approval": "核准",
  "complaintForm.section.deadlines": "處理期限",
  "complaintForm.demandHint": "詳細記錄顧客的訴求，不得自行許諾顧客賠償數額。涉及法律訴訟的要及時與法務人員溝通。",
  "complaintForm.majorHint": "重大抱怨須經主任核准。",
  "complaintForm.majorTitle": "須經主任核准",
  "complaintForm.majorBody":
    "重大抱怨（涉及聲譽、給顧客造成重大經濟損失或由顧客高級管理層提出）由主任負責核准。開始處理後請填寫核准狀態；核准通過後方可結案。",
  "complaintForm.generalHint": "一般抱怨由主任或技術負責人核准。",
  "complaintForm.approvalNeeded": "已開始處理，必須填寫。",
  "complaintForm.dueTitle": "期限",
  "complaintForm.dueWaiting": "填寫受理時間後即可看到各項期限。",
  "complaintForm.dueSettingsWrong": "無法計算期限：{reason}",
  "complaintForm.customerDateHint": "留空則依程序規定的期限。",
  "complaintForm.rule": "{duration}內",
  "complaintForm.ruleUrgent": "緊急：{duration}內",
  "complaintForm.ruleCustomer": "以顧客要求的期限為準",
  "complaintForm.minutes": "{count} 分鐘",
  "complaintForm.hours": "{count} 小時",
  "complaintForm.days": "{count} 天",
  "complaintForm.workdays": "{count} 個工作日",
};
