import type { ACTION_MESSAGES as ENGLISH } from "./en";
import type { Translation } from "../../message-group";

/** Vietnamese: the messages of ./en.ts, key for key. */
export const ACTION_MESSAGES: Translation<typeof ENGLISH> = {
  "actions.title": "Cảnh báo khảo sát và hành động khắc phục",
  "actions.intro":
    "Những việc cần làm khi kết quả khảo sát thấp: báo cáo cải tiến, phân tích nguyên nhân gốc hoặc các bộ phận liên quan cùng xem xét. Nhận một cảnh báo để giao người phụ trách và hạn hoàn thành; kết quả kỳ sau xác nhận hành động có hiệu quả hay không.",
  "actions.reading": "Đang đọc các hành động khắc phục…",
  "actions.readFailed": "Không đọc được các hành động khắc phục: {reason}",
  "actions.tableMissing":
    "Sổ làm việc này chưa có bảng CorrectiveActions. Thiết lập ở Trang chủ sẽ thêm bảng này mà không thay đổi gì khác; sau đó có thể nhận các cảnh báo dưới đây.",
  "actions.alertsHeading": "Cảnh báo chờ hành động: {count}",
  "actions.alertsLabel": "Cảnh báo chờ hành động",
  "actions.noAlerts": "Không có kết quả khảo sát nào đang chờ hành động.",
  "actions.actionsHeading": "Hành động đã nhận: {count}",
  "actions.actionsLabel": "Các hành động khắc phục đã nhận",
  "actions.noActions": "Chưa có hành động khắc phục nào.",
  "actions.showMore": "Xem thêm {count}",
  "actions.finding.surveyTotal": "Tổng điểm {figure}, dưới {threshold}",
  "actions.finding.itemScore": "{item}: {figure} điểm, không quá {threshold}",
  "actions.finding.customerScore": "Điểm của khách hàng trong kỳ {figure}, dưới {threshold}",
  "actions.finding.returnRate": "Tỷ lệ thu hồi phiếu {figure} %, dưới {threshold} %",
  "actions.subject": "{subject} · {period}",
  "actions.allCustomers": "Tất cả khách hàng",
  "actions.fromReturns": "Từ {ids}",
  "actions.take": "Nhận hành động",
  "actions.takeLabel": "Nhận hành động: {alert}",
  "actions.takeTitle": "Nhận cảnh báo thành hành động",
  "actions.takeHint":
    "Được lưu thành một dòng của bảng CorrectiveActions; sau đó cảnh báo được liệt kê là hành động này.",
  "actions.save": "Lưu hành động",
  "actions.saved": "Đã lưu {id}: {kind} cho {subject}, người phụ trách {owner}, hạn {due}.",
  "actions.invalid": "Hãy kiểm tra trước khi lưu: {problems}",
  "actions.back": "Quay lại danh sách",
  "actions.openLabel": "{id}: {kind}, {subject}",
  "actions.owner": "Người phụ trách: {owner}",
  "actions.due": "Hạn {date}",
  "actions.overdue": "Quá hạn: hạn là {date}",
  "actions.doneOn": "Hoàn thành {date}",
  "actions.markDoneTitle": "Ghi lại biện pháp đã thực hiện",
  "actions.markDone": "Đánh dấu đã hoàn thành",
  "actions.whatRequired": "Hãy ghi biện pháp đã thực hiện trước khi đánh dấu hoàn thành.",
  "actions.doneSaved": "{id} đã hoàn thành.",
  "actions.effectiveness.pending.notFinished":
    "Hiệu quả: chờ đến khi {period} kết thúc và các phiếu khảo sát được thu hồi.",
  "actions.effectiveness.pending.noData": "Hiệu quả: đang chờ, {period} chưa có kết quả.",
  "actions.effectiveness.pending.unknownPeriod": "Hiệu quả: không xác nhận được, kỳ của hành động này không có kỳ sau.",
  "actions.effectiveness.effective": "Đã xác nhận có hiệu quả: {figure} trong {period} (chỉ tiêu {threshold}).",
  "actions.effectiveness.notEffective":
    "Chưa có hiệu quả: {figure} trong {period} (chỉ tiêu {threshold}). Cần hành động tiếp.",
  "actions.effectiveness.recorded": "Đã ghi xác nhận hiệu quả ngày {date}: {result}.",
  "actions.recordCheckTitle": "Xác nhận hiệu quả",
  "actions.recordCheck": "Ghi xác nhận hiệu quả",
  "actions.checkSaved": "Đã ghi xác nhận hiệu quả của {id}: {result}.",
};
