/**
 * Applies the workbook plan: creates what is missing (sheets, tables, columns, names) and never deletes or
 * overwrites anyone's data. Two reads and one write: 3 round trips; 2 when the workbook is already set up or blank.
 * One more read when a table is re-made from a range (its extent), and one more write per ~3.5 MB of calculated
 * column formulas past the first (each row's formula is written: a range takes only a 2-D array of its shape).
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
import { chunkRows } from "./request-size";
import {
  type TableState,
  type WorkbookState,
  holdsPlannedHeaders,
  namesColumn,
  readWorkbookState,
} from "./workbook-state";

export interface SetupResult {
  /** Nothing had to change: the workbook already follows this plan. */
  readonly unchanged: boolean;
  readonly createdSheets: readonly string[];
  readonly createdTables: readonly string[];
  /** Tables re-made from ranges that still held their headers (a table converted to a range). */
  readonly restoredTables: readonly string[];
  readonly addedColumns: readonly { readonly table: string; readonly column: string }[];
  /**
   * Columns under the header an earlier version gave them, given today's header (their cells stay as they are;
   * Excel rewrites the formulas that name them).
   */
  readonly renamedColumns: readonly ColumnRename[];
  /** What setup left alone because changing it could harm data (a foreign range where a table should be). */
  readonly problems: readonly SchemaProblem[];
}

/** A column whose header setup changes from an earlier version's wording to today's. */
export interface ColumnRename {
  readonly table: string;
  readonly from: string;
  readonly to: string;
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

/**
 * Planned columns that are gone; a column that looks renamed is the user's to rename back, not re-added, and one
 * under its former header is renamed (formerHeaderRenames), never added a second time.
 */
function missingColumns(state: TableState): string[] {
  return columnProblems(state.plan.name, state.plan.columns, state.existing?.headers ?? []).flatMap((problem) =>
    problem.kind === "missingColumn" ? [problem.column] : [],
  );
}

/** Planned columns found under a header an earlier version gave them, in `headers`: each gets today's header. */
function formerHeaderRenames(plan: TablePlan, headers: readonly unknown[]): ColumnRename[] {
  return plan.columns.flatMap((column): ColumnRename[] => {
    if (headers.some((header) => sameExcelName(header, column.header))) return [];
    const found = headers.find((header) => namesColumn(column, header));
    return found === undefined ? [] : [{ table: plan.name, from: String(found), to: column.header }];
  });
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
    sameFormula(state.names.get(excelNameKey(NAMES.language)), `="${plan.language}"`) &&
    plan.sheets.every((sheet) => state.sheets.has(excelNameKey(sheet.name))) &&
    state.tables.every((table) => table.existing !== undefined && absentColumns(table) === 0)
  );
}

export async function setupWorkbook(context: Excel.RequestContext, plan: WorkbookPlan): Promise<SetupResult> {
  return applySetup(context, planSetup(plan, await readWorkbookState(context, plan)));
}

/** What setup does to one planned table. */
type TableStep =
  | {
      readonly kind: "keep";
      readonly state: TableState;
      readonly addColumns: readonly string[];
      readonly renames: readonly ColumnRename[];
    }
  | { readonly kind: "create"; readonly plan: TablePlan }
  | { readonly kind: "fromRange"; readonly state: TableState }
  /** A table an interrupted setup made but could not name yet: it is given its name. */
  | { readonly kind: "name"; readonly plan: TablePlan; readonly current: string }
  | { readonly kind: "blocked"; readonly plan: TablePlan };

interface SheetStep {
  readonly plan: SheetPlan;
  readonly create: boolean;
  readonly tables: readonly TableStep[];
}

/** Setup decided from what the workbook holds, before anything is queued: also what Home says Set up would do. */
export interface SetupSteps {
  readonly plan: WorkbookPlan;
  readonly upToDate: boolean;
  /** A new plan version (other settings, an interrupted setup): formats, rules, formulas and lists are rewritten. */
  readonly versionChanged: boolean;
  readonly sheets: readonly SheetStep[];
  readonly state: WorkbookState;
}

