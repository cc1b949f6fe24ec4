/**
 * Ids that were given out and then taken back (a save undone from the task pane). nextRecordId allocates after the
 * highest id it is shown, so an undone row, once deleted, would give its id to the next save; the ids kept here are
 * shown to it too, and an id once given never names another record.
 *
 * Per table, one id per prefix and year is enough: the highest taken back. The list is kept as Excel text (a
 * defined name's string constant, at most 255 characters), so the newest years are kept when it would not fit.
 */
import { parseRecordId } from "./record-id";

/** Excel's longest string constant in a formula. */
export const ISSUED_IDS_MAX_TEXT = 255;

/** The ids in a list's text (space-separated), anything that is not an id dropped. */
export function parseIssuedIds(text: unknown): string[] {
  if (typeof text !== "string") return [];
  return text
    .split(/\s+/)
    .map((word) => word.trim())
    .filter((word) => parseRecordId(word) !== undefined);
}

/** The list as text: space-separated, as parseIssuedIds reads it. */
export function issuedIdsText(ids: readonly string[]): string {
  return ids.join(" ");
}

/**
 * The list with `id` in it: the highest id of each prefix and year, newest year first, as many as fit in Excel's
 * 255 characters. Throws a RangeError for text that is not a record id.
 */
export function withIssuedId(ids: readonly string[], id: string): string[] {
  const added = parseRecordId(id);
  if (!added) throw new RangeError(`"${id}" is not a record id.`);
  const highest = new Map<string, { id: string; year: number; serial: number }>();
  for (const text of [...ids, id]) {
    const parsed = parseRecordId(text);
    if (!parsed) continue;
    const key = `${parsed.prefix}-${parsed.year}`;
    const known = highest.get(key);
    if (!known || parsed.serial > known.serial) {
      highest.set(key, { id: text.trim().toUpperCase(), year: parsed.year, serial: parsed.serial });
    }
  }
  const newestFirst = [...highest.values()].sort((a, b) => b.year - a.year || a.id.localeCompare(b.id));
  const kept: string[] = [];
  for (const { id: keptId } of newestFirst) {
    if (issuedIdsText([...kept, keptId]).length > ISSUED_IDS_MAX_TEXT) break;
    kept.push(keptId);
  }
  return kept;
}
