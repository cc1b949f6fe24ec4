/**
 * The Dashboard sheet (REQUIREMENTS 15–19, 34, 35): a row of figures per period, the chart data, five trend charts,
 * item averages and a customer × period matrix, all native formulas over the ledger's tables, and a few
 * conditional formats against the Settings targets (by their VOC_Target_ names, never copied numbers).
 */
import { dateOfSerial } from "../excel-date";
import type { Language } from "../i18n/language";
import { DEFAULT_TARGETS, type TargetKey } from "../schema";
import { NAMES, TEXT_FORMAT, type WorkbookPlan } from "../workbook-plan";
import type { PlanSettings } from "../workbook-plan/settings";
import { literalPattern } from "../workbook-plan/exact-criterion";
import { formulaSheetName } from "../workbook-plan/sheet-reference";
import { customerAverageFormula, itemAverageFormula } from "./breakdowns";
import { type FigureFormat, type FigureSet, type ReportFigure, reportFigures } from "./figures";
import { ledgerColumns } from "./ledger-columns";
import { reportLabel } from "./report-labels";
import { periodNextFormula, periodStartFormula } from "./report-periods";
import { ALERT_FILL, ALERT_FONT, areaAt, cellAt, fixedArea, fixedCell, fixedColumn, fixedRow } from "./sheet-layout";
import type { ChartPlan, ConditionalFormatPlan, ReportBlock, ReportCell, ReportGrain, ReportSheetPlan } from "./types";

export interface DashboardInput {
  readonly plan: WorkbookPlan;
  readonly settings: PlanSettings;
  readonly grain: ReportGrain;
  /** Oldest first (reportPeriods). */
  readonly periods: readonly string[];
  /** The register's customers, in its order. */
  readonly customers: readonly string[];
  /** The refresh date, as a date serial. */
  readonly today: number;
  /** The Settings targets at refresh time (for headings; formats read the names). */
  readonly targets?: TargetValues;
}

export type TargetValues = { readonly [key in TargetKey]?: number };

/** Where each part of the dashboard sits: the tests and the review read figures from here. */
export interface DashboardLayout {
  /** The KPI table's header row; its period rows follow. */
  readonly kpiHeaderRow: number;
  /** Column of each figure in the KPI table, by figure key. */
  readonly figureColumns: { readonly [figureKey: string]: number };
  readonly itemHeaderRow: number;
  readonly matrixHeaderRow: number;
  readonly paretoHeaderRow: number;
  readonly paretoColumn: number;
  readonly trendChoiceCell: string;
}

export interface DashboardPlan extends ReportSheetPlan {
  readonly layout: DashboardLayout;
}

export const NUMBER_FORMATS: { readonly [format in FigureFormat]: string } = {
  count: "0",
  percent: "0.0",
  score: "0.0",
};
export const DATE_FORMAT = "yyyy-mm-dd";

export const DASHBOARD_NAMES = {
  periods: "VOC_DashboardPeriods",
  grain: "VOC_DashboardGrain",
} as const;

const CHART_ROWS = 16;
const CHART_COLUMNS = 7;

const formula = (text: string): ReportCell => ({ formula: text });
const target = (key: string): ReportCell => formula(`=${NAMES.target(key)}`);

interface KpiColumn {
  readonly header: string;
  readonly cell: (row: number) => ReportCell;
  readonly format: string | null;
  readonly figure?: ReportFigure;
}

