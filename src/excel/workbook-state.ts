/**
 * What the workbook holds of a plan, read in at most two round trips: the sheet, table and name lists, then, in one
 * batch, the facts of every planned table (headers, place, rows, protection, filter, sort, ids).
 */
import { type TableKey, excelNameKey, sameExcelName } from "../domain/schema";
import { plannedPosition } from "../domain/schema-problems";
import type { TablePlan, WorkbookPlan } from "../domain/workbook-plan";

export interface ExistingTable {
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly rowCount: number;
  /** The header row's position on the sheet (0-based). */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly sheetProtected: boolean;
  readonly filtered: boolean;
  readonly sorted: boolean;
  /** The record ids (the first column's values), when they were asked for and the id column is still first. */
  readonly ids?: readonly unknown[];
}

/** A planned table that is not in the workbook, and what stands at its place on its sheet, if the sheet exists. */
export interface AbsentTable {
  readonly sheetExists: boolean;
  /** The cells where the header row would be. */
  readonly cellsAtPlace?: readonly unknown[];
  /** Another table standing at the planned place with the planned headers: one an interrupted setup left unnamed. */
  readonly unnamedTableAtPlace?: string;
}

export interface TableState {
  readonly plan: TablePlan;
  readonly existing?: ExistingTable;
  readonly absent?: AbsentTable;
}

export interface WorkbookState {
  /** Sheet names as excelNameKey gives them. */
  readonly sheets: ReadonlySet<string>;
  /** Defined names as excelNameKey gives them, with their formulas. */
  readonly names: ReadonlyMap<string, string>;
  readonly tables: readonly TableState[];
}

/** Whether a header names the planned column: its header, or one an earlier version gave it. */
export function namesColumn(column: TablePlan["columns"][number], header: unknown): boolean {
  return plannedPosition(column, [header]) === 0;
}

/**
 * Whether cells (a table's former header row) hold the plan's headers, in order: a table converted to a range (its
 * headers may be the words of an earlier version).
 */
export function holdsPlannedHeaders(plan: TablePlan, cells: readonly unknown[]): boolean {
  return plan.columns.every((column, index) => namesColumn(column, cells[index]));
}

/** The workbook's sheets, tables and defined names: the first round trip of every state read. */
export interface WorkbookLists {
  /** Sheet names as excelNameKey gives them. */
  readonly sheets: ReadonlySet<string>;
  /** Table names as excelNameKey gives them. */
  readonly tables: ReadonlySet<string>;
  /** Table names as the workbook spells them. */
  readonly tableNames: readonly string[];
  /** Defined names as excelNameKey gives them, with their formulas. */
  readonly names: ReadonlyMap<string, string>;
}

export async function readWorkbookLists(context: Excel.RequestContext): Promise<WorkbookLists> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name,items/formula");
  await context.sync();
  return {
    sheets: new Set(sheets.items.map((sheet) => excelNameKey(sheet.name))),
    tables: new Set(tables.items.map((table) => excelNameKey(table.name))),
    tableNames: tables.items.map((table) => table.name),
    names: new Map(names.items.map((item) => [excelNameKey(item.name), String(item.formula)])),
  };
}

export interface StateReadOptions {
  readonly only?: readonly TableKey[];
  readonly withIds?: boolean;
  /** Also read the place and headers of tables the plan does not name (setup looks for one it left unnamed). */
  readonly withOtherTables?: boolean;
  /** Read this many cells more to the right of an absent table's place (its width may grow with the settings). */
  readonly placeSlack?: number;
}

/**
 * Queues the facts of the plan's tables (all of them, or those given); the state can be taken after the next sync.
 * Only tables the lists name are read as tables, so nothing chains off an object that does not exist.
 */
