/**
 * The add-in as the task pane drives it, over the in-memory host, for the LibreOffice tests of what it writes:
 * records saved through appendRecord and appendMany, the reports refreshed and built, the workbook exported by the
 * exporter the preview's download uses; and the domain's figures for the rows the workbook holds, compared with
 * what LibreOffice computed from the file.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { customerAverage, itemAverage } from "../../src/domain/reports/breakdowns";
import { type DashboardPlan, buildDashboardPlan } from "../../src/domain/reports/dashboard-plan";
import { type ReportFigure, allFigures, reportFigures } from "../../src/domain/reports/figures";
import { type ReportLedger, reportLedger } from "../../src/domain/reports/report-ledger";
import { reportLabel } from "../../src/domain/reports/report-labels";
import { previousPeriod, reportPeriods } from "../../src/domain/reports/report-periods";
import { LIST_ROWS, type ReviewPlan, buildReviewPlan } from "../../src/domain/reports/review-plan";
import type { ReportGrain } from "../../src/domain/reports/types";
import type { TableKey } from "../../src/domain/schema";
import { type PlanSettings, type WorkbookPlan, tablePlan } from "../../src/domain/workbook-plan";
import { holidaysFrom } from "../../src/domain/working-days";
import { appendMany } from "../../src/excel/append-many";
import { appendRecord } from "../../src/excel/append-record";
import type { ExcelRunner } from "../../src/excel/excel-runner";
import { readLedger } from "../../src/excel/read-ledger";
import { readReportBasis } from "../../src/excel/report-basis";
import { cachedCategories, chartsOf, readXlsx } from "../support/exported-xlsx";
import { type ComputedValue, cellValue } from "../support/libreoffice";
import type { SampleRecords, SampleRow } from "../support/sample-records";

/** LibreOffice and JavaScript add the same doubles in different orders. */
const TOLERANCE = 1e-9;
/** Records of each table saved one by one, as the forms save them; the rest are imported in bulk. */
const SAVED_ONE_BY_ONE = 3;

const RECORD_ORDER: readonly (keyof SampleRecords & TableKey)[] = [
  "holidays",
  "customers",
  "feedback",
  "complaints",
  "reminders",
  "surveyDispatch",
  "surveyReturns",
];

/** Tables whose ids other rows point to (reminders to complaints, returns to dispatches): their sample ids stay. */
const KEPT_IDS: readonly TableKey[] = ["complaints", "surveyDispatch", "reminders", "surveyReturns"];

/**
 * Saves the sample's rows: a few through appendRecord (the forms' path), the rest through appendMany (the import's
 * path), in the sample's order. Ids the other rows point to are the sample's own; the others are allocated.
 */
export async function saveRecords(run: ExcelRunner, plan: WorkbookPlan, records: SampleRecords, year: number) {
  for (const table of RECORD_ORDER) {
    const rows = records[table];
    const keepIds = KEPT_IDS.includes(table);
    const oneByOne = keepIds ? [] : rows.slice(0, SAVED_ONE_BY_ONE);
    for (const row of oneByOne) {
      const record = withoutId(row);
      await run((context) => appendRecord(context, plan, { table, record, year }));
    }
    const rest = rows.slice(oneByOne.length);
    if (rest.length === 0) continue;
    const ids = keepIds ? rest.map((row) => String(row.id)) : undefined;
    await run((context) => appendMany(context, plan, { table, records: rest.map(withoutId), year, ids }));
  }
}

function withoutId(row: SampleRow): SampleRow {
  const { id, ...rest } = row;
  void id;
  return rest;
}

/** The rows the workbook holds, by column key, read as the add-in reads them; calculated columns left out. */
export async function heldRows(
  run: ExcelRunner,
  tables: readonly TableKey[],
): Promise<{ plan: WorkbookPlan; rows: Partial<Record<TableKey, SampleRow[]>> }> {
  const ledger = await run((context) => readLedger(context, tables));
  const rows: Partial<Record<TableKey, SampleRow[]>> = {};
  for (const key of tables) {
    const calculated = tablePlan(ledger.plan, key)
      .columns.filter((column) => column.formula !== undefined)
      .map((column) => column.key);
    rows[key] = (ledger.records[key] ?? []).map((record) => {
      const row: { [key: string]: SampleRow[string] } = {};
      for (const [key, value] of Object.entries(record)) if (!calculated.includes(key)) row[key] = value;
      return row;
    });
  }
  return { plan: ledger.plan, rows };
}

// The reports as the add-in wrote them ------------------------------------------------------------------------

/** What src/excel built the reports from, so the test knows their layout. */
export interface ReportContext {
  readonly plan: WorkbookPlan;
  readonly settings: PlanSettings;
  readonly customers: readonly string[];
  readonly ledger: ReportLedger;
}

