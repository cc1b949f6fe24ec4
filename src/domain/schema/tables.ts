/**
 * The tables of the data model (DESIGN.md "Data model"), column by column, in DESIGN's order; columns the
 * requirements add are inserted where they belong and marked "REQ n" below. Record tables start with their id.
 *
 * Conventions the workbook plan relies on:
 * - Calculated columns (`calculated: true`) get native formulas from the plan; forms never write them.
 * - Choice cells hold the label in the workbook's language; flags people enter are the yesNo list, calculated flags
 *   are booleans.
 * - A reference holds the referenced table's reference key: the id, except customers, referred to by name.
 * - Due dates are date-times: "24h" and "3wd" keep the time of day of their start.
 * - Words come from the glossary (src/domain/i18n/glossary). Headers are written into users' workbooks: a header
 *   that changes keeps its old wording in `formerHeaders`, so that a workbook set up with it keeps working. Sheet
 *   names never change (a renamed sheet would be a missing one).
 */
import { en as E, vi as V, zhCN as C, zhTW as T, capitalized as cap } from "../i18n/glossary";
import { LANGUAGES, type Language } from "../i18n/language";
import { SchemaError } from "./errors";
import { localized } from "./localized";
import { SHEETS, TABLE_NAMES } from "./titles";
import type { ColumnSpec, ColumnType, InstrumentItem, Localized, ModuleSpec, TableKey, TableSpec } from "./types";

export { SHEETS } from "./titles";

type ColumnOptions = Omit<ColumnSpec, "key" | "type" | "header">;

function column(key: string, type: ColumnType, header: Localized, options: ColumnOptions = {}): ColumnSpec {
  return { key, header, type, ...options };
}

/** The table's own id, allocated by the add-in. */
function id(header: Localized): ColumnSpec {
  return column("id", "recordId", header, { required: true, unique: true, maxLength: 32 });
}

/** A table spec, its key kept as a literal type. */
function table<K extends TableKey>(spec: TableSpec & { readonly key: K }): TableSpec & { readonly key: K } {
  return spec;
}

function calculated(key: string, type: ColumnType, header: Localized, options: ColumnOptions = {}): ColumnSpec {
  return column(key, type, header, { ...options, calculated: true });
}

const TEXT = 255;
/** Excel keeps at most 32,767 characters in a cell. */
const LONG_TEXT = 32767;

// Headers shared by several tables --------------------------------------------------------------------------------

const H = {
  receivedAt: localized("Received at", "受理时间", "受理時間", "Thời điểm tiếp nhận"),
  channel: localized("Channel", "反映渠道", "反映管道", "Kênh tiếp nhận"),
  customer: localized(cap(E.customer), `${C.customer}名称`, `${T.customer}名稱`, `Tên ${V.customer}`),
  contact: localized("Contact person", "联系人", "聯絡人", "Người liên hệ"),
  phone: localized("Phone", "联系电话", "聯絡電話", "Điện thoại"),
  address: localized("Address", "地址", "地址", "Địa chỉ"),
  urgent: localized("Urgent", "紧急", "緊急", "Khẩn cấp"),
  replyDue: localized("Reply due", "答复期限", "答覆期限", "Hạn trả lời"),
  repliedAt: localized("Replied at", "答复时间", "答覆時間", "Thời điểm trả lời"),
  status: localized("Status", "处理状态", "處理狀態", "Tình trạng"),
  closedAt: localized("Closed at", "结案日期", "結案日期", "Ngày đóng"),
  complaintId: localized(`${cap(E.complaint)} ID`, `${C.complaint}编号`, `${T.complaint}編號`, `Mã ${V.complaint}`),
  dispatchId: localized(cap(E.dispatchId), C.dispatchId, T.dispatchId, cap(V.dispatchId)),
  period: localized("Period", "调查期间", "調查期間", "Kỳ khảo sát"),
  returnedAt: localized("Returned at", "回收日期", "回收日期", "Ngày thu hồi"),
  module: localized("Module", "模块", "模組", "Nhóm tiêu chí"),
  weight: localized("Weight", "权重", "權重", "Trọng số"),
  grade: localized("Grade", "等级", "等級", "Xếp loại"),
  responsibleDepartment: localized(
    cap(E.responsibleDepartment),
    C.responsibleDepartment,
    T.responsibleDepartment,
    cap(V.responsibleDepartment),
  ),
  responsiblePerson: localized(
    cap(E.responsiblePerson),
    C.responsiblePerson,
    T.responsiblePerson,
    cap(V.responsiblePerson),
  ),
};

