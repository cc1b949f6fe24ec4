/**
 * Correcting a stored record (a closed complaint whose closing date was mistyped, say): the cells change through
 * the ordinary update, and the reason is kept in the record itself, in its notes, as a dated line in the
 * workbook's language, so that anyone reading the sheet sees what was corrected, when and why.
 *
 * Every record table ends with a notes column (src/domain/schema/tables.ts): the line goes there, never into text
 * the customer wrote or an 8D report shows. A workbook set up before the notes columns gets them on Set up, and
 * takes no write to such a table until then. Feedback's handling record ("Action taken", where the department
 * writes what was done) stays its fallback for a table without notes (reasonColumnKey: notes first).
 */
import { dateOfSerial } from "../excel-date";
import { listText } from "../i18n/glossary";
import type { Language } from "../i18n/language";
import { type Localized, type TableKey, localized } from "../schema";

/** Where the reason goes in a table that has no notes column of its own. */
const FALLBACK: { readonly [key in TableKey]?: string } = { feedback: "action" };

/** The word that starts the line, in the workbook's language. */
export const CORRECTION_WORD: Localized = localized("Correction", "更正", "更正", "Đính chính");

/** Excel keeps at most 32,767 characters in a cell. */
export const NOTE_LIMIT = 32_767;

/**
 * The column that keeps a correction's reason, among the table's `columnKeys`: `notes` when it is there (any
 * table), else the table's FALLBACK; undefined when it has neither.
 */
export function reasonColumnKey(table: TableKey, columnKeys: readonly string[]): string | undefined {
  if (columnKeys.includes("notes")) return "notes";
  const fallback = FALLBACK[table];
  return fallback !== undefined && columnKeys.includes(fallback) ? fallback : undefined;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** A date-time serial as "2026-11-25 10:00". */
function stamp(serial: number): string {
  const minutes = Math.round((serial - Math.floor(serial)) * 1440);
  const { year, month, day } = dateOfSerial(Math.floor(serial) + Math.floor(minutes / 1440));
  const time = minutes % 1440;
  return `${year}-${pad(month)}-${pad(day)} ${pad(Math.floor(time / 60))}:${pad(time % 60)}`;
}

export interface CorrectionNote {
  /** What the reason column holds now (null when blank). */
  readonly existing: string | null;
  readonly reason: string;
  /** When the correction is saved: an Excel serial. */
  readonly at: number;
  /** The corrected columns' headers, in the workbook's language. */
  readonly fields: readonly string[];
  /** The workbook's (data) language. */
  readonly language: Language;
}

/**
 * The reason column's new text: what it held, then "[2026-11-25 10:00 Correction: Closed at, Status] reason" on a
 * line of its own. The reason is one line (its line breaks become spaces).
 */
export function correctionNote({ existing, reason, at, fields, language }: CorrectionNote): string {
  const colon = language === "zh-CN" || language === "zh-TW" ? "：" : ": ";
  const list = listText(language, fields);
  const line = `[${stamp(at)} ${CORRECTION_WORD[language]}${colon}${list}] ${reason.replace(/\s+/g, " ").trim()}`;
  const before = existing?.trim() ?? "";
  return before === "" ? line : `${before}\n${line}`;
}
