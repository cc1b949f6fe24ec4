import { vi as V, zhCN as C, zhTW as T, capitalized as cap } from "../glossary";
import { messageGroup } from "../message-group";

/**
 * Home's notice where Excel cannot run custom functions: the VOC.* formulas are unavailable there, but every figure
 * of the ledger is a native Excel formula. Words follow the reports: 仪表板 / 儀表板 / Bảng tổng hợp.
 */
export const FUNCTIONS_AVAILABILITY_MESSAGES = messageGroup({
  en: {
    "home.functionsUnavailable.title": "VOC functions do not run in this Excel",
    "home.functionsUnavailable.body":
      "This version of Excel cannot run custom functions, so VOC.* formulas show #NAME? here. Nothing in the ledger depends on them: every score, grade, rate and due date in its tables, the dashboard and the management review sheet is an Excel formula of its own, and the forms record as usual.",
    "home.functionsUnavailable.dismiss": "Dismiss",
  },
  "zh-CN": {
    "home.functionsUnavailable.title": "此版本 Excel 无法运行 VOC 函数",
    "home.functionsUnavailable.body": `此版本的 Excel 不能运行自定义函数，因此 VOC.* 公式在这里显示 #NAME?。台账并不依赖这些函数：表格、${C.dashboard}和${C.managementReview}表中的每个得分、等级、比率和期限都是 Excel 自身的公式，表单也照常登记。`,
    "home.functionsUnavailable.dismiss": "关闭",
  },
  "zh-TW": {
    "home.functionsUnavailable.title": "此版本 Excel 無法執行 VOC 函數",
    "home.functionsUnavailable.body": `此版本的 Excel 無法執行自訂函數，因此 VOC.* 公式在這裡顯示 #NAME?。台帳並不依賴這些函數：表格、${T.dashboard}和${T.managementReview}表中的每個得分、等級、比率和期限都是 Excel 本身的公式，表單也照常登記。`,
    "home.functionsUnavailable.dismiss": "關閉",
  },
  vi: {
    "home.functionsUnavailable.title": "Phiên bản Excel này không chạy được các hàm VOC",
    "home.functionsUnavailable.body": `Phiên bản Excel này không chạy được hàm tùy chỉnh, nên các công thức VOC.* hiện #NAME? tại đây. Sổ không phụ thuộc vào các hàm này: mọi điểm, xếp loại, tỷ lệ và thời hạn trong các bảng, trang ${cap(V.dashboard)} và trang ${V.managementReview} đều là công thức Excel riêng, và các biểu mẫu vẫn ghi nhận như thường.`,
    "home.functionsUnavailable.dismiss": "Đóng",
  },
});