/** The dispatch id's earlier Vietnamese header (REQ 18: the id names the survey form sent, not a "round"). */
const DISPATCH_ID_FORMER = { vi: ["Mã lượt gửi"] };

/**
 * The record's notes, the last column of every record table (after its calculated ones, so that a workbook set up
 * before gets it added at the end by setup, nothing else moving): a correction's reason is kept here, dated. Added
 * later to every record table but Customers; flagged in Customers too, one spec for all: a missing Notes column
 * there is as harmless (a customer without notes still saves, one with notes is refused).
 */
function notes(): ColumnSpec {
  return column("notes", "longText", localized("Notes", "备注", "備註", "Ghi chú"), {
    maxLength: LONG_TEXT,
    addedLater: true,
  });
}

function customerReference(required: boolean): ColumnSpec {
  return column("customer", "reference", H.customer, { references: "customers", required, maxLength: TEXT });
}

// Record tables -------------------------------------------------------------------------------------------------

/** The customer register (REQ 5, 11): DESIGN's columns, and the birthday REQ 5 asks for (age follows from it). */
const customers = table({
  key: "customers",
  ...TABLE_NAMES.customers,
  sheet: SHEETS.customers,
  idPrefix: "CU",
  referenceKey: "name",
  columns: [
    id(localized(`${cap(E.customer)} ID`, `${C.customer}编号`, `${T.customer}編號`, `Mã ${V.customer}`)),
    column("name", "text", H.customer, { required: true, unique: true, maxLength: TEXT }),
    column(
      "category",
      "choice",
      localized("Category", `${C.customer}类别`, `${T.customer}類別`, `Nhóm ${V.customer}`),
      {
        choices: "customerCategory",
      },
    ),
    column("type", "choice", localized("Type", `${C.customer}类型`, `${T.customer}類型`, `Loại ${V.customer}`), {
      choices: "customerType",
    }),
    column("contact", "text", H.contact, { maxLength: TEXT }),
    column("phone", "phone", H.phone, { maxLength: 40 }),
    column("email", "email", localized("Email", "电子邮件", "電子郵件", "Email"), { maxLength: TEXT }),
    column("address", "text", H.address, { maxLength: TEXT }),
    column("region", "text", localized("Region", "区域", "區域", "Khu vực"), { maxLength: TEXT }),
    column(
      "since",
      "date",
      localized(`${cap(E.customer)} since`, "合作起始日期", "往來起始日期", `${cap(V.customer)} từ ngày`),
    ),
    column("birthday", "date", localized("Birthday", "生日", "生日", "Ngày sinh")), // REQ 5
    notes(),
  ],
});

/**
 * The feedback log (000 §5.2, REQ 1, 2, 4, 20): DESIGN's columns with the customer's phone and address (REQ 1),
 * and urgency with a reply due date and time for requests (REQ 20: 24 hours, 4 when urgent).
 */
const feedback = table({
  key: "feedback",
  ...TABLE_NAMES.feedback,
  sheet: SHEETS.feedback,
  idPrefix: "FB",
  columns: [
    id(localized(`${cap(E.feedback)} ID`, `${C.feedback}编号`, `${T.feedback}編號`, `Mã ${V.feedback}`)),
    column("receivedAt", "dateTime", H.receivedAt, { required: true }),
    column("channel", "choice", H.channel, { choices: "channel", required: true }),
    customerReference(true),
    column("contact", "text", H.contact, { maxLength: TEXT }),
    column("phone", "phone", H.phone, { maxLength: 40 }), // REQ 1
    column("address", "text", H.address, { maxLength: TEXT }), // REQ 1
    column("kind", "choice", localized("Kind", `${C.feedback}类型`, `${T.feedback}類型`, "Loại ý kiến"), {
      choices: "feedbackKind",
      required: true,
    }),
    column("topic", "choice", localized("Topic", "涉及方面", "涉及方面", "Vấn đề"), { choices: "feedbackTopic" }),
    column("urgent", "choice", H.urgent, { choices: "yesNo" }), // REQ 20
    column(
      "content",
      "longText",
      localized(`${cap(E.feedback)} text`, `${C.feedback}内容`, `${T.feedback}內容`, `Nội dung ${V.feedback}`),
      {
        required: true,
        maxLength: LONG_TEXT,
      },
    ),
    column("receivedBy", "text", localized("Received by", "受理人", "受理人", "Người tiếp nhận"), {
      maxLength: TEXT,
    }),
    column(
      "department",
      "choice",
      localized(`Handling ${E.department}`, `处理${C.department}`, `處理${T.department}`, "Phòng ban xử lý"),
      {
        choices: "department",
      },
    ),
    column("verified", "choice", localized("Verified", "已核实", "已核實", "Đã kiểm tra xác thực"), {
      choices: "yesNo",
    }),
    calculated("replyDue", "dateTime", H.replyDue), // REQ 20
    column("repliedAt", "dateTime", H.repliedAt), // REQ 20
    column("action", "longText", localized("Action taken", "处理情况", "處理情況", "Biện pháp xử lý"), {
      maxLength: LONG_TEXT,
    }),
    column("status", "choice", H.status, { choices: "caseStatus", required: true }),
    column("closedAt", "dateTime", H.closedAt),
    column(
      "customerConfirmed",
      "choice",
      localized(
        `Confirmed with ${E.customer}`,
        `${C.customer}已确认`,
        `${T.customer}已確認`,
        `Đã xác nhận với ${V.customer}`,
      ),
      { choices: "yesNo" },
    ),
    column(
      "linkedComplaint",
      "reference",
      localized(
        `Linked ${E.complaint}`,
        `关联${C.complaint}编号`,
        `關聯${T.complaint}編號`,
        `Mã ${V.complaint} liên quan`,
      ),
      { references: "complaints", maxLength: 32 },
    ),
    notes(),
  ],
});

