/**
 * Opens a set-up workbook for the task pane: its header language, its settings as its tables hold them, the plan
 * those settings give, and the records asked for. The first round trip reads the language, every settings table and
 * the asked tables' headers and sizes (table names are stable, so nothing waits for the language); the record
 * bodies follow in as few reads as the response budget allows: one for ordinary sizes, one per ~100,000 cells.
 *
 * Tables are got with getItem, not getItemOrNullObject: loading through a null object is not documented
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties),
 * while getItem fails the read with ItemNotFound. Only then does a second round trip list what is missing, so a
 * set-up workbook still opens in 2 round trips and one that is not set up is told so in 2.
 *
 * A table added to the plan after workbooks were set up (CorrectiveActions) may be asked for as optional: it rides
 * in the same reads, and a workbook that lacks it still opens, with the table named in `missing` (Set up on Home
 * adds it). That workbook pays 2 round trips more, once: the read that stops at the table and the list that names it.
 */
import type { Language } from "../domain/i18n/language";
import { type TableKey, tableSpec } from "../domain/schema";
import {
  type LedgerSettings,
  NAMES,
  SETTINGS_TABLES,
  type SettingsTableKey,
  type WorkbookPlan,
  buildWorkbookPlan,
  settingsFromTables,
  tablePlan,
} from "../domain/workbook-plan";
import { type BodyRead, type ReadRecord, readBodies } from "./read-records";
import { layoutOf } from "./table-layout";
import { languageOfName, settingsRows } from "./workbook-settings";

export interface Ledger {
  /** The workbook's header language, from the VOC_Language name. */
  readonly language: Language;
  readonly settings: LedgerSettings;
  /** buildWorkbookPlan(language, settings.plan): what appendRecord and updateRecord must be given. */
  readonly plan: WorkbookPlan;
  /** The record tables asked for, by key. */
  readonly records: { readonly [K in TableKey]?: readonly ReadRecord[] };
  /** The optional tables asked for that the workbook lacks: it was set up before they existed. */
  readonly missing: readonly TableKey[];
}

/** The workbook has no VOC_Language name, or lacks a settings table or an asked table: set it up (again). */
export class LedgerNotSetUpError extends Error {
  override readonly name = "LedgerNotSetUpError";

  constructor(
    /** The defined name and table names that are missing. */
    readonly missing: readonly string[],
  ) {
    super(`The workbook is not set up for VOC Ledger: ${missing.join(", ")} is missing.`);
  }
}

interface QueuedTable {
  readonly key: TableKey;
  readonly table: Excel.Table;
}

interface QueuedSettings extends QueuedTable {
  readonly key: SettingsTableKey;
  /** Header and data rows, in one range. */
  readonly cells: Excel.Range;
}

interface QueuedRecords extends QueuedTable {
  readonly header: Excel.Range;
  readonly size: Excel.Range;
}

const isSettingsTable = (key: TableKey): key is SettingsTableKey =>
  (SETTINGS_TABLES as readonly TableKey[]).includes(key);

export async function readLedger(
  context: Excel.RequestContext,
  tables: readonly TableKey[],
  onProgress: (read: number, total: number) => void = () => undefined,
  /** Record tables read when the workbook has them, and named in `missing` when it has not. */
  optional: readonly TableKey[] = [],
): Promise<Ledger> {
  const asked = [...new Set([...tables, ...optional])].filter((key) => !isSettingsTable(key));
  let first = queueFirstRead(context, asked);
  let missing: readonly TableKey[] = [];
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) !== "ItemNotFound") throw error;
    const notFound = await notSetUp(context, [...SETTINGS_TABLES, ...asked]);
    if (notFound.missing.length === 0) throw error; // a table found again since: the read's own failure
    missing = optional.filter((key) => notFound.missing.includes(tableSpec(key).name));
    if (missing.length < notFound.missing.length) throw notFound;
    first = queueFirstRead(
      context,
      asked.filter((key) => !missing.includes(key)),
    );
    await context.sync();
  }
  const { names, settings, recordTables } = first;

  const language = languageOf(names);
  if (language === undefined) throw new LedgerNotSetUpError([NAMES.language]);
  const rows = settingsRows(Object.fromEntries(settings.map(({ key, cells }) => [key, cells.values])), language);
  const ledgerSettings = settingsFromTables(rows, language);
  const plan = buildWorkbookPlan(language, ledgerSettings.plan);
  const reads = recordTables.map((queued) => bodyRead(plan, queued));
  const bodies = await readBodies(context, reads, onProgress);

  const records: { [K in TableKey]?: readonly ReadRecord[] } = {};
  recordTables.forEach(({ key }, index) => (records[key] = bodies[index]));
  tables.filter(isSettingsTable).forEach((key) => (records[key] = rows[key]));
  return { language, settings: ledgerSettings, plan, records, missing };
}

/** The first round trip, queued: the language name, every settings table, the record tables' headers and sizes. */
function queueFirstRead(context: Excel.RequestContext, recordKeys: readonly TableKey[]) {
  return {
    names: context.workbook.names.load("items/name,items/formula"),
    settings: SETTINGS_TABLES.map((key) => queueSettings(context, key)),
    recordTables: recordKeys.map((key) => queueSize(context, key)),
  };
}

/** The VOC_Language name's language, found case-insensitively as Excel finds names; undefined without it. */
function languageOf(names: Excel.NamedItemCollection): Language | undefined {
  const item = names.items.find((candidate) => candidate.name.toLowerCase() === NAMES.language.toLowerCase());
  return item ? languageOfName(String(item.formula ?? "")) : undefined;
}

/** A read stopped at a table that is not there: which of the name and tables are missing (one round trip). */
async function notSetUp(context: Excel.RequestContext, keys: readonly TableKey[]): Promise<LedgerNotSetUpError> {
  const names = context.workbook.names.load("items/name,items/formula");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const present = new Set(tables.items.map((table) => table.name.toLowerCase()));
  return new LedgerNotSetUpError([
    ...(languageOf(names) === undefined ? [NAMES.language] : []),
    ...keys.map((key) => tableSpec(key).name).filter((name) => !present.has(name.toLowerCase())),
  ]);
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

function queueSettings(context: Excel.RequestContext, key: SettingsTableKey): QueuedSettings {
  const table = context.workbook.tables.getItem(tableSpec(key).name);
  return { key, table, cells: table.getRange().load("values") };
}

function queueSize(context: Excel.RequestContext, key: TableKey): QueuedRecords {
  const table = context.workbook.tables.getItem(tableSpec(key).name);
  return {
    key,
    table,
    header: table.getHeaderRowRange().load("values"),
    size: table.getRange().load("rowCount,columnCount"),
  };
}

/** The record tables are laid out by the plan of the workbook's own settings (SurveyReturns' items and modules). */
function bodyRead(plan: WorkbookPlan, queued: QueuedRecords): BodyRead {
  return {
    table: queued.table,
    layout: layoutOf(tablePlan(plan, queued.key), queued.header.values[0]),
    rowCount: queued.size.rowCount - 1,
    columnCount: queued.size.columnCount,
  };
}