export function queueTableStates(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  lists: WorkbookLists,
  options: StateReadOptions = {},
): { readonly planned: boolean; readonly take: () => WorkbookState } {
  const { only, withIds = false, withOtherTables = false, placeSlack = 0 } = options;
  const all = plan.sheets.flatMap((sheet) => sheet.tables);
  const planned = all.filter((table) => only === undefined || only.includes(table.key));
  const others = withOtherTables ? queueOtherTables(context, all, lists) : () => [];
  const pending = planned.map((table) =>
    lists.tables.has(excelNameKey(table.name))
      ? { table, read: queueExisting(context, table, withIds) }
      : { table, read: queueAbsent(context, table, lists.sheets.has(excelNameKey(table.sheet)), placeSlack) },
  );
  return {
    planned: pending.length > 0,
    take: () => {
      const placed = others();
      return {
        sheets: lists.sheets,
        names: lists.names,
        tables: pending.map(({ table, read }) => withUnnamedTable({ plan: table, ...read() }, placed)),
      };
    },
  };
}

/** Reads the workbook's state for the plan's tables (all of them, or those given), in two round trips. */
export async function readWorkbookState(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: StateReadOptions = {},
): Promise<WorkbookState> {
  const lists = await readWorkbookLists(context);
  const queued = queueTableStates(context, plan, lists, options);
  if (queued.planned) await context.sync();
  return queued.take();
}

type Reader = () => Omit<TableState, "plan">;

interface PlacedTable {
  readonly name: string;
  readonly sheet: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly headers: readonly unknown[];
}

function queueOtherTables(
  context: Excel.RequestContext,
  planned: readonly TablePlan[],
  lists: WorkbookLists,
): () => PlacedTable[] {
  const plannedNames = new Set(planned.map((table) => excelNameKey(table.name)));
  const reads = lists.tableNames
    .filter((name) => !plannedNames.has(excelNameKey(name)))
    .map((name) => {
      const table = context.workbook.tables.getItem(name);
      return {
        name,
        worksheet: table.worksheet.load("name"),
        range: table.getRange().load("rowIndex,columnIndex"),
        header: table.getHeaderRowRange().load("values"),
      };
    });
  return () =>
    reads.map(({ name, worksheet, range, header }) => ({
      name,
      sheet: worksheet.name,
      rowIndex: range.rowIndex,
      columnIndex: range.columnIndex,
      headers: header.values[0],
    }));
}

function withUnnamedTable(state: TableState, others: readonly PlacedTable[]): TableState {
  const { plan, absent } = state;
  if (!absent?.sheetExists) return state;
  const found = others.find(
    (table) =>
      sameExcelName(table.sheet, plan.sheet) &&
      table.rowIndex === plan.row &&
      table.columnIndex === plan.column &&
      holdsPlannedHeaders(plan, table.headers),
  );
  return found ? { ...state, absent: { ...absent, unnamedTableAtPlace: found.name } } : state;
}

function queueExisting(context: Excel.RequestContext, plan: TablePlan, withIds: boolean): Reader {
  const table = context.workbook.tables.getItem(plan.name);
  const header = table.getHeaderRowRange().load("values");
  const whole = table.getRange().load("rowIndex,columnIndex,rowCount");
  const firstColumn = withIds ? table.getRange().getColumn(0).load("values") : undefined;
  const worksheet = table.worksheet.load("name");
  const protection = table.worksheet.protection.load("protected");
  const filter = table.autoFilter.load("isDataFiltered");
  const sort = table.sort.load("fields");
  return () => {
    const headers = header.values[0].map((text) => String(text));
    const idsStayFirst = headers.length > 0 && namesColumn(plan.columns[0], headers[0]);
    return {
      existing: {
        sheet: worksheet.name,
        headers,
        rowCount: whole.rowCount - 1,
        rowIndex: whole.rowIndex,
        columnIndex: whole.columnIndex,
        sheetProtected: protection.protected,
        filtered: filter.isDataFiltered,
        sorted: sort.fields.length > 0,
        ...(firstColumn && idsStayFirst ? { ids: firstColumn.values.slice(1).map((row) => row[0]) } : {}),
      },
    };
  };
}

function queueAbsent(context: Excel.RequestContext, plan: TablePlan, sheetExists: boolean, slack: number): Reader {
  if (!sheetExists) return () => ({ absent: { sheetExists } });
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  const place = sheet.getRangeByIndexes(plan.row, plan.column, 1, plan.columns.length + slack).load("values");
  return () => ({ absent: { sheetExists, cellsAtPlace: place.values[0] } });
}
