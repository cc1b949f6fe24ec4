/**
 * Writes a report sheet plan (Dashboard, Review) in one batch: the sheet is cleared of the add-in's earlier output
 * (cells, formats, conditional formats, validation, its own VOC_ charts, its own table, re-made with the rows it
 * held) and written again, so refreshing twice leaves one copy of everything. The user's own charts stay.
 */
import { cellInput, formulaInput } from "../domain/cell-input";
import type { ReportBlock, ReportCell, ReportSheetPlan, ReportStyle, ReportTablePlan } from "../domain/reports/types";
import type { PlanValue } from "../domain/workbook-plan";
import { columnLetter, sheetAddress } from "../domain/workbook-plan";
import { columnWidthPoints } from "./column-format";

/** What the sheet holds now, read in one round trip before writing. */
export interface ReportSheetState {
  readonly sheet: Excel.Worksheet | undefined;
  readonly charts: Excel.ChartCollection | undefined;
  readonly tables: readonly { readonly name: string; readonly rows: Excel.Range }[];
  readonly names: readonly { readonly name: string; readonly item: Excel.NamedItem }[];
}

export const REPORT_CHART_PREFIX = "VOC_";

/**
 * Writes the plan over the sheet: 1 round trip to read what the sheet holds now, 1 to write it all. The sheet is
 * then the active one. `existingSheets` are the workbook's sheet names, read with the caller's first round trip.
 */
export async function writeReport(
  context: Excel.RequestContext,
  plan: ReportSheetPlan,
  existingSheets: readonly string[],
): Promise<WrittenReport> {
  const state = queueReportState(context, plan, existingSheets);
  await context.sync();
  const written = queueReportSheet(context, plan, state);
  context.workbook.worksheets.getItem(plan.sheet).activate();
  await context.sync();
  return written;
}

/** Queues the reads of the sheet's charts and tables and of the plan's names (the sheet may not exist yet). */
function queueReportState(
  context: Excel.RequestContext,
  plan: ReportSheetPlan,
  existingSheets: readonly string[],
): ReportSheetState {
  const exists = existingSheets.some((name) => name.toLowerCase() === plan.sheet.toLowerCase());
  const sheet = exists ? context.workbook.worksheets.getItem(plan.sheet) : undefined;
  const charts = sheet?.charts.load("items/name");
  const tables = plan.tables.map((table) => {
    const found = context.workbook.tables.getItemOrNullObject(table.name);
    return { name: table.name, rows: found.getDataBodyRange().load("values") };
  });
  const names = plan.names.map((name) => ({
    name: name.name,
    item: context.workbook.names.getItemOrNullObject(name.name).load("formula"),
  }));
  return { sheet, charts, tables, names };
}

/** Counts of what was written, for the task pane's report. */
export interface WrittenReport {
  readonly created: boolean;
  readonly charts: number;
  readonly conditionalFormats: number;
  /** Rows kept from the sheet's own table (the review's proposed actions). */
  readonly keptRows: number;
}

/** Queues every write of the plan. */
function queueReportSheet(
  context: Excel.RequestContext,
  plan: ReportSheetPlan,
  state: ReportSheetState,
): WrittenReport {
  const created = state.sheet === undefined;
  const sheet = state.sheet ?? context.workbook.worksheets.add(plan.sheet);
  const kept = keptTableRows(state);
  if (!created) clearReport(context, sheet, state);
  plan.columnWidths.forEach((width, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = columnWidthPoints(width);
  });
  for (const block of plan.blocks) writeBlock(sheet, block);
  for (const column of plan.hiddenColumns)
    sheet.getRangeByIndexes(0, column, 1, 1).getEntireColumn().columnHidden = true;
  for (const rule of plan.conditionalFormats) {
    const format = sheet.getRange(rule.range).conditionalFormats.add("Custom");
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.fill;
    format.custom.format.font.color = rule.fontColor;
  }
  for (const validation of plan.validations) {
    sheet.getRange(validation.range).dataValidation.rule = {
      list: { inCellDropDown: true, source: validation.source },
    };
  }
  let keptRows = 0;
  let lastTableRow = 0;
  for (const table of plan.tables) {
    const rows = kept.get(table.name);
    keptRows += writeTable(context, sheet, plan.sheet, table, rows);
    lastTableRow = Math.max(lastTableRow, table.row + Math.max(rows?.length ?? 0, table.initialRows.length));
  }
  for (const chart of plan.charts) addChart(sheet, chart);
  writeNames(context, plan, state);
  if (plan.pageSetup) {
    const layout = sheet.pageLayout;
    layout.orientation = plan.pageSetup.orientation === "Portrait" ? "Portrait" : "Landscape";
    layout.paperSize = "A4";
    layout.centerHorizontally = true;
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.setPrintArea(printAreaThrough(plan.pageSetup.printArea, lastTableRow));
    layout.headersFooters.defaultForAllPages.centerHeader = plan.pageSetup.header;
  }
  if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
  return { created, charts: plan.charts.length, conditionalFormats: plan.conditionalFormats.length, keptRows };
}

function keptTableRows(state: ReportSheetState): Map<string, PlanValue[][]> {
  const kept = new Map<string, PlanValue[][]>();
  for (const table of state.tables) {
    if (table.rows.isNullObject) continue;
    const rows = (table.rows.values as PlanValue[][]).filter((row) =>
      row.some((value) => value !== "" && value !== null),
    );
    kept.set(table.name, rows);
  }
  return kept;
}

/** Removes what the add-in wrote before: cells, formats, rules, validation, hidden columns, its charts and table. */
function clearReport(context: Excel.RequestContext, sheet: Excel.Worksheet, state: ReportSheetState): void {
  for (const table of state.tables) {
    if (!table.rows.isNullObject) context.workbook.tables.getItem(table.name).delete();
  }
  for (const chart of state.charts?.items ?? []) {
    if (chart.name.startsWith(REPORT_CHART_PREFIX)) chart.delete();
  }
  const whole = sheet.getRange();
  whole.conditionalFormats.clearAll();
  whole.dataValidation.clear();
  whole.columnHidden = false;
  whole.clear("All");
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

/** Makes the table with its kept rows (or its initial rows); returns how many kept rows it holds. */
function writeTable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  table: ReportTablePlan,
  kept: PlanValue[][] | undefined,
): number {
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
  return kept?.length ?? 0;
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
    const existing = state.names.find((candidate) => candidate.name === name.name)?.item;
    if (existing && !existing.isNullObject) existing.formula = name.formula;
    else context.workbook.names.add(name.name, name.formula, name.comment);
  }
}

/** The print area made to reach down to `lastRow` (0-based): kept table rows beyond the plan's are printed too. */
function printAreaThrough(printArea: string, lastRow: number): string {
  return printArea.replace(/(\d+)$/, (end) => String(Math.max(Number(end), lastRow + 1)));
}
