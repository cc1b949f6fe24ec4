/**
 * The dashboard and the management review the add-in writes, computed by a real engine over two years of a quality
 * department's ledger (over 5,000 survey returns and 2,000 complaints across 8 quarters, headers in zh-CN): the
 * records saved through src/excel into the in-memory host, the dashboard refreshed and the review built as the
 * Reports screen does, the workbook exported and recalculated by LibreOffice. Every figure, matrix cell, item
 * average, Pareto row, review list and chart label must equal what src/domain aggregates from the rows the workbook
 * holds. The user picks 'Star* Trading' in the trend's drop-down cell before the export: a name a wildcard would read
 * as a pattern, listed after 'Star Trading', which it would match. Both sheets are then printed to PNG (A4 for the
 * review) into test-results/ from the same file: the prints in docs/ are these.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { serialOf } from "../../src/domain/excel-date";
import { customerAverage, itemAverage } from "../../src/domain/reports/breakdowns";
import { reportLabel } from "../../src/domain/reports/report-labels";
import { previousPeriod, reportPeriods } from "../../src/domain/reports/report-periods";
import { LIST_ROWS } from "../../src/domain/reports/review-plan";
import { buildWorkbookPlan } from "../../src/domain/workbook-plan";
import { buildReview } from "../../src/excel/build-review";
import { refreshDashboard } from "../../src/excel/refresh-dashboard";
import { setupWorkbook } from "../../src/excel/setup-workbook";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { exportWorkbook } from "../../src/memory-host/export";
import { type ComputedValue, recalculateFile } from "../support/libreoffice";
import { renderSheetsToPng } from "../support/render-sheets";
import { reportSample } from "../support/report-sample";
import { validationsOf } from "../support/exported-xlsx";
import {
  type Recalculated,
  type ReportContext,
  chartLabels,
  computedAt,
  dashboardDifferences,
  difference,
  dashboardPlanOf,
  expectedChartLabels,
  opened,
  reportContext,
  reviewDifferences,
  reviewPlanOf,
  saveRecords,
} from "./exported-support";

jest.setTimeout(300_000);

const LANGUAGE = "zh-CN";
const TODAY = serialOf(2026, 11, 21);
const GRAIN = "Q";
const PERIOD = "2026-Q3";
const RESULTS = path.resolve(__dirname, "../../test-results");
/** The customer chosen for the dashboard's trend row: a wildcard would also match "Star Trading", listed first. */
const TREND_CUSTOMER = "Star* Trading";
/** Customers whose names a criterion would read as a pattern or an operator, after the names they would match. */
const LOOKALIKES = [
  ["Star* Trading", "Star Trading"],
  ["What? Co", "What! Co"],
  ["Tilde~Works", "TildeWorks"],
  ["=Equals Corp", "Equals Corp"],
] as const;

interface Run {
  readonly report: ReportContext;
  readonly file: Recalculated;
  readonly counts: { readonly returns: number; readonly complaints: number };
  readonly prints: readonly string[];
}

let run: Run;

beforeAll(async () => {
  const host = new MemoryExcel();
  const excel = memoryExcelRunner(host);
  const plan = buildWorkbookPlan(LANGUAGE);
  const sample = reportSample({ language: LANGUAGE, today: TODAY });
  await excel((context) => setupWorkbook(context, plan));
  await saveRecords(excel, plan, sample, 2026);
  const dashboard = await excel((context) => refreshDashboard(context, { grain: GRAIN, today: TODAY }));
  const review = await excel((context) => buildReview(context, { period: PERIOD, grain: GRAIN, today: TODAY }));
  const report = await reportContext(excel);
  const choice = dashboardPlanOf(report, GRAIN, TODAY).layout.trendChoiceCell;
  await excel(async (context) => {
    context.workbook.worksheets.getItem(dashboard.sheet).getRange(choice).values = [[TREND_CUSTOMER]];
  });
  const xlsx = await exportWorkbook(host.workbook);
  await mkdir(RESULTS, { recursive: true });
  const [recalculated, dashboardPrints, reviewPrints] = await Promise.all([
    recalculateFile(xlsx),
    renderSheetsToPng(xlsx, { outDir: RESULTS, baseName: `dashboard-${LANGUAGE}`, sheets: [dashboard.sheet] }),
    renderSheetsToPng(xlsx, { outDir: RESULTS, baseName: `review-${LANGUAGE}`, sheets: [review.sheet] }),
  ]);
  run = {
    report,
    file: await opened(recalculated),
    counts: { returns: sample.surveyReturns.length, complaints: sample.complaints.length },
    prints: [...dashboardPrints, ...reviewPrints],
  };
});

const periods = () => reportPeriods(GRAIN, TODAY);
const dashboardAt = (row: number, column: number): ComputedValue =>
  computedAt(run.file, dashboardPlanOf(run.report, GRAIN, TODAY).sheet, row, column);
const customersBelow80 = (period: string) =>
  run.report.customers.filter((customer) => {
    const average = customerAverage(run.report.ledger, customer, period, GRAIN);
    return average !== null && average < 80;
  });

