/**
 * Every choice list of the data model, in all four languages. Labels use the procedures' own words (seeds 000 vi,
 * 001 and 004 zh-CN, 002 and 003 zh-TW). A choice cell holds the label in the workbook's language; rows are read
 * back by label in any language (choiceKeyForLabel), so the keys never appear in the workbook.
 */
import { DEFAULT_RATING_LEVELS } from "../rating-levels";
import { localized } from "./localized";
import type { Choice, ChoiceList, ChoiceListKey } from "./types";

function choice(key: string, en: string, zhCN: string, zhTW: string, vi: string): Choice {
  return { key, label: localized(en, zhCN, zhTW, vi) };
}

function list<K extends ChoiceListKey>(key: K, choices: readonly Choice[]): ChoiceList & { readonly key: K } {
  return { key, choices };
}

/** Long-term, referred, first-time (000 §5.3.1, REQ 11). */
const customerCategory = list("customerCategory", [
  choice("longTerm", "Long-term", "长期合作", "長期往來", "Quan hệ lâu dài"),
  choice("referred", "Referred", "经介绍", "經介紹", "Quen qua giới thiệu"),
  choice("firstTime", "First-time", "首次合作", "首次往來", "Quan hệ lần đầu"),
]);

/** End user, agent/distributor (004 §2.0: 终端使用顾客、代理商), internal (004: 內部客戶滿意度调查表); REQ 11. */
const customerType = list("customerType", [
  choice("endUser", "End user", "终端使用顾客", "終端使用顧客", "Người sử dụng cuối"),
  choice("agent", "Agent / distributor", "代理商/经销商", "代理商/經銷商", "Đại lý / nhà phân phối"),
  choice("internal", "Internal", "内部顾客", "內部顧客", "Khách hàng nội bộ"),
]);

/**
 * How feedback reached us or a survey form went out (000 §5.2–5.3.4, 003 §4.1.2–4.1.3, 004; REQ 2, 12): the
 * procedures' channels, survey forms and post-service suggestion letters (000 §5.2.3), and "other".
 */
const channel = list("channel", [
  choice("phone", "Phone", "电话", "電話", "Điện thoại"),
  choice("fax", "Fax", "传真", "傳真", "Fax"),
  choice("letter", "Letter", "信函", "信函", "Thư"),
  choice("email", "Email", "电子邮件", "電子郵件", "Email"),
  choice("inPerson", "In person", "来人反映", "來人反映", "Trao đổi trực tiếp"),
  choice("hotline", "Hotline", "服务热线", "服務熱線", "Đường dây nóng"),
  choice("visit", "Customer visit", "客户拜访", "客戶拜訪", "Gặp gỡ riêng khách hàng"),
  choice("meeting", "Customer meeting", "用户座谈会", "顧客座談會", "Hội nghị khách hàng"),
  choice("media", "Media", "媒体信息", "媒體資訊", "Thông tin đại chúng"),
  choice("partners", "Partners", "经销商/维修站", "合作夥伴", "Bạn hàng và đơn vị khác"),
  choice("surveyForm", "Survey form", "满意度调查表", "滿意度調查表", "Phiếu khảo sát"),
  choice("suggestionLetter", "Suggestion letter", "意见函", "意見函", "Thư góp ý"),
  choice("other", "Other", "其他", "其他", "Khác"),
]);

/** What the feedback is (001 ⑥c: 意见、建议、抱怨和投诉; 003 §4.1: 需求、咨询; 004: 咨询类、投诉类、建议类). */
const feedbackKind = list("feedbackKind", [
  choice("enquiry", "Enquiry", "咨询", "諮詢", "Hỏi thông tin"),
  choice("suggestion", "Suggestion", "建议", "建議", "Góp ý"),
  choice("praise", "Praise", "表扬", "表揚", "Khen ngợi"),
  choice("complaint", "Complaint", "投诉", "投訴", "Khiếu nại"),
  choice("request", "Request", "需求", "需求", "Yêu cầu"),
]);

/** What the feedback is about (004: 质量、交期、服务; 003 §4.4.1.1: 服務態度、服務質量、收費價格). */
const feedbackTopic = list("feedbackTopic", [
  choice("productQuality", "Product quality", "产品质量", "產品質量", "Chất lượng sản phẩm"),
  choice("serviceQuality", "Service quality", "服务质量", "服務質量", "Chất lượng dịch vụ"),
  choice("delivery", "Delivery", "交期", "交期", "Giao hàng"),
  choice("price", "Price", "价格", "價格", "Giá cả"),
  choice("attitude", "Attitude", "服务态度", "服務態度", "Thái độ phục vụ"),
  choice("other", "Other", "其他", "其他", "Khác"),
]);