export function planSetup(plan: WorkbookPlan, state: WorkbookState): SetupSteps {
  const versionChanged = !sameFormula(state.names.get(excelNameKey(NAMES.planVersion)), `="${plan.version}"`);
  const sheets = plan.sheets.map((sheetPlan): SheetStep => {
    const create = !state.sheets.has(excelNameKey(sheetPlan.name));
    const tables = sheetPlan.tables.flatMap((tablePlan): TableStep[] => {
      const tableState = state.tables.find((candidate) => candidate.plan.key === tablePlan.key);
      return tableState ? [tableStep(tableState, create)] : [];
    });
    return { plan: sheetPlan, create, tables };
  });
  return { plan, upToDate: upToDate(plan, state), versionChanged, sheets, state };
}

function tableStep(state: TableState, sheetCreated: boolean): TableStep {
  if (state.existing) {
    const renames = formerHeaderRenames(state.plan, state.existing.headers);
    return { kind: "keep", state, addColumns: missingColumns(state), renames };
  }
  if (state.absent?.unnamedTableAtPlace) {
    return { kind: "name", plan: state.plan, current: state.absent.unnamedTableAtPlace };
  }
  if (sheetCreated || placeIsEmpty(state)) return { kind: "create", plan: state.plan };
  if (holdsPlannedHeaders(state.plan, state.absent?.cellsAtPlace ?? [])) return { kind: "fromRange", state };
  return { kind: "blocked", plan: state.plan };
}

/** What the steps change, as Home and the setup outcome report it. */
export function setupResult(steps: SetupSteps): SetupResult {
  const tables = steps.sheets.flatMap((sheet) => sheet.tables);
  return {
    unchanged: steps.upToDate,
    createdSheets: steps.upToDate ? [] : steps.sheets.filter((sheet) => sheet.create).map((sheet) => sheet.plan.name),
    createdTables: tables.flatMap((step) => (step.kind === "create" ? [step.plan.name] : [])),
    restoredTables: tables.flatMap((step) =>
      step.kind === "fromRange" ? [step.state.plan.name] : step.kind === "name" ? [step.plan.name] : [],
    ),
    addedColumns: tables.flatMap((step) =>
      step.kind === "keep" ? step.addColumns.map((column) => ({ table: step.state.plan.name, column })) : [],
    ),
    renamedColumns: tables.flatMap((step) =>
      step.kind === "keep"
        ? step.renames
        : step.kind === "fromRange"
          ? formerHeaderRenames(step.state.plan, headerCellsAtPlace(step.state))
          : [],
    ),
    problems: tables.flatMap((step): SchemaProblem[] =>
      step.kind === "blocked" ? [{ kind: "missingTable", table: step.plan.name }] : [],
    ),
  };
}

/**
 * Queues the steps and syncs once. Excel does not roll back a failed request, so the order makes a rerun finish
 * the job: the plan's version name is written last (a rerun after a failure sees the old version and rewrites
 * everything that version covers), and a table made but not yet named is found by its place and named.
 */
export async function applySetup(context: Excel.RequestContext, steps: SetupSteps): Promise<SetupResult> {
  const result = setupResult(steps);
  if (steps.upToDate) return result;
  const extents = await readRangeExtents(context, steps);
  const fills: FormulaFill[] = [];
  for (const sheetStep of steps.sheets) queueSheetStep(context, steps, sheetStep, { extents, fills });
  const chunks = fillChunks(fills);
  for (const chunk of chunks.slice(0, -1)) {
    queueFills(context, chunk);
    await context.sync();
  }
  queueFills(context, chunks.at(-1) ?? []);
  queueNames(context, steps.plan, steps.state);
  await context.sync();
  return result;
}

/** What queueing a sheet's steps needs besides the steps: the read extents, and where formula fills are collected. */
interface QueueTarget {
  /** The last used row (0-based) under each table re-made from a range, by table key. */
  readonly extents: ReadonlyMap<string, number>;
  readonly fills: FormulaFill[];
}

/** Excel's last row, 0-based. */
const LAST_ROW = 1_048_575;

/**
 * The last used row under the header of each table re-made from a range, read in one round trip (none when no
 * table is). Range.getUsedRange, not its OrNullObject variant: the header cells hold the planned headers, so the
 * range is never empty, and nothing is loaded through a possible null object
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
 */
