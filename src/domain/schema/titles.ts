/**
 * The sheets, and each table's Excel name and title: all Home needs of the schema to name a workbook's tables,
 * apart from tables.ts (every column, built on these) so that the first screen's chunk stays small (DESIGN:
 * task-pane loading).
 */
import { en as E, vi as V, zhCN as C, zhTW as T, capitalized as cap } from "../i18n/glossary";
import type { Language } from "../i18n/language";
import { sameExcelName } from "./excel-names";
import { localized } from "./localized";
import type { Localized, TableKey } from "./types";

/** The sheets the tables live on. The Instrument and Modules tables share one, the settings tables another. */
export const SHEETS = {
  customers: localized(`${cap(E.customer)}s`, C.customer, T.customer, cap(V.customer)),
  feedback: localized(cap(E.feedback), `${C.customer}${C.feedback}`, `${T.customer}${T.feedback}`, cap(V.feedback)),
  complaints: localized(
    `${cap(E.complaint)}s`,
    `${C.customer}${C.complaint}`,
    `${T.customer}${T.complaint}`,
    cap(V.complaint),
  ),
  reminders: localized(`${cap(E.reminderSlip)}s`, C.reminderSlip, T.reminderSlip, cap(V.reminderSlip)),
  surveyDispatch: localized("Survey dispatch", `${C.surveyForm}发放`, `${T.surveyForm}發放`, `Gửi ${V.surveyForm}`),
  surveyReturns: localized("Survey returns", `${C.surveyForm}回收`, `${T.surveyForm}回收`, `Thu ${V.surveyForm}`),
  actions: localized("Corrective actions", "改善措施", "改善措施", "Hành động khắc phục"),
  questionnaire: localized("Questionnaire", "调查表设置", "調查表設定", "Bảng câu hỏi"),
  settings: localized("Settings", "设置", "設定", "Cài đặt"),
} as const satisfies Record<string, Localized>;

/** Each table's Excel name (never localized, never changed) and what the pane calls it in each language. */
export const TABLE_NAMES: { readonly [K in TableKey]: { readonly name: string; readonly title: Localized } } = {
  customers: { name: "Customers", title: SHEETS.customers },
  feedback: { name: "Feedback", title: SHEETS.feedback },
  complaints: { name: "Complaints", title: SHEETS.complaints },
  reminders: { name: "Reminders", title: SHEETS.reminders },
  surveyDispatch: { name: "SurveyDispatch", title: SHEETS.surveyDispatch },
  surveyReturns: { name: "SurveyReturns", title: SHEETS.surveyReturns },
  actions: { name: "CorrectiveActions", title: SHEETS.actions },
  instrument: {
    name: "Instrument",
    title: localized("Questionnaire items", "调查项目", "調查項目", "Câu hỏi khảo sát"),
  },
  modules: { name: "Modules", title: localized("Questionnaire modules", "调查模块", "調查模組", "Nhóm tiêu chí") },
  holidays: { name: "Holidays", title: localized("Holidays", "节假日", "節假日", "Ngày nghỉ") },
  ratingLevels: { name: "RatingLevels", title: localized("Rating levels", "评价等级", "評價等級", "Mức đánh giá") },
  gradeBands: { name: "GradeBands", title: localized("Grades", "等级划分", "等級劃分", "Xếp loại") },
  targets: { name: "Targets", title: localized("Targets", "目标值", "目標值", "Chỉ tiêu") },
  slaDurations: { name: "SlaDurations", title: localized("Deadlines", "处理期限", "處理期限", "Thời hạn xử lý") },
};

/** A table's title in a language (what Home calls it), by its Excel name; undefined for the user's own tables. */
export function tableTitle(name: string, language: Language): string | undefined {
  return Object.values(TABLE_NAMES).find((table) => sameExcelName(table.name, name))?.title[language];
}