/**
 * The complaint record (001 (3), 003 §4.4, 004 §5.8; REQ 3, 8, 9, 19–31). Beyond DESIGN's list: the contact and
 * phone to call back, the 30-minute owner notification (REQ 23), the customer's own 8D date (REQ 22), the
 * effectiveness check before closing (REQ 30), the date of the follow-up, and calculated on-time and overdue flags
 * for the timeliness KPI and the open-cases list (REQ 19).
 *
 * The plan computes: notifyDue = receivedAt + 30m; replyDue = receivedAt + 24h (4h when urgent); proposalDue =
 * receivedAt + 3wd; eightDDue = the customer's 8D date, else receivedAt + 3wd; followUpDue = closedAt + 7d (the
 * latest of REQ 24's 3–7 days); onTime = every step done by its due date (blank until closed); overdue = a step
 * past its due date and not done; reminderCount = the Reminders rows of this complaint.
 */
const complaints = table({
  key: "complaints",
  ...TABLE_NAMES.complaints,
  sheet: SHEETS.complaints,
  idPrefix: "CC",
  columns: [
    id(H.complaintId),
    column("receivedAt", "dateTime", H.receivedAt, { required: true }),
    column("channel", "choice", H.channel, { choices: "channel", required: true }),
    customerReference(true),
    column("contact", "text", H.contact, { maxLength: TEXT }),
    column("phone", "phone", H.phone, { maxLength: 40 }),
    column("product", "text", localized("Product / part no.", "产品/料号", "產品/料號", "Sản phẩm / mã hàng"), {
      required: true,
      maxLength: TEXT,
    }),
    column("batchNo", "text", localized("Batch / lot no.", "批号", "批號", "Số lô"), { maxLength: TEXT }),
    column("purchaseDate", "date", localized("Purchase date", "购买日期", "購買日期", "Ngày mua")),
    column("purchasePlace", "text", localized("Purchase place", "购买地点", "購買地點", "Nơi mua"), {
      maxLength: TEXT,
    }),
    column("defectQuantity", "integer", localized("Defect quantity", "不良数量", "不良數量", "Số lượng lỗi"), {
      min: 0,
    }),
    column("defectRate", "percent", localized("Defect rate", "不良比例", "不良比例", "Tỷ lệ lỗi"), { min: 0, max: 1 }),
    column(
      "contentClass",
      "choice",
      localized("Content class", `${C.complaint}内容类别`, `${T.complaint}內容類別`, "Phân loại theo nội dung"),
      { choices: "complaintContent" },
    ),
    column(
      "nature",
      "choice",
      localized("Nature", `${C.complaint}性质`, `${T.complaint}性質`, `Tính chất ${V.complaint}`),
      {
        choices: "complaintNature",
      },
    ),
    column("severity", "choice", localized("Severity", "严重程度", "嚴重程度", "Mức độ nghiêm trọng"), {
      choices: "severity",
      required: true,
    }),
    column("urgent", "choice", H.urgent, { choices: "yesNo" }),
    column(
      "description",
      "longText",
      localized("Description", `${C.complaint}内容`, `${T.complaint}內容`, `Nội dung ${V.complaint}`),
      {
        required: true,
        maxLength: LONG_TEXT,
      },
    ),
    column(
      "customerDemand",
      "choice",
      localized(`${cap(E.customer)} demand`, `${C.customer}诉求`, `${T.customer}訴求`, `Yêu cầu của ${V.customer}`),
      { choices: "customerDemand", formerHeaders: { "zh-CN": ["客户诉求"], "zh-TW": ["客戶訴求"] } },
    ),
    column("ownerDepartment", "choice", H.responsibleDepartment, { choices: "department" }),
    column("ownerPerson", "text", H.responsiblePerson, { maxLength: TEXT }),
    column("approval", "choice", localized("Approval", `${C.approval}状态`, `${T.approval}狀態`, cap(V.approval)), {
      choices: "approvalStatus",
      formerHeaders: { "zh-CN": ["批示状态"], "zh-TW": ["批示狀態"] },
    }),
    column(
      "approvedBy",
      "text",
      localized("Approved by", `${C.approval}人`, `${T.approval}人`, `Người ${V.approval}`),
      {
        maxLength: TEXT,
        formerHeaders: { "zh-CN": ["批示人"], "zh-TW": ["批示人"] },
      },
    ),
    calculated("notifyDue", "dateTime", localized("Notify owner by", "通知期限", "通知期限", "Hạn thông báo")), // REQ 23
    column(
      "notifiedAt",
      "dateTime",
      localized("Owner notified at", "通知时间", "通知時間", "Thời điểm thông báo"), // REQ 23
    ),
    calculated("replyDue", "dateTime", H.replyDue),
    column("replyDone", "dateTime", H.repliedAt),
    calculated(
      "proposalDue",
      "dateTime",
      localized("Proposal due", `${C.handlingProposal}期限`, `${T.handlingProposal}期限`, "Hạn đề xuất phương án"),
    ),
    column(
      "proposalDone",
      "dateTime",
      localized(
        "Proposal made at",
        `${C.handlingProposal}提出时间`,
        `${T.handlingProposal}提出時間`,
        "Thời điểm đề xuất phương án",
      ),
    ),
    column(
      "eightDCustomerDue",
      "dateTime",
      localized(
        `8D date set by ${E.customer}`,
        `${C.customer}要求8D期限`,
        `${T.customer}要求8D期限`,
        `Hạn 8D của ${V.customer}`,
      ), // REQ 22
    ),
    calculated("eightDDue", "dateTime", localized("8D due", "8D报告期限", "8D報告期限", "Hạn báo cáo 8D")),
    column(
      "eightDDone",
      "dateTime",
      localized("8D replied at", "8D报告回复时间", "8D報告回覆時間", "Thời điểm gửi báo cáo 8D"),
    ),
    column("rootCause", "longText", localized(cap(E.rootCause), C.rootCause, T.rootCause, cap(V.rootCause)), {
      maxLength: LONG_TEXT,
      formerHeaders: { "zh-CN": ["原因分析"], "zh-TW": ["原因分析"] },
    }),
    column(
      "containment",
      "longText",
      localized("Containment", C.interimAction, T.interimAction, cap(V.interimAction)),
      {
        maxLength: LONG_TEXT,
        formerHeaders: { "zh-CN": ["短期对策"], "zh-TW": ["短期對策"] },
      },
    ),
    column(
      "correctiveAction",
      "longText",
      localized(cap(E.correctiveAction), C.correctiveAction, T.correctiveAction, cap(V.correctiveAction)),
      { maxLength: LONG_TEXT },
    ),
    column(
      "preventiveAction",
      "longText",
      localized(cap(E.preventiveAction), C.preventiveAction, T.preventiveAction, cap(V.preventiveAction)),
      { maxLength: LONG_TEXT },
    ),
    column("status", "choice", H.status, { choices: "caseStatus", required: true }),
    column("closedAt", "dateTime", H.closedAt),
    column(
      "effectivenessChecked",
      "choice",
      localized("Effectiveness checked", "效果确认", "效果確認", "Đã xác nhận hiệu quả"), // REQ 30
      { choices: "yesNo" },
    ),
    column(
      "handlingSatisfaction",
      "choice",
      localized(
        `${cap(E.satisfaction)} with handling`,
        `处理${C.satisfaction}`,
        `處理${T.satisfaction}`,
        `${cap(V.satisfaction)} với việc xử lý`,
      ),
      { choices: "satisfactionLevel" },
    ),
    calculated(
      "followUpDue",
      "dateTime",
      localized(`${cap(E.followUp)} due`, `${C.followUp}期限`, `${T.followUp}期限`, `Hạn ${V.followUp}`),
    ),
    column(
      "followUpDone",
      "dateTime",
      localized("Followed up at", `${C.followUp}时间`, `${T.followUp}時間`, `Thời điểm ${V.followUp}`),
    ),
    column(
      "followUpResult",
      "choice",
      localized(`${cap(E.followUp)} result`, `${C.followUp}结果`, `${T.followUp}結果`, `Kết quả ${V.followUp}`),
      {
        choices: "followUpResult",
      },
    ),
    calculated("onTime", "boolean", localized("On time", "是否及时", "是否及時", "Đúng hạn")), // REQ 19
    calculated("overdue", "boolean", localized("Overdue", "是否逾期", "是否逾期", "Quá hạn")), // REQ 27
    calculated("reminderCount", "integer", localized("Reminders", "催办次数", "催辦次數", "Số lần nhắc"), { min: 0 }),
    column(
      "parentComplaint",
      "reference",
      localized(`Original ${E.complaint}`, `原${C.complaint}编号`, `原${T.complaint}編號`, `Mã ${V.complaint} gốc`), // REQ 28
      { references: "complaints", maxLength: 32 },
    ),
    notes(),
  ],
});

