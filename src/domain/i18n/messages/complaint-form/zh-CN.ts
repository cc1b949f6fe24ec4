import type { COMPLAINT_FORM_MESSAGES as ENGLISH } from "./en";
import type { Translation } from "../../message-group";

/** Simplified Chinese: the messages of ./en.ts, key for key. */
export const COMPLAINT_FORM_MESSAGES: Translation<typeof ENGLISH> = {
  "complaintForm.section.intake": "顾客与受理",
  "complaintForm.section.product": "产品",
  "complaintForm.section.classification": "投诉分类",
  "complaintForm.section.responsibility": "责任部门",
  "complaintForm.section.approval": "审批",
  "complaintForm.section.deadlines": "处理期限",
  "complaintForm.demandHint": "详细记录顾客的诉求，不得自行许诺顾客赔偿数额。涉及法律诉讼的要及时与法务人员沟通。",
  "complaintForm.majorHint": "重大投诉须经主任审批。",
  "complaintForm.majorTitle": "须经主任审批",
  "complaintForm.majorBody":
    "重大投诉（涉及声誉、给顾客造成重大经济损失或由顾客高级管理层提出）由主任负责审批。开始处理后请填写审批状态；审批通过后方可结案。",
  "complaintForm.generalHint": "一般投诉由主任或技术负责人审批。",
  "complaintForm.approvalNeeded": "已开始处理，必须填写。",
  "complaintForm.dueTitle": "期限",
  "complaintForm.dueWaiting": "填写受理时间后即可看到各项期限。",
  "complaintForm.dueSettingsWrong": "无法计算期限：{reason}",
  "complaintForm.customerDateHint": "留空则按程序规定的期限。",
  "complaintForm.rule": "{duration}内",
  "complaintForm.ruleUrgent": "紧急：{duration}内",
  "complaintForm.ruleCustomer": "以顾客要求的期限为准",
  "complaintForm.minutes": "{count} 分钟",
  "complaintForm.hours": "{count} 小时",
  "complaintForm.days": "{count} 天",
  "complaintForm.workdays": "{count} 个工作日",
};
