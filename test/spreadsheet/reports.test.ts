/**
 * The dashboard and the management review computed by a real spreadsheet engine: two years of a quality
 * department's ledger (over 5,000 survey returns and 2,000 complaints across 8 quarters, headers in zh-CN) with
 * both report sheets, recalculated by LibreOffice; every figure, matrix cell, item average, Pareto row and review
 * list must equal what src/domain aggregates from the same rows. Then both sheets are printed to PNG (A4 for the
 * review) into test-results/, with their charts.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { serialOf } from "../../src/domain/excel-date";
import { customerAverage, itemAverage } from "../../src/domain/reports/breakdowns";
import { type DashboardPlan, buildDashboardPlan } from "../../src/domain/reports/dashboard-plan";
import { type ReportFigure, allFigures, reportFigures } from "../../src/domain/reports/figures";
import { type ReportLedger, reportLedger } from "../../src/domain/reports/report-ledger";
import { reportLabel } from "../../src/domain/reports/report-labels";
import { previousPeriod, reportPeriods } from "../../src/domain/reports/report-periods";
import { LIST_ROWS, type ReviewPlan, buildReviewPlan } from "../../src/domain/reports/review-plan";
import { DEFAULT_PLAN_SETTINGS, buildWorkbookPlan } from "../../src/domain/workbook-plan";
import { type ComputedValue, cellValue, recalculate } from "../support/libreoffice";
import { planToWorkbook } from "../support/plan-to-xlsx";
import { renderSheetsToPng } from "../support/render-sheets";
import { reportSample } from "../support/report-sample";
import { saveWithCharts, writeReportSheet } from "../support/report-to-xlsx";

jest.setTimeout(300_000);

const LANGUAGE = "zh-CN";
const TODAY = serialOf(2026, 11, 21);
const GRAIN = "Q";
const SETTINGS = DEFAULT_PLAN_SETTINGS;
const RESULTS = path.resolve(__dirname, "../../test-results");
/** The customer chosen for the dashboard's trend row: a wildcard would also match "Star Trading", listed first. */
const TREND_CUSTOMER = "Star* Trading";
/** LibreOffice and JavaScript add the same doubles in different orders. */
const TOLERANCE = 1e-9;

interface Run {
  readonly ledger: ReportLedger;
  readonly dashboard: DashboardPlan;
  readonly review: ReviewPlan;
  readonly periods: readonly string[];
  readonly customers: readonly string[];
  readonly recalculated: ExcelJS.Workbook;
  readonly counts: { readonly returns: number; readonly complaints: number };
}

let run: Run;

beforeAll(async () => {
  const plan = buildWorkbookPlan(LANGUAGE);
  const sample = reportSample({ language: LANGUAGE, today: TODAY });
  const written = planToWorkbook(plan, {
    customers: sample.customers,
    surveyDispatch: sample.surveyDispatch,
    surveyReturns: sample.surveyReturns,
    complaints: sample.complaints,
    holidays: sample.holidays,
  });
  const customers = sample.customers.map((row) => String(row.name));
  const periods = reportPeriods(GRAIN, TODAY);
  const dashboard = buildDashboardPlan({ plan, settings: SETTINGS, grain: GRAIN, periods, customers, today: TODAY });
  const review = buildReviewPlan({
    plan,
    settings: SETTINGS,
    grain: GRAIN,
    period: "2026-Q3",
    periods,
    customers,
    today: TODAY,
  });
  const dashboardSheet = writeReportSheet(written.workbook, dashboard);
  writeReportSheet(written.workbook, review);
  // The user picks a customer whose name reads as a pattern, listed after a name the pattern would match.
  dashboardSheet.getCell(dashboard.layout.trendChoiceCell.replace(/\$/g, "")).value = TREND_CUSTOMER;
  const holidays = new Set(sample.holidays.map((row) => row.date as number));
  const ledger = reportLedger({
    language: LANGUAGE,
    settings: SETTINGS,
    holidays,
    surveyDispatch: written.rows.surveyDispatch ?? [],
    surveyReturns: written.rows.surveyReturns ?? [],
    complaints: written.rows.complaints ?? [],
  });
  await mkdir(RESULTS, { recursive: true });
  const [recalculated] = await Promise.all([
    recalculate(written.workbook),
    saveWithCharts(written.workbook, [dashboard, review]).then((xlsx) =>
      Promise.all([
        renderSheetsToPng(xlsx, { outDir: RESULTS, baseName: "dashboard-zh-CN", sheets: [dashboard.sheet] }),
        renderSheetsToPng(xlsx, { outDir: RESULTS, baseName: "review-zh-CN", sheets: [review.sheet] }),
      ]),
    ),
  ]);
  run = {
    ledger,
    dashboard,
    review,
    periods,
    customers,
    recalculated,
    counts: { returns: sample.surveyReturns.length, complaints: sample.complaints.length },
  };
});

function computed(sheet: string, row: number, column: number): ComputedValue {
  const found = run.recalculated.getWorksheet(sheet);
  if (!found) throw new Error(`No sheet ${sheet}.`);
  return cellValue(found.getCell(row + 1, column + 1));
}