async function readRangeExtents(context: Excel.RequestContext, steps: SetupSteps): Promise<Map<string, number>> {
  const reads = steps.sheets
    .flatMap((sheet) => sheet.tables)
    .flatMap((step) => (step.kind === "fromRange" ? [step.state.plan] : []))
    .map((plan) => {
      const sheet = context.workbook.worksheets.getItem(plan.sheet);
      const columns = sheet.getRangeByIndexes(plan.row, plan.column, LAST_ROW - plan.row + 1, plan.columns.length);
      return { key: plan.key, used: columns.getUsedRange(true).load("rowIndex,rowCount") };
    });
  if (reads.length > 0) await context.sync();
  return new Map(reads.map(({ key, used }) => [key, used.rowIndex + used.rowCount - 1]));
}

/** A calculated column's formula for each of a table's data rows, written as a 2-D array of one column. */
interface FormulaFill {
  readonly table: string;
  readonly header: string;
  readonly formula: string;
  readonly rowCount: number;
}

/** One piece of a fill: `count` rows from data row `start`. */
interface FillPiece {
  readonly fill: FormulaFill;
  readonly start: number;
  readonly count: number;
}

/** The fills cut into requests under the bulk budget (request-size.ts): the first rides with setup's other writes. */
function fillChunks(fills: readonly FormulaFill[]): FillPiece[][] {
  const rows = fills.flatMap((fill) =>
    Array.from({ length: fill.rowCount }, (_, row) => [fill.formula, fill, row] as const),
  );
  return chunkRows(rows.map(([formula]) => [formula])).reduce<{ pieces: FillPiece[][]; at: number }>(
    ({ pieces, at }, chunk) => {
      const chunkPieces: FillPiece[] = [];
      for (let index = at; index < at + chunk.length; index++) {
        const [, fill, row] = rows[index];
        const last = chunkPieces.at(-1);
        if (last && last.fill === fill) chunkPieces[chunkPieces.length - 1] = { ...last, count: last.count + 1 };
        else chunkPieces.push({ fill, start: row, count: 1 });
      }
      return { pieces: [...pieces, chunkPieces], at: at + chunk.length };
    },
    { pieces: [], at: 0 },
  ).pieces;
}

function queueFills(context: Excel.RequestContext, pieces: readonly FillPiece[]): void {
  for (const { fill, start, count } of pieces) {
    const body = context.workbook.tables.getItem(fill.table).columns.getItem(fill.header).getDataBodyRange();
    body.getCell(start, 0).getResizedRange(count - 1, 0).formulas = Array.from({ length: count }, () => [fill.formula]);
  }
}

function queueSheetStep(context: Excel.RequestContext, steps: SetupSteps, step: SheetStep, target: QueueTarget): void {
  const sheet = step.create
    ? context.workbook.worksheets.add(step.plan.name)
    : context.workbook.worksheets.getItem(step.plan.name);
  if (step.create || steps.versionChanged) queueSheet(sheet, step.plan);
  for (const tableStep of step.tables) {
    switch (tableStep.kind) {
      case "keep":
        queueRenames(context, tableStep.renames);
        queueMissingColumns(context, tableStep.state, tableStep.addColumns, target.fills);
        if (steps.versionChanged)
          queueRefresh(context, tableStep.state, tableStep.state.existing?.rowCount ?? 0, target);
        break;
      case "create":
        queueNewTable(context, sheet, tableStep.plan);
        break;
      case "fromRange":
        queueTableFromRange(context, tableStep.state, target);
        break;
      case "name":
        queueNaming(context.workbook.tables.getItem(tableStep.current), tableStep.plan);
        break;
      case "blocked":
        break;
    }
  }
}

/** The sheet's frozen rows, visibility and plain cells: set again on every new version, since setting is idempotent. */
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
  range.values = values.map((cells) => cells.map((value) => cellInput(value)));
}

/** The cells where an absent table's header row goes, as wide as the table. */
function headerCellsAtPlace(state: TableState): readonly unknown[] {
  return (state.absent?.cellsAtPlace ?? []).slice(0, state.plan.columns.length);
}

/** The cells where the table's header row would go are blank (cells read beyond its width do not count). */
function placeIsEmpty(state: TableState): boolean {
  return (state.absent?.cellsAtPlace ?? []).slice(0, state.plan.columns.length).every(isBlank);
}

/** Formats first, so text typed into text columns stays text; then headers and starting rows; then the table. */
function queueNewTable(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: TablePlan): void {
  plan.columns.forEach((column, index) => formatColumn(sheet, plan.row, plan.column + index, column));
  const rows = [
    plan.columns.map((column) => column.header),
    ...plan.initialRows.map((row) => row.map((value) => cellInput(value))),
  ];
  const address = a1(plan.row, plan.column, rows.length, plan.columns.length);
  sheet.getRange(address).values = rows;
  queueNaming(context.workbook.tables.add(sheetAddress(plan.sheet, address), true), plan);
}

