/**
 * What a new workbook starts with: the customer-satisfaction questionnaire of procedure 004 §4.2 (REQ 14), its
 * module weights, the KPI targets, the deadlines, the rating levels and the grade bands. All of it is the
 * organisation's to change in its workbook; these are only the first rows of the settings tables.
 */
import { SLA_DURATIONS, type SlaName } from "../due-date";
import { durationInWords } from "../duration-words";
import { en as E, vi as V, zhCN as C, zhTW as T, capitalized as cap } from "../i18n/glossary";
import { DEFAULT_GRADE_BANDS, type GradeBand } from "../grade";
import type { Language } from "../i18n/language";
import { DEFAULT_RATING_LEVELS, type RatingLevelKey } from "../rating-levels";
import { CHOICE_LISTS } from "./choices";
import { localized } from "./localized";
import type { InstrumentItem, Localized, ModuleSpec, TableKey } from "./types";

// The questionnaire ---------------------------------------------------------------------------------------------

/**
 * Three modules (004 §4.2.2–4.2.5), each a 100-point form collected by its own department — overall by sales,
 * service by the service department, product quality by quality — and combined by weight into one 100-point score.
 * The procedure leaves the weights to the organisation; product quality weighs most by default.
 */
export const DEFAULT_MODULES: readonly ModuleSpec[] = [
  {
    key: "overall",
    label: localized("Overall", "整体满意度", "整體滿意度", "Tổng thể"),
    weight: 0.3,
    ownerDepartment: "sales",
  },
  {
    key: "service",
    label: localized("Service", "服务满意度", "服務滿意度", "Dịch vụ"),
    weight: 0.3,
    ownerDepartment: "customerService",
  },
  {
    key: "productQuality",
    label: localized("Product quality", "产品质量满意度", "產品質量滿意度", "Chất lượng sản phẩm"),
    weight: 0.4,
    ownerDepartment: "quality",
  },
];

function item(module: string, code: string, text: Localized): InstrumentItem {
  return { module, code, text, weight: 1, scale: 5 };
}

/**
 * The items of 004 §4.2.3–4.2.5: overall — price, delivery, use; service — response time to feedback, efficiency
 * and effectiveness of problem handling; product quality — quality and safety. Weight 1 each, rated 0–5.
 */
export const DEFAULT_INSTRUMENT: readonly InstrumentItem[] = [
  item("overall", "OV1", localized("Product price", "产品价格", "產品價格", "Giá sản phẩm")),
  item("overall", "OV2", localized("Delivery time", "交货期", "交貨期", "Thời gian giao hàng")),
  item("overall", "OV3", localized("Product in use", "产品使用", "產品使用", "Sử dụng sản phẩm")),
  item(
    "service",
    "SV1",
    localized("Response time to feedback", "信息反馈响应时间", "資訊回饋響應時間", "Thời gian phản hồi thông tin"),
  ),
  item(
    "service",
    "SV2",
    localized("Efficiency of problem handling", "问题处理效率", "問題處理效率", "Tốc độ xử lý vấn đề"),
  ),
  item(
    "service",
    "SV3",
    localized("Effectiveness of problem handling", "问题处理有效性", "問題處理有效性", "Hiệu quả xử lý vấn đề"),
  ),
  item("productQuality", "PQ1", localized("Product quality", "产品质量", "產品質量", "Chất lượng sản phẩm")),
  item("productQuality", "PQ2", localized("Quality and safety", "质量安全", "質量安全", "An toàn chất lượng")),
];

// Targets -------------------------------------------------------------------------------------------------------

export type TargetKey = "returnRate" | "closureRate" | "satisfactionRate" | "itemAlert" | "customerAlert";

export interface TargetDefault {
  readonly key: TargetKey;
  /** Percent or points, 0–100. */
  readonly value: number;
  /** What the key means, for the plan to show beside the Targets table. */
  readonly label: Localized;
}

/**
 * The procedures' targets: survey return rate ≥ 99 % per quarter (REQ 18), complaint closure rate ≥ 80 % (REQ 19),
 * satisfaction rate ≥ 90 % (REQ 17), root-cause analysis for any item at or below 70 (REQ 16), a cross-department
 * review for a customer or overall score below 80 (REQ 15–16).
 */
export const DEFAULT_TARGETS: readonly TargetDefault[] = [
  {
    key: "returnRate",
    value: 99,
    label: localized(
      "Survey return rate ≥ (%)",
      "调查表回收率 ≥ (%)",
      "調查表回收率 ≥ (%)",
      "Tỷ lệ thu hồi phiếu ≥ (%)",
    ),
  },
  {
    key: "closureRate",
    value: 80,
    label: localized(
      "Complaint closure rate ≥ (%)",
      "投诉办结率 ≥ (%)",
      "投訴辦結率 ≥ (%)",
      "Tỷ lệ đóng khiếu nại ≥ (%)",
    ),
  },
  {
    key: "satisfactionRate",
    value: 90,
    label: localized("Satisfaction rate ≥ (%)", "顾客满意率 ≥ (%)", "顧客滿意率 ≥ (%)", "Tỷ lệ hài lòng ≥ (%)"),
  },
  {
    key: "itemAlert",
    value: 70,
    label: localized(
      "Item score ≤ this needs root-cause analysis",
      "单项得分 ≤ 此值须分析原因",
      "單項得分 ≤ 此值須分析原因",
      "Điểm tiêu chí ≤ mức này phải phân tích nguyên nhân",
    ),
  },
  {
    key: "customerAlert",
    value: 80,
    label: localized(
      "Customer or total score < this needs a review",
      "顾客或总均分 < 此值须会同检讨",
      "顧客或總均分 < 此值須會同檢討",
      "Điểm khách hàng hoặc tổng < mức này phải xem xét",
    ),
  },
];

