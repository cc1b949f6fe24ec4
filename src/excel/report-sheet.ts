/**
 * Writes a report sheet plan (Dashboard, Review) in one batch: the sheet is cleared of the add-in's earlier output
 * (cells, formats, conditional formats, validation, its own VOC_ charts, its own table, re-made with the rows it
 * held) and written again, so refreshing twice leaves one copy of everything. The user's own charts stay.
 *
 * Excel has no rollback: a write that fails at one operation keeps the ones before it. So the writes are ordered
 * for a failure at any point to leave the sheet whole and a second run to finish it: the new cells are written over
 * the old ones and only then are the old cells the new report does not use cleared (a cell holds its old content
 * or its new one, never nothing), new charts are added before the old ones go, and the table's rows (the review's
 * proposed actions, typed by people) are copied to a hidden holding sheet before the table is taken apart; a second
 * run takes them from there, and the holding sheet goes last.
 */
import { cellInput, formulaInput } from "../domain/cell-input";
import type { ReportBlock, ReportCell, ReportSheetPlan, ReportStyle, ReportTablePlan } from "../domain/reports/types";
import type { PlanValue } from "../domain/workbook-plan";
import { columnLetter, sheetAddress } from "../domain/workbook-plan";
import { columnWidthPoints } from "./column-format";
import type { ExistingObjects } from "./report-basis";

/** What the sheet holds now, read in one round trip before writing. */
export interface ReportSheetState {
  readonly sheet: Excel.Worksheet | undefined;
  readonly charts: Excel.ChartCollection | undefined;
  /** Every table on the sheet, the plan's and any an interrupted run left unnamed. */
  readonly sheetTables: Excel.TableCollection | undefined;
  /** The plan's tables that exist, with their data rows. */
  readonly tables: readonly { readonly name: string; readonly rows: Excel.Range }[];
  /** The workbook's defined names (lower case) with their formulas. */
  readonly names: ReadonlyMap<string, string>;
  /** The sheet's cells with content (formulas), to clear those the new report does not write. */
  readonly used: Excel.Range | undefined;
  /** The holding sheets an interrupted run left, by table name: their rows are the table's. */
  readonly holdings: readonly { readonly name: string; readonly rows: Excel.Range }[];
  /** Set while charts are being added (see replaceCharts): its formula, if the name exists. */
  readonly chartsPending: string | undefined;
}

export const REPORT_CHART_PREFIX = "VOC_";

/** A workbook name that says how many charts a report sheet had before the add-in began adding its own. */
const CHARTS_PENDING_NAME = "VOC_ChartsPending";