/** Complaints by content (001 (2)①, REQ 8). */
const complaintContent = list("complaintContent", [
  choice("productQuality", "Product quality", "产品质量", "產品質量", "Chất lượng sản phẩm"),
  choice("serviceQuality", "Service quality", "服务质量", "服務質量", "Chất lượng dịch vụ"),
  choice("serviceAttitude", "Service attitude", "服务态度", "服務態度", "Thái độ phục vụ"),
  choice(
    "suddenEvent",
    "Sudden event / force majeure",
    "突发事件/不可抗力",
    "突發事件/不可抗力",
    "Sự cố bất ngờ / bất khả kháng",
  ),
]);

/** Complaints by nature (001 (2)②, REQ 9): valid, or communicative — help-seeking, enquiry, venting. */
const complaintNature = list("complaintNature", [
  choice("valid", "Valid", "有效投诉", "有效投訴", "Khiếu nại có cơ sở"),
  choice("helpSeeking", "Help-seeking", "求助型", "求助型", "Cần giúp đỡ"),
  choice("enquiry", "Enquiry", "咨询型", "諮詢型", "Hỏi thông tin"),
  choice("venting", "Venting", "发泄型", "發洩型", "Bày tỏ bức xúc"),
]);

/** General or major (003 §3.1–3.2, §4.4.2.1, REQ 26): a major complaint needs the director's approval. */
const severity = list("severity", [
  choice("general", "General", "一般", "一般", "Thông thường"),
  choice("major", "Major", "重大", "重大", "Nghiêm trọng"),
]);

/** The director's (or technical lead's) approval of the handling (003 §4.4.2.1–4.4.2.2: 批示). */
const approvalStatus = list("approvalStatus", [
  choice("pending", "Pending", "待批示", "待批示", "Chờ phê duyệt"),
  choice("approved", "Approved", "已批示", "已批示", "Đã phê duyệt"),
  choice("returned", "Returned", "退回", "退回", "Trả lại"),
]);

/** Where a case stands (REQ 4, 28, 30): a recurrence after closing reopens it. */
const caseStatus = list("caseStatus", [
  choice("open", "Open", "已受理", "已受理", "Mới tiếp nhận"),
  choice("inProgress", "In progress", "处理中", "處理中", "Đang xử lý"),
  choice("awaitingCustomer", "Awaiting customer", "待顾客确认", "待顧客確認", "Chờ khách hàng"),
  choice("closed", "Closed", "已结案", "已結案", "Đã đóng"),
  choice("reopened", "Reopened", "重新处理", "重新處理", "Mở lại"),
]);

/** What the customer asks for (001 (3)③–④: 退(换)货、现金赔偿; REQ 3). No amount is promised at intake. */
const customerDemand = list("customerDemand", [
  choice("return", "Return", "退货", "退貨", "Trả hàng"),
  choice("exchange", "Exchange", "换货", "換貨", "Đổi hàng"),
  choice("repair", "Repair", "维修", "維修", "Sửa chữa"),
  choice("compensation", "Compensation", "赔偿", "賠償", "Bồi thường"),
  choice("explanation", "Explanation", "说明", "說明", "Giải thích"),
  choice("other", "Other", "其他", "其他", "Khác"),
]);

/**
 * The outcome of a follow-up call or visit (REQ 24, 28, 31): dissatisfied opens a new complaint attached to the
 * original; a customer not reached is called again at another time (004: 未能回访到客户, 更换时间段进行二次回访).
 */
const followUpResult = list("followUpResult", [
  choice("satisfied", "Satisfied", "满意", "滿意", "Hài lòng"),
  choice("dissatisfied", "Dissatisfied", "不满意", "不滿意", "Không hài lòng"),
  choice("notReached", "Not reached", "未能回访到客户", "未能回訪到顧客", "Chưa liên lạc được"),
]);

/**
 * The four evaluation levels (001 ⑥d: 很满意、满意、基本满意、不满意; REQ 13), from DEFAULT_RATING_LEVELS: the
 * procedures' own word is the label, its synonyms are read back too.
 */
const satisfactionLevel = list(
  "satisfactionLevel",
  DEFAULT_RATING_LEVELS.map((level) => ({
    key: level.key,
    label: localized(level.words.en[0], level.words["zh-CN"][0], level.words["zh-TW"][0], level.words.vi[0]),
    aliases: Object.values(level.words).flatMap((words) => words.slice(1)),
  })),
);

/**
 * Departments that own complaints, modules and reminders (REQ 10: quality, sales, engineering; 001: 办公室、售后服务部;
 * 004: 生产部、人力资源部; 001 (3)④: legal matters go to the legal staff).
 */
