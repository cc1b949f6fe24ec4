/**
 * The dashboard and review on the in-memory host: round trips, the charts' source ranges, conditional formats from
 * the Settings targets, and refreshing again without duplicates. (Their values are computed by LibreOffice in
 * test/spreadsheet/exported-reports.test.ts; the host has no formula engine.)
 */
import { serialOf } from "../../src/domain/excel-date";
import { buildDashboardPlan } from "../../src/domain/reports/dashboard-plan";
import { DEFAULT_PLAN_SETTINGS } from "../../src/domain/workbook-plan";
import { appendMany } from "../../src/excel/append-many";
import { buildReview } from "../../src/excel/build-review";
import { LedgerNotSetUpError } from "../../src/excel/read-ledger";
import { refreshDashboard } from "../../src/excel/refresh-dashboard";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { setUpWorkbook, validRecord } from "../support/excel-fixtures";

const TODAY = serialOf(2026, 11, 21);
const CUSTOMERS = ["Hà Nội Motors", "深圳华强电子", "=Sum Corp"];

async function workbookWithCustomers() {
  const workbook = await setUpWorkbook("en");
  const records = CUSTOMERS.map((name) => validRecord("customers", { name }));
  await workbook.run((context) => appendMany(context, workbook.plan, { table: "customers", records, year: 2026 }));
  workbook.host.resetMeters();
  return workbook;
}

async function chartsOn(run: ReturnType<typeof memoryExcelRunner>, sheet: string) {
  return run(async (context) => {
    const charts = context.workbook.worksheets.getItem(sheet).charts.load("items/name,items/chartType");
    await context.sync();
    return charts.items.map((chart) => ({ name: chart.name, type: chart.chartType }));
  });
}

async function ruleCount(run: ReturnType<typeof memoryExcelRunner>, sheet: string) {
  return run(async (context) => {
    const count = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats.getCount();
    await context.sync();
    return count.value;
  });
}

describe("refreshing the dashboard", () => {
  it("takes 4 round trips and makes five titled charts and six rules against the targets", async () => {
    const { host, run } = await workbookWithCustomers();
    const result = await run((context) => refreshDashboard(context, { grain: "Q", today: TODAY }));
    expect(host.syncCount).toBeLessThanOrEqual(4);
    expect(result).toMatchObject({ sheet: "Dashboard", created: true, customers: 3, items: 8, charts: 5 });
    expect(result.periods).toHaveLength(8);
    expect(result.periods[7]).toBe("2026-Q4");
    const charts = await chartsOn(run, "Dashboard");
    expect(charts.map((chart) => chart.name).sort()).toEqual([
      "VOC_ComplaintsPareto",
      "VOC_CustomerTrend",
      "VOC_ItemTrends",
      "VOC_ReturnRate",
      "VOC_ScoresTrend",
    ]);
    expect(await ruleCount(run, "Dashboard")).toBe(6);
    // Against the Settings targets by name, never a copied number.
    for (const rule of host.conditionalFormats("Dashboard")) expect(rule.formula).toMatch(/VOC_Target_[a-zA-Z]+\)$/);
  });

  it("draws each chart from its planned source range, series by rows or columns, titled in the workbook's language", async () => {
    const { host, run, plan } = await workbookWithCustomers();
    const result = await run((context) => refreshDashboard(context, { grain: "Q", today: TODAY }));
    const dashboard = buildDashboardPlan({
      plan,
      settings: DEFAULT_PLAN_SETTINGS,
      grain: "Q",
      periods: result.periods,
      customers: CUSTOMERS,
      today: TODAY,
    });
    for (const planned of dashboard.charts) {
      const chart = host.chart("Dashboard", planned.name);
      expect({ name: planned.name, source: chart?.source.replace(/\$/g, "") }).toEqual({
        name: planned.name,
        source: `Dashboard!${planned.source}`,
      });
      expect(chart).toMatchObject({
        seriesBy: planned.seriesBy,
        title: planned.title,
        categoryAxisTitle: { text: planned.categoryTitle },
        valueAxisTitle: { text: planned.valueTitle },
      });
    }
    // The scores chart: period, three modules, total and the 80 line, over the header and eight periods.
    expect(host.chart("Dashboard", "VOC_ScoresTrend")?.series.map((series) => series.name)).toEqual([
      "Overall",
      "Service",
      "Product quality",
      "Total score average",
      "Target",
    ]);
    const pareto = host.chart("Dashboard", "VOC_ComplaintsPareto")?.series ?? [];
    expect(pareto.map((series) => [series.chartType, series.axisGroup])).toEqual([
      ["ColumnClustered", "Primary"],
      ["LineMarkers", "Secondary"],
    ]);
  });

  it("replaces its own charts and rules on a second refresh and keeps the user's chart", async () => {
    const { run } = await workbookWithCustomers();
    await run((context) => refreshDashboard(context, { grain: "Q", today: TODAY }));
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Dashboard");
      sheet.charts.add("Pie", sheet.getRange("A6:B8"), "Auto").name = "My own chart";
      await context.sync();
    });
    const again = await run((context) => refreshDashboard(context, { grain: "H", today: TODAY }));
    expect(again.created).toBe(false);
    expect(again.periods).toEqual(["2024-H1", "2024-H2", "2025-H1", "2025-H2", "2026-H1", "2026-H2"]);
    const charts = await chartsOn(run, "Dashboard");
    expect(charts).toHaveLength(6);
    expect(charts.map((chart) => chart.name)).toContain("My own chart");
    expect(await ruleCount(run, "Dashboard")).toBe(6);
  });

  it("refuses a workbook that was never set up", async () => {
    const run = memoryExcelRunner(new MemoryExcel());
    await expect(run((context) => refreshDashboard(context, { grain: "Q", today: TODAY }))).rejects.toBeInstanceOf(
      LedgerNotSetUpError,
    );
  });
});