/** The engine's number equals the domain's (blank "" where the domain has none). */
function expectSame(actual: ComputedValue, expected: number | null, where: string) {
  if (expected === null) {
    expect({ where, actual }).toEqual({ where, actual: "" });
    return;
  }
  if (typeof actual !== "number" || Math.abs(actual - expected) > TOLERANCE * Math.max(1, Math.abs(expected))) {
    throw new Error(`${where}: LibreOffice computed ${JSON.stringify(actual)}, the domain ${expected}.`);
  }
}

const figures = (): ReportFigure[] => allFigures(reportFigures({ language: LANGUAGE, settings: SETTINGS }));

describe("the dashboard over two years of records, recalculated by LibreOffice", () => {
  it("has at least 5,000 survey returns and 2,000 complaints across 8 quarters", () => {
    expect(run.counts.returns).toBeGreaterThanOrEqual(5_000);
    expect(run.counts.complaints).toBeGreaterThanOrEqual(2_000);
    expect(run.periods).toHaveLength(8);
  });

  it("gives every figure of every period as the domain aggregates it", () => {
    const { kpiHeaderRow, figureColumns } = run.dashboard.layout;
    let compared = 0;
    run.periods.forEach((period, index) => {
      for (const figure of figures()) {
        const row = kpiHeaderRow + 1 + index;
        const expected = figure.compute(run.ledger, period, GRAIN);
        expectSame(computed(run.dashboard.sheet, row, figureColumns[figure.key]), expected, `${period} ${figure.key}`);
        compared += 1;
      }
    });
    expect(compared).toBe(8 * figures().length);
    expect(figures().length).toBeGreaterThanOrEqual(22);
  });

  it("marks the periods: every quarter has returns, complaints and a return rate", () => {
    const { kpiHeaderRow, figureColumns } = run.dashboard.layout;
    for (let index = 0; index < run.periods.length; index += 1) {
      const rate = computed(run.dashboard.sheet, kpiHeaderRow + 1 + index, figureColumns.returnRate);
      expect(typeof rate).toBe("number");
    }
  });

  it("gives each customer's total per period, as the domain averages it", () => {
    const { matrixHeaderRow } = run.dashboard.layout;
    let below = 0;
    run.customers.forEach((customer, row) => {
      run.periods.forEach((period, column) => {
        const expected = customerAverage(run.ledger, customer, period, GRAIN);
        if (expected !== null && expected < 80) below += 1;
        expectSame(
          computed(run.dashboard.sheet, matrixHeaderRow + 1 + row, 1 + column),
          expected,
          `${customer} ${period}`,
        );
      });
    });
    expect(below).toBeGreaterThan(0);
  });

  it("gives each item's average points per period", () => {
    const { itemHeaderRow } = run.dashboard.layout;
    let atOrBelow = 0;
    SETTINGS.instrument.forEach((item, row) => {
      run.periods.forEach((period, column) => {
        const expected = itemAverage(run.ledger, item, period, GRAIN);
        if (expected !== null && expected <= 70) atOrBelow += 1;
        expectSame(
          computed(run.dashboard.sheet, itemHeaderRow + 1 + row, 1 + column),
          expected,
          `${item.code} ${period}`,
        );
      });
    });
    expect(atOrBelow).toBeGreaterThan(0);
  });

  it("sorts the complaint classes for the Pareto chart, most first, with the cumulative percent", () => {
    const { paretoHeaderRow, paretoColumn } = run.dashboard.layout;
    const classes = reportFigures({ language: LANGUAGE, settings: SETTINGS }).byClass.map((figure, index) => ({
      label: figure.label(LANGUAGE),
      index,
      count: run.periods.reduce((sum, period) => sum + (figure.compute(run.ledger, period, GRAIN) ?? 0), 0),
    }));
    const sorted = [...classes].sort((a, b) => b.count - a.count || a.index - b.index);
    const all = sorted.reduce((sum, entry) => sum + entry.count, 0);
    let running = 0;
    sorted.forEach((entry, index) => {
      const row = paretoHeaderRow + 1 + index;
      running += entry.count;
      expect(computed(run.dashboard.sheet, row, paretoColumn + 4)).toBe(entry.label);
      expectSame(computed(run.dashboard.sheet, row, paretoColumn + 5), entry.count, `pareto ${entry.label}`);
      expectSame(computed(run.dashboard.sheet, row, paretoColumn + 6), (running / all) * 100, `cumulative ${index}`);
    });
  });

  it("follows the customer chosen in the drop-down cell: 'Star* Trading', not 'Star Trading' listed before it", () => {
    const { matrixHeaderRow, trendChoiceCell } = run.dashboard.layout;
    const choice = Number(/\$(\d+)$/.exec(trendChoiceCell)?.[1]) - 1;
    const chosen = run.customers.indexOf(TREND_CUSTOMER);
    expect(run.customers.indexOf("Star Trading")).toBeLessThan(chosen);
    expect(computed(run.dashboard.sheet, choice + 2, 0)).toBe(TREND_CUSTOMER);
    let differs = 0;
    run.periods.forEach((period, column) => {
      const trend = computed(run.dashboard.sheet, choice + 2, 1 + column);
      expectSame(trend, customerAverage(run.ledger, TREND_CUSTOMER, period, GRAIN), `trend ${period}`);
      expect(trend).toEqual(computed(run.dashboard.sheet, matrixHeaderRow + 1 + chosen, 1 + column));
      if (trend !== customerAverage(run.ledger, "Star Trading", period, GRAIN)) differs += 1;
    });
    expect(differs).toBeGreaterThan(0);
  });

  it("gives each customer whose name reads as a pattern its own scores, not those of the names it would match", () => {
    const { matrixHeaderRow } = run.dashboard.layout;
    const pairs = [
      ["Star* Trading", "Star Trading"],
      ["What? Co", "What! Co"],
      ["Tilde~Works", "TildeWorks"],
      ["=Equals Corp", "Equals Corp"],
    ] as const;
    for (const [name, lookalike] of pairs) {
      const row = matrixHeaderRow + 1 + run.customers.indexOf(name);
      expect(run.customers.indexOf(lookalike)).toBeLessThan(run.customers.indexOf(name));
      const own = run.periods.map((period) => customerAverage(run.ledger, name, period, GRAIN));
      const other = run.periods.map((period) => customerAverage(run.ledger, lookalike, period, GRAIN));
      expect(own).not.toEqual(other);
      run.periods.forEach((period, column) =>
        expectSame(computed(run.dashboard.sheet, row, 1 + column), own[column], `${name} ${period}`),
      );
    }
    expect(run.customers).toContain(`O'Brien "Quoted" Ltd`);
  });
});

