/**
 * The schema of the workbook's tables: table and column specs, choice lists and the defaults a new workbook starts
 * with. Pure data; the workbook plan and the Excel layer build on it.
 */
import type { Language } from "../i18n/language";
import { CHOICE_LISTS } from "./choices";
import { SchemaError } from "./errors";
import { sameExcelName } from "./excel-names";
import { TABLES } from "./tables";
import type { Choice, ChoiceList, ChoiceListKey, ColumnSpec, TableKey, TableSpec } from "./types";

export type {
  Choice,
  ChoiceList,
  ChoiceListKey,
  ColumnSpec,
  ColumnType,
  FormerWordings,
  InstrumentItem,
  Localized,
  ModuleSpec,
  TableKey,
  TableSpec,
} from "./types";
export { ALL_CHOICE_LISTS, CHOICE_LISTS } from "./choices";
export {
  DEFAULT_GRADE_BAND_ROWS,
  DEFAULT_INSTRUMENT,
  DEFAULT_MODULES,
  DEFAULT_RATING_LEVEL_ROWS,
  DEFAULT_SLA_DURATIONS,
  DEFAULT_TARGETS,
  defaultRows,
  type DefaultRow,
  type DefaultTableKey,
  type RatingLevelDefault,
  type SlaDefault,
  type SlaKey,
  type TargetDefault,
  type TargetKey,
} from "./defaults";
export { SchemaError } from "./errors";
export { excelNameKey, sameExcelName } from "./excel-names";
export { localized, mapLocalized, sameInAllLanguages } from "./localized";
export { ALL_TABLES, TABLES, surveyReturnColumns } from "./tables";
export { SHEETS, TABLE_NAMES, tableTitle } from "./titles";

/** The spec of a table (for SurveyReturns: its fixed columns; see surveyReturnColumns). */
export function tableSpec<K extends TableKey>(key: K): TableSpec & { readonly key: K } {
  return TABLES[key];
}

/** The table with this Excel name, or undefined. */
export function tableByName(name: string): TableSpec | undefined {
  return Object.values(TABLES).find((table) => sameExcelName(table.name, name));
}

/** A column of a table by key; throws SchemaError for a key the table does not have. */
export function columnSpec(table: TableSpec, key: string): ColumnSpec {
  const found = table.columns.find((column) => column.key === key);
  if (!found) throw new SchemaError(`The table ${table.name} has no column "${key}".`);
  return found;
}

/** The column that `reference` columns pointing at this table hold: its referenceKey, else its first column. */
export function referenceColumn(table: TableSpec): ColumnSpec {
  return table.referenceKey === undefined ? table.columns[0] : columnSpec(table, table.referenceKey);
}

/** A column's header in a language. */
export function headerOf(column: ColumnSpec, language: Language): string {
  return column.header[language];
}

/** The headers a column had in earlier versions in a language (matched as it, never written). */
export function formerHeadersOf(column: ColumnSpec, language: Language): readonly string[] {
  return column.formerHeaders?.[language] ?? [];
}

/** A choice list by key. */
export function choiceList(key: ChoiceListKey): ChoiceList {
  return CHOICE_LISTS[key];
}

/** The label a cell shows for a choice in a language; throws SchemaError for a choice the list does not have. */
export function choiceLabel(listKey: ChoiceListKey, choiceKey: string, language: Language): string {
  const found = CHOICE_LISTS[listKey].choices.find((choice) => choice.key === choiceKey);
  if (!found) throw new SchemaError(`The choice list ${listKey} has no choice "${choiceKey}".`);
  return found.label[language];
}

/**
 * How a label is compared when reading rows back: compatibility-normalised (NFKC, which includes NFC, so a
 * decomposed "hài lòng" or a full-width "／" match), lower case, and without any white space (non-breaking and
 * ideographic spaces included), so "  Very satisfied", "very  satisfied" and "很 满意" are read as written.
 */
export function choiceMatchKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/gu, "");
}

const labelIndexes = new Map<ChoiceListKey, ReadonlyMap<string, string>>();

function labelIndex(listKey: ChoiceListKey): ReadonlyMap<string, string> {
  let index = labelIndexes.get(listKey);
  if (!index) {
    const built = new Map<string, string>();
    const { choices } = CHOICE_LISTS[listKey];
    // Older words first, so that a label of today wins where one happens to be another choice's former word.
    const words = (choice: Choice) => [...(choice.formerLabels ?? []), ...(choice.aliases ?? [])];
    for (const choice of choices) for (const word of words(choice)) built.set(choiceMatchKey(word), choice.key);
    for (const choice of choices) {
      for (const word of Object.values(choice.label)) built.set(choiceMatchKey(word), choice.key);
    }
    index = built;
    labelIndexes.set(listKey, index);
  }
  return index;
}

/**
 * The key of the choice whose label (in any of the four languages, one of its aliases, or a label an earlier version
 * wrote) a cell holds, matched with choiceMatchKey; undefined for a blank cell, a value that is not text, or text
 * that names no choice. A current label wins over an older word that happens to be the same.
 */
export function choiceKeyForLabel(listKey: ChoiceListKey, text: unknown): string | undefined {
  if (typeof text !== "string") return undefined;
  const key = choiceMatchKey(text);
  return key === "" ? undefined : labelIndex(listKey).get(key);
}
