/**
 * What the workbook holds of a plan, read in at most two round trips: the sheet, table and name lists, then, in one
 * batch, the facts of every planned table (headers, place, rows, protection, filter, sort, ids).
 */
import { type TableKey, excelNameKey, sameExcelName } from "../domain/schema";
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
  /** The last used row of the sheet (0-based), to re-make a table from a range. */
  readonly lastUsedRow?: number;
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

/** Whether cells (a table's former header row) hold the plan's headers, in order: a table converted to a range. */
export function holdsPlannedHeaders(plan: TablePlan, cells: readonly unknown[]): boolean {
  return plan.columns.every((column, index) => sameExcelName(cells[index], column.header));
}

/** Reads the workbook's state for the plan's tables (all of them, or those given). */
export async function readWorkbookState(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: { readonly only?: readonly TableKey[]; readonly withIds?: boolean } = {},
): Promise<WorkbookState> {
  const { only, withIds = false } = options;
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name,items/formula");
  await context.sync();

  const sheetNames = new Set(sheets.items.map((sheet) => excelNameKey(sheet.name)));
  const tableNames = new Set(tables.items.map((table) => excelNameKey(table.name)));
  const planned = plan.sheets
    .flatMap((sheet) => sheet.tables)
    .filter((table) => only === undefined || only.includes(table.key));
  const pending = planned.map((table) =>
    tableNames.has(excelNameKey(table.name))
      ? { table, read: queueExisting(context, table, withIds) }
      : { table, read: queueAbsent(context, table, sheetNames.has(excelNameKey(table.sheet))) },
  );
  if (pending.length > 0) await context.sync();
  return {
    sheets: sheetNames,
    names: new Map(names.items.map((item) => [excelNameKey(item.name), String(item.formula)])),
    tables: pending.map(({ table, read }) => ({ plan: table, ...read() })),
  };
}

type Reader = () => Omit<TableState, "plan">;

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
    const idsStayFirst = headers.length > 0 && sameExcelName(headers[0], plan.columns[0].header);
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

function queueAbsent(context: Excel.RequestContext, plan: TablePlan, sheetExists: boolean): Reader {
  if (!sheetExists) return () => ({ absent: { sheetExists } });
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  const place = sheet.getRangeByIndexes(plan.row, plan.column, 1, plan.columns.length).load("values");
  const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
  return () => ({
    absent: {
      sheetExists,
      cellsAtPlace: place.values[0],
      lastUsedRow: used.isNullObject ? -1 : used.rowIndex + used.rowCount - 1,
    },
  });
}