function kpiColumns(input: DashboardInput, language: Language, figures: FigureSet): KpiColumn[] {
  const columns = ledgerColumns(input.plan);
  const cells = (row: number) => ({
    period: fixedColumn(row, 0),
    start: fixedColumn(row, 1),
    end: fixedColumn(row, 2),
  });
  const figureColumn = (figure: ReportFigure): KpiColumn => ({
    header: figure.label(language),
    cell: (row) => formula(figure.formula(columns, cells(row), input.grain)),
    format: NUMBER_FORMATS[figure.format],
    figure,
  });
  const targetColumn = (header: string, key: string): KpiColumn => ({
    header,
    cell: () => target(key),
    format: NUMBER_FORMATS.percent,
  });
  const [sent, onTime, returnRate] = figures.surveys;
  const moduleFigures = figures.scores.slice(0, -2);
  const [totalAverage, satisfaction] = figures.scores.slice(-2);
  const [received, closed, closure, ...steps] = figures.complaints;
  const label = (key: Parameters<typeof reportLabel>[0]) => reportLabel(key, language);
  return [
    { header: label("period"), cell: () => null, format: TEXT_FORMAT },
    {
      header: label("from"),
      cell: (row) => formula(periodStartFormula(fixedColumn(row, 0), input.grain)),
      format: DATE_FORMAT,
    },
    {
      header: label("to"),
      cell: (row) => formula(`${periodNextFormula(fixedColumn(row, 0), input.grain)}-1`),
      format: DATE_FORMAT,
    },
    ...[sent, onTime, returnRate].map(figureColumn),
    targetColumn(label("returnRateTarget"), "returnRate"),
    ...moduleFigures.map(figureColumn),
    figureColumn(totalAverage),
    targetColumn(label("scoreTarget"), "customerAlert"),
    figureColumn(satisfaction),
    targetColumn(label("satisfactionTarget"), "satisfactionRate"),
    ...[received, closed, closure].map(figureColumn),
    targetColumn(label("closureTarget"), "closureRate"),
    ...steps.map(figureColumn),
    ...figures.byClass.map(figureColumn),
    ...figures.byNature.map(figureColumn),
  ];
}

