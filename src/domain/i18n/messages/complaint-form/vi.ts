import type { COMPLAINT_FORM_MESSAGES as ENGLISH } from "./en";
import type { Translation } from "../../message-group";

/** Vietnamese: the messages of ./en.ts, key for key. */
export const COMPLAINT_FORM_MESSAGES: Translation<typeof ENGLISH> = {
  "complaintForm.section.intake": "Khách hàng và tiếp nhận",
  "complaintForm.section.product": "Sản phẩm",
  "complaintForm.section.classification": "Phân loại",
  "complaintForm.section.responsibility": "Trách nhiệm",
  "complaintForm.section.approval": "Phê duyệt",
  "complaintForm.section.deadlines": "Thời hạn",
  "complaintForm.demandHint":
    "Ghi nhận khách hàng yêu cầu gì; không hứa trước số tiền bồi thường. Vấn đề pháp lý chuyển cho bộ phận pháp chế.",
  "complaintForm.majorHint": "Khiếu nại nghiêm trọng cần Giám đốc phê duyệt.",
  "complaintForm.majorTitle": "Cần Giám đốc phê duyệt",
  "complaintForm.majorBody":
    "Khiếu nại nghiêm trọng (ảnh hưởng uy tín, gây thiệt hại lớn, hoặc do lãnh đạo cấp cao của khách hàng nêu) do Giám đốc phê duyệt. Hãy điền tình trạng phê duyệt khi bắt đầu xử lý; chỉ được đóng khi đã được phê duyệt.",
  "complaintForm.generalHint": "Khiếu nại thông thường do Giám đốc hoặc phụ trách kỹ thuật phê duyệt.",
  "complaintForm.approvalNeeded": "Bắt buộc vì việc xử lý đã bắt đầu.",
  "complaintForm.dueTitle": "Các hạn",
  "complaintForm.dueWaiting": "Nhập thời điểm tiếp nhận khiếu nại để xem các hạn.",
  "complaintForm.dueSettingsWrong": "Không tính được các hạn: {reason}",
  "complaintForm.customerDateHint": "Để trống để dùng thời hạn theo quy trình.",
  "complaintForm.rule": "trong {duration}",
  "complaintForm.ruleUrgent": "trong {duration}, khẩn cấp",
  "complaintForm.ruleCustomer": "theo hạn của khách hàng",
  "complaintForm.minutes": "{count} phút",
  "complaintForm.hours": "{count} giờ",
  "complaintForm.days": "{count} ngày",
  "complaintForm.workdays": "{count} ngày làm việc",
};
