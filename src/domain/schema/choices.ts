/**
 * Every choice list of the data model, in all four languages. Labels use the procedures' own words (seeds 000 vi,
 * 001 and 004 zh-CN, 002 and 003 zh-TW), taking the glossary's terms (src/domain/i18n/glossary). A choice cell holds
 * the label in the workbook's language; rows are read back by label in any language, former labels included
 * (choiceKeyForLabel), so the keys never appear in the workbook and a label that changes keeps its old cells.
 */
import { en as E, vi as V, zhCN as C, zhTW as T, capitalized as cap } from "../i18n/glossary";
import { DEFAULT_RATING_LEVELS } from "../rating-levels";
import { localized } from "./localized";
import type { Choice, ChoiceList, ChoiceListKey, Localized } from "./types";

function choice(key: string, en: string, zhCN: string, zhTW: string, vi: string, formerLabels?: string[]): Choice {
  return { key, label: localized(en, zhCN, zhTW, vi), ...(formerLabels ? { formerLabels } : {}) };
}

function list<K extends ChoiceListKey>(
  key: K,
  title: Localized,
  choices: readonly Choice[],
): ChoiceList & { readonly key: K } {
  return { key, title, choices };
}

/** Long-term, referred, first-time (000 §5.3.1, REQ 11). */
const customerCategory = list(
  "customerCategory",
  localized("Customer category", "顾客类别", "顧客類別", "Nhóm khách hàng"),
  [
    choice("longTerm", "Long-term", "长期合作", "長期往來", "Quan hệ lâu dài"),
    choice("referred", "Referred", "经介绍", "經介紹", "Được giới thiệu", ["Quen qua giới thiệu"]),
    choice("firstTime", "First-time", "首次合作", "首次往來", "Quan hệ lần đầu"),
  ],
);

/** End user, agent/distributor (004 §2.0: 终端使用顾客、代理商), internal (004: 內部客戶滿意度调查表); REQ 11. */
const customerType = list("customerType", localized("Customer type", "顾客类型", "顧客類型", "Loại khách hàng"), [
  choice("endUser", cap(E.endUser), C.endUser, T.endUser, cap(V.endUser), ["终端使用顾客", "終端使用顧客"]),
  choice("agent", "Agent / distributor", "代理商/经销商", "代理商/經銷商", "Đại lý / nhà phân phối"),
  choice("internal", "Internal", `内部${C.customer}`, `內部${T.customer}`, `${cap(V.customer)} nội bộ`),
]);

/**
 * How feedback reached us or a survey form went out (000 §5.2–5.3.4, 003 §4.1.2–4.1.3, 004; REQ 2, 12): the
 * procedures' channels, survey forms and post-service suggestion letters (000 §5.2.3), and "other".
 */
const channel = list("channel", localized("Channel", "反映渠道", "反映管道", "Kênh tiếp nhận"), [
  choice("phone", "Phone", "电话", "電話", "Điện thoại"),
  choice("fax", "Fax", "传真", "傳真", "Fax"),
  choice("letter", "Letter", "信函", "信函", "Thư"),
  choice("email", "Email", "电子邮件", "電子郵件", "Email"),
  choice("inPerson", "In person", "来人反映", "來人反映", "Trao đổi trực tiếp"),
  choice("hotline", "Hotline", "服务热线", "服務熱線", "Đường dây nóng"),
  choice("visit", `${cap(E.customer)} visit`, `${C.customer}拜访`, `${T.customer}拜訪`, `Thăm ${V.customer}`, [
    "客户拜访",
    "客戶拜訪",
    "Gặp gỡ riêng khách hàng",
  ]),
  choice("meeting", `${cap(E.customer)} meeting`, "用户座谈会", `${T.customer}座談會`, `Hội nghị ${V.customer}`),
  choice("media", "Media", "媒体信息", "媒體資訊", "Thông tin đại chúng"),
  choice("partners", "Partners", "经销商/维修站", "合作夥伴", "Đối tác", ["Bạn hàng và đơn vị khác"]),
  choice(
    "surveyForm",
    cap(E.surveyForm),
    `${C.satisfaction}${C.surveyForm}`,
    `${T.satisfaction}${T.surveyForm}`,
    cap(V.surveyForm),
  ),
  choice("suggestionLetter", "Suggestion letter", "意见函", "意見函", "Thư góp ý"),
  choice("other", "Other", "其他", "其他", "Khác"),
]);