/**
 * Reminder slips for overdue complaints (003 §4.4.2.7, REQ 27): the department writes the reason for the delay.
 * Beyond DESIGN: an id of its own, so an answer updates the right slip and a retried save is recognised.
 */
const reminders = table({
  key: "reminders",
  ...TABLE_NAMES.reminders,
  sheet: SHEETS.reminders,
  idPrefix: "RM",
  columns: [
    id(localized("Reminder ID", "催办单编号", "催辦單編號", "Mã phiếu nhắc")),
    column("recordId", "reference", H.complaintId, { references: "complaints", required: true, maxLength: 32 }),
    column("issuedAt", "dateTime", localized("Issued at", "开立日期", "開立日期", "Ngày lập phiếu"), {
      required: true,
    }),
    column(
      "department",
      "choice",
      localized(cap(E.department), C.responsibleDepartment, T.responsibleDepartment, cap(V.department)),
      {
        choices: "department",
        required: true,
      },
    ),
    column("overdueStep", "choice", localized("Overdue step", "逾期事项", "逾期事項", "Việc quá hạn"), {
      choices: "dueStep",
      required: true,
    }),
    column("reason", "longText", localized("Reason for delay", "逾期原因", "逾期原因", "Lý do chậm trễ"), {
      maxLength: LONG_TEXT,
    }),
    column("answeredAt", "dateTime", localized("Answered at", "回复日期", "回覆日期", "Ngày trả lời")),
    notes(),
  ],
});

