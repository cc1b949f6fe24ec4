/**
 * Record ids `<prefix>-<year>-<serial>` (CC-2026-0042): the prefix of the table (TableSpec.idPrefix), the year the
 * record was received, and a serial counted per prefix and year, at least 4 digits and more when needed
 * (CC-2026-10000). Ids are read back trimmed and with the prefix in any case, as people retype them.
 */
import { dateOfSerial } from "../excel-date";

export interface RecordId {
  /** Upper case letters, e.g. "CC". */
  readonly prefix: string;
  readonly year: number;
  /** From 1. */
  readonly serial: number;
}

const PREFIX = /^[A-Z]{1,8}$/;
const RECORD_ID = /^([A-Za-z]{1,8})-(\d{4})-(\d{4,16})$/;
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;
const SERIAL_DIGITS = 4;

/** The id text; throws a RangeError for a prefix that is not 1–8 letters, a year outside 1900–9999, a serial < 1. */
export function formatRecordId(prefix: string, year: number, serial: number): string {
  const letters = prefix.trim().toUpperCase();
  if (!PREFIX.test(letters)) throw new RangeError(`An id prefix is 1–8 letters, not "${prefix}".`);
  if (!isYear(year)) throw new RangeError(`An id year is a year from ${FIRST_YEAR} to ${LAST_YEAR}, not ${year}.`);
  if (!Number.isSafeInteger(serial) || serial < 1) {
    throw new RangeError(`An id serial is a whole number from 1, not ${serial}.`);
  }
  return `${letters}-${year}-${String(serial).padStart(SERIAL_DIGITS, "0")}`;
}

/** The parts of an id (prefix upper-cased), or undefined for anything that is not one (junk, blank, a number). */
export function parseRecordId(text: unknown): RecordId | undefined {
  if (typeof text !== "string") return undefined;
  const match = RECORD_ID.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[2]);
  const serial = Number(match[3]);
  if (!isYear(year) || serial < 1 || !Number.isSafeInteger(serial)) return undefined;
  return { prefix: match[1].toUpperCase(), year, serial };
}

/**
 * The id after the highest of this prefix and year among existing ids (a table's id column as read, blanks and
 * junk included), or serial 1 when there is none. Gaps left by deleted rows are not reused: an id once given never
 * names another record.
 */
export function nextRecordId(prefix: string, year: number, existingIds: Iterable<unknown>): string {
  const wanted = prefix.trim().toUpperCase();
  let highest = 0;
  for (const text of existingIds) {
    const id = parseRecordId(text);
    if (id && id.prefix === wanted && id.year === year && id.serial > highest) highest = id.serial;
  }
  return formatRecordId(wanted, year, highest + 1);
}

/**
 * The year an id carries: of an Excel date serial (a received-at cell), or of a Date in the computer's own time
 * zone (now, as the person entering the record sees it).
 */
export function recordYear(when: number | Date): number {
  return typeof when === "number" ? dateOfSerial(when).year : when.getFullYear();
}

function isYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}