/** What the feedback is (001 ⑥c: 意见、建议、抱怨和投诉; 003 §4.1: 需求、咨询; 004: 咨询类、投诉类、建议类). */
const feedbackKind = list("feedbackKind", localized("Feedback kind", "反馈类型", "意見類型", "Loại ý kiến"), [
  choice("enquiry", "Enquiry", "咨询", "諮詢", "Hỏi thông tin"),
  choice("suggestion", "Suggestion", "建议", "建議", "Góp ý"),
  choice("praise", "Praise", "表扬", "表揚", "Khen ngợi"),
  choice("complaint", cap(E.complaint), C.complaint, T.complaint, cap(V.complaint)),
  choice("request", "Request", "需求", "需求", "Yêu cầu"),
]);

/** What the feedback is about (004: 质量、交期、服务; 003 §4.4.1.1: 服務態度、服務質量、收費價格). */
const feedbackTopic = list("feedbackTopic", localized("Feedback topic", "涉及方面", "涉及方面", "Vấn đề"), [
  choice("productQuality", "Product quality", "产品质量", "產品質量", "Chất lượng sản phẩm"),
  choice("serviceQuality", "Service quality", "服务质量", "服務質量", "Chất lượng dịch vụ"),
  choice("delivery", "Delivery", "交期", "交期", "Giao hàng"),
  choice("price", "Price", "价格", "價格", "Giá cả"),
  choice("attitude", "Attitude", "服务态度", "服務態度", "Thái độ phục vụ"),
  choice("other", "Other", "其他", "其他", "Khác"),
]);

/** Complaints by content (001 (2)①, REQ 8). */
const complaintContent = list(
  "complaintContent",
  localized("Complaint content", "投诉内容类别", "投訴內容類別", "Phân loại theo nội dung"),
  [
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
  ],
);

/** Complaints by nature (001 (2)②, REQ 9): valid, or communicative — help-seeking, enquiry, venting. */
const complaintNature = list(
  "complaintNature",
  localized("Complaint nature", "投诉性质", "投訴性質", "Tính chất khiếu nại"),
  [
    choice("valid", "Valid", `有效${C.complaint}`, `有效${T.complaint}`, `${cap(V.complaint)} có cơ sở`),
    choice("helpSeeking", "Help-seeking", "求助型", "求助型", "Cần giúp đỡ"),
    choice("enquiry", "Enquiry", "咨询型", "諮詢型", "Hỏi thông tin"),
    choice("venting", "Venting", "发泄型", "發洩型", "Bày tỏ bức xúc"),
  ],
);

/** General or major (003 §3.1–3.2, §4.4.2.1, REQ 26): a major complaint needs the director's approval. */
const severity = list("severity", localized("Severity", "严重程度", "嚴重程度", "Mức độ nghiêm trọng"), [
  choice("general", "General", "一般", "一般", "Thông thường"),
  choice("major", "Major", "重大", "重大", "Nghiêm trọng"),
]);

/**
 * The director's (or technical lead's) approval of the handling (003 §4.4.2.1–4.4.2.2: 批示, which the ledger writes
 * 审批 / 核准: the glossary's approval).
 */
const approvalStatus = list(
  "approvalStatus",
  localized("Approval", `${C.approval}状态`, `${T.approval}狀態`, cap(V.approval)),
  [
    choice("pending", "Pending", `待${C.approval}`, `待${T.approval}`, `Chờ ${V.approval}`, ["待批示"]),
    choice("approved", "Approved", `已${C.approval}`, `已${T.approval}`, `Đã ${V.approval}`, ["已批示"]),
    choice("returned", "Returned", "退回", "退回", "Trả lại"),
  ],
);

/** Where a case stands (REQ 4, 28, 30): a recurrence after closing reopens it. */
const caseStatus = list("caseStatus", localized("Status", "处理状态", "處理狀態", "Tình trạng"), [
  choice("open", "Open", "已受理", "已受理", "Mới tiếp nhận"),
  choice("inProgress", "In progress", "处理中", "處理中", "Đang xử lý"),
  choice(
    "awaitingCustomer",
    `Awaiting ${E.customer}`,
    `待${C.customer}确认`,
    `待${T.customer}確認`,
    `Chờ ${V.customer}`,
  ),
  choice("closed", "Closed", "已结案", "已結案", "Đã đóng"),
  choice("reopened", "Reopened", "重新处理", "重新處理", "Mở lại"),
]);

