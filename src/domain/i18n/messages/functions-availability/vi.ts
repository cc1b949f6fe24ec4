import { vi as V, capitalized as cap } from "../../glossary";
import type { FUNCTIONS_AVAILABILITY_MESSAGES as ENGLISH } from "./en";
import type { Translation } from "../../message-group";

/** Vietnamese: the messages of ./en.ts, key for key. */
export const FUNCTIONS_AVAILABILITY_MESSAGES: Translation<typeof ENGLISH> = {
  "home.functionsUnavailable.title": "Phiên bản Excel này không chạy được các hàm VOC",
  "home.functionsUnavailable.body": `Phiên bản Excel này không chạy được hàm tùy chỉnh, nên các công thức VOC.* hiện #NAME? tại đây. Sổ không phụ thuộc vào các hàm này: mọi điểm, xếp loại, tỷ lệ và thời hạn trong các bảng, trang ${cap(V.dashboard)} và trang ${V.managementReview} đều là công thức Excel riêng, và các biểu mẫu vẫn ghi nhận như thường.`,
  "home.functionsUnavailable.dismiss": "Đóng",
};