/** Builds the dashboard for the given periods and customers (the refresh reads them; formulas do the rest). */
export function buildDashboardPlan(input: DashboardInput): DashboardPlan {
  const language = input.plan.language;
  const label = (key: Parameters<typeof reportLabel>[0], values?: Record<string, string | number>) =>
    reportLabel(key, language, values);
  const columns = ledgerColumns(input.plan);
  const { periods, customers, grain } = input;
  const items = input.settings.instrument;
  const blocks: ReportBlock[] = [];
  const conditionalFormats: ConditionalFormatPlan[] = [];
  const charts: ChartPlan[] = [];
  const alert = (range: string, test: string) =>
    conditionalFormats.push({ range, formula: test, fill: ALERT_FILL, fontColor: ALERT_FONT });

  // Title -------------------------------------------------------------------------------------------------------
  blocks.push({ row: 0, column: 0, style: "title", cells: [[label("dashboardTitle")]] });
  blocks.push({
    row: 1,
    column: 0,
    style: "note",
    cells: [[label("refreshedNote", { date: isoDate(input.today) })], [label(`grain${grain}`)]],
  });

  // Figures per period ------------------------------------------------------------------------------------------
  const figures = reportFigures({ language, settings: input.settings });
  const kpi = kpiColumns(input, language, figures);
  const kpiHeader = 5;
  const firstPeriodRow = kpiHeader + 1;
  const lastPeriodRow = firstPeriodRow + periods.length - 1;
  const figureColumns: { [key: string]: number } = {};
  kpi.forEach((column, index) => column.figure && (figureColumns[column.figure.key] = index));
  const classStart = figureColumns[figures.byClass[0].key];
  const natureStart = figureColumns[figures.byNature[0].key];
  blocks.push({ row: kpiHeader - 1, column: 0, style: "heading", cells: [[label("kpiHeading")]] });
  blocks.push({ row: kpiHeader - 1, column: classStart, style: "note", cells: [[label("byClass")]] });
  blocks.push({ row: kpiHeader - 1, column: natureStart, style: "note", cells: [[label("byNature")]] });
  blocks.push({ row: kpiHeader, column: 0, style: "header", cells: [kpi.map((column) => column.header)] });
  blocks.push({
    row: firstPeriodRow,
    column: 0,
    style: "body",
    cells: periods.map((period, index) =>
      kpi.map((column, columnIndex) => (columnIndex === 0 ? period : column.cell(firstPeriodRow + index))),
    ),
    numberFormats: kpi.map((column) => column.format),
  });
  const kpiColumn = (key: string) => figureColumns[key];
  const periodRows = (column: number, width = 1) => areaAt(firstPeriodRow, column, periods.length, width);
  const below = (column: number, name: string, orEqual = false) =>
    `=AND(ISNUMBER(${cellAt(firstPeriodRow, column)}),${cellAt(firstPeriodRow, column)}${orEqual ? "<=" : "<"}${name})`;
  alert(periodRows(kpiColumn("returnRate")), below(kpiColumn("returnRate"), NAMES.target("returnRate")));
  const firstScore = kpiColumn(`module:${input.settings.modules[0].key}`);
  alert(
    periodRows(firstScore, kpiColumn("totalAverage") - firstScore + 1),
    below(firstScore, NAMES.target("customerAlert")),
  );
  alert(
    periodRows(kpiColumn("satisfactionRate")),
    below(kpiColumn("satisfactionRate"), NAMES.target("satisfactionRate")),
  );
  alert(periodRows(kpiColumn("closureRate")), below(kpiColumn("closureRate"), NAMES.target("closureRate")));

  // Chart data, right of the figures ----------------------------------------------------------------------------
  const dataColumn = kpi.length + 1;
  blocks.push({ row: kpiHeader - 1, column: dataColumn, style: "heading", cells: [[label("chartDataHeading")]] });
  // The charts' category labels: a formula in General (in a text cell "@" Excel would keep "=$A7" as text), whose
  // result is the period cell's text.
  const periodRef = (row: number) => formula(`=${fixedColumn(row, 0)}`);
  const scoreKeys = [...input.settings.modules.map((module) => `module:${module.key}`), "totalAverage"];
  const scoreHeaders = [
    label("period"),
    ...input.settings.modules.map((module) => module.label[language]),
    label("totalAverage"),
    label("target"),
  ];
  blocks.push({ row: kpiHeader, column: dataColumn, style: "header", cells: [scoreHeaders] });
  blocks.push({
    row: firstPeriodRow,
    column: dataColumn,
    style: "body",
    cells: periods.map((_, index) => {
      const row = firstPeriodRow + index;
      return [
        periodRef(row),
        ...scoreKeys.map((key) => formula(`=${cellAt(row, kpiColumn(key))}`)),
        target("customerAlert"),
      ];
    }),
    numberFormats: [null, ...scoreKeys.map(() => NUMBER_FORMATS.score), NUMBER_FORMATS.score],
  });
  const returnColumn = dataColumn + scoreHeaders.length + 1;
  blocks.push({
    row: kpiHeader,
    column: returnColumn,
    style: "header",
    cells: [[label("period"), label("returnRate"), label("target")]],
  });
  blocks.push({
    row: firstPeriodRow,
    column: returnColumn,
    style: "body",
    cells: periods.map((_, index) => {
      const row = firstPeriodRow + index;
      return [periodRef(row), formula(`=${cellAt(row, kpiColumn("returnRate"))}`), target("returnRate")];
    }),
    numberFormats: [null, NUMBER_FORMATS.percent, NUMBER_FORMATS.percent],
  });

  // Pareto of complaints by content class over the periods shown.
  const classes = figures.byClass;
  const paretoHeader = lastPeriodRow + 2;
  const sortedColumn = dataColumn + 4;
  blocks.push({ row: paretoHeader - 1, column: dataColumn, style: "heading", cells: [[label("paretoHeading")]] });
  blocks.push({
    row: paretoHeader,
    column: dataColumn,
    style: "header",
    cells: [
      [
        label("contentClass"),
        label("complaints"),
        "#",
        null,
        label("contentClass"),
        label("complaints"),
        label("cumulativePercent"),
      ],
    ],
  });
  const firstClassRow = paretoHeader + 1;
  const counts = fixedArea(firstClassRow, dataColumn + 1, classes.length, 1);
  const keys = fixedArea(firstClassRow, dataColumn + 2, classes.length, 1);
  const labels = fixedArea(firstClassRow, dataColumn, classes.length, 1);
  blocks.push({
    row: firstClassRow,
    column: dataColumn,
    style: "body",
    cells: classes.map((figure, index) => {
      const row = firstClassRow + index;
      const column = kpiColumn(figure.key);
      // Ties keep the list's order: a fraction below 1 that falls with the position.
      const tieBreak = (classes.length - index) / (classes.length + 1);
      return [
        figure.label(language),
        formula(`=SUM(${fixedArea(firstPeriodRow, column, periods.length, 1)})`),
        formula(`=${cellAt(row, dataColumn + 1)}+${tieBreak}`),
        null,
        formula(`=INDEX(${labels},MATCH(LARGE(${keys},${index + 1}),${keys},0))`),
        formula(`=INDEX(${counts},MATCH(LARGE(${keys},${index + 1}),${keys},0))`),
        formula(
          `=IFERROR(SUM(${fixedCell(firstClassRow, sortedColumn + 1)}:${cellAt(row, sortedColumn + 1)})/SUM(${counts})*100,"")`,
        ),
      ];
    }),
    numberFormats: [null, "0", "0.00", null, null, "0", NUMBER_FORMATS.percent],
  });

  // Charts --------------------------------------------------------------------------------------------------------
  const chartTop = Math.max(lastPeriodRow, firstClassRow + classes.length) + 2;
  const chartAt = (index: number, top = chartTop, left = index * CHART_COLUMNS) => ({
    start: cellAt(top, left),
    end: cellAt(top + CHART_ROWS - 1, left + CHART_COLUMNS - 1),
  });
  charts.push({
    name: "VOC_ScoresTrend",
    type: "LineMarkers",
    source: areaAt(kpiHeader, dataColumn, periods.length + 1, scoreHeaders.length),
    seriesBy: "Columns",
    title: label("scoresChart"),
    categoryTitle: label("axisPeriod"),
    valueTitle: label("axisScore"),
    position: chartAt(0),
  });
  charts.push({
    name: "VOC_ReturnRate",
    type: "LineMarkers",
    source: areaAt(kpiHeader, returnColumn, periods.length + 1, 3),
    seriesBy: "Columns",
    title: label("returnRateChart"),
    categoryTitle: label("axisPeriod"),
    valueTitle: label("axisPercent"),
    position: chartAt(1),
  });
  charts.push({
    name: "VOC_ComplaintsPareto",
    type: "ColumnClustered",
    source: areaAt(paretoHeader, sortedColumn, classes.length + 1, 3),
    seriesBy: "Columns",
    title: label("paretoChart"),
    categoryTitle: label("contentClass"),
    valueTitle: label("axisComplaints"),
    position: chartAt(2),
    series: [{ index: 1, chartType: "LineMarkers", axisGroup: "Secondary" }],
  });

  // Item averages per period ----------------------------------------------------------------------------------------
  const itemHeader = chartTop + CHART_ROWS + 2;
  const periodHeader: ReportCell[] = [null, ...periods];
  // Period labels in header rows are text ("@"): a year typed into General would be the number 2026, which a
  // chart reads as a series rather than as category labels.
  const periodHeaderFormats = [null, ...periods.map(() => TEXT_FORMAT)];
  blocks.push({
    row: itemHeader - 1,
    column: 0,
    style: "heading",
    cells: [[label("itemHeading", { target: targetValue(input, "itemAlert") })]],
  });
  blocks.push({
    row: itemHeader,
    column: 0,
    style: "header",
    cells: [[label("item"), ...periods]],
    numberFormats: periodHeaderFormats,
  });
  blocks.push({
    row: itemHeader + 1,
    column: 0,
    style: "body",
    cells: items.map((item) => [
      `${item.code} ${item.text[language]}`,
      ...periods.map((_, index) => formula(itemAverageFormula(columns, item, fixedRow(itemHeader, index + 1), grain))),
    ]),
    numberFormats: [null, ...periods.map(() => NUMBER_FORMATS.score)],
  });
  alert(
    areaAt(itemHeader + 1, 1, items.length, periods.length),
    `=AND(ISNUMBER(${cellAt(itemHeader + 1, 1)}),${cellAt(itemHeader + 1, 1)}<=${NAMES.target("itemAlert")})`,
  );
  charts.push({
    name: "VOC_ItemTrends",
    type: "LineMarkers",
    source: areaAt(itemHeader, 0, items.length + 1, periods.length + 1),
    seriesBy: "Rows",
    title: label("itemsChart"),
    categoryTitle: label("axisPeriod"),
    valueTitle: label("axisScore"),
    position: chartAt(0, itemHeader, periods.length + 2),
  });

  // One customer's trend, chosen in a drop-down cell -----------------------------------------------------------------
  const trendHeading = Math.max(itemHeader + items.length + 2, itemHeader + CHART_ROWS) + 1;
  const matrixHeader = trendHeading + 7;
  const matrixNames = fixedArea(matrixHeader + 1, 0, Math.max(customers.length, 1), 1);
  const matrixValues = fixedArea(matrixHeader + 1, 1, Math.max(customers.length, 1), periods.length);
  const choice = fixedCell(trendHeading + 1, 1);
  // MATCH(…,0) reads wildcards: the chosen name is looked up literally; a blank choice matches no row.
  const chosenRow = `MATCH(${literalPattern(choice)},${matrixNames},0)`;
  blocks.push({ row: trendHeading, column: 0, style: "heading", cells: [[label("customerTrendHeading")]] });
  blocks.push({ row: trendHeading + 1, column: 0, style: "header", cells: [[label("customer")]] });
  blocks.push({ row: trendHeading + 1, column: 1, style: "input", cells: [[customers[0] ?? null]] });
  blocks.push({
    row: trendHeading + 2,
    column: 0,
    style: "header",
    cells: [periodHeader],
    numberFormats: periodHeaderFormats,
  });
  blocks.push({
    row: trendHeading + 3,
    column: 0,
    style: "body",
    cells: [
      [
        formula(`=${choice}`),
        ...periods.map((_, index) => formula(`=IFERROR(INDEX(${matrixValues},${chosenRow},${index + 1}),"")`)),
      ],
      [label("target"), ...periods.map(() => target("customerAlert"))],
    ],
    numberFormats: [null, ...periods.map(() => NUMBER_FORMATS.score)],
  });
  charts.push({
    name: "VOC_CustomerTrend",
    type: "LineMarkers",
    source: areaAt(trendHeading + 2, 0, 3, periods.length + 1),
    seriesBy: "Rows",
    title: label("customerChartPlain"),
    categoryTitle: label("axisPeriod"),
    valueTitle: label("axisScore"),
    position: chartAt(0, trendHeading, periods.length + 2),
  });

  // Customer × period matrix ----------------------------------------------------------------------------------------
  blocks.push({
    row: matrixHeader - 1,
    column: 0,
    style: "heading",
    cells: [[label("customerMatrixHeading", { target: targetValue(input, "customerAlert") })]],
  });
  blocks.push({
    row: matrixHeader,
    column: 0,
    style: "header",
    cells: [[label("customer"), ...periods]],
    numberFormats: periodHeaderFormats,
  });
  if (customers.length > 0) {
    blocks.push({
      row: matrixHeader + 1,
      column: 0,
      style: "body",
      cells: customers.map((customer, index) => [
        customer,
        ...periods.map((_, column) =>
          formula(
            customerAverageFormula(
              columns,
              fixedColumn(matrixHeader + 1 + index, 0),
              fixedRow(matrixHeader, column + 1),
              grain,
            ),
          ),
        ),
      ]),
      numberFormats: [null, ...periods.map(() => NUMBER_FORMATS.score)],
    });
    alert(
      areaAt(matrixHeader + 1, 1, customers.length, periods.length),
      `=AND(ISNUMBER(${cellAt(matrixHeader + 1, 1)}),${cellAt(matrixHeader + 1, 1)}<${NAMES.target("customerAlert")})`,
    );
  }

  const widths = kpi.map((_, index) => (index === 0 ? 30 : 11));
  return {
    sheet: label("dashboardSheet"),
    blocks,
    columnWidths: widths,
    hiddenColumns: [],
    conditionalFormats,
    charts,
    validations: customers.length > 0 ? [{ range: choice.replace(/\$/g, ""), source: `=${matrixNames}` }] : [],
    tables: [],
    names: [
      {
        name: DASHBOARD_NAMES.periods,
        formula: `=${formulaSheetName(label("dashboardSheet"))}!${fixedArea(firstPeriodRow, 0, periods.length, 1)}`,
        comment: "VOC Ledger: the dashboard's periods (the review's drop-down list).",
      },
      { name: DASHBOARD_NAMES.grain, formula: `="${grain}"`, comment: "VOC Ledger: the dashboard's period grain." },
    ],
    freezeRows: 0,
    layout: {
      kpiHeaderRow: kpiHeader,
      figureColumns,
      itemHeaderRow: itemHeader,
      matrixHeaderRow: matrixHeader,
      paretoHeaderRow: paretoHeader,
      paretoColumn: dataColumn,
      trendChoiceCell: choice,
    },
  };
}

/** "2026-11-21" for a date serial (the note's date: the same in every locale). */
export function isoDate(serial: number): string {
  const { year, month, day } = dateOfSerial(Math.floor(serial));
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A target as the Settings sheet holds it at refresh time, for a heading's text (the formats read the name). */
export function targetValue(input: { readonly targets?: TargetValues }, key: TargetKey): number {
  return input.targets?.[key] ?? DEFAULT_TARGETS.find((candidate) => candidate.key === key)?.value ?? 0;
}
