/**
 * What Excel makes of the report plans' cells. src/excel writes a block's number formats before its contents, and
 * Excel stores a formula written into a text-formatted cell ("@") as text, as if typed: so no formula may land in a
 * text cell. And a chart's category labels must be text: a period written into a General cell as "2026" becomes the
 * number 2026, which Excel's chart may read as a series rather than as labels.
 */
import { serialOf } from "../../../src/domain/excel-date";
import type { Language } from "../../../src/domain/i18n/language";
import { buildDashboardPlan } from "../../../src/domain/reports/dashboard-plan";
import { reportFigures } from "../../../src/domain/reports/figures";
import { reportPeriods } from "../../../src/domain/reports/report-periods";
import { buildReviewPlan } from "../../../src/domain/reports/review-plan";
import type { ChartPlan, ReportCell, ReportGrain, ReportSheetPlan } from "../../../src/domain/reports/types";
import { DEFAULT_PLAN_SETTINGS, buildWorkbookPlan } from "../../../src/domain/workbook-plan";

const TODAY = serialOf(2026, 11, 21);
const GRAINS: readonly ReportGrain[] = ["Q", "H", "Y"];
const LANGUAGES: readonly Language[] = ["en", "zh-CN"];
const CUSTOMERS = ["Star Trading", "Star* Trading", "What? Co", "Tilde~Works", `O'Brien "Quoted" Ltd`, "=Equals Corp"];

interface SheetCell {
  readonly content: ReportCell;
  readonly format: string;
}

/** The sheet as src/excel/report-sheet.ts leaves it: blocks in order, each with its formats (missing: General). */
function sheetCells(plan: ReportSheetPlan): Map<string, SheetCell> {
  const cells = new Map<string, SheetCell>();
  for (const block of plan.blocks) {
    const width = Math.max(...block.cells.map((row) => row.length));
    block.cells.forEach((line, rowOffset) => {
      for (let columnOffset = 0; columnOffset < width; columnOffset += 1) {
        const key = `${block.row + rowOffset},${block.column + columnOffset}`;
        const format = block.numberFormats
          ? (block.numberFormats[columnOffset] ?? "General")
          : (cells.get(key)?.format ?? "General");
        cells.set(key, { content: line[columnOffset] ?? null, format });
      }
    });
  }
  return cells;
}

/** "$AB$7" → [6, 27] (0-based row and column). */
function position(address: string): [number, number] {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!match) throw new Error(`Not a cell: ${address}`);
  const column = [...match[1]].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return [Number(match[2]) - 1, column];
}

function area(range: string): { top: number; left: number; bottom: number; right: number } {
  const [from, to = from] = range.split(":");
  const [top, left] = position(from);
  const [bottom, right] = position(to);
  return { top, left, bottom, right };
}

/** Text Excel reads as a number, a date or a boolean when it is written into a General cell. */
const READS_AS_NUMBER = /^\s*([-+]?[\d,]*\.?\d+(e[-+]?\d+)?%?|\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?|true|false)\s*$/i;

/**
 * The texts a cell can show as a label: its text, the text of the cell a `=$A7` formula refers to, or any text of
 * the range an `=INDEX(range,…)` picks from. Empty when it shows a number, a blank, or a formula stored as text.
 */
function labelTexts(cells: ReadonlyMap<string, SheetCell>, row: number, column: number): string[] {
  const cell = cells.get(`${row},${column}`);
  if (!cell) return [];
  const { content, format } = cell;
  if (typeof content === "string") return format === "@" || !READS_AS_NUMBER.test(content) ? [content] : [];
  if (content === null || typeof content !== "object") return [];
  if (format === "@") return [];
  const reference = /^=(\$?[A-Z]+\$?\d+)$/.exec(content.formula);
  if (reference) return labelTexts(cells, ...position(reference[1]));
  const index = /^=INDEX\((\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+),/.exec(content.formula);
  if (index) {
    const { top, left, bottom, right } = area(index[1]);
    const texts: string[] = [];
    for (let at = top; at <= bottom; at += 1) {
      for (let across = left; across <= right; across += 1) {
        const found = labelTexts(cells, at, across);
        if (found.length === 0) return [];
        texts.push(...found);
      }
    }
    return texts;
  }
  throw new Error(`A category formula this test does not read: ${content.formula}`);
}

/** Each category's possible labels: the source's first column below its header, or its first row after the corner. */
function categoryLabels(plan: ReportSheetPlan, chart: ChartPlan): string[][] {
  const cells = sheetCells(plan);
  const { top, left, bottom, right } = area(chart.source);
  return chart.seriesBy === "Columns"
    ? Array.from({ length: bottom - top }, (_, index) => labelTexts(cells, top + 1 + index, left))
    : Array.from({ length: right - left }, (_, index) => labelTexts(cells, top, left + 1 + index));
}

function plansFor(language: Language, grain: ReportGrain) {
  const plan = buildWorkbookPlan(language);
  const periods = reportPeriods(grain, TODAY);
  const settings = DEFAULT_PLAN_SETTINGS;
  const dashboard = buildDashboardPlan({ plan, settings, grain, periods, customers: CUSTOMERS, today: TODAY });
  const review = buildReviewPlan({
    plan,
    settings,
    grain,
    period: periods[periods.length - 1],
    periods,
    customers: CUSTOMERS,
    today: TODAY,
  });
  return { dashboard, review, periods };
}

const cases = LANGUAGES.flatMap((language) => GRAINS.map((grain) => [language, grain] as const));

describe.each(cases)("the %s report plans by grain %s", (language, grain) => {
  const { dashboard, review, periods } = plansFor(language, grain);

  it.each([
    ["dashboard", dashboard],
    ["review", review],
  ] as const)("put no formula of the %s in a text-formatted cell", (_, plan) => {
    const inText = [...sheetCells(plan)]
      .filter(([, cell]) => cell.content !== null && typeof cell.content === "object" && cell.format === "@")
      .map(([at, cell]) => `${at} ${JSON.stringify(cell.content)}`);
    expect(inText).toEqual([]);
  });

  it("labels the period charts' categories with the period labels as text", () => {
    const periodCharts = dashboard.charts.filter((chart) => chart.name !== "VOC_ComplaintsPareto");
    expect(periodCharts.map((chart) => chart.name).sort()).toEqual(
      ["VOC_CustomerTrend", "VOC_ItemTrends", "VOC_ReturnRate", "VOC_ScoresTrend"].sort(),
    );
    for (const chart of periodCharts) {
      expect({ chart: chart.name, labels: categoryLabels(dashboard, chart) }).toEqual({
        chart: chart.name,
        labels: periods.map((period) => [period]),
      });
    }
  });

  it("labels the Pareto chart's categories with the complaint classes as text", () => {
    const pareto = dashboard.charts.find((chart) => chart.name === "VOC_ComplaintsPareto");
    if (!pareto) throw new Error("No Pareto chart.");
    const classes = reportFigures({ language, settings: DEFAULT_PLAN_SETTINGS }).byClass.map((figure) =>
      figure.label(language),
    );
    for (const labels of categoryLabels(dashboard, pareto)) expect(labels).toEqual(classes);
  });
});

describe("the yearly dashboard", () => {
  it("writes the years of its header rows as text, '2026', never the number 2026", () => {
    const { dashboard } = plansFor("en", "Y");
    const years = [...sheetCells(dashboard).values()].filter(
      (cell) => typeof cell.content === "string" && /^\d{4}$/.test(cell.content),
    );
    expect(years.length).toBeGreaterThan(0);
    expect(years.filter((cell) => cell.format !== "@")).toEqual([]);
  });
});
