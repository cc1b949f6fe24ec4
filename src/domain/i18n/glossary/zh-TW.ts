import type { Glossary } from "./glossary";

/**
 * 繁體中文：用語取自《服務顧客及處理抱怨程序》(003) 與《質量服務過程管理辦法》(002)。一律稱「顧客」，核准重大
 * 抱怨者為「主任」（003 §3.1）；台帳以「核准」稱其批示。
 */
export const zhTW: Glossary = {
  customer: "顧客",
  endUser: "終端使用者",
  approver: "主任",
  technicalLead: "技術負責人",
  department: "部門",
  responsibleDepartment: "責任部門",
  responsiblePerson: "責任人",

  feedback: "意見",
  complaint: "投訴",
  reminderSlip: "催辦單",
  surveyForm: "調查表",
  dispatchId: "發放編號",
  satisfaction: "滿意度",

  approval: "核准",
  interimAction: "臨時措施",
  rootCause: "根本原因",
  correctiveAction: "糾正措施",
  preventiveAction: "預防措施",
  followUp: "回訪",
  reply: "答覆",
  handlingProposal: "處理方案",

  home: "首頁",
  cases: "追蹤",
  openCases: "待辦事項",
  workbook: "活頁簿",
  sheet: "工作表",
  dashboard: "儀表板",
  managementReview: "管理審查",
  excelHomeTab: "常用",

  listSeparator: "、",
  languageNames: { en: "英文", "zh-CN": "簡體中文", "zh-TW": "繁體中文", vi: "越南文" },
  labelsInSentence: "asIs",
  durations: {
    minutes: "{count} 分鐘",
    hours: "{count} 小時",
    days: "{count} 天",
    workdays: "{count} 個工作日",
  },

  avoid: [
    { word: "客戶", use: "顧客", why: "同一畫面、同一表單不混用「顧客」與「客戶」：台帳一律用「顧客」。" },
    { word: "案件", use: "追蹤 / 待辦事項", why: "「案件」讀來像法律或警政用語。" },
    { word: "批示", use: "核准", why: "表頭、選項和提示統一用「核准」。" },
    { word: "總經理", use: "主任", why: "重大抱怨由主任核准（003 §3.1、§4.4.2.1）。" },
    { word: "短期對策", use: "臨時措施", why: "8D 的 D3 為臨時（圍堵）措施。" },
    {
      word: "原因分析",
      use: "根本原因",
      why: "表頭寫所找出的根本原因，而不是分析這一動作。",
      pattern: /(?<!根本)原因分析/u,
    },
    { word: "部門單位", use: "部門", why: "「部門單位」重複；台帳的選項是各部門。" },
    { word: "終端使用顧客", use: "終端使用者", why: "通行的說法是「終端使用者」。" },
    { word: ", ", use: "、", why: "中文列舉用頓號「、」，不用英文逗號加空格。" },
  ],
};
