/**
 * The dashboard and the management review the add-in writes, computed by a real engine over two years of a quality
 * department's ledger (over 5,000 survey returns and 2,000 complaints across 8 quarters, headers in zh-CN): the
 * records saved through src/excel into the in-memory host, the dashboard refreshed and the review built as the
 * Reports screen does, the workbook exported and recalculated by LibreOffice. Every figure, matrix cell, item
 * average, Pareto row, review list and chart label must equal what src/domain aggregates from the rows the workbook
 * holds. Both sheets are then printed to PNG (A4 for the review) into test-results/ from the same file: the prints
 * in docs/ are these.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { serialOf } from "../../src/domain/excel-date";
import { reportPeriods } from "../../src/domain/reports/report-periods";
import { buildWorkbookPlan } from "../../src/domain/workbook-plan";
import { buildReview } from "../../src/excel/build-review";
import { refreshDashboard } from "../../src/excel/refresh-dashboard";
import { setupWorkbook } from "../../src/excel/setup-workbook";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { exportWorkbook } from "../../src/memory-host/export";
import { recalculateFile } from "../support/libreoffice";
import { renderSheetsToPng } from "../support/render-sheets";
import { reportSample } from "../support/report-sample";
import {
  type Recalculated,
  type ReportContext,
  chartLabels,
  dashboardDifferences,
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
  const xlsx = await exportWorkbook(host.workbook);
  await mkdir(RESULTS, { recursive: true });
  const [recalculated, dashboardPrints, reviewPrints] = await Promise.all([
    recalculateFile(xlsx),
    renderSheetsToPng(xlsx, { outDir: RESULTS, baseName: `dashboard-${LANGUAGE}`, sheets: [dashboard.sheet] }),
    renderSheetsToPng(xlsx, { outDir: RESULTS, baseName: `review-${LANGUAGE}`, sheets: [review.sheet] }),
  ]);
  run = {
    report: await reportContext(excel),
    file: await opened(recalculated),
    counts: { returns: sample.surveyReturns.length, complaints: sample.complaints.length },
    prints: [...dashboardPrints, ...reviewPrints],
  };
});

describe("the dashboard and review over two years of records, as the add-in wrote them", () => {
  it("holds at least 5,000 survey returns and 2,000 complaints, and prints both sheets", () => {
    expect(run.counts.returns).toBeGreaterThanOrEqual(5_000);
    expect(run.counts.complaints).toBeGreaterThanOrEqual(2_000);
    expect(run.prints.length).toBeGreaterThanOrEqual(2);
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

  it("gives every review figure and list line for 2026-Q3 as the domain computes it", () => {
    const review = reviewPlanOf(run.report, PERIOD, GRAIN, TODAY);
    const { differences } = reviewDifferences(run.file, run.report, review, PERIOD, GRAIN);
    expect(differences).toEqual([]);
  });
});
