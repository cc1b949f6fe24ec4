/**
 * Correcting a stored record (a closed complaint whose closing date was mistyped, say): the cells change through
 * the ordinary update, and the reason is kept in the record itself, in its notes, as a dated line in the
 * workbook's language, so that anyone reading the sheet sees what was corrected, when and why.
 *
 * Only Customers has a notes column today. Feedback keeps the line in its handling record ("Action taken"), where
 * the department writes what was done. The other ledgers have no column that could hold it without putting it
 * into text the customer wrote or an 8D report shows: they need a notes column (see reasonColumnKey).
 */
import { dateOfSerial } from "../excel-date";
import { listText } from "../i18n/glossary";
import type { Language } from "../i18n/language";
import { type Localized, localized } from "../schema";
import type { RecordKind } from "./entries";

/** Where the reason goes in each ledger when it has no notes column of its own. */
const FALLBACK: { readonly [kind in RecordKind]?: string } = { feedback: "action" };

/** The word that starts the line, in the workbook's language. */
export const CORRECTION_WORD: Localized = localized("Correction", "更正", "更正", "Đính chính");

/** Excel keeps at most 32,767 characters in a cell. */
export const NOTE_LIMIT = 32_767;

/**
 * The column that keeps a correction's reason: the table's `notes` column when its plan has one (any ledger, once
 * the schema gives it one), else its FALLBACK; undefined when the ledger has neither.
 */
export function reasonColumnKey(kind: RecordKind, columnKeys: readonly string[]): string | undefined {
  if (columnKeys.includes("notes")) return "notes";
  const fallback = FALLBACK[kind];
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