describe("the dashboard and review over two years of records, as the add-in wrote them", () => {
  it("holds at least 5,000 survey returns and 2,000 complaints across 8 quarters, and prints both sheets", () => {
    expect(run.counts.returns).toBeGreaterThanOrEqual(5_000);
    expect(run.counts.complaints).toBeGreaterThanOrEqual(2_000);
    expect(periods()).toHaveLength(8);
    expect(run.prints.length).toBeGreaterThanOrEqual(2);
  });

  it("gives every quarter a return rate, some customers below 80 and some items at 70 or below", () => {
    const { kpiHeaderRow, figureColumns } = dashboardPlanOf(run.report, GRAIN, TODAY).layout;
    periods().forEach((period, index) =>
      expect({ period, rate: typeof dashboardAt(kpiHeaderRow + 1 + index, figureColumns.returnRate) }).toEqual({
        period,
        rate: "number",
      }),
    );
    expect(periods().flatMap(customersBelow80).length).toBeGreaterThan(0);
    const itemsAtOrBelow70 = periods().flatMap((period) =>
      run.report.settings.instrument.filter((item) => {
        const average = itemAverage(run.report.ledger, item, period, GRAIN);
        return average !== null && average <= 70;
      }),
    );
    expect(itemsAtOrBelow70.length).toBeGreaterThan(0);
  });

  it("gives every dashboard figure, customer total, item average and Pareto row as the domain computes it", () => {
    const dashboard = dashboardPlanOf(run.report, GRAIN, TODAY);
    const { differences, compared } = dashboardDifferences(
      run.file,
      run.report,
      dashboard,
      reportPeriods(GRAIN, TODAY),
      GRAIN,
    );
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(8 * 22 + run.report.customers.length * 8);
  });

  it("labels every chart with the periods and the complaint classes", async () => {
    const dashboard = dashboardPlanOf(run.report, GRAIN, TODAY);
    const labels = await chartLabels(run.file, dashboard.sheet);
    expect(Object.fromEntries(labels)).toEqual(
      Object.fromEntries(expectedChartLabels(run.report, dashboard, reportPeriods(GRAIN, TODAY), GRAIN)),
    );
  });

  it("follows the customer chosen in the drop-down cell: 'Star* Trading', not 'Star Trading' listed before it", async () => {
    const dashboard = dashboardPlanOf(run.report, GRAIN, TODAY);
    const { matrixHeaderRow, trendChoiceCell } = dashboard.layout;
    const choice = Number(/\$(\d+)$/.exec(trendChoiceCell)?.[1]) - 1;
    const chosen = run.report.customers.indexOf(TREND_CUSTOMER);
    expect(run.report.customers.indexOf("Star Trading")).toBeLessThan(chosen);
    const dropDown = (await validationsOf(run.file.zip, dashboard.sheet)).find(
      (validation) => validation.sqref === trendChoiceCell.replace(/\$/g, ""),
    );
    expect(dropDown?.type).toBe("list");
    expect(dashboardAt(choice + 2, 0)).toBe(TREND_CUSTOMER);
    let differs = 0;
    periods().forEach((period, column) => {
      const trend = dashboardAt(choice + 2, 1 + column);
      const own = customerAverage(run.report.ledger, TREND_CUSTOMER, period, GRAIN);
      expect(difference(trend, own, `trend ${period}`)).toBeNull();
      expect(trend).toEqual(dashboardAt(matrixHeaderRow + 1 + chosen, 1 + column));
      if (own !== customerAverage(run.report.ledger, "Star Trading", period, GRAIN)) differs += 1;
    });
    expect(differs).toBeGreaterThan(0);
  });

  it("gives each customer whose name reads as a pattern its own scores, not those of the names it would match", () => {
    const { matrixHeaderRow } = dashboardPlanOf(run.report, GRAIN, TODAY).layout;
    for (const [name, lookalike] of LOOKALIKES) {
      const row = matrixHeaderRow + 1 + run.report.customers.indexOf(name);
      expect(run.report.customers.indexOf(lookalike)).toBeLessThan(run.report.customers.indexOf(name));
      const own = periods().map((period) => customerAverage(run.report.ledger, name, period, GRAIN));
      const other = periods().map((period) => customerAverage(run.report.ledger, lookalike, period, GRAIN));
      expect(own).not.toEqual(other);
      expect(dashboardAt(row, 0)).toBe(name);
      periods().forEach((period, column) =>
        expect(difference(dashboardAt(row, 1 + column), own[column], `${name} ${period}`)).toBeNull(),
      );
    }
    expect(run.report.customers).toContain(`O'Brien "Quoted" Ltd`);
  });

  it("gives every review figure and list line for 2026-Q3 as the domain computes it", () => {
    const review = reviewPlanOf(run.report, PERIOD, GRAIN, TODAY);
    const { differences } = reviewDifferences(run.file, run.report, review, PERIOD, GRAIN);
    expect(differences).toEqual([]);
  });

  it("lists the customers below 80 with the corrective action to fill in, and a line for those not listed", () => {
    const review = reviewPlanOf(run.report, PERIOD, GRAIN, TODAY);
    const at = (row: number, column: number) => computedAt(run.file, review.sheet, row, column);
    const expected = customersBelow80(PERIOD);
    expect(expected.length).toBeGreaterThan(0);
    expect(customersBelow80(previousPeriod(PERIOD)).length).toBeGreaterThan(0);
    const start = review.layout.customerListRow + 2;
    expect(at(start, 7)).toBe(reportLabel("correctiveAction", LANGUAGE));
    expect(at(start + review.layout.listLength.customers, 0)).toBe(
      expected.length > LIST_ROWS
        ? reportLabel("moreOnDashboard", LANGUAGE, { count: expected.length - LIST_ROWS })
        : "",
    );
  });
});
