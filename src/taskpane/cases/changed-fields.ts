import { listText } from "../../domain/i18n/glossary";
import type { Language } from "../../domain/i18n/language";
import { type TableSpec, columnSpec, headerOf } from "../../domain/schema";

/**
 * The headers of the changed columns, in the UI language, for "Saved to CC-2026-0001: Approval, Root cause." (in
 * Chinese listed with 、).
 */
export function changedFieldsText(table: TableSpec, keys: readonly string[], language: Language): string {
  return listText(
    language,
    keys.map((key) => headerOf(columnSpec(table, key), language)),
  );
}
