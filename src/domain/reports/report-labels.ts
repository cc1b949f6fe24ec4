/**
 * The words of the Dashboard and Management review sheets: cells, headings and chart titles, written in the
 * workbook's language. Terms follow the procedures and the ledger's own headers (choices.ts, tables.ts): 回收率,
 * 综合得分, 投诉办结率, 纠正措施, 改善报告 (004 §5.5–5.7), 管理评审 / 管理審查, tỷ lệ thu hồi, hành động khắc phục,
 * xem xét của lãnh đạo (000 §5.3.2). zh-TW keeps the ledger's 糾正措施 so the review matches the Complaints header.
 */
import type { Language } from "../i18n/language";
import { localized } from "../schema/localized";
import type { Localized } from "../schema/types";

export const REPORT_LABELS = {
  // Sheets and the dashboard's heading ------------------------------------------------------------------------
  dashboardSheet: localized("Dashboard", "仪表板", "儀表板", "Bảng tổng hợp"),
  reviewSheet: localized("Management review", "管理评审", "管理審查", "Xem xét của lãnh đạo"),
  dashboardTitle: localized(
    "Voice of the customer: dashboard",
    "顾客之声：仪表板",
    "顧客之聲：儀表板",
    "Tiếng nói khách hàng: bảng tổng hợp",
  ),
  refreshedNote: localized(
    "Refreshed on {date}. Every figure is an Excel formula over the ledger's tables; the targets come from the Settings sheet. Refresh again from the VOC Ledger task pane to add periods or customers.",
    "刷新于 {date}。所有数据均为基于台账表格的 Excel 公式，目标值取自“设置”工作表。如需增加期间或顾客，请在 VOC 顾客之声台账任务窗格中再次刷新。",
    "重新整理於 {date}。所有數據均為依台帳表格計算的 Excel 公式，目標值取自「設定」工作表。如需增加期間或顧客，請在 VOC 顧客之聲台帳工作窗格中再次重新整理。",
    "Làm mới ngày {date}. Mọi số liệu đều là công thức Excel tính từ các bảng của sổ; chỉ tiêu lấy từ trang tính “Cài đặt”. Để thêm kỳ hoặc khách hàng, hãy làm mới lại từ ngăn tác vụ Sổ VOC.",
  ),
  grainQ: localized("Periods: quarters", "期间：按季度", "期間：按季度", "Kỳ: theo quý"),
  grainH: localized("Periods: half-years", "期间：按半年度", "期間：按半年度", "Kỳ: theo nửa năm"),
  grainY: localized("Periods: years", "期间：按年度", "期間：按年度", "Kỳ: theo năm"),

  // Figures per period ----------------------------------------------------------------------------------------
  kpiHeading: localized("Figures per period", "各期间指标", "各期間指標", "Số liệu theo kỳ"),
  period: localized("Period", "期间", "期間", "Kỳ"),
  from: localized("From", "起始日期", "起始日期", "Từ ngày"),
  to: localized("To", "截止日期", "截止日期", "Đến ngày"),
  surveysSent: localized("Survey forms sent", "调查表发出份数", "調查表發出份數", "Số phiếu khảo sát đã gửi"),
  returnedOnTime: localized("Returned on time", "按时收回份数", "按時收回份數", "Số phiếu thu hồi đúng hạn"),
  returnRate: localized("Return rate %", "回收率 %", "回收率 %", "Tỷ lệ thu hồi %"),
  returnRateTarget: localized("Return rate target %", "回收率目标 %", "回收率目標 %", "Chỉ tiêu tỷ lệ thu hồi %"),
  moduleAverage: localized("{module} average", "{module}平均分", "{module}平均分", "{module}: điểm trung bình"),
  totalAverage: localized("Total score average", "综合得分平均分", "綜合得分平均分", "Tổng điểm trung bình"),
  scoreTarget: localized("Score target", "得分目标", "得分目標", "Chỉ tiêu điểm"),
  satisfactionRate: localized("Satisfaction rate %", "顾客满意率 %", "顧客滿意率 %", "Tỷ lệ hài lòng %"),
  satisfactionTarget: localized(
    "Satisfaction rate target %",
    "顾客满意率目标 %",
    "顧客滿意率目標 %",
    "Chỉ tiêu tỷ lệ hài lòng %",
  ),
  complaintsReceived: localized("Complaints received", "受理投诉数", "受理投訴數", "Số khiếu nại tiếp nhận"),
  complaintsClosed: localized("Complaints closed", "已结案投诉数", "已結案投訴數", "Số khiếu nại đã đóng"),
  overdueComplaints: localized(
    "Overdue complaints still open",
    "逾期未结案投诉数",
    "逾期未結案投訴數",
    "Số khiếu nại quá hạn chưa đóng",
  ),
  closureRate: localized("Closure rate %", "投诉办结率 %", "投訴辦結率 %", "Tỷ lệ đóng khiếu nại %"),
  closureTarget: localized(
    "Closure rate target %",
    "投诉办结率目标 %",
    "投訴辦結率目標 %",
    "Chỉ tiêu tỷ lệ đóng khiếu nại %",
  ),
  repliesOnTime: localized("Replies on time", "按时答复数", "按時答覆數", "Số lần trả lời đúng hạn"),
  proposalsOnTime: localized(
    "Proposals on time",
    "按时提出处理方案数",
    "按時提出處理方案數",
    "Số phương án xử lý đúng hạn",
  ),
  eightDOnTime: localized("8D reports on time", "按时回复8D报告数", "按時回覆8D報告數", "Số báo cáo 8D đúng hạn"),
  byClass: localized("By content class", "按投诉内容分", "按投訴內容分", "Theo nội dung"),
  byNature: localized("By nature", "按投诉性质分", "按投訴性質分", "Theo tính chất"),

  // Customers, items and one customer's trend -----------------------------------------------------------------
  customerMatrixHeading: localized(
    "Total score by customer and period (below {target} marked)",
    "各顾客各期间综合得分（低于 {target} 分者标示）",
    "各顧客各期間綜合得分（低於 {target} 分者標示）",
    "Tổng điểm theo khách hàng và kỳ (dưới {target} được đánh dấu)",
  ),
  customer: localized("Customer", "顾客", "顧客", "Khách hàng"),
  item: localized("Item", "调查项目", "調查項目", "Tiêu chí"),
  module: localized("Module", "模块", "模組", "Nhóm tiêu chí"),
  score: localized("Score", "得分", "得分", "Điểm"),
  average: localized("Average", "平均", "平均", "Trung bình"),
  total: localized("Total", "合计", "合計", "Tổng cộng"),
  itemHeading: localized(
    "Item averages by period (at or below {target} marked)",
    "各调查项目各期间平均分（小于等于 {target} 分者标示）",
    "各調查項目各期間平均分（小於等於 {target} 分者標示）",
    "Điểm trung bình tiêu chí theo kỳ (không quá {target} được đánh dấu)",
  ),
  customerTrendHeading: localized(
    "One customer's trend: choose the customer in the yellow cell",
    "单个顾客趋势：在黄色单元格中选择顾客",
    "單一顧客趨勢：在黃色儲存格中選擇顧客",
    "Xu hướng của một khách hàng: chọn khách hàng ở ô màu vàng",
  ),

  // Pareto of complaints --------------------------------------------------------------------------------------
  paretoHeading: localized(
    "Complaints by content class over the periods shown (Pareto)",
    "所列期间的投诉按内容类别统计（柏拉图）",
    "所列期間的投訴按內容類別統計（柏拉圖）",
    "Khiếu nại theo nội dung trong các kỳ hiển thị (Pareto)",
  ),
  contentClass: localized("Content class", "投诉内容类别", "投訴內容類別", "Phân loại theo nội dung"),
  complaints: localized("Complaints", "投诉数", "投訴數", "Số khiếu nại"),
  cumulativePercent: localized("Cumulative %", "累计 %", "累計 %", "Lũy kế %"),

  // Charts ----------------------------------------------------------------------------------------------------
  chartDataHeading: localized(
    "Chart data (formulas; the charts read these cells)",
    "图表数据（公式；图表读取这些单元格）",
    "圖表資料（公式；圖表讀取這些儲存格）",
    "Dữ liệu biểu đồ (công thức; biểu đồ đọc các ô này)",
  ),
  scoresChart: localized(
    "Satisfaction scores by period",
    "各期间满意度得分",
    "各期間滿意度得分",
    "Điểm hài lòng theo kỳ",
  ),
  itemsChart: localized(
    "Item averages by period",
    "各期间调查项目平均分",
    "各期間調查項目平均分",
    "Điểm trung bình tiêu chí theo kỳ",
  ),
  customerChart: localized(
    "Customer trend: {customer}",
    "顾客趋势：{customer}",
    "顧客趨勢：{customer}",
    "Xu hướng khách hàng: {customer}",
  ),
  customerChartPlain: localized("Customer trend", "顾客趋势", "顧客趨勢", "Xu hướng khách hàng"),
  paretoChart: localized(
    "Complaints by content class (Pareto)",
    "投诉内容类别柏拉图",
    "投訴內容類別柏拉圖",
    "Khiếu nại theo nội dung (Pareto)",
  ),
  returnRateChart: localized(
    "Survey return rate against target",
    "调查表回收率与目标",
    "調查表回收率與目標",
    "Tỷ lệ thu hồi phiếu khảo sát so với chỉ tiêu",
  ),
  axisPeriod: localized("Period", "期间", "期間", "Kỳ"),
  axisScore: localized("Score (0–100)", "得分（0–100）", "得分（0–100）", "Điểm (0–100)"),
  axisComplaints: localized("Complaints", "投诉数", "投訴數", "Số khiếu nại"),
  axisPercent: localized("Percent", "百分比", "百分比", "Phần trăm"),
  target: localized("Target", "目标", "目標", "Chỉ tiêu"),

  // The management review -------------------------------------------------------------------------------------
  reviewTitle: localized(
    "Management review: customer satisfaction and complaints",
    "管理评审：顾客满意度与投诉",
    "管理審查：顧客滿意度與投訴",
    "Xem xét của lãnh đạo: sự hài lòng và khiếu nại của khách hàng",
  ),
  reviewPeriod: localized("Period under review", "评审期间", "審查期間", "Kỳ xem xét"),
  previousPeriod: localized("Previous period", "上一期间", "上一期間", "Kỳ trước"),
  preparedOn: localized("Prepared on", "编制日期", "編製日期", "Ngày lập"),
  preparedBy: localized("Prepared by", "编制人", "編製人", "Người lập"),
  approvedBy: localized("Approved by", "批准人", "核准人", "Người phê duyệt"),
  reviewNote: localized(
    "Choose another period in the yellow cell: every figure recalculates. Figures are Excel formulas over the ledger's tables.",
    "在黄色单元格中选择其他期间，所有数据即重新计算。数据均为基于台账表格的 Excel 公式。",
    "在黃色儲存格中選擇其他期間，所有數據即重新計算。數據均為依台帳表格計算的 Excel 公式。",
    "Chọn kỳ khác ở ô màu vàng: mọi số liệu sẽ tự tính lại. Số liệu là công thức Excel tính từ các bảng của sổ.",
  ),
  figuresHeading: localized("Figures against targets", "指标达成情况", "指標達成情況", "Số liệu so với chỉ tiêu"),
  figure: localized("Figure", "指标", "指標", "Chỉ số"),
  thisPeriod: localized("This period", "本期", "本期", "Kỳ này"),
  previous: localized("Previous period", "上期", "上期", "Kỳ trước"),
  change: localized("Change", "变化", "變化", "Thay đổi"),
  result: localized("Result", "达成情况", "達成情況", "Kết quả"),
  trend: localized("Since last period", "较上期", "較上期", "So với kỳ trước"),
  requiredAction: localized("Action required", "须采取的措施", "須採取的措施", "Hành động cần thực hiện"),
  met: localized("Met", "达标", "達標", "Đạt"),
  belowTarget: localized("Below target", "未达标", "未達標", "Không đạt"),
  improved: localized("Improved", "改善", "改善", "Cải thiện"),
  declined: localized("Declined", "下降", "下降", "Giảm sút"),
  unchanged: localized("Unchanged", "持平", "持平", "Không đổi"),
  noData: localized("No data", "无数据", "無資料", "Không có dữ liệu"),
  effective: localized("Effective", "有效", "有效", "Có hiệu quả"),
  notEffective: localized("Not yet effective", "尚未见效", "尚未見效", "Chưa có hiệu quả"),
  improvementReport: localized("Improvement report", "改善报告", "改善報告", "Báo cáo cải tiến"),
  rootCauseAnalysis: localized(
    "Root-cause analysis and action",
    "分析原因并采取纠正措施",
    "分析原因並採取糾正措施",
    "Phân tích nguyên nhân và hành động khắc phục",
  ),
  correctiveAction: localized(
    "Cross-department review and corrective action",
    "会同相关部门检讨并采取纠正措施",
    "會同相關部門檢討並採取糾正措施",
    "Các bộ phận liên quan xem xét và thực hiện hành động khắc phục",
  ),
  complaintAction: localized(
    "Review overdue complaints and close them",
    "检讨逾期投诉并督促结案",
    "檢討逾期投訴並督促結案",
    "Rà soát các khiếu nại quá hạn và đóng hồ sơ",
  ),
  customersHeading: localized(
    "Customers below {target}: corrective action",
    "低于 {target} 分的顾客：纠正措施",
    "低於 {target} 分的顧客：糾正措施",
    "Khách hàng dưới {target}: hành động khắc phục",
  ),
  itemsHeading: localized(
    "Items at or below {target}: root-cause analysis",
    "小于等于 {target} 分的项目：根本原因分析",
    "小於等於 {target} 分的項目：根本原因分析",
    "Tiêu chí không quá {target}: phân tích nguyên nhân gốc",
  ),
  followUpHeading: localized(
    "Last period's actions: effectiveness this period",
    "上期措施：本期效果确认",
    "上期措施：本期效果確認",
    "Hành động kỳ trước: hiệu quả trong kỳ này",
  ),
  followUpCustomers: localized(
    "Customers marked last period",
    "上期标示的顾客",
    "上期標示的顧客",
    "Khách hàng được đánh dấu kỳ trước",
  ),
  followUpItems: localized(
    "Items marked last period",
    "上期标示的项目",
    "上期標示的項目",
    "Tiêu chí được đánh dấu kỳ trước",
  ),
  noneNeedAction: localized("None this period", "本期无", "本期無", "Kỳ này không có"),
  moreOnDashboard: localized(
    "{count} more: see the Dashboard",
    "另有 {count} 项，见仪表板",
    "另有 {count} 項，見儀表板",
    "Còn {count} mục nữa: xem Bảng tổng hợp",
  ),
  complaintsHeading: localized("Complaint statistics", "投诉统计", "投訴統計", "Thống kê khiếu nại"),
  actionsHeading: localized(
    "Proposed actions for the management review",
    "提交管理评审的改善措施",
    "提交管理審查的改善措施",
    "Đề xuất hành động cho cuộc họp xem xét của lãnh đạo",
  ),
  actionNumber: localized("No.", "序号", "序號", "STT"),
  finding: localized("Finding", "问题点", "問題點", "Vấn đề phát hiện"),
  action: localized("Action", "措施", "措施", "Hành động"),
  owner: localized("Owner", "责任人", "責任人", "Người phụ trách"),
  dueDate: localized("Due date", "完成期限", "完成期限", "Hạn hoàn thành"),
  status: localized("Status", "状态", "狀態", "Tình trạng"),
  actionOpen: localized("Open", "进行中", "進行中", "Đang thực hiện"),
  actionDone: localized("Done", "已完成", "已完成", "Đã hoàn thành"),
  scoreFigure: localized("Total score average", "综合得分平均分", "綜合得分平均分", "Tổng điểm trung bình"),
} as const satisfies Record<string, Localized>;

export type ReportLabelKey = keyof typeof REPORT_LABELS;

/** The label in `language` with {placeholders} filled; a placeholder without a value is left visible. */
export function reportLabel(
  key: ReportLabelKey,
  language: Language,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return REPORT_LABELS[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
