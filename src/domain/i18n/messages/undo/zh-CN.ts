import { zhCN as C } from "../../glossary";
import type { Translation } from "../../message-group";
import type { UNDO_MESSAGES as ENGLISH } from "./en";

/** Simplified Chinese: the messages of ./en.ts, key for key. */
export const UNDO_MESSAGES: Translation<typeof ENGLISH> = {
  "records.undo.lastMany": "{kind}：本次一起保存了 {count} 条记录（{ids}）。",
  "records.undo.doneMany": "已删除 {count} 条记录：{ids}。这些编号不会再次使用：下一次保存将取得新的编号。",
  "records.undo.changedMany": `未删除任何记录：{id} 在保存后已被修改（{fields}）。此次保存的 {count} 条记录只能一起撤销。请在${C.sheet}中查看该行，如仍有误请在${C.sheet}中删除。`,
  "records.undo.movedMany":
    "未删除任何记录：{id} 所在的行已不在保存时的位置（有人排序或移动了行）。此次保存的 {count} 条记录只能一起撤销。",
  "records.undo.goneMany": `未删除任何记录：${C.sheet}中已没有 {id}（该行已被删除或编号已更改）。此次保存的 {count} 条记录只能一起撤销。`,
};
