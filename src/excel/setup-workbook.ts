/**
 * Applies the workbook plan: creates what is missing (sheets, tables, columns, names) and never deletes or
 * overwrites anyone's data. Two reads and one write: 3 round trips at most; 2 when the workbook is already set up
 * or blank.
 */
import { cellInput } from "../domain/cell-input";
import { excelNameKey, sameExcelName } from "../domain/schema";
import { type SchemaProblem, columnProblems } from "../domain/schema-problems";
import {
  NAMES,
  type SheetPlan,
  type TablePlan,
  type WorkbookPlan,
  columnLetter,
  sheetAddress,
} from "../domain/workbook-plan";
import { formatColumn } from "./column-format";
import { type TableState, type WorkbookState, holdsPlannedHeaders, readWorkbookState } from "./workbook-state";

export interface SetupResult {
  /** Nothing had to change: the workbook already follows this plan. */
  readonly unchanged: boolean;
  readonly createdSheets: readonly string[];
  readonly createdTables: readonly string[];
  /** Tables re-made from ranges that still held their headers (a table converted to a range). */
  readonly restoredTables: readonly string[];
  readonly addedColumns: readonly { readonly table: string; readonly column: string }[];
  /** What setup left alone because changing it could harm data (a foreign range where a table should be). */
  readonly problems: readonly SchemaProblem[];
}

const TABLE_STYLE = "TableStyleMedium2";

/** "=\"zh-CN\"" as Excel may show a name's formula: compared without regard to case or spaces. */
function sameFormula(a: string | undefined, b: string): boolean {
  return a !== undefined && a.replace(/\s/g, "").toLowerCase() === b.replace(/\s/g, "").toLowerCase();
}

