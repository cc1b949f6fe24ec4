import { vi as V } from "../../glossary";
import type { Translation } from "../../message-group";
import type { UNDO_MESSAGES as ENGLISH } from "./en";

/** Vietnamese: the messages of ./en.ts, key for key. */
export const UNDO_MESSAGES: Translation<typeof ENGLISH> = {
  "records.undo.lastMany": "{kind}: {count} bản ghi đã được lưu cùng lúc trong phiên này ({ids}).",
  "records.undo.doneMany":
    "Đã xóa {count} bản ghi: {ids}. Các mã này sẽ không được dùng lại: lần lưu tiếp theo nhận mã mới.",
  "records.undo.changedMany": `Chưa xóa bản ghi nào: {id} đã bị sửa sau khi lưu ({fields}). {count} bản ghi của lần lưu này chỉ được hoàn tác cùng nhau. Hãy kiểm tra dòng đó trong ${V.sheet} và xóa ở đó nếu vẫn sai.`,
  "records.undo.movedMany":
    "Chưa xóa bản ghi nào: dòng của {id} không còn ở vị trí lúc lưu (có người sắp xếp hoặc di chuyển dòng). {count} bản ghi của lần lưu này chỉ được hoàn tác cùng nhau.",
  "records.undo.goneMany": `Chưa xóa bản ghi nào: {id} không còn trong ${V.sheet} (dòng đã bị xóa hoặc mã đã bị đổi). {count} bản ghi của lần lưu này chỉ được hoàn tác cùng nhau.`,
};
