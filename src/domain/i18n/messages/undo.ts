import { en as E, vi as V, zhCN as C, zhTW as T } from "../glossary";
import { messageGroup } from "../message-group";

/**
 * Undoing a save of several rows (a survey dispatch to several customers): taken back whole or not at all, so a
 * refusal names the row that stopped it and says that nothing was deleted. One row's undo is in records.ts.
 */
export const UNDO_MESSAGES = messageGroup({
  en: {
    "records.undo.lastMany": "{kind}: {count} records saved together in this session ({ids}).",
    "records.undo.doneMany":
      "{count} records were removed: {ids}. Their IDs will not be given again: the next save takes new ones.",
    "records.undo.changedMany": `Nothing was removed: {id} was changed after it was saved ({fields}). The {count} records of this save are taken back together or not at all. Check the row in the ${E.sheet} and delete there what is still wrong.`,
    "records.undo.movedMany":
      "Nothing was removed: the row of {id} is no longer where it was saved (rows were sorted or moved). The {count} records of this save are taken back together or not at all.",
    "records.undo.goneMany": `Nothing was removed: {id} is no longer in the ${E.sheet} (its row was deleted or its ID changed). The {count} records of this save are taken back together or not at all.`,
  },
  "zh-CN": {
    "records.undo.lastMany": "{kind}：本次一起保存了 {count} 条记录（{ids}）。",
    "records.undo.doneMany": "已删除 {count} 条记录：{ids}。这些编号不会再次使用：下一次保存将取得新的编号。",
    "records.undo.changedMany": `未删除任何记录：{id} 在保存后已被修改（{fields}）。此次保存的 {count} 条记录只能一起撤销。请在${C.sheet}中查看该行，如仍有误请在${C.sheet}中删除。`,
    "records.undo.movedMany":
      "未删除任何记录：{id} 所在的行已不在保存时的位置（有人排序或移动了行）。此次保存的 {count} 条记录只能一起撤销。",
    "records.undo.goneMany": `未删除任何记录：${C.sheet}中已没有 {id}（该行已被删除或编号已更改）。此次保存的 {count} 条记录只能一起撤销。`,
  },
  "zh-TW": {
    "records.undo.lastMany": "{kind}：本次一起儲存了 {count} 筆記錄（{ids}）。",
    "records.undo.doneMany": "已刪除 {count} 筆記錄：{ids}。這些編號不會再次使用：下一次儲存將取得新的編號。",
    "records.undo.changedMany": `未刪除任何記錄：{id} 在儲存後已被修改（{fields}）。此次儲存的 {count} 筆記錄只能一起復原。請在${T.sheet}中查看該列，如仍有誤請在${T.sheet}中刪除。`,
    "records.undo.movedMany":
      "未刪除任何記錄：{id} 所在的列已不在儲存時的位置（有人排序或移動了列）。此次儲存的 {count} 筆記錄只能一起復原。",
    "records.undo.goneMany": `未刪除任何記錄：${T.sheet}中已沒有 {id}（該列已被刪除或編號已變更）。此次儲存的 {count} 筆記錄只能一起復原。`,
  },
  vi: {
    "records.undo.lastMany": "{kind}: {count} bản ghi đã được lưu cùng lúc trong phiên này ({ids}).",
    "records.undo.doneMany":
      "Đã xóa {count} bản ghi: {ids}. Các mã này sẽ không được dùng lại: lần lưu tiếp theo nhận mã mới.",
    "records.undo.changedMany": `Chưa xóa bản ghi nào: {id} đã bị sửa sau khi lưu ({fields}). {count} bản ghi của lần lưu này chỉ được hoàn tác cùng nhau. Hãy kiểm tra dòng đó trong ${V.sheet} và xóa ở đó nếu vẫn sai.`,
    "records.undo.movedMany":
      "Chưa xóa bản ghi nào: dòng của {id} không còn ở vị trí lúc lưu (có người sắp xếp hoặc di chuyển dòng). {count} bản ghi của lần lưu này chỉ được hoàn tác cùng nhau.",
    "records.undo.goneMany": `Chưa xóa bản ghi nào: {id} không còn trong ${V.sheet} (dòng đã bị xóa hoặc mã đã bị đổi). {count} bản ghi của lần lưu này chỉ được hoàn tác cùng nhau.`,
  },
});