/**
 * Survey forms sent (004 §5.6, REQ 18, 25): due back 5 working days after sending; returnedAt is looked up from
 * SurveyReturns by dispatch id, so a return is keyed once; onTime as onTimeFormula (return-rate.ts).
 */
const surveyDispatch = table({
  key: "surveyDispatch",
  ...TABLE_NAMES.surveyDispatch,
  sheet: SHEETS.surveyDispatch,
  idPrefix: "SD",
  columns: [
    { ...id(H.dispatchId), formerHeaders: DISPATCH_ID_FORMER },
    column("period", "period", H.period, { required: true, maxLength: 7 }),
    customerReference(true),
    column(
      "instrument",
      "choice",
      localized("Questionnaire", `${C.surveyForm}类型`, `${T.surveyForm}類型`, `Loại ${V.surveyForm}`),
      {
        choices: "instrumentKind",
        required: true,
      },
    ),
    column("sentAt", "dateTime", localized("Sent at", "发放日期", "發放日期", "Ngày gửi"), { required: true }),
    // How the form went out (004: 以传真、拜访或E-mail及请人携带的方式发出), not the channels feedback comes in by.
    column("channel", "choice", localized("Sent by", "发放方式", "發放方式", "Cách gửi"), {
      choices: "dispatchMethod",
    }),
    column(
      "receiptConfirmed",
      "choice",
      localized("Receipt confirmed", "已电话确认收到", "已電話確認收到", "Đã xác nhận nhận phiếu"), // REQ 25
      { choices: "yesNo" },
    ),
    calculated("dueBack", "dateTime", localized("Due back", "回收期限", "回收期限", "Hạn thu hồi")),
    calculated("returnedAt", "dateTime", H.returnedAt),
    calculated("onTime", "boolean", localized("Returned on time", "是否按时回收", "是否按時回收", "Thu hồi đúng hạn")),
    notes(),
  ],
});

/**
 * Returned survey forms, one row per form: the fixed columns. The item and module-score columns of an instrument
 * go between `returnedAt` and `total` (surveyReturnColumns). The period and customer are copied from the dispatch
 * by the form, so a form that came back without a dispatch row can still be recorded.
 */
