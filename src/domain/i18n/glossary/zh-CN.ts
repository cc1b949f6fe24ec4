import type { Glossary } from "./glossary";

/**
 * 简体中文：用语取自《顾客满意度监视、测量控制程序》(001) 与《客户满意度控制流程》(004)。一律称“顾客”（台账名称
 * “顾客之声”、工作表与表头均用“顾客”），不与“客户”混用。
 */
export const zhCN: Glossary = {
  customer: "顾客",
  endUser: "终端用户",
  approver: "主任",
  technicalLead: "技术负责人",
  department: "部门",
  responsibleDepartment: "责任部门",
  responsiblePerson: "责任人",

  feedback: "反馈",
  complaint: "投诉",
  reminderSlip: "催办单",
  surveyForm: "调查表",
  dispatchId: "发放编号",
  satisfaction: "满意度",

  approval: "审批",
  interimAction: "临时措施",
  rootCause: "根本原因",
  correctiveAction: "纠正措施",
  preventiveAction: "预防措施",
  followUp: "回访",
  reply: "答复",
  handlingProposal: "处理方案",

  home: "首页",
  cases: "跟踪",
  openCases: "待办事项",
  workbook: "工作簿",
  sheet: "工作表",
  dashboard: "仪表板",
  managementReview: "管理评审",
  excelHomeTab: "开始",

  listSeparator: "、",
  languageNames: { en: "英语", "zh-CN": "简体中文", "zh-TW": "繁体中文", vi: "越南语" },
  labelsInSentence: "asIs",
  durations: {
    minutes: "{count} 分钟",
    hours: "{count} 小时",
    days: "{count} 天",
    workdays: "{count} 个工作日",
  },

  avoid: [
    { word: "客户", use: "顾客", why: "同一界面、同一表单不混用“顾客”与“客户”：台账一律用“顾客”。" },
    { word: "案件", use: "跟踪 / 待办事项", why: "“案件”读来像法律或公安用语。" },
    { word: "批示", use: "审批", why: "表头、选项和提示统一用“审批”。" },
    { word: "总经理", use: "主任", why: "重大投诉由主任审批（003 §3.1、§4.4.2.1）。" },
    { word: "短期对策", use: "临时措施", why: "8D 的 D3 为临时（围堵）措施。" },
    {
      word: "原因分析",
      use: "根本原因",
      why: "表头写所找出的根本原因，而不是分析这一动作。",
      pattern: /(?<!根本)原因分析/u,
    },
    { word: "部门单位", use: "部门", why: "“部门单位”重复；台账的选项是各部门。" },
    { word: "终端使用顾客", use: "终端用户", why: "通行的说法是“终端用户”。" },
    { word: ", ", use: "、", why: "中文列举用顿号“、”，不用英文逗号加空格。" },
  ],
};
