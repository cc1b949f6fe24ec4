/**
 * What saving will change in the text of a field, said next to it before the save (nothing typed is changed
 * without a word). The rules are the record validation's (src/domain/records): control characters other than
 * tab, line feed and carriage return are removed (a cell cannot hold them); one-line text turns tabs, line breaks
 * and runs of spaces into one space; phone numbers, email addresses, periods and durations are saved in their
 * canonical form ("0912 000 111" as "0912000111").
 */
import type { MessageKey, MessageValues } from "../../domain/i18n/translate";
import { normaliseCell } from "../../domain/records";
import type { ColumnSpec } from "../../domain/schema";

/** As src/domain/records/text.ts strips them. */
const CONTROL = /[^\P{Cc}\t\n\r]/gu;
/** White space one-line text does not keep as typed: a tab, a line break, or more than one space in a row. */
const JOINED_SPACE = /[\t\n\r]|\s{2,}/u;

/** Columns whose text is cleaned as typed text (the others are choices, numbers and dates from their controls). */
const TEXT_TYPES: ReadonlySet<ColumnSpec["type"]> = new Set([
  "text",
  "reference",
  "longText",
  "phone",
  "email",
  "period",
  "duration",
]);
/** One-line columns whose text keeps its words: their white space is joined. */
const ONE_LINE_TYPES: ReadonlySet<ColumnSpec["type"]> = new Set(["text", "reference"]);
/** Columns saved in a canonical form of what was typed. */
const CANONICAL_TYPES: ReadonlySet<ColumnSpec["type"]> = new Set(["phone", "email", "period", "duration"]);

export interface TypedChange {
  readonly key: MessageKey;
  readonly values?: MessageValues;
}

/** The changes saving makes to `text` in `column`, as messages; none for text saved as typed (ends trimmed aside). */
export function typedChanges(column: ColumnSpec, text: string): TypedChange[] {
  if (!TEXT_TYPES.has(column.type)) return [];
  const changes: TypedChange[] = [];
  const removed = text.match(CONTROL)?.length ?? 0;
  if (removed === 1) changes.push({ key: "form.note.controlRemovedOne" });
  if (removed > 1) changes.push({ key: "form.note.controlRemoved", values: { count: removed } });
  const kept = text.replace(CONTROL, "").trim();
  if (ONE_LINE_TYPES.has(column.type) && JOINED_SPACE.test(kept)) changes.push({ key: "form.note.breaksAsSpaces" });
  if (CANONICAL_TYPES.has(column.type) && kept !== "") {
    // The language only reads choice labels; these columns hold none.
    const outcome = normaliseCell(column, text, "en");
    if (outcome.ok && typeof outcome.value === "string" && outcome.value !== kept) {
      changes.push({ key: "form.note.savedAs", values: { value: outcome.value } });
    }
  }
  return changes;
}