const surveyReturns = table({
  key: "surveyReturns",
  ...TABLE_NAMES.surveyReturns,
  sheet: SHEETS.surveyReturns,
  idPrefix: "SR",
  columns: [
    id(localized("Return ID", "回收编号", "回收編號", "Mã phiếu thu")),
    column("dispatchId", "reference", H.dispatchId, {
      references: "surveyDispatch",
      maxLength: 32,
      formerHeaders: DISPATCH_ID_FORMER,
    }),
    column("period", "period", H.period, { required: true, maxLength: 7 }),
    customerReference(true),
    column("returnedAt", "date", H.returnedAt, { required: true }),
    calculated("total", "number", localized("Total score", "综合得分", "綜合得分", "Tổng điểm"), { min: 0, max: 100 }),
    calculated("grade", "text", H.grade),
    column("comments", "longText", localized("Comments", "意见与建议", "意見與建議", "Ý kiến góp ý"), {
      maxLength: LONG_TEXT,
    }),
    notes(),
  ],
});

/**
 * The actions the survey figures require (004 §5.5.2, §5.6, §5.7.4; REQ 15, 16, 18), one row per alert taken: an
 * improvement report for a return whose total is below 80 or a quarter's return rate below 99, root-cause analysis
 * for an item at or below 70, a cross-department review for a customer's score below 80. The alerts themselves are
 * derived from the survey tables (src/domain/actions); a row is written only when someone takes one, with its owner
 * and due date. `alertKey` (kind, period and subject, e.g. "surveyTotal|2026-Q1|Công ty Hòa Phát") tells which
 * alert a row answers, so an alert is raised once. The effectiveness is the next period's figure against the same
 * threshold (004 §5.7.4: 改善措施下期确认), recorded once that period is settled.
 */
const actions = table({
  key: "actions",
  ...TABLE_NAMES.actions,
  sheet: SHEETS.actions,
  idPrefix: "CA",
  columns: [
    id(localized("Action ID", "措施编号", "措施編號", "Mã hành động")),
    column("alertKey", "text", localized("Alert key", "预警代码", "預警代碼", "Mã cảnh báo"), {
      required: true,
      maxLength: TEXT,
    }),
    column("kind", "choice", localized("Action required", "须采取的措施", "須採取的措施", "Hành động cần thực hiện"), {
      choices: "actionKind",
      required: true,
    }),
    column("period", "period", H.period, { required: true, maxLength: 7 }),
    customerReference(false),
    column("item", "text", localized("Item code", "项目代码", "項目代碼", "Mã tiêu chí"), { maxLength: 16 }),
    column("finding", "text", localized("Finding", "问题点", "問題點", "Vấn đề phát hiện"), { maxLength: TEXT }),
    column("raisedAt", "dateTime", localized("Raised at", "提出日期", "提出日期", "Ngày đề xuất"), {
      required: true,
    }),
    column("owner", "text", localized("Owner", C.responsiblePerson, T.responsiblePerson, "Người phụ trách"), {
      required: true,
      maxLength: TEXT,
    }),
    column("department", "choice", H.responsibleDepartment, { choices: "department" }),
    column("dueDate", "date", localized("Due date", "完成期限", "完成期限", "Hạn hoàn thành"), { required: true }),
    column("status", "choice", H.status, { choices: "actionStatus", required: true }),
    column("doneAt", "dateTime", localized("Done at", "完成日期", "完成日期", "Ngày hoàn thành")),
    column("actionTaken", "longText", localized("What was done", "改善对策", "改善對策", "Biện pháp đã thực hiện"), {
      maxLength: LONG_TEXT,
    }),
    column("effectiveness", "choice", localized("Effectiveness", "有效性确认", "有效性確認", "Xác nhận hiệu quả"), {
      choices: "actionEffectiveness",
    }),
    column("checkedAt", "date", localized("Checked at", "确认日期", "確認日期", "Ngày xác nhận")),
    notes(),
  ],
});

// Questionnaire and settings tables -------------------------------------------------------------------------------

/** The organisation's questionnaire, one row per item (REQ 14, 36). */
const instrumentTable = table({
  key: "instrument",
  ...TABLE_NAMES.instrument,
  sheet: SHEETS.questionnaire,
  columns: [
    column("module", "reference", H.module, { references: "modules", required: true, maxLength: TEXT }),
    column("code", "text", localized("Code", "代码", "代碼", "Mã"), { required: true, unique: true, maxLength: 16 }),
    column("text", "text", localized("Question", "调查项目", "調查項目", "Nội dung câu hỏi"), {
      required: true,
      maxLength: TEXT,
    }),
    column("weight", "number", H.weight, { required: true, min: 0 }),
    column("scale", "integer", localized("Scale (max points)", "满分", "滿分", "Thang điểm"), {
      required: true,
      min: 1,
    }),
  ],
});