export async function reportContext(run: ExcelRunner): Promise<ReportContext> {
  const basis = await run((context) => readReportBasis(context));
  const { rows } = await heldRows(run, ["surveyDispatch", "surveyReturns", "complaints", "holidays"]);
  const settings = basis.ledger.settings.plan;
  const ledger = reportLedger({
    language: basis.ledger.language,
    settings,
    holidays: holidaysFrom((rows.holidays ?? []).map((row) => [row.date ?? null])),
    surveyDispatch: rows.surveyDispatch ?? [],
    surveyReturns: rows.surveyReturns ?? [],
    complaints: rows.complaints ?? [],
  });
  return { plan: basis.ledger.plan, settings, customers: basis.customers, ledger };
}

/** The dashboard plan refreshDashboard wrote, rebuilt from the same inputs. */
export function dashboardPlanOf(report: ReportContext, grain: ReportGrain, today: number): DashboardPlan {
  return buildDashboardPlan({
    plan: report.plan,
    settings: report.settings,
    grain,
    periods: reportPeriods(grain, today),
    customers: report.customers,
    today,
  });
}

export function reviewPlanOf(report: ReportContext, period: string, grain: ReportGrain, today: number): ReviewPlan {
  const offered = reportPeriods(grain, today);
  return buildReviewPlan({
    plan: report.plan,
    settings: report.settings,
    grain,
    period,
    periods: offered.includes(period) ? offered : [...offered, period],
    customers: report.customers,
    today,
  });
}

// The file, exported and recalculated -------------------------------------------------------------------------

export interface Recalculated {
  readonly book: ExcelJS.Workbook;
  readonly zip: JSZip;
}

export async function opened(xlsx: Uint8Array): Promise<Recalculated> {
  return { book: await readXlsx(xlsx), zip: await JSZip.loadAsync(xlsx) };
}

export function computedAt(file: Recalculated, sheet: string, row: number, column: number): ComputedValue {
  const found = file.book.getWorksheet(sheet);
  if (!found) throw new Error(`The recalculated file has no sheet ${sheet}.`);
  return cellValue(found.getCell(row + 1, column + 1));
}

/** A mismatch between LibreOffice's number and the domain's, or null when they agree ("" where the domain has none). */
export function difference(actual: ComputedValue, expected: number | null, where: string): string | null {
  if (expected === null)
    return actual === "" ? null : `${where}: LibreOffice computed ${JSON.stringify(actual)}, the domain none.`;
  if (typeof actual === "number" && Math.abs(actual - expected) <= TOLERANCE * Math.max(1, Math.abs(expected)))
    return null;
  return `${where}: LibreOffice computed ${JSON.stringify(actual)}, the domain ${expected}.`;
}

const figuresOf = (report: ReportContext): ReportFigure[] =>
  allFigures(reportFigures({ language: report.plan.language, settings: report.settings }));

/** Every dashboard figure, matrix cell, item average and Pareto row the file computed that the domain does not. */
export function dashboardDifferences(
  file: Recalculated,
  report: ReportContext,
  dashboard: DashboardPlan,
  periods: readonly string[],
  grain: ReportGrain,
): { readonly differences: string[]; readonly compared: number } {
  const { kpiHeaderRow, figureColumns, matrixHeaderRow, itemHeaderRow, paretoHeaderRow, paretoColumn } =
    dashboard.layout;
  const at = (row: number, column: number) => computedAt(file, dashboard.sheet, row, column);
  const found: (string | null)[] = [];
  periods.forEach((period, index) => {
    expectLabel(found, at(kpiHeaderRow + 1 + index, 0), period, `KPI row ${index}`);
    for (const figure of figuresOf(report))
      found.push(
        difference(
          at(kpiHeaderRow + 1 + index, figureColumns[figure.key]),
          figure.compute(report.ledger, period, grain),
          `${period} ${figure.key}`,
        ),
      );
  });
  report.customers.forEach((customer, row) => {
    expectLabel(found, at(matrixHeaderRow + 1 + row, 0), customer, `matrix row ${row}`);
    periods.forEach((period, column) =>
      found.push(
        difference(
          at(matrixHeaderRow + 1 + row, 1 + column),
          customerAverage(report.ledger, customer, period, grain),
          `${customer} ${period}`,
        ),
      ),
    );
  });
  report.settings.instrument.forEach((item, row) =>
    periods.forEach((period, column) =>
      found.push(
        difference(
          at(itemHeaderRow + 1 + row, 1 + column),
          itemAverage(report.ledger, item, period, grain),
          `${item.code} ${period}`,
        ),
      ),
    ),
  );
  for (const [row, entry] of paretoRows(report, periods, grain).entries()) {
    expectLabel(found, at(paretoHeaderRow + 1 + row, paretoColumn + 4), entry.label, `Pareto row ${row}`);
    found.push(difference(at(paretoHeaderRow + 1 + row, paretoColumn + 5), entry.count, `Pareto ${entry.label}`));
    found.push(difference(at(paretoHeaderRow + 1 + row, paretoColumn + 6), entry.cumulative, `cumulative ${row}`));
  }
  const differences = found.filter((item): item is string => item !== null);
  return { differences, compared: found.length };
}

function expectLabel(found: (string | null)[], actual: ComputedValue, expected: string, where: string): void {
  found.push(actual === expected ? null : `${where}: LibreOffice shows ${JSON.stringify(actual)}, not "${expected}".`);
}