/** What the customer asks for (001 (3)③–④: 退(换)货、现金赔偿; REQ 3). No amount is promised at intake. */
const customerDemand = list(
  "customerDemand",
  localized(`${cap(E.customer)} demand`, `${C.customer}诉求`, `${T.customer}訴求`, `Yêu cầu của ${V.customer}`),
  [
    choice("return", "Return", "退货", "退貨", "Trả hàng"),
    choice("exchange", "Exchange", "换货", "換貨", "Đổi hàng"),
    choice("repair", "Repair", "维修", "維修", "Sửa chữa"),
    choice("compensation", "Compensation", "赔偿", "賠償", "Bồi thường"),
    choice("explanation", "Explanation", "说明", "說明", "Giải thích"),
    choice("other", "Other", "其他", "其他", "Khác"),
  ],
);

/**
 * The outcome of a follow-up call or visit (REQ 24, 28, 31): dissatisfied opens a new complaint attached to the
 * original; a customer not reached is called again at another time (004: 未能回访到客户, 更换时间段进行二次回访).
 */
const followUpResult = list(
  "followUpResult",
  localized(`${cap(E.followUp)} result`, `${C.followUp}结果`, `${T.followUp}結果`, `Kết quả ${V.followUp}`),
  [
    choice("satisfied", "Satisfied", "满意", "滿意", "Hài lòng"),
    choice("dissatisfied", "Dissatisfied", "不满意", "不滿意", "Không hài lòng"),
    choice(
      "notReached",
      "Not reached",
      `未能${C.followUp}到${C.customer}`,
      `未能${T.followUp}到${T.customer}`,
      "Chưa liên lạc được",
      ["未能回访到客户"],
    ),
  ],
);

/**
 * The four evaluation levels (001 ⑥d: 很满意、满意、基本满意、不满意; REQ 13), from DEFAULT_RATING_LEVELS: the
 * procedures' own word is the label, its synonyms are read back too.
 */
