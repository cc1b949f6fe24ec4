import type { Language } from "../../domain/i18n/language";
import { normaliseCell } from "../../domain/records";
import { type TableSpec, columnSpec } from "../../domain/schema";
import type { FormValues } from "./use-draft";

/** A date field's serial, as the record validation reads its text; null while it is blank or not a date. */
export function serialValue(table: TableSpec, values: FormValues, key: string, language: Language): number | null {
  const outcome = normaliseCell(columnSpec(table, key), values[key], language);
  return outcome.ok && typeof outcome.value === "number" ? outcome.value : null;
}