/** The table's stable name and style; Office.js cannot name a table as it adds it, so a failure may fall between. */
function queueNaming(table: Excel.Table, plan: TablePlan): void {
  table.name = plan.name;
  table.style = TABLE_STYLE;
}

/** A table converted to a range: the same cells, from its header row to the sheet's last used row, become it again. */
function queueTableFromRange(context: Excel.RequestContext, state: TableState, target: QueueTarget): void {
  const { plan } = state;
  const lastRow = Math.max(target.extents.get(plan.key) ?? plan.row, plan.row);
  const address = a1(plan.row, plan.column, lastRow - plan.row + 1, plan.columns.length);
  queueNaming(context.workbook.tables.add(sheetAddress(plan.sheet, address), true), plan);
  queueRenames(context, formerHeaderRenames(plan, headerCellsAtPlace(state)));
  queueRefresh(context, state, lastRow - plan.row, target);
}

/**
 * Columns under an earlier version's header get today's, before anything refers to them by it. Renaming a table
 * column is how Excel keeps every structured reference to it pointing at it: calculated columns, other sheets and
 * the user's own formulas follow the new name (Microsoft, "Using structured references with Excel tables"). The
 * column's cells, formats and rules stay where they are.
 */
function queueRenames(context: Excel.RequestContext, renames: readonly ColumnRename[]): void {
  for (const rename of renames) {
    context.workbook.tables.getItem(rename.table).columns.getItem(rename.from).name = rename.to;
  }
}

/** Planned columns the table lacks are added at its end (never in between: nobody's column moves). */
function queueMissingColumns(
  context: Excel.RequestContext,
  state: TableState,
  missing: readonly string[],
  fills: FormulaFill[],
): void {
  const existing = state.existing;
  if (!existing || missing.length === 0) return;
  const table = context.workbook.tables.getItem(state.plan.name);
  const sheet = context.workbook.worksheets.getItem(existing.sheet);
  missing.forEach((header, offset) => {
    const column = state.plan.columns.find((candidate) => candidate.header === header);
    if (!column) return;
    // -1: "If null or -1, the addition happens at the end"; no values: the column starts blank, under its name
    // (https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection#excel-excel-tablecolumncollection-add-member(1)).
    table.columns.add(-1, undefined, header);
    formatColumn(sheet, existing.rowIndex, existing.columnIndex + existing.headers.length + offset, column);
    if (column.formula && existing.rowCount > 0)
      fills.push({ table: state.plan.name, header, formula: column.formula, rowCount: existing.rowCount });
  });
}

/** Settings changed (new plan version): formats, rules and formulas of the existing columns follow the new plan. */
function queueRefresh(context: Excel.RequestContext, state: TableState, rowCount: number, target: QueueTarget): void {
  const { plan } = state;
  const sheetName = state.existing?.sheet ?? plan.sheet;
  const rowIndex = state.existing?.rowIndex ?? plan.row;
  const columnIndex = state.existing?.columnIndex ?? plan.column;
  const headers = state.existing?.headers ?? plan.columns.map((column) => column.header);
  const sheet = context.workbook.worksheets.getItem(sheetName);
  headers.forEach((header, index) => {
    const column =
      plan.columns.find((candidate) => sameExcelName(header, candidate.header)) ??
      plan.columns.find(
        (candidate) =>
          namesColumn(candidate, header) && !headers.some((other) => sameExcelName(other, candidate.header)),
      );
    if (!column) return;
    formatColumn(sheet, rowIndex, columnIndex + index, column);
    if (column.formula && rowCount > 0)
      target.fills.push({ table: plan.name, header: column.header, formula: column.formula, rowCount });
  });
}

function queueNames(context: Excel.RequestContext, plan: WorkbookPlan, state: WorkbookState): void {
  for (const name of plan.names) {
    const current = state.names.get(excelNameKey(name.name));
    if (current === undefined) context.workbook.names.add(name.name, name.formula, name.comment);
    else if (!sameFormula(current, name.formula)) context.workbook.names.getItem(name.name).formula = name.formula;
  }
}
