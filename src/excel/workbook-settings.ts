/** The workbook's data language and its settings tables' rows, as setup and readLedger both read them. */
import { type Language, isLanguage } from "../domain/i18n/language";
import {
  SETTINGS_TABLES,
  type SettingsRow,
  type SettingsRows,
  type SettingsTableKey,
  type WorkbookPlan,
  buildWorkbookPlan,
  tablePlan,
} from "../domain/workbook-plan";
import { layoutOf, recordOf } from "./table-layout";

/** `="zh-CN"`, as setup writes the VOC_Language name (Excel may show it with other spacing); else undefined. */
export function languageOfName(formula: string | undefined): Language | undefined {
  if (formula === undefined) return undefined;
  const text = formula
    .trim()
    .replace(/^=\s*/, "")
    .replace(/^"(.*)"$/, "$1")
    .trim();
  return isLanguage(text) ? text : undefined;
}

/** The default plans' settings tables: their columns do not depend on the settings, only on the language. */
const defaultPlans = new Map<Language, WorkbookPlan>();

export function defaultPlan(language: Language): WorkbookPlan {
  const plan = defaultPlans.get(language) ?? buildWorkbookPlan(language);
  defaultPlans.set(language, plan);
  return plan;
}

/** Each settings table's rows by column key, from its cells (header row first); a table not given has no rows. */
export function settingsRows(
  cells: { readonly [K in SettingsTableKey]?: readonly (readonly unknown[])[] },
  language: Language,
): SettingsRows {
  const rows = {} as { [K in SettingsTableKey]: SettingsRow[] };
  for (const key of SETTINGS_TABLES) {
    const [header = [], ...body] = cells[key] ?? [];
    const layout = layoutOf(tablePlan(defaultPlan(language), key), header);
    rows[key] = body.map((row) => recordOf(layout, row));
  }
  return rows;
}