// Deadlines -----------------------------------------------------------------------------------------------------

/** The procedures' deadlines (SLA_DURATIONS) and the complaint follow-up. */
export type SlaKey = SlaName | "followUp";

export interface SlaDefault {
  readonly key: SlaKey;
  /** VOC.DUE duration text. */
  readonly duration: string;
  readonly label: Localized;
}

/** Each deadline's name, as the Settings sheet's SlaDurations rows show it (and read it back, in any language). */
const SLA_LABELS: { readonly [key in SlaKey]: Localized } = {
  reply: localized(cap(E.reply), C.reply, T.reply, cap(V.reply)),
  urgentReply: localized(`Urgent ${E.reply}`, `紧急${C.reply}`, `緊急${T.reply}`, `${cap(V.reply)} khẩn cấp`),
  proposal: localized(cap(E.handlingProposal), C.handlingProposal, T.handlingProposal, cap(V.handlingProposal)),
  eightD: localized("8D report", "8D报告", "8D報告", "Báo cáo 8D"),
  notifyOwner: localized(
    "Notify owner",
    `通知${C.responsiblePerson}`,
    `通知${T.responsiblePerson}`,
    "Thông báo người phụ trách",
  ),
  surveyDueBack: localized(
    `${cap(E.surveyForm)} due back`,
    `${C.surveyForm}回收`,
    `${T.surveyForm}回收`,
    `Thu hồi ${V.surveyForm}`,
  ),
  followUp: localized(
    `${cap(E.complaint)} ${E.followUp}`,
    `${C.complaint}${C.followUp}`,
    `${T.complaint}${T.followUp}`,
    `${cap(V.followUp)} sau ${V.complaint}`,
  ),
};

/**
 * SLA_DURATIONS (24h reply, 4h urgent, 3 working days for the proposal and the 8D report, 30 minutes to notify the
 * owner, 5 working days for a survey form) and the follow-up call at most 7 days after a complaint is handled
 * (004: 已处理过后的投诉3-7天内进行回访, REQ 24).
 */
export const DEFAULT_SLA_DURATIONS: readonly SlaDefault[] = [
  ...(Object.keys(SLA_DURATIONS) as SlaName[]).map((key) => ({
    key,
    duration: SLA_DURATIONS[key],
    label: SLA_LABELS[key],
  })),
  { key: "followUp", duration: "7d", label: SLA_LABELS.followUp },
];

// Rating levels and grades -------------------------------------------------------------------------------------

export interface RatingLevelDefault {
  readonly key: RatingLevelKey;
  /** The procedures' own word per language (001 ⑥d: 很满意、满意、基本满意、不满意). */
  readonly word: Localized;
  readonly points: number;
}

/** Very satisfied 100, satisfied 80, basically satisfied 60, dissatisfied 0 (DEFAULT_RATING_LEVELS). */
export const DEFAULT_RATING_LEVEL_ROWS: readonly RatingLevelDefault[] = DEFAULT_RATING_LEVELS.map((level) => ({
  key: level.key,
  word: localized(level.words.en[0], level.words["zh-CN"][0], level.words["zh-TW"][0], level.words.vi[0]),
  points: level.points,
}));

/** A 80, B 70, C 60, D 0 (DEFAULT_GRADE_BANDS), highest first. */
export const DEFAULT_GRADE_BAND_ROWS: readonly GradeBand[] = DEFAULT_GRADE_BANDS;

// As rows -------------------------------------------------------------------------------------------------------

/** The settings tables a new workbook fills. Holidays start empty: they are the organisation's own calendar. */
export type DefaultTableKey = Extract<
  TableKey,
  "instrument" | "modules" | "ratingLevels" | "gradeBands" | "targets" | "slaDurations"
>;

/** A row by column key, as a new workbook's table in `language` starts with it. */
export type DefaultRow = { readonly [columnKey: string]: string | number };

function departmentLabel(key: string, language: Language): string {
  const found = CHOICE_LISTS.department.choices.find((choice) => choice.key === key);
  if (!found) throw new Error(`Unknown department "${key}".`);
  return found.label[language];
}

/**
 * The default rows of a settings table in the workbook's language: module names and department labels as the
 * cells show them, items pointing at their module by its name.
 */
export function defaultRows(table: DefaultTableKey, language: Language): DefaultRow[] {
  switch (table) {
    case "instrument":
      return DEFAULT_INSTRUMENT.map((entry) => ({
        module: moduleName(entry.module, language),
        code: entry.code,
        text: entry.text[language],
        weight: entry.weight,
        scale: entry.scale,
      }));
    case "modules":
      return DEFAULT_MODULES.map((module) => ({
        module: module.label[language],
        weight: module.weight,
        ownerDepartment: departmentLabel(module.ownerDepartment, language),
      }));
    case "ratingLevels":
      return DEFAULT_RATING_LEVEL_ROWS.map((level) => ({ word: level.word[language], points: level.points }));
    case "gradeBands":
      return DEFAULT_GRADE_BAND_ROWS.map((band) => ({ lowerBound: band.lowerBound, label: band.label }));
    // The Settings sheet names each target and deadline in the workbook's language (its key cell), and the
    // deadline in words: both are read back in any language, and the keys of older workbooks too.
    case "targets":
      return DEFAULT_TARGETS.map((target) => ({ key: target.label[language], value: target.value }));
    case "slaDurations":
      return DEFAULT_SLA_DURATIONS.map((sla) => ({
        key: sla.label[language],
        duration: durationInWords(language, sla.duration),
      }));
  }
}

function moduleName(key: string, language: Language): string {
  const found = DEFAULT_MODULES.find((module) => module.key === key);
  if (!found) throw new Error(`Unknown module "${key}".`);
  return found.label[language];
}