/** The complaint classes as the Pareto chart sorts them: most first, the cumulative percent beside. */
export function paretoRows(report: ReportContext, periods: readonly string[], grain: ReportGrain) {
  const language = report.plan.language;
  const classes = reportFigures({ language, settings: report.settings }).byClass.map((figure, index) => ({
    label: figure.label(language),
    index,
    count: periods.reduce((sum, period) => sum + (figure.compute(report.ledger, period, grain) ?? 0), 0),
  }));
  const sorted = [...classes].sort((a, b) => b.count - a.count || a.index - b.index);
  const all = sorted.reduce((sum, entry) => sum + entry.count, 0);
  let running = 0;
  return sorted.map((entry) => {
    running += entry.count;
    return { ...entry, cumulative: all === 0 ? null : (running / all) * 100 };
  });
}

/** Every review figure and list line the file computed that the domain does not. */
export function reviewDifferences(
  file: Recalculated,
  report: ReportContext,
  review: ReviewPlan,
  period: string,
  grain: ReportGrain,
): { readonly differences: string[]; readonly compared: number } {
  const language = report.plan.language;
  const previous = previousPeriod(period);
  const at = (row: number, column: number) => computedAt(file, review.sheet, row, column);
  const found: (string | null)[] = [];
  expectLabel(found, at(3, 1), period, "the period under review");
  expectLabel(found, at(4, 1), previous, "the period before");
  for (const figure of figuresOf(report)) {
    const row = review.layout.figureRows[figure.key];
    found.push(difference(at(row, 2), figure.compute(report.ledger, previous, grain), `${figure.key} previous`));
    found.push(difference(at(row, 3), figure.compute(report.ledger, period, grain), `${figure.key} this`));
  }
  const below = (when: string) =>
    report.customers.filter((customer) => {
      const average = customerAverage(report.ledger, customer, when, grain);
      return average !== null && average < 80;
    });
  const listed = (start: number, length: number) =>
    Array.from({ length }, (_, index) => at(start + index, 0)).filter((name) => name !== "");
  const customerStart = review.layout.customerListRow + 2;
  const expected = below(period);
  const listedCustomers = listed(customerStart, review.layout.listLength.customers);
  const wanted = expected.length > 0 ? expected.slice(0, LIST_ROWS) : [reportLabel("noneNeedAction", language)];
  found.push(
    JSON.stringify(listedCustomers) === JSON.stringify(wanted)
      ? null
      : `customers below 80: LibreOffice lists ${JSON.stringify(listedCustomers)}, the domain ${JSON.stringify(wanted)}.`,
  );
  expected
    .slice(0, LIST_ROWS)
    .forEach((customer, index) =>
      found.push(
        difference(
          at(customerStart + index, 3),
          customerAverage(report.ledger, customer, period, grain),
          `listed ${customer}`,
        ),
      ),
    );
  const items = report.settings.instrument.filter((item) => {
    const average = itemAverage(report.ledger, item, period, grain);
    return average !== null && average <= 70;
  });
  const listedItems = listed(review.layout.itemListRow + 2, review.layout.listLength.items);
  const wantedItems =
    items.length > 0
      ? items.slice(0, LIST_ROWS).map((item) => `${item.code} ${item.text[language]}`)
      : [reportLabel("noneNeedAction", language)];
  found.push(
    JSON.stringify(listedItems) === JSON.stringify(wantedItems)
      ? null
      : `items at or below 70: LibreOffice lists ${JSON.stringify(listedItems)}, the domain ${JSON.stringify(wantedItems)}.`,
  );
  const followStart = review.layout.followUpCustomerRow + 2;
  below(previous)
    .slice(0, LIST_ROWS)
    .forEach((customer, index) => {
      expectLabel(found, at(followStart + index, 0), customer, `follow-up row ${index}`);
      found.push(
        difference(
          at(followStart + index, 3),
          customerAverage(report.ledger, customer, period, grain),
          `follow-up ${customer}`,
        ),
      );
    });
  const differences = found.filter((item): item is string => item !== null);
  return { differences, compared: found.length };
}

/** Each chart's category labels as LibreOffice drew them from the computed cells, by chart name. */
export async function chartLabels(file: Recalculated, sheet: string): Promise<Map<string, string[]>> {
  const charts = await chartsOf(file.zip, sheet);
  return new Map(charts.map((chart) => [chart.name, cachedCategories(chart.xml)]));
}

/** The labels each dashboard chart must show: periods along the trends, complaint classes along the Pareto. */
export function expectedChartLabels(
  report: ReportContext,
  dashboard: DashboardPlan,
  periods: readonly string[],
  grain: ReportGrain,
): Map<string, string[]> {
  const labels = new Map<string, string[]>();
  for (const chart of dashboard.charts)
    labels.set(
      chart.name,
      /Pareto/.test(chart.name) ? paretoRows(report, periods, grain).map((row) => row.label) : [...periods],
    );
  return labels;
}
