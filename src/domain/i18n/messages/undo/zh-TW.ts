import { zhTW as T } from "../../glossary";
import type { Translation } from "../../message-group";
import type { UNDO_MESSAGES as ENGLISH } from "./en";

/** Traditional Chinese: the messages of ./en.ts, key for key. */
export const UNDO_MESSAGES: Translation<typeof ENGLISH> = {
  "records.undo.lastMany": "{kind}：本次一起儲存了 {count} 筆記錄（{ids}）。",
  "records.undo.doneMany": "已刪除 {count} 筆記錄：{ids}。這些編號不會再次使用：下一次儲存將取得新的編號。",
  "records.undo.changedMany": `未刪除任何記錄：{id} 在儲存後已被修改（{fields}）。此次儲存的 {count} 筆記錄只能一起復原。請在${T.sheet}中查看該列，如仍有誤請在${T.sheet}中刪除。`,
  "records.undo.movedMany":
    "未刪除任何記錄：{id} 所在的列已不在儲存時的位置（有人排序或移動了列）。此次儲存的 {count} 筆記錄只能一起復原。",
  "records.undo.goneMany": `未刪除任何記錄：${T.sheet}中已沒有 {id}（該列已被刪除或編號已變更）。此次儲存的 {count} 筆記錄只能一起復原。`,
};