/** The modules of the questionnaire and their weights in the total (REQ 14: the organisation's to set). */
const modulesTable = table({
  key: "modules",
  ...TABLE_NAMES.modules,
  sheet: SHEETS.questionnaire,
  columns: [
    column("module", "text", H.module, { required: true, unique: true, maxLength: TEXT }),
    column("weight", "number", H.weight, { required: true, min: 0 }),
    column(
      "ownerDepartment",
      "choice",
      localized(
        `Owner ${E.department}`,
        `负责${C.department}`,
        `負責${T.department}`,
        `${cap(V.department)} phụ trách`,
      ),
      {
        choices: "department",
      },
    ),
  ],
});

/** Non-working days for WORKDAY (due dates, return rate). */
const holidays = table({
  key: "holidays",
  ...TABLE_NAMES.holidays,
  sheet: SHEETS.settings,
  columns: [
    column("date", "date", localized("Date", "日期", "日期", "Ngày"), { required: true, unique: true }),
    column("name", "text", localized("Holiday", "节假日名称", "節假日名稱", "Tên ngày nghỉ"), { maxLength: TEXT }),
  ],
});

/** Rating level words and their points (REQ 13), the `scale` range of VOC.POINTS. */
const ratingLevels = table({
  key: "ratingLevels",
  ...TABLE_NAMES.ratingLevels,
  sheet: SHEETS.settings,
  columns: [
    column("word", "text", localized("Level", "评价等级", "評價等級", "Mức đánh giá"), {
      required: true,
      unique: true,
      maxLength: TEXT,
    }),
    column("points", "number", localized("Points", "分值", "分值", "Điểm"), { required: true, min: 0, max: 100 }),
  ],
});

/** Grade bands (REQ 15), the `bands` range of VOC.GRADE. */
const gradeBands = table({
  key: "gradeBands",
  ...TABLE_NAMES.gradeBands,
  sheet: SHEETS.settings,
  columns: [
    column("lowerBound", "number", localized("From score", "最低分", "最低分", "Điểm từ"), {
      required: true,
      unique: true,
      min: 0,
      max: 100,
    }),
    column("label", "text", H.grade, { required: true, maxLength: TEXT }),
  ],
});

/** KPI targets by stable key (defaults.ts: DEFAULT_TARGETS); formulas look a value up by its key. */
const targets = table({
  key: "targets",
  ...TABLE_NAMES.targets,
  sheet: SHEETS.settings,
  columns: [
    column("key", "text", localized("Target", "指标", "指標", "Chỉ tiêu"), {
      required: true,
      unique: true,
      maxLength: 64,
    }),
    column("value", "number", localized("Value", "目标值", "目標值", "Giá trị"), { required: true }),
  ],
});

/** Deadlines by stable key (defaults.ts: DEFAULT_SLA_DURATIONS), as VOC.DUE durations. */
const slaDurations = table({
  key: "slaDurations",
  ...TABLE_NAMES.slaDurations,
  sheet: SHEETS.settings,
  columns: [
    column("key", "text", localized("Deadline", "期限项目", "期限項目", "Thời hạn"), {
      required: true,
      unique: true,
      maxLength: 64,
    }),
    column("duration", "duration", localized("Duration", "时限", "時限", "Khoảng thời gian"), {
      required: true,
      maxLength: 16,
    }),
  ],
});

/** Every table by key. */
export const TABLES: { readonly [K in TableKey]: TableSpec & { readonly key: K } } = {
  customers,
  feedback,
  complaints,
  reminders,
  surveyDispatch,
  surveyReturns,
  actions,
  instrument: instrumentTable,
  modules: modulesTable,
  holidays,
  ratingLevels,
  gradeBands,
  targets,
  slaDurations,
};

/** Every table, records first, in the order the workbook's sheets follow. */
export const ALL_TABLES: readonly TableSpec[] = Object.values(TABLES);

// SurveyReturns columns of an instrument ----------------------------------------------------------------------------

/** An item code: letters, digits and "_" (it becomes part of a column key). */
const ITEM_CODE = /^[A-Za-z0-9_]+$/;
/** A module key: camelCase letters and digits. */
const MODULE_KEY = /^[a-z][A-Za-z0-9]*$/;
/** Excel's longest table header. */
const MAX_HEADER = 255;

