import { ACTION_MESSAGES } from "../messages/actions";
import { CASE_MESSAGES } from "../messages/cases";
import { COMPLAINT_FORM_MESSAGES } from "../messages/complaint-form";
import { FUNCTIONS_AVAILABILITY_MESSAGES } from "../messages/functions-availability";
import { RECORD_FORM_MESSAGES } from "../messages/record-form";
import { REPORT_MESSAGES } from "../messages/reports";
import { RECORD_MESSAGES } from "../messages/records";
import { SURVEY_FORM_MESSAGES } from "../messages/survey-forms";
import type { Catalogue } from "./en";

/** Tiếng Việt: thuật ngữ theo "Quy trình đánh giá thỏa mãn khách hàng". */
export const vi: Catalogue = {
  "app.name": "Sổ VOC – Ý kiến khách hàng",
  "app.outsideExcel": "Hãy mở Sổ VOC từ thẻ Trang đầu trong Excel để làm việc với sổ làm việc.",
  "nav.label": "Mục",
  "nav.home": "Trang đầu",
  "nav.record": "Ghi nhận",
  "nav.cases": "Hồ sơ",
  "nav.reports": "Báo cáo",
  "nav.settings": "Cài đặt",
  "home.title": "Sổ làm việc này",
  "home.intro":
    "Ý kiến phản hồi, khiếu nại và phiếu khảo sát được ghi thành các dòng của bảng Excel, nên sổ làm việc chính là hồ sơ.",
  "home.refresh": "Làm mới",
  "home.reading": "Đang đọc sổ làm việc…",
  "home.readFailed": "Không đọc được sổ làm việc: {reason}",
  "home.sheets": "Trang tính: {count}",
  "home.tables": "Bảng",
  "home.noTables": "Sổ làm việc này chưa có bảng nào.",
  "home.tableRows": "{name} — {count} dòng",
  "home.functionsTitle": "Công thức",
  "home.functionsHint": "Xếp loại một điểm số ở bất kỳ ô nào của sổ làm việc, ví dụ:",
  "setup.title": "Các bảng của sổ",
  "setup.notSetUp":
    "Sổ làm việc này chưa được thiết lập cho Sổ VOC. Thiết lập sẽ tạo các trang tính và bảng mà Sổ VOC ghi vào, tiêu đề bằng {language}; từ đó sổ làm việc giữ nguyên ngôn ngữ này.",
  "setup.setUpIn": "Đã thiết lập bằng {language}.",
  "setup.languageKept":
    "Tiêu đề, tên trang tính và các lựa chọn trong danh sách luôn giữ {language}, dù ngăn tác vụ dùng ngôn ngữ nào.",
  "setup.upToDate": "Mọi trang tính, bảng và cột đã đầy đủ: không cần thiết lập gì.",
  "setup.wouldChange": "Thiết lập sẽ tạo {sheets} trang tính và {tables} bảng, thêm {columns} cột. Không xóa gì.",
  "setup.checking": "Đang kiểm tra sổ làm việc…",
  "setup.checkFailed": "Không thể kiểm tra sổ làm việc: {reason}",
  "setup.checkAgain": "Kiểm tra lại",
  "setup.action": "Thiết lập sổ",
  "setup.working": "Đang thiết lập sổ…",
  "setup.done": "Xong: đã tạo {sheets} trang tính và {tables} bảng, thêm {columns} cột.",
  "setup.unchanged": "Sổ làm việc đã được thiết lập, không cần thay đổi gì.",
  "setup.failed": "Không thể thiết lập sổ làm việc: {reason}",
  "setup.problems": "Giữ nguyên để bạn kiểm tra:",
  "record.title": "Ghi nhận",
  "record.intro": "Ghi ý kiến phản hồi, khiếu nại, việc gửi và thu hồi phiếu khảo sát của khách hàng.",
  "cases.title": "Hồ sơ",
  "cases.intro": "Khiếu nại chưa đóng, phản hồi chờ trả lời và phiếu khảo sát chờ thu hồi, quá hạn lâu nhất trước.",
  "reports.title": "Báo cáo",
  "reports.intro": "Bảng tổng hợp, biểu đồ xu hướng và trang xem xét của lãnh đạo.",
  "settings.title": "Cài đặt",
  "settings.language": "Ngôn ngữ",
  "settings.languageFollowOffice": "Giống Office ({language})",
  "settings.languageHint": "Đổi ngôn ngữ của ngăn tác vụ này trên máy tính này.",
  "settings.theme": "Giao diện",
  "settings.themeHint": "Theo giao diện của Office: {theme}.",
  "theme.light": "sáng",
  "theme.dark": "tối",
  "language.en": "English",
  "language.zh-CN": "简体中文",
  "language.zh-TW": "繁體中文",
  "language.vi": "Tiếng Việt",
  "validation.required": "Cần nhập {field}.",
  "validation.tooLong": "{field} quá dài: tối đa {maxLength} ký tự.",
  "validation.notText": "{field} phải là văn bản.",
  "validation.notANumber": "{field} phải là một số, không phải “{value}”.",
  "validation.notAWholeNumber": "{field} phải là số nguyên, không phải “{value}”.",
  "validation.notAPercent": "{field} phải là tỷ lệ phần trăm, ví dụ 3 hoặc 3%, không phải “{value}”.",
  "validation.belowMin": "{field} phải từ {min} trở lên.",
  "validation.aboveMax": "{field} không được lớn hơn {max}.",
  "validation.outOfRange": "{field} phải nằm trong khoảng từ {min} đến {max}.",
  "validation.notADate": "{field} phải là một ngày, ví dụ 2026-11-21, không phải “{value}”.",
  "validation.notADateTime": "{field} phải là ngày và giờ, ví dụ 2026-11-21 14:30, không phải “{value}”.",
  "validation.dateOutOfRange": "{field} phải là ngày từ {min} đến {max}.",
  "validation.notABoolean": "{field} phải là TRUE hoặc FALSE, không phải “{value}”.",
  "validation.notAChoice": "{field}: “{value}” không có trong danh sách lựa chọn.",
  "validation.notAPhone":
    "{field}: “{value}” không phải là số điện thoại. Hãy nhập số Việt Nam bắt đầu bằng 0, số di động Trung Quốc (11 chữ số) hoặc số cố định kèm mã vùng, hoặc dấu + và mã quốc gia.",
  "validation.notAnEmail": "{field}: “{value}” không phải là địa chỉ email, ví dụ ten@example.com.",
  "validation.notAPeriod": "{field} phải là một kỳ, ví dụ 2026-Q3, 2026-H2, 2026-07 hoặc 2026, không phải “{value}”.",
  "validation.notADuration": "{field} phải là một khoảng thời gian, ví dụ 24h, 30m, 7d hoặc 3wd, không phải “{value}”.",
  "validation.beforeOther": "{field} không được sớm hơn {other}.",
  "validation.afterOther": "{field} không được muộn hơn {other}.",
  "validation.closedNeedsDate": "Khi tình trạng là “{status}”, cần nhập {field}.",
  "validation.dateNeedsClosedStatus":
    "Chỉ nhập {field} khi tình trạng là “{status}”: hãy xóa ngày này hoặc đổi tình trạng.",
  "validation.approvalRequired":
    "Khiếu nại “{severity}” cần giám đốc phê duyệt: hãy nhập {field} trước khi bắt đầu xử lý.",
  "validation.approvalBeforeClosing": "Khiếu nại “{severity}” chỉ được đóng khi {field} là “{approved}”.",
  "validation.noRatings": "Hãy nhập ít nhất một điểm đánh giá: mọi câu hỏi trong phiếu đều đang để trống.",
  "schema.missingSheet": "Thiếu trang tính “{sheet}”.",
  "schema.missingSheet.fix":
    "Hãy chạy lại Thiết lập sổ làm việc: trang tính “{sheet}” sẽ được tạo lại mà không động đến dữ liệu của bạn.",
  "schema.missingTable": "Thiếu bảng {table}.",
  "schema.missingTable.fix":
    "Hãy chạy lại Thiết lập sổ làm việc: bảng {table} sẽ được tạo lại mà không động đến các dữ liệu khác của bạn.",
  "schema.convertedToRange": "Bảng {table} trên trang tính “{sheet}” đã bị chuyển thành vùng dữ liệu thường.",
  "schema.convertedToRange.fix":
    "Hãy chọn dữ liệu trên trang tính “{sheet}”, chọn Chèn ▸ Bảng, rồi đặt tên bảng là {table} (Thiết kế Bảng ▸ Tên Bảng).",
  "schema.missingColumn": "Bảng {table} không có cột “{column}”.",
  "schema.missingColumn.fix":
    "Hãy hoàn tác thao tác xóa, hoặc chèn vào bảng {table} một cột có tiêu đề “{column}”, rồi lưu lại.",
  "schema.renamedColumn": "Cột “{column}” của bảng {table} nay có tiêu đề “{found}”.",
  "schema.renamedColumn.fix":
    "Hãy đổi tên cột “{found}” trở lại thành “{column}”: phần bổ trợ ghi theo tiêu đề cột và không tự đoán.",
  "schema.movedColumn": "Cột “{column}” của bảng {table} đã bị di chuyển.",
  "schema.movedColumn.fix":
    "Hãy đưa cột “{column}” về vị trí cũ trong bảng {table} (hoặc hoàn tác việc di chuyển), rồi lưu lại.",
  "schema.protectedSheet": "Trang tính “{sheet}” đang được bảo vệ nên không ghi được.",
  "schema.protectedSheet.fix": "Hãy bỏ bảo vệ trang tính “{sheet}” (Xem lại ▸ Bỏ bảo vệ Trang tính), rồi lưu lại.",
  "schema.filteredTable": "Bảng {table} đang được lọc nên các dòng ghi vào có thể bị ẩn.",
  "schema.filteredTable.fix": "Hãy xóa bộ lọc của bảng {table} (Dữ liệu ▸ Xóa), rồi lưu lại.",
  "schema.sortedTable": "Bảng {table} đang được sắp xếp nên các dòng sẽ không còn theo thứ tự đã ghi nhận.",
  "schema.sortedTable.fix": "Hãy xóa sắp xếp của bảng {table} (Dữ liệu ▸ Xóa), rồi lưu lại.",
  "schema.duplicateId": "Mã {id} xuất hiện nhiều lần trong bảng {table}.",
  "schema.duplicateId.fix":
    "Hãy xóa dòng trùng hoặc đặt mã mới cho dòng đó trong bảng {table} để mã {id} chỉ thuộc về một hồ sơ, rồi lưu lại.",
  ...RECORD_FORM_MESSAGES.vi,
  ...COMPLAINT_FORM_MESSAGES.vi,
  ...SURVEY_FORM_MESSAGES.vi,
  ...CASE_MESSAGES.vi,
  ...ACTION_MESSAGES.vi,
  ...REPORT_MESSAGES.vi,
  ...FUNCTIONS_AVAILABILITY_MESSAGES.vi,
  ...RECORD_MESSAGES.vi,
};