describe("building the management review", () => {
  it("takes 4 round trips and keeps the proposed actions written at the last build", async () => {
    const { host, run } = await workbookWithCustomers();
    const built = await run((context) => buildReview(context, { period: "2026-Q3", grain: "Q", today: TODAY }));
    expect(host.syncCount).toBeLessThanOrEqual(4);
    expect(built).toEqual({ sheet: "Management review", period: "2026-Q3", previous: "2026-Q2", keptActions: 0 });
    await run(async (context) => {
      const rows = context.workbook.tables.getItem("VOC_ReviewActions").getDataBodyRange();
      rows.getRow(0).values = [[1, "Return rate 97 %", "Call back the three customers", "Sales", 46400, "Open"]];
      await context.sync();
    });
    const again = await run((context) => buildReview(context, { period: "2026-Q4", grain: "Q", today: TODAY }));
    expect(again.keptActions).toBe(3);
    const kept = await run(async (context) => {
      const body = context.workbook.tables.getItem("VOC_ReviewActions").getDataBodyRange().load("values");
      await context.sync();
      return body.values;
    });
    expect(kept[0]).toEqual([1, "Return rate 97 %", "Call back the three customers", "Sales", 46400, "Open"]);
    expect(kept).toHaveLength(3);
  });

  it("prints the proposed actions the meeting added beyond the three rows it starts with", async () => {
    const { host, run } = await workbookWithCustomers();
    await run((context) => buildReview(context, { period: "2026-Q3", grain: "Q", today: TODAY }));
    await run(async (context) => {
      const table = context.workbook.tables.getItem("VOC_ReviewActions");
      table.rows.add(undefined, [
        [4, "Item PQ2 at 68", "Root-cause analysis with the supplier", "Quality", 46410, "Open"],
        [5, "Closure rate 77 %", "Weekly review of overdue complaints", "Quality", 46420, "Open"],
      ]);
      await context.sync();
    });
    const again = await run((context) => buildReview(context, { period: "2026-Q3", grain: "Q", today: TODAY }));
    expect(again.keptActions).toBe(5);
    const tableEnd = await run(async (context) => {
      const range = context.workbook.tables.getItem("VOC_ReviewActions").getRange().load("address");
      await context.sync();
      return Number(/(\d+)$/.exec(range.address)?.[1]);
    });
    const printArea = host.pageLayout("Management review").printArea ?? "";
    expect(printArea).toMatch(/^A1:H\d+$/);
    expect(Number(/(\d+)$/.exec(printArea)?.[1])).toBe(tableEnd);
  });
});
