import type { Language } from "../../domain/i18n/language";
import { type RowValue, normaliseCell } from "../../domain/records";
import { type TableSpec, columnSpec } from "../../domain/schema";
import type { FormValues } from "./use-draft";

/** What a field's text means as a cell (a date's serial, a choice's label), or undefined while it is not valid. */
export function typedValue(
  table: TableSpec,
  values: FormValues,
  key: string,
  language: Language,
): RowValue | undefined {
  const outcome = normaliseCell(columnSpec(table, key), values[key], language);
  return outcome.ok ? outcome.value : undefined;
}

/** A date field's serial, or null while it is blank or not a date. */
export function serialValue(table: TableSpec, values: FormValues, key: string, language: Language): number | null {
  const value = typedValue(table, values, key, language);
  return typeof value === "number" ? value : null;
}