/** A sheet's A1 range from a 0-based position and size. */
function a1(row: number, column: number, rows: number, columns: number): string {
  return `${columnLetter(column)}${row + 1}:${columnLetter(column + columns - 1)}${row + rows}`;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** Planned columns that are gone; a column that looks renamed is the user's to rename back, not re-added. */
function missingColumns(state: TableState): string[] {
  const planned = state.plan.columns.map((column) => column.header);
  return columnProblems(state.plan.name, planned, state.existing?.headers ?? []).flatMap((problem) =>
    problem.kind === "missingColumn" ? [problem.column] : [],
  );
}

/** Planned columns not under their planned header (missing or renamed). */
function absentColumns(state: TableState): number {
  const headers = state.existing?.headers ?? [];
  return state.plan.columns.filter((column) => !headers.some((header) => sameExcelName(header, column.header))).length;
}

/** True when the workbook already has everything of the plan, at this plan's version. */
function upToDate(plan: WorkbookPlan, state: WorkbookState): boolean {
  const version = state.names.get(excelNameKey(NAMES.planVersion));
  return (
    sameFormula(version, `="${plan.version}"`) &&
    plan.sheets.every((sheet) => state.sheets.has(excelNameKey(sheet.name))) &&
    state.tables.every((table) => table.existing !== undefined && absentColumns(table) === 0)
  );
}

export async function setupWorkbook(context: Excel.RequestContext, plan: WorkbookPlan): Promise<SetupResult> {
  const state = await readWorkbookState(context, plan);
  if (upToDate(plan, state)) {
    return {
      unchanged: true,
      createdSheets: [],
      createdTables: [],
      restoredTables: [],
      addedColumns: [],
      problems: [],
    };
  }
  const result = queueSetup(context, plan, state);
  await context.sync();
  return result;
}

function queueSetup(context: Excel.RequestContext, plan: WorkbookPlan, state: WorkbookState): SetupResult {
  const versionChanged = !sameFormula(state.names.get(excelNameKey(NAMES.planVersion)), `="${plan.version}"`);
  const createdSheets: string[] = [];
  const createdTables: string[] = [];
  const restoredTables: string[] = [];
  const addedColumns: { table: string; column: string }[] = [];
  const problems: SchemaProblem[] = [];

  for (const sheetPlan of plan.sheets) {
    const created = !state.sheets.has(excelNameKey(sheetPlan.name));
    const sheet = created
      ? context.workbook.worksheets.add(sheetPlan.name)
      : context.workbook.worksheets.getItem(sheetPlan.name);
    if (created) {
      createdSheets.push(sheetPlan.name);
      queueSheet(sheet, sheetPlan);
    } else if (versionChanged && sheetPlan.cells) {
      writeCells(sheet, sheetPlan);
    }
    for (const tablePlan of sheetPlan.tables) {
      const tableState = state.tables.find((candidate) => candidate.plan.key === tablePlan.key);
      if (!tableState) continue;
      if (tableState.existing) {
        const added = queueMissingColumns(context, tableState);
        added.forEach((column) => addedColumns.push({ table: tablePlan.name, column }));
        if (versionChanged) queueRefresh(context, tableState);
      } else if (created || placeIsEmpty(tableState)) {
        queueNewTable(context, sheet, tablePlan);
        createdTables.push(tablePlan.name);
      } else if (holdsPlannedHeaders(tablePlan, tableState.absent?.cellsAtPlace ?? [])) {
        queueTableFromRange(context, tableState);
        restoredTables.push(tablePlan.name);
      } else {
        problems.push({ kind: "missingTable", table: tablePlan.name });
      }
    }
  }
  queueNames(context, plan, state);
  return { unchanged: false, createdSheets, createdTables, restoredTables, addedColumns, problems };
}

function queueSheet(sheet: Excel.Worksheet, plan: SheetPlan): void {
  if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
  if (!plan.visible) sheet.visibility = "Hidden";
  writeCells(sheet, plan);
}

/** The sheet's plain cells (the choice lists), as text. */
function writeCells(sheet: Excel.Worksheet, plan: SheetPlan): void {
  if (!plan.cells) return;
  const { row, column, values } = plan.cells;
  const range = sheet.getRangeByIndexes(row, column, values.length, values[0].length);
  range.numberFormat = values.map((cells) => cells.map(() => "@"));
  range.values = values.map((cells) => cells.map(cellInput));
}

function placeIsEmpty(state: TableState): boolean {
  return (state.absent?.cellsAtPlace ?? []).every(isBlank);
}

/** Formats first, so text typed into text columns stays text; then headers and starting rows; then the table. */
function queueNewTable(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: TablePlan): void {
  plan.columns.forEach((column, index) => formatColumn(sheet, plan.row, plan.column + index, column));
  const rows = [plan.columns.map((column) => column.header), ...plan.initialRows.map((row) => row.map(cellInput))];
  const address = a1(plan.row, plan.column, rows.length, plan.columns.length);
  sheet.getRange(address).values = rows;
  const table = context.workbook.tables.add(sheetAddress(plan.sheet, address), true);
  table.name = plan.name;
  table.style = TABLE_STYLE;
}

/** A table converted to a range: the same cells, from its header row to the sheet's last used row, become it again. */
function queueTableFromRange(context: Excel.RequestContext, state: TableState): void {
  const { plan } = state;
  const lastRow = Math.max(state.absent?.lastUsedRow ?? plan.row, plan.row);
  const address = a1(plan.row, plan.column, lastRow - plan.row + 1, plan.columns.length);
  const table = context.workbook.tables.add(sheetAddress(plan.sheet, address), true);
  table.name = plan.name;
  table.style = TABLE_STYLE;
  queueRefresh(context, state);
}

/** Planned columns the table lacks are added at its end (never in between: nobody's column moves). */
function queueMissingColumns(context: Excel.RequestContext, state: TableState): string[] {
  const existing = state.existing;
  if (!existing) return [];
  const missing = missingColumns(state);
  const table = context.workbook.tables.getItem(state.plan.name);
  const sheet = context.workbook.worksheets.getItem(existing.sheet);
  missing.forEach((header, offset) => {
    const column = state.plan.columns.find((candidate) => candidate.header === header);
    if (!column) return;
    const added = table.columns.add(null as unknown as number, null as unknown as string[][], header);
    formatColumn(sheet, existing.rowIndex, existing.columnIndex + existing.headers.length + offset, column);
    if (column.formula && existing.rowCount > 0) {
      added.getDataBodyRange().formulas = column.formula as unknown as string[][];
    }
  });
  return missing;
}

/** Settings changed (new plan version): formats, rules and formulas of the existing columns follow the new plan. */
function queueRefresh(context: Excel.RequestContext, state: TableState): void {
  const { plan } = state;
  const sheetName = state.existing?.sheet ?? plan.sheet;
  const rowIndex = state.existing?.rowIndex ?? plan.row;
  const columnIndex = state.existing?.columnIndex ?? plan.column;
  const headers = state.existing?.headers ?? plan.columns.map((column) => column.header);
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const table = context.workbook.tables.getItem(plan.name);
  const rowCount = state.existing?.rowCount ?? (state.absent?.lastUsedRow ?? plan.row) - plan.row;
  headers.forEach((header, index) => {
    const column = plan.columns.find((candidate) => sameExcelName(header, candidate.header));
    if (!column) return;
    formatColumn(sheet, rowIndex, columnIndex + index, column);
    if (column.formula && rowCount > 0) {
      table.columns.getItem(column.header).getDataBodyRange().formulas = column.formula as unknown as string[][];
    }
  });
}

function queueNames(context: Excel.RequestContext, plan: WorkbookPlan, state: WorkbookState): void {
  for (const name of plan.names) {
    const current = state.names.get(excelNameKey(name.name));
    if (current === undefined) context.workbook.names.add(name.name, name.formula, name.comment);
    else if (!sameFormula(current, name.formula)) context.workbook.names.getItem(name.name).formula = name.formula;
  }
}