describe("the management review of 2026-Q3, recalculated by LibreOffice", () => {
  const period = "2026-Q3";
  const previous = previousPeriod(period);

  it("shows the period under review and the one before", () => {
    expect(computed(run.review.sheet, 3, 1)).toBe(period);
    expect(computed(run.review.sheet, 4, 1)).toBe(previous);
  });

  it("gives each figure for this and the previous period as the domain aggregates it", () => {
    for (const figure of figures()) {
      const row = run.review.layout.figureRows[figure.key];
      expect(row).toBeDefined();
      expectSame(
        computed(run.review.sheet, row, 2),
        figure.compute(run.ledger, previous, GRAIN),
        `${figure.key} previous`,
      );
      expectSame(computed(run.review.sheet, row, 3), figure.compute(run.ledger, period, GRAIN), `${figure.key} this`);
    }
  });

  it("lists the customers below 80 this period, in the register's order, with the corrective action", () => {
    const expected = run.customers.filter((customer) => {
      const average = customerAverage(run.ledger, customer, period, GRAIN);
      return average !== null && average < 80;
    });
    expect(expected.length).toBeGreaterThan(0);
    const start = run.review.layout.customerListRow + 2;
    const listed = Array.from({ length: run.review.layout.listLength.customers }, (_, index) =>
      computed(run.review.sheet, start + index, 0),
    ).filter((name) => name !== "");
    expect(listed).toEqual(expected.slice(0, LIST_ROWS));
    const more = computed(run.review.sheet, start + run.review.layout.listLength.customers, 0);
    expect(more).toBe(
      expected.length > LIST_ROWS
        ? reportLabel("moreOnDashboard", LANGUAGE, { count: expected.length - LIST_ROWS })
        : "",
    );
    expect(computed(run.review.sheet, start, 7)).toBe(reportLabel("correctiveAction", LANGUAGE));
    expectSame(
      computed(run.review.sheet, start, 3),
      customerAverage(run.ledger, expected[0], period, GRAIN),
      "first listed customer",
    );
  });

  it("lists the items at or below 70 this period, and last period's marked customers with this period's score", () => {
    const items = SETTINGS.instrument.filter((item) => {
      const average = itemAverage(run.ledger, item, period, GRAIN);
      return average !== null && average <= 70;
    });
    const itemStart = run.review.layout.itemListRow + 2;
    const listedItems = Array.from({ length: run.review.layout.listLength.items }, (_, index) =>
      computed(run.review.sheet, itemStart + index, 0),
    ).filter((name) => name !== "");
    const expectedItems = items.map((item) => `${item.code} ${item.text[LANGUAGE]}`);
    expect(listedItems).toEqual(
      expectedItems.length > 0 ? expectedItems.slice(0, LIST_ROWS) : [reportLabel("noneNeedAction", LANGUAGE)],
    );

    const marked = run.customers.filter((customer) => {
      const average = customerAverage(run.ledger, customer, previous, GRAIN);
      return average !== null && average < 80;
    });
    const followStart = run.review.layout.followUpCustomerRow + 2;
    marked.slice(0, LIST_ROWS).forEach((customer, index) => {
      expect(computed(run.review.sheet, followStart + index, 0)).toBe(customer);
      expectSame(
        computed(run.review.sheet, followStart + index, 3),
        customerAverage(run.ledger, customer, period, GRAIN),
        `follow-up ${customer}`,
      );
    });
  });
});
