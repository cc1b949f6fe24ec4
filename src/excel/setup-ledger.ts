/**
 * Setup as the task pane runs it. A workbook has one data language, chosen at its first setup and recorded in the
 * VOC_Language name: every later setup keeps it, whatever the pane's language, so headers are never added twice.
 * Setup also keeps the organisation's settings (the questionnaire, the deadlines): the plan is built from the
 * settings tables as the workbook holds them. Three round trips to look (lists; tables and settings; a re-read
 * only when an unnamed workbook's headers show another language), one to write.
 */
import { LANGUAGES, type Language } from "../domain/i18n/language";
import { excelNameKey } from "../domain/schema";
import {
  NAMES,
  SETTINGS_TABLES,
  type SettingsTableKey,
  type WorkbookPlan,
  buildWorkbookPlan,
  settingsFromTables,
  tablePlan,
} from "../domain/workbook-plan";
import { type SetupResult, type SetupSteps, applySetup, planSetup, setupResult } from "./setup-workbook";
import {
  type WorkbookLists,
  type WorkbookState,
  namesColumn,
  queueTableStates,
  readWorkbookLists,
} from "./workbook-state";
import { defaultPlan, languageOfName, settingsRows } from "./workbook-settings";

/** Cells read beyond an absent table's planned width: a questionnaire of the organisation's may be wider. */
const PLACE_SLACK = 64;

export interface LedgerSetup {
  /** The workbook's data language: recorded, read off its headers, or (for a new workbook) the pane's. */
  readonly language: Language;
  /** Where the language came from. */
  readonly languageSource: "recorded" | "headers" | "pane";
  /** What Set up would change (or, after setUpLedger, what it changed). */
  readonly result: SetupResult;
}

interface Look {
  readonly language: Language;
  readonly languageSource: LedgerSetup["languageSource"];
  readonly steps: SetupSteps;
}

/** What Set up would do, without writing anything: what Home says. */
export async function previewLedgerSetup(context: Excel.RequestContext, paneLanguage: Language): Promise<LedgerSetup> {
  const look = await lookAtWorkbook(context, paneLanguage);
  return { language: look.language, languageSource: look.languageSource, result: setupResult(look.steps) };
}

/** Sets the workbook up in its own data language (the pane's only for a workbook that has none yet). */
export async function setUpLedger(context: Excel.RequestContext, paneLanguage: Language): Promise<LedgerSetup> {
  const look = await lookAtWorkbook(context, paneLanguage);
  const result = await applySetup(context, look.steps);
  return { language: look.language, languageSource: look.languageSource, result };
}

async function lookAtWorkbook(context: Excel.RequestContext, paneLanguage: Language): Promise<Look> {
  const lists = await readWorkbookLists(context);
  const recorded = languageOfName(lists.names.get(excelNameKey(NAMES.language)));
  const first = await readState(context, lists, recorded ?? paneLanguage);
  if (recorded) return { language: recorded, languageSource: "recorded", steps: first };
  const fromHeaders = languageOfHeaders(first.state);
  if (fromHeaders === undefined) return { language: paneLanguage, languageSource: "pane", steps: first };
  const steps = fromHeaders === paneLanguage ? first : await readState(context, lists, fromHeaders);
  return { language: fromHeaders, languageSource: "headers", steps };
}

/** The tables' state and the settings tables' cells in one round trip; the plan those settings give. */
async function readState(context: Excel.RequestContext, lists: WorkbookLists, language: Language): Promise<SetupSteps> {
  const plan = defaultPlan(language);
  const queued = queueTableStates(context, plan, lists, { withOtherTables: true, placeSlack: PLACE_SLACK });
  const settings = SETTINGS_TABLES.filter((key) => lists.tables.has(excelNameKey(tablePlan(plan, key).name))).map(
    (key) => ({ key, cells: context.workbook.tables.getItem(tablePlan(plan, key).name).getRange().load("values") }),
  );
  await context.sync();
  const cells: { [K in SettingsTableKey]?: unknown[][] } = {};
  settings.forEach(({ key, cells: range }) => (cells[key] = range.values));
  const own = buildWorkbookPlan(language, settingsFromTables(settingsRows(cells, language), language).plan);
  return planSetup(own, withPlan(queued.take(), own));
}

/** The state read with the default plan, each table paired with the organisation's own plan of it. */
function withPlan(state: WorkbookState, plan: WorkbookPlan): WorkbookState {
  return { ...state, tables: state.tables.map((table) => ({ ...table, plan: tablePlan(plan, table.plan.key) })) };
}

/**
 * A workbook that lost its VOC_Language name (or whose first setup stopped before writing it): the language whose
 * headers its tables hold most of. Undefined when no table holds any planned header.
 */
export function languageOfHeaders(state: WorkbookState): Language | undefined {
  let best: { language: Language; matches: number } | undefined;
  for (const language of LANGUAGES) {
    const plan = defaultPlan(language);
    const matches = state.tables.reduce((count, table) => {
      const headers = table.existing?.headers ?? [];
      const planned = tablePlan(plan, table.plan.key).columns;
      return count + headers.filter((header) => planned.some((column) => namesColumn(column, header))).length;
    }, 0);
    if (matches > 0 && (best === undefined || matches > best.matches)) best = { language, matches };
  }
  return best?.language;
}