const department = list("department", [
  choice("quality", "Quality", "质量部", "質量部", "Phòng chất lượng"),
  choice("sales", "Sales", "销售部", "營業部", "Phòng kinh doanh"),
  choice("engineering", "Engineering", "工程部", "工程部", "Phòng kỹ thuật"),
  choice("customerService", "Customer service", "客服部", "客服中心", "Phòng chăm sóc khách hàng"),
  choice("production", "Production", "生产部", "生產部", "Phòng sản xuất"),
  choice("administration", "Administration", "办公室", "中心辦", "Phòng Hành chính - Tổng hợp"),
  choice("humanResources", "Human resources", "人力资源部", "人力資源部", "Phòng nhân sự"),
  choice("legal", "Legal", "法务", "法務", "Pháp chế"),
  choice("other", "Other", "其他部门", "其他部門", "Bộ phận khác"),
]);

/** The step of a complaint a reminder slip chases (003 §4.4.2.7: 催辦單; REQ 23, 20–22, 24, 27). */
const dueStep = list("dueStep", [
  choice("notify", "Notify owner", "通知责任人", "通知責任人", "Thông báo người phụ trách"),
  choice("reply", "Reply", "答复", "答覆", "Trả lời"),
  choice("proposal", "Handling proposal", "处理方案", "處理方案", "Phương án xử lý"),
  choice("eightD", "8D report", "8D报告", "8D報告", "Báo cáo 8D"),
  choice("closing", "Closing", "结案", "結案", "Đóng hồ sơ"),
  choice("followUp", "Follow-up", "回访", "回訪", "Liên hệ lại khách hàng"),
]);

/** Customer or employee satisfaction survey (004 §4.1: 顾客满意度调查和员工满意度调查; REQ 36). */
const instrumentKind = list("instrumentKind", [
  choice("customer", "Customer satisfaction", "顾客满意度调查", "顧客滿意度調查", "Khảo sát khách hàng"),
  choice("employee", "Employee satisfaction", "员工满意度调查", "員工滿意度調查", "Khảo sát nhân viên"),
]);

/**
 * What a low survey figure requires (004 §5.5.2, §5.6, §5.7.4; REQ 15, 16, 18): an improvement report for a return
 * whose total is below 80 and for a quarter's return rate below 99, root-cause analysis for an item at or below 70,
 * a cross-department review for a customer's score below 80. The keys are the alert kinds of src/domain/actions.
 */
const actionKind = list("actionKind", [
  choice(
    "surveyTotal",
    "Improvement report (survey total)",
    "改善报告（综合得分）",
    "改善報告（綜合得分）",
    "Báo cáo cải tiến (tổng điểm)",
  ),
  choice(
    "itemScore",
    "Root-cause analysis (item)",
    "根本原因分析（单项得分）",
    "根本原因分析（單項得分）",
    "Phân tích nguyên nhân gốc (tiêu chí)",
  ),
  choice(
    "customerScore",
    "Cross-department review (customer score)",
    "跨部门检讨（顾客评分）",
    "跨部門檢討（顧客評分）",
    "Xem xét liên bộ phận (điểm khách hàng)",
  ),
  choice(
    "returnRate",
    "Improvement report (return rate)",
    "改善报告（回收率）",
    "改善報告（回收率）",
    "Báo cáo cải tiến (tỷ lệ thu hồi)",
  ),
]);

/** Where a corrective action stands: open until its owner has done it. */
const actionStatus = list("actionStatus", [
  choice("open", "Open", "进行中", "進行中", "Đang thực hiện"),
  choice("done", "Done", "已完成", "已完成", "Đã hoàn thành"),
]);

/**
 * The effectiveness check of a corrective action as recorded (004 §5.7.4: 对以上任何采取的措施须执行有效并确认): the
 * next period's figure met the threshold, or it did not. A blank cell: not checked yet.
 */
const actionEffectiveness = list("actionEffectiveness", [
  choice("effective", "Effective", "有效性已确认", "有效性已確認", "Đã xác nhận có hiệu quả"),
  choice("notEffective", "Not effective", "未见成效", "未見成效", "Chưa có hiệu quả"),
]);

/** Flags people enter (urgent, verified, receipt confirmed…): words in the workbook's language, not TRUE/FALSE. */
const yesNo = list("yesNo", [choice("yes", "Yes", "是", "是", "Có"), choice("no", "No", "否", "否", "Không")]);

/** Every choice list by key. */
export const CHOICE_LISTS: { readonly [K in ChoiceListKey]: ChoiceList & { readonly key: K } } = {
  customerCategory,
  customerType,
  channel,
  feedbackKind,
  feedbackTopic,
  complaintContent,
  complaintNature,
  severity,
  approvalStatus,
  caseStatus,
  customerDemand,
  followUpResult,
  satisfactionLevel,
  department,
  dueStep,
  instrumentKind,
  actionKind,
  actionStatus,
  actionEffectiveness,
  yesNo,
};

/** Every choice list, in a fixed order. */
export const ALL_CHOICE_LISTS: readonly ChoiceList[] = Object.values(CHOICE_LISTS);