/** The hidden sheet that holds a report table's rows while the table is re-made. */
export function holdingSheetName(table: string): string {
  return `${table}_Rows`;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Writes the plan over the sheet: 1 round trip to read what the sheet holds now, 1 to write it all. The sheet is
 * then the active one. `existing` are the workbook's sheets, tables and names, read with the caller's first round
 * trip, so that only what exists is read (nothing goes through a null object).
 */
export async function writeReport(
  context: Excel.RequestContext,
  plan: ReportSheetPlan,
  existing: ExistingObjects,
): Promise<WrittenReport> {
  const state = queueReportState(context, plan, existing);
  await context.sync();
  const written = queueReportSheet(context, plan, state);
  context.workbook.worksheets.getItem(plan.sheet).activate();
  await context.sync();
  return written;
}

/**
 * Queues the reads of the sheet's charts, tables and cells (the sheet may not exist yet). Worksheet.getUsedRange
 * returns A1 on a blank sheet rather than failing (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)),
 * so it needs no null check.
 */
function queueReportState(
  context: Excel.RequestContext,
  plan: ReportSheetPlan,
  existing: ExistingObjects,
): ReportSheetState {
  const has = (names: readonly string[], name: string) => names.some((candidate) => sameName(candidate, name));
  const sheet = has(existing.sheets, plan.sheet) ? context.workbook.worksheets.getItem(plan.sheet) : undefined;
  const charts = sheet?.charts.load("items/name");
  const sheetTables = sheet?.tables.load("items/name");
  const used = sheet?.getUsedRange(true).load("rowIndex,columnIndex,formulas");
  const tables = plan.tables
    .filter((table) => has(existing.tables, table.name))
    .map((table) => ({
      name: table.name,
      rows: context.workbook.tables.getItem(table.name).getDataBodyRange().load("values"),
    }));
  const holdings = plan.tables
    .filter((table) => has(existing.sheets, holdingSheetName(table.name)))
    .map((table) => ({
      name: table.name,
      rows: context.workbook.worksheets.getItem(holdingSheetName(table.name)).getUsedRange(true).load("values"),
    }));
  const chartsPending = existing.names.get(CHARTS_PENDING_NAME.toLowerCase());
  return { sheet, charts, sheetTables, tables, names: existing.names, used, holdings, chartsPending };
}

/** Counts of what was written, for the task pane's report. */
export interface WrittenReport {
  readonly created: boolean;
  readonly charts: number;
  readonly conditionalFormats: number;
  /** Rows kept from the sheet's own table (the review's proposed actions). */
  readonly keptRows: number;
}

/** Queues every write of the plan, in an order that a failure at any operation leaves whole (see the top). */
function queueReportSheet(
  context: Excel.RequestContext,
  plan: ReportSheetPlan,
  state: ReportSheetState,
): WrittenReport {
  const created = state.sheet === undefined;
  const kept = keptTableRows(state);
  const holdings = holdKeptRows(context, state, kept);
  const sheet = state.sheet ?? context.workbook.worksheets.add(plan.sheet);
  // Converted, not deleted: the cells stay until the new report covers or clears them.
  for (const table of state.sheetTables?.items ?? []) table.convertToRange();
  if (!created) sheet.getRange().clear("Formats");
  plan.columnWidths.forEach((width, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = columnWidthPoints(width);
  });
  for (const block of plan.blocks) writeBlock(sheet, block);
  let keptRows = 0;
  let lastTableRow = 0;
  const tableAreas: Area[] = [];
  for (const table of plan.tables) {
    const rows = kept.get(table.name);
    const written = writeTable(context, sheet, plan.sheet, table, rows);
    keptRows += rows?.length ?? 0;
    tableAreas.push(written);
    lastTableRow = Math.max(lastTableRow, table.row + Math.max(rows?.length ?? 0, table.initialRows.length));
  }
  replaceCharts(context, sheet, plan, state);
  const whole = sheet.getRange();
  whole.conditionalFormats.clearAll();
  for (const rule of plan.conditionalFormats) {
    const format = sheet.getRange(rule.range).conditionalFormats.add("Custom");
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.fill;
    format.custom.format.font.color = rule.fontColor;
  }
  whole.dataValidation.clear();
  for (const validation of plan.validations) {
    sheet.getRange(validation.range).dataValidation.rule = {
      list: { inCellDropDown: true, source: validation.source },
    };
  }
  whole.columnHidden = false;
  for (const column of plan.hiddenColumns)
    sheet.getRangeByIndexes(0, column, 1, 1).getEntireColumn().columnHidden = true;
  writeNames(context, plan, state);
  if (plan.pageSetup) {
    const layout = sheet.pageLayout;
    layout.orientation = plan.pageSetup.orientation === "Portrait" ? "Portrait" : "Landscape";
    layout.paperSize = "A4";
    layout.centerHorizontally = true;
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.setPrintArea(printAreaThrough(plan.pageSetup.printArea, lastTableRow));
    // "&" starts a header code (&P, &D…); "&&" prints one (learn.microsoft.com/office/vba/excel/concepts/
    // workbooks-and-worksheets/formatting-and-vba-codes-for-headers-and-footers). The title is plain text.
    layout.headersFooters.defaultForAllPages.centerHeader = plan.pageSetup.header.replace(/&/gu, "&&");
  }
  if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
  const covered = [...plan.blocks.map(blockArea), ...tableAreas];
  for (const area of leftoverAreas(state.used, covered))
    sheet.getRangeByIndexes(area.top, area.left, area.rows, area.columns).clear("Contents");
  for (const name of holdings) context.workbook.worksheets.getItem(name).delete();
  return { created, charts: plan.charts.length, conditionalFormats: plan.conditionalFormats.length, keptRows };
}

/**
 * The rows to keep of each table: a holding sheet's when an interrupted run left one with rows (the table may be
 * gone or half made), else the table's own non-blank rows.
 */
function keptTableRows(state: ReportSheetState): Map<string, PlanValue[][]> {
  const kept = new Map<string, PlanValue[][]>();
  const nonBlank = (rows: PlanValue[][]) => rows.filter((row) => row.some((value) => value !== "" && value !== null));
  for (const table of state.tables) kept.set(table.name, nonBlank(table.rows.values as PlanValue[][]));
  for (const holding of state.holdings) {
    // Its first row is the table's header row; an empty one was added by a run that stopped before writing it.
    const rows = nonBlank((holding.rows.values as PlanValue[][]).slice(1));
    if (rows.length > 0) kept.set(holding.name, rows);
  }
  return kept;
}

/**
 * Copies the kept rows of each table to its hidden holding sheet (one write: the rows are there whole or not at
 * all), unless a holding sheet is there from an interrupted run. Returns the holding sheets to delete at the end.
 */
function holdKeptRows(
  context: Excel.RequestContext,
  state: ReportSheetState,
  kept: ReadonlyMap<string, PlanValue[][]>,
): string[] {
  const holdings: string[] = state.holdings.map(({ name }) => holdingSheetName(name));
  for (const [table, rows] of kept) {
    const name = holdingSheetName(table);
    if (rows.length === 0 || holdings.includes(name)) continue;
    const holding = context.workbook.worksheets.add(name);
    const width = Math.max(1, ...rows.map((row) => row.length));
    const padded = rows.map((row) => Array.from({ length: width }, (_, column) => cellInput(row[column] ?? null)));
    holding.getRangeByIndexes(0, 0, rows.length + 1, width).values = [
      Array.from({ length: width }, (_, column) => (column === 0 ? table : "")),
      ...padded,
    ];
    holding.visibility = "Hidden";
    holdings.push(name);
  }
  return holdings;
}

/** A rectangle of cells, 0-based. */
interface Area {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

function blockArea(block: ReportBlock): Area {
  const columns = Math.max(0, ...block.cells.map((row) => row.length));
  return { top: block.row, left: block.column, rows: columns === 0 ? 0 : block.cells.length, columns };
}

/**
 * The cells of the old report that hold something and that no part of the new one covers, as rectangles to clear:
 * in each row, one run from the first to the last such cell between covered cells, runs of the same columns on
 * consecutive rows joined.
 */
export function leftoverAreas(used: Excel.Range | undefined, covered: readonly Area[]): Area[] {
  if (!used) return [];
  const isCovered = (row: number, column: number) =>
    covered.some(
      (area) =>
        row >= area.top && row < area.top + area.rows && column >= area.left && column < area.left + area.columns,
    );
  const areas: Area[] = [];
  const open = new Map<string, Area>();
  used.formulas.forEach((cells, offset) => {
    const row = used.rowIndex + offset;
    const runs: { left: number; right: number }[] = [];
    let run: { left: number; right: number } | undefined;
    cells.forEach((formula, index) => {
      const column = used.columnIndex + index;
      if (isCovered(row, column)) run = undefined;
      else if (formula !== "" && formula !== null) {
        if (run) run.right = column;
        else runs.push((run = { left: column, right: column }));
      }
    });
    const next = new Map<string, Area>();
    for (const { left, right } of runs) {
      const key = `${left}:${right}`;
      const above = open.get(key);
      const area = above ? { ...above, rows: above.rows + 1 } : { top: row, left, rows: 1, columns: right - left + 1 };
      if (above) areas[areas.indexOf(above)] = area;
      else areas.push(area);
      next.set(key, area);
    }
    open.clear();
    next.forEach((area, key) => open.set(key, area));
  });
  return areas;
}

const STYLE: { readonly [style in ReportStyle]: (format: Excel.RangeFormat) => void } = {
  title: (format) => {
    format.font.bold = true;
    format.font.size = 16;
  },
  heading: (format) => {
    format.font.bold = true;
    format.font.size = 12;
    format.font.color = "#1F4E79";
  },
  header: (format) => {
    format.font.bold = true;
    format.fill.color = "#DDEBF7";
    format.wrapText = true;
  },
  body: () => undefined,
  note: (format) => {
    format.font.italic = true;
    format.font.color = "#595959";
  },
  input: (format) => {
    format.font.bold = true;
    format.fill.color = "#FFF2CC";
  },
};

function cellText(cell: ReportCell): string | number | boolean {
  if (cell !== null && typeof cell === "object") return formulaInput(cell.formula);
  return cellInput(cell);
}

function writeBlock(sheet: Excel.Worksheet, block: ReportBlock): void {
  const width = Math.max(...block.cells.map((row) => row.length));
  if (width === 0 || block.cells.length === 0) return;
  const range = sheet.getRangeByIndexes(block.row, block.column, block.cells.length, width);
  const formats = block.numberFormats;
  // Formats first, so text written into a text cell ("@") stays text; a formula there would too, so the plans
  // never put one in a text cell (test/domain/reports/report-cells.test.ts).
  if (formats) {
    range.numberFormat = block.cells.map(() =>
      Array.from({ length: width }, (_, column) => formats[column] ?? "General"),
    );
  }
  range.formulas = block.cells.map((row) =>
    Array.from({ length: width }, (_, column) => cellText(row[column] ?? null)),
  );
  STYLE[block.style](range.format);
}

/** Makes the table with its kept rows (or its initial rows); returns the cells it covers, header row included. */
function writeTable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  table: ReportTablePlan,
  kept: PlanValue[][] | undefined,
): Area {
  const rows = kept && kept.length > 0 ? kept : table.initialRows.map((row) => [...row]);
  const width = table.headers.length;
  const area = sheet.getRangeByIndexes(table.row, table.column, rows.length + 1, width);
  area.getRow(0).values = [table.headers.map((header) => cellInput(header))];
  const body = sheet.getRangeByIndexes(table.row + 1, table.column, rows.length, width);
  body.numberFormat = rows.map(() => table.numberFormats.map((format) => format ?? "General"));
  body.values = rows.map((row) => Array.from({ length: width }, (_, column) => cellInput(row[column] ?? null)));
  const address = `${columnLetter(table.column)}${table.row + 1}:${columnLetter(table.column + width - 1)}${table.row + 1 + rows.length}`;
  const added = context.workbook.tables.add(sheetAddress(sheetName, address), true);
  added.name = table.name;
  added.style = "TableStyleLight9";
  return { top: table.row, left: table.column, rows: rows.length + 1, columns: width };
}

/**
 * The new charts are added before the old VOC_ ones go. A chart is named after it is added (Office.js cannot do
 * both at once), so a run stopped in between would leave a chart with Excel's default name, which a second run
 * could not tell from a user's own: the name CHARTS_PENDING_NAME records how many charts the sheet had before the
 * adds, and a second run deletes the unnamed ones after that count.
 */
function replaceCharts(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  plan: ReportSheetPlan,
  state: ReportSheetState,
): void {
  const charts = state.charts?.items ?? [];
  const pending = state.chartsPending === undefined ? undefined : pendingCount(state.chartsPending, plan.sheet);
  const strays = pending === undefined ? [] : charts.slice(pending).filter((chart) => !isReportChart(chart));
  strays.forEach((chart) => chart.delete());
  const marker = `="${(charts.length - strays.length).toString()}|${plan.sheet.replace(/"/g, '""')}"`;
  if (plan.charts.length > 0) {
    if (state.chartsPending === undefined) context.workbook.names.add(CHARTS_PENDING_NAME, marker);
    else context.workbook.names.getItem(CHARTS_PENDING_NAME).formula = marker;
  }
  for (const chart of plan.charts) addChart(sheet, chart);
  for (const chart of charts) if (isReportChart(chart)) chart.delete();
  if (plan.charts.length > 0 || state.chartsPending !== undefined)
    context.workbook.names.getItem(CHARTS_PENDING_NAME).delete();
}

const isReportChart = (chart: Excel.Chart) => chart.name.startsWith(REPORT_CHART_PREFIX);

/** The count CHARTS_PENDING_NAME holds for this sheet ("=\"5|Dashboard\""), or undefined for another sheet's. */
function pendingCount(formula: unknown, sheet: string): number | undefined {
  const match = /^="(\d+)\|(.*)"$/.exec(String(formula));
  if (!match || !sameName(match[2].replace(/""/g, '"'), sheet)) return undefined;
  return Number(match[1]);
}

function addChart(sheet: Excel.Worksheet, plan: ReportSheetPlan["charts"][number]): void {
  const chart = sheet.charts.add(plan.type, sheet.getRange(plan.source), plan.seriesBy);
  chart.name = plan.name;
  chart.title.text = plan.title;
  chart.axes.categoryAxis.title.text = plan.categoryTitle;
  chart.axes.valueAxis.title.text = plan.valueTitle;
  chart.legend.position = "Bottom";
  chart.setPosition(plan.position.start, plan.position.end);
  for (const series of plan.series ?? []) {
    const item = chart.series.getItemAt(series.index);
    item.chartType = series.chartType;
    item.axisGroup = series.axisGroup;
  }
}

function writeNames(context: Excel.RequestContext, plan: ReportSheetPlan, state: ReportSheetState): void {
  for (const name of plan.names) {
    if (state.names.has(name.name.toLowerCase())) context.workbook.names.getItem(name.name).formula = name.formula;
    else context.workbook.names.add(name.name, name.formula, name.comment);
  }
}

/** The print area made to reach down to `lastRow` (0-based): kept table rows beyond the plan's are printed too. */
function printAreaThrough(printArea: string, lastRow: number): string {
  return printArea.replace(/(\d+)$/, (end) => String(Math.max(Number(end), lastRow + 1)));
}