/** The score column's header for a module: "Service score", "服务满意度得分", "Điểm dịch vụ". */
function moduleScoreHeader(label: Localized): Localized {
  const vi = label.vi.trim();
  // "Dịch vụ" → "Điểm dịch vụ"; an acronym ("KPI") keeps its capitals.
  const viInner = /^\p{Lu}\p{Ll}/u.test(vi) ? vi.charAt(0).toLocaleLowerCase("vi") + vi.slice(1) : vi;
  return {
    en: header(`${label.en.trim()} score`),
    "zh-CN": header(`${label["zh-CN"].trim()}得分`),
    "zh-TW": header(`${label["zh-TW"].trim()}得分`),
    vi: header(`Điểm ${viInner}`),
  };
}

function itemHeader(item: InstrumentItem): Localized {
  const build = (language: Language) => header(`${item.code} ${item.text[language]}`);
  return localized(build("en"), build("zh-CN"), build("zh-TW"), build("vi"));
}

/** One line, no runs of white space, at most Excel's 255 characters. */
function header(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= MAX_HEADER ? line : `${line.slice(0, MAX_HEADER - 1)}…`;
}

/**
 * The columns of the SurveyReturns table for an instrument: the fixed columns, with one integer rating column per
 * item (`item_<code>`, 0..scale, blank when unanswered) and then one calculated score column per module
 * (`module_<key>`, 0–100) inserted before total and grade. Items are grouped by module, in the modules' order and
 * the instrument's order within a module, so that each module's ratings are one contiguous range for its SCORE.
 *
 * Throws SchemaError for an instrument that cannot become columns: an item code that is not letters, digits or "_"
 * or that repeats (case-insensitively, as Excel compares headers), an item of an unknown module, a module key that
 * is not camelCase or repeats, a module without items, a scale that is not a whole number ≥ 1, or a header that
 * collides with another in some language. Headers keep the organisation's wording (on one line, ≤ 255 characters),
 * so they may hold characters such as [ ] # ' @ that structured references must escape.
 */
export function surveyReturnColumns(
  instrument: readonly InstrumentItem[],
  modules: readonly ModuleSpec[],
): ColumnSpec[] {
  const moduleKeys = new Set<string>();
  for (const module of modules) {
    if (!MODULE_KEY.test(module.key)) throw new SchemaError(`A module key is camelCase, not "${module.key}".`);
    if (moduleKeys.has(module.key)) throw new SchemaError(`The module "${module.key}" is given twice.`);
    if (LANGUAGES.some((language) => module.label[language].trim() === "")) {
      throw new SchemaError(`The module "${module.key}" needs a name in every language.`);
    }
    moduleKeys.add(module.key);
  }
  const codes = new Set<string>();
  for (const item of instrument) {
    if (!ITEM_CODE.test(item.code)) {
      throw new SchemaError(`An item code is letters, digits or "_", not "${item.code}".`);
    }
    const code = item.code.toLowerCase();
    if (codes.has(code)) throw new SchemaError(`The item code "${item.code}" is given twice.`);
    codes.add(code);
    if (!moduleKeys.has(item.module)) {
      throw new SchemaError(`The item "${item.code}" belongs to the unknown module "${item.module}".`);
    }
    if (LANGUAGES.some((language) => item.text[language].trim() === "")) {
      throw new SchemaError(`The item "${item.code}" needs a text in every language.`);
    }
    if (!Number.isInteger(item.scale) || item.scale < 1) {
      throw new SchemaError(`The scale of item "${item.code}" is a whole number of points ≥ 1, not ${item.scale}.`);
    }
  }

  const itemColumns: ColumnSpec[] = [];
  const moduleColumns: ColumnSpec[] = [];
  for (const module of modules) {
    const items = instrument.filter((item) => item.module === module.key);
    if (items.length === 0) throw new SchemaError(`The module "${module.key}" has no items.`);
    for (const item of items) {
      itemColumns.push(column(`item_${item.code}`, "integer", itemHeader(item), { min: 0, max: item.scale }));
    }
    moduleColumns.push(
      calculated(`module_${module.key}`, "number", moduleScoreHeader(module.label), { min: 0, max: 100 }),
    );
  }

  const fixed = TABLES.surveyReturns.columns;
  const at = fixed.findIndex((spec) => spec.key === "total");
  const columns = [...fixed.slice(0, at), ...itemColumns, ...moduleColumns, ...fixed.slice(at)];
  for (const language of LANGUAGES) {
    const seen = new Set<string>();
    for (const spec of columns) {
      const text = spec.header[language].toLowerCase();
      if (seen.has(text)) {
        throw new SchemaError(`Two SurveyReturns columns would both be headed "${spec.header[language]}".`);
      }
      seen.add(text);
    }
  }
  return columns;
}