const satisfactionLevel = list(
  "satisfactionLevel",
  localized("Rating level", "评价等级", "評價等級", "Mức đánh giá"),
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
const department = list("department", localized(cap(E.department), C.department, T.department, cap(V.department)), [
  choice("quality", "Quality", "质量部", "質量部", "Phòng chất lượng"),
  choice("sales", "Sales", "销售部", "營業部", "Phòng kinh doanh"),
  choice("engineering", "Engineering", "工程部", "工程部", "Phòng kỹ thuật"),
  choice("customerService", "Customer service", "客服部", "客服中心", "Phòng chăm sóc khách hàng"),
  choice("production", "Production", "生产部", "生產部", "Phòng sản xuất"),
  choice("administration", "Administration", "办公室", "中心辦", "Phòng Hành chính - Tổng hợp"),
  choice("humanResources", "Human resources", "人力资源部", "人力資源部", "Phòng nhân sự"),
  choice("legal", "Legal", "法务", "法務", "Pháp chế"),
  choice("other", "Other", `其他${C.department}`, `其他${T.department}`, `${cap(V.department)} khác`),
]);

/**
 * How a survey form is sent (004: 以传真、拜访或E-mail及请人携带的方式发出; 营业部以 FAX/EMAIL 发放调查问卷; 003: 郵寄,
 * 現場服務調查表 filled in on site). The survey dispatch offered the feedback channels before: their labels that
 * name a way of sending are read back as it (letter → post, customer visit, in person → by hand).
 */
const dispatchMethod = list("dispatchMethod", localized("Sent by", "发放方式", "發放方式", "Cách gửi"), [
  choice("fax", "Fax", "传真", "傳真", "Fax"),
  choice("email", "Email", "电子邮件", "電子郵件", "Email"),
  choice("post", "Post", "邮寄", "郵寄", "Gửi bưu điện", ["Letter", "信函", "Thư"]),
  choice("visit", "Handed over on a visit", "拜访时发放", "拜訪時發放", `Trao khi thăm ${V.customer}`, [
    "Customer visit",
    "客户拜访",
    "客戶拜訪",
    "顾客拜访",
    "顧客拜訪",
    "Gặp gỡ riêng khách hàng",
    "Thăm khách hàng",
  ]),
  choice("byHand", "By hand", "请人携带", "請人攜帶", "Nhờ người mang đến", [
    "In person",
    "来人反映",
    "來人反映",
    "Trao đổi trực tiếp",
  ]),
  choice("onSite", "Filled in on site", "现场填写", "現場填寫", "Điền tại chỗ"),
  choice("other", "Other", "其他", "其他", "Khác"),
]);

/** The step of a complaint a reminder slip chases (003 §4.4.2.7: 催辦單; REQ 23, 20–22, 24, 27). */
const dueStep = list("dueStep", localized("Overdue step", "逾期事项", "逾期事項", "Việc quá hạn"), [
  choice(
    "notify",
    "Notify owner",
    `通知${C.responsiblePerson}`,
    `通知${T.responsiblePerson}`,
    "Thông báo người phụ trách",
  ),
  choice("reply", cap(E.reply), C.reply, T.reply, cap(V.reply)),
  choice("proposal", cap(E.handlingProposal), C.handlingProposal, T.handlingProposal, cap(V.handlingProposal)),
  choice("eightD", "8D report", "8D报告", "8D報告", "Báo cáo 8D"),
  choice("closing", "Closing", "结案", "結案", "Đóng hồ sơ"),
  choice("followUp", cap(E.followUp), C.followUp, T.followUp, `${cap(V.followUp)} ${V.customer}`),
]);

/** Customer or employee satisfaction survey (004 §4.1: 顾客满意度调查和员工满意度调查; REQ 36). */
const instrumentKind = list(
  "instrumentKind",
  localized("Questionnaire", "调查表类型", "調查表類型", "Loại phiếu khảo sát"),
  [
    choice(
      "customer",
      `${cap(E.customer)} ${E.satisfaction}`,
      `${C.customer}${C.satisfaction}调查`,
      `${T.customer}${T.satisfaction}調查`,
      `Khảo sát ${V.customer}`,
    ),
    choice("employee", "Employee satisfaction", "员工满意度调查", "員工滿意度調查", "Khảo sát nhân viên"),
  ],
);

/**
 * What a low survey figure requires (004 §5.5.2, §5.6, §5.7.4; REQ 15, 16, 18): an improvement report for a return
 * whose total is below 80 and for a quarter's return rate below 99, root-cause analysis for an item at or below 70,
 * a cross-department review for a customer's score below 80. The keys are the alert kinds of src/domain/actions.
 */
const actionKind = list(
  "actionKind",
  localized("Action required", "须采取的措施", "須採取的措施", "Hành động cần thực hiện"),
  [
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
      `跨${C.department}检讨（${C.customer}评分）`,
      `跨${T.department}檢討（${T.customer}評分）`,
      `Xem xét liên ${V.department} (điểm ${V.customer})`,
    ),
    choice(
      "returnRate",
      "Improvement report (return rate)",
      "改善报告（回收率）",
      "改善報告（回收率）",
      "Báo cáo cải tiến (tỷ lệ thu hồi)",
    ),
  ],
);

/** Where a corrective action stands: open until its owner has done it. */
const actionStatus = list("actionStatus", localized("Action status", "措施状态", "措施狀態", "Tình trạng hành động"), [
  choice("open", "Open", "进行中", "進行中", "Đang thực hiện"),
  choice("done", "Done", "已完成", "已完成", "Đã hoàn thành"),
]);

/**
 * The effectiveness check of a corrective action as recorded (004 §5.7.4: 对以上任何采取的措施须执行有效并确认): the
 * next period's figure met the threshold, or it did not. A blank cell: not checked yet.
 */
const actionEffectiveness = list(
  "actionEffectiveness",
  localized("Effectiveness", "有效性确认", "有效性確認", "Xác nhận hiệu quả"),
  [
    choice("effective", "Effective", "有效性已确认", "有效性已確認", "Đã xác nhận có hiệu quả"),
    choice("notEffective", "Not effective", "未见成效", "未見成效", "Chưa có hiệu quả"),
  ],
);

/** Flags people enter (urgent, verified, receipt confirmed…): words in the workbook's language, not TRUE/FALSE. */
const yesNo = list("yesNo", localized("Yes / no", "是/否", "是/否", "Có / không"), [
  choice("yes", "Yes", "是", "是", "Có"),
  choice("no", "No", "否", "否", "Không"),
]);

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
  dispatchMethod,
  dueStep,
  instrumentKind,
  actionKind,
  actionStatus,
  actionEffectiveness,
  yesNo,
};

/** Every choice list, in a fixed order. */
export const ALL_CHOICE_LISTS: readonly ChoiceList[] = Object.values(CHOICE_LISTS);
