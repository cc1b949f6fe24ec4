/**
 * The management review sheet for a chosen period (REQUIREMENTS 15–19, 33, 34): the figures against their targets
 * beside the previous period's, the customers and items that need action with the action the procedure requires,
 * whether last period's marked customers and items improved, complaint statistics, and a table of proposed actions.
 * Every figure is a native formula of the period cell, so choosing another period recalculates the sheet without
 * the add-in. Laid out in eight columns to print on A4 portrait; helper columns to the right are hidden.
 */
import type { Language } from "../i18n/language";
import { NAMES, type WorkbookPlan } from "../workbook-plan";
import type { PlanSettings } from "../workbook-plan/settings";
import { formulaSheetName } from "../workbook-plan/sheet-reference";
import { customerAverageFormula, itemAverageFormula } from "./breakdowns";
import { DATE_FORMAT, type TargetValues, targetValue } from "./dashboard-plan";
import { type PeriodCells, type ReportFigure, reportFigures } from "./figures";
import { ledgerColumns } from "./ledger-columns";
import { type ReportLabelKey, reportLabel } from "./report-labels";
import { periodNextFormula, periodStartFormula, previousPeriodFormula } from "./report-periods";
import { ALERT_FILL, ALERT_FONT, areaAt, cellAt, fixedArea, fixedCell } from "./sheet-layout";
import type { ReportBlock, ReportCell, ReportGrain, ReportSheetPlan } from "./types";
import { formulaText } from "../case-deadlines";

export interface ReviewInput {
  readonly plan: WorkbookPlan;
  readonly settings: PlanSettings;
  readonly grain: ReportGrain;
  readonly period: string;
  /** The periods offered in the period cell's drop-down. */
  readonly periods: readonly string[];
  readonly customers: readonly string[];
  readonly today: number;
  readonly targets?: TargetValues;
}

/** Where the review's parts sit, for the tests and the excel layer (which keeps the actions table's rows). */
export interface ReviewLayout {
  readonly periodCell: string;
  readonly previousCell: string;
  /** Figure rows by figure key: previous period in column C, this period in D. */
  readonly figureRows: { readonly [figureKey: string]: number };
  readonly customerListRow: number;
  readonly itemListRow: number;
  readonly followUpCustomerRow: number;
  readonly followUpItemRow: number;
  readonly listLength: { readonly customers: number; readonly items: number };
  readonly actionsRow: number;
}

export interface ReviewPlan extends ReportSheetPlan {
  readonly layout: ReviewLayout;
}

export const REVIEW_ACTIONS_TABLE = "VOC_ReviewActions";
export const REVIEW_PERIOD_NAME = "VOC_ReviewPeriod";

const VISIBLE_COLUMNS = 8;
/** The first hidden helper column (J): the period spans and the per-customer and per-item figures. */
const HELPER = 9;

/** Rows a "needs action" list shows on the printed page; the rest are counted, and are on the Dashboard. */
export const LIST_ROWS = 12;

const formula = (text: string): ReportCell => ({ formula: text });

interface Ranked {
  /** Rows the visible list has: the names that miss the target, up to LIST_ROWS. */
  readonly shown: number;
  readonly names: string;
  readonly thisValues: string;
  readonly previousValues: string;
  readonly thisRanks: string;
  readonly previousRanks: string;
  readonly thisFlags: string;
  readonly previousFlags: string;
}

export function buildReviewPlan(input: ReviewInput): ReviewPlan {
  const language: Language = input.plan.language;
  const label = (key: ReportLabelKey, values?: Record<string, string | number>) => reportLabel(key, language, values);
  const text = (key: ReportLabelKey) => formulaText(label(key));
  const columns = ledgerColumns(input.plan);
  const figures = reportFigures({ language, settings: input.settings });
  const { grain, customers } = input;
  const items = input.settings.instrument;
  const blocks: ReportBlock[] = [];

  // Header and the period cells ---------------------------------------------------------------------------------
  const periodCell = fixedCell(3, 1);
  const previousCell = fixedCell(4, 1);
  const thisCells: PeriodCells = { period: periodCell, start: fixedCell(3, HELPER), end: fixedCell(3, HELPER + 1) };
  const previousCells: PeriodCells = {
    period: previousCell,
    start: fixedCell(4, HELPER),
    end: fixedCell(4, HELPER + 1),
  };
  blocks.push({ row: 0, column: 0, style: "title", cells: [[label("reviewTitle")]] });
  blocks.push({ row: 1, column: 0, style: "note", cells: [[label("reviewNote")]] });
  blocks.push({
    row: 3,
    column: 0,
    style: "header",
    cells: [[label("reviewPeriod")], [label("previousPeriod")], [label("preparedOn")]],
  });
  blocks.push({ row: 3, column: 1, style: "input", cells: [[input.period]], numberFormats: ["@"] });
  blocks.push({ row: 4, column: 1, style: "body", cells: [[formula(previousPeriodFormula(periodCell, grain))]] });
  blocks.push({ row: 5, column: 1, style: "body", cells: [[input.today]], numberFormats: [DATE_FORMAT] });
  blocks.push({
    row: 3,
    column: HELPER,
    style: "body",
    cells: [thisCells, previousCells].map((cells) => [
      formula(periodStartFormula(cells.period, grain)),
      formula(`${periodNextFormula(cells.period, grain)}-1`),
    ]),
    numberFormats: [DATE_FORMAT, DATE_FORMAT],
  });

  // Figures against targets -------------------------------------------------------------------------------------
  const [sent, onTime, returnRate] = figures.surveys;
  const [received, closed, closure, ...steps] = figures.complaints;
  const targeted = [returnRate, ...figures.scores.slice(-2).reverse(), ...figures.scores.slice(0, -2), closure];
  const counted = [sent, onTime];
  const figureRows: { [key: string]: number } = {};
  let row = 7;
  blocks.push({ row, column: 0, style: "heading", cells: [[label("figuresHeading")]] });
  row += 1;
  blocks.push({
    row,
    column: 0,
    style: "header",
    cells: [
      [
        label("figure"),
        label("target"),
        label("previous"),
        label("thisPeriod"),
        label("change"),
        label("result"),
        label("trend"),
        label("requiredAction"),
      ],
    ],
  });
  const firstFigureRow = row + 1;
  const figureLine = (figure: ReportFigure, at: number): ReportCell[] => {
    const [target, previous, current] = [cellAt(at, 1), cellAt(at, 2), cellAt(at, 3)];
    const columnsFor = (cells: PeriodCells) => formula(figure.formula(columns, cells, grain));
    const both = `AND(ISNUMBER(${previous}),ISNUMBER(${current}))`;
    const hasTarget = figure.target !== undefined;
    return [
      figure.label(language),
      hasTarget ? formula(`=${NAMES.target(figure.target ?? "")}`) : null,
      columnsFor(previousCells),
      columnsFor(thisCells),
      formula(`=IF(${both},${current}-${previous},"")`),
      hasTarget
        ? formula(
            `=IF(NOT(ISNUMBER(${current})),${text("noData")},IF(${current}>=${target},${text("met")},${text("belowTarget")}))`,
          )
        : null,
      hasTarget
        ? formula(
            `=IF(${both},IF(${current}>${previous},${text("improved")},IF(${current}<${previous},${text("declined")},${text("unchanged")})),"")`,
          )
        : null,
      hasTarget && figure.action
        ? formula(`=IF(AND(ISNUMBER(${current}),${current}<${target}),${text(figure.action)},"")`)
        : null,
    ];
  };
  const figureBlock = (list: readonly ReportFigure[], start: number): ReportBlock => ({
    row: start,
    column: 0,
    style: "body",
    cells: list.map((figure, index) => {
      figureRows[figure.key] = start + index;
      return figureLine(figure, start + index);
    }),
    numberFormats: [null, "0.0", "0.0", "0.0", "0.0"],
  });
  blocks.push(figureBlock([...targeted, ...counted], firstFigureRow));
  const conditionalFormats = [
    {
      range: areaAt(firstFigureRow, 3, targeted.length, 1),
      formula: `=AND(ISNUMBER(${cellAt(firstFigureRow, 3)}),${cellAt(firstFigureRow, 3)}<$B${firstFigureRow + 1})`,
      fill: ALERT_FILL,
      fontColor: ALERT_FONT,
    },
  ];
  row = firstFigureRow + targeted.length + counted.length + 1;

  // Customers and items needing action, and last period's ------------------------------------------------------------
  const customerHelper = rankedHelper(
    HELPER + 3,
    customers.length,
    (_, at, cells) => customerAverageFormula(columns, fixedCell(at, HELPER + 3), cells.period, grain),
    customers,
    "<",
    "customerAlert",
    thisCells,
    previousCells,
    blocks,
  );
  const itemHelper = rankedHelper(
    HELPER + 11,
    items.length,
    (index, _, cells) => itemAverageFormula(columns, items[index], cells.period, grain),
    items.map((item) => `${item.code} ${item.text[language]}`),
    "<=",
    "itemAlert",
    thisCells,
    previousCells,
    blocks,
  );
  const listHeader = (nameHeader: string): ReportCell[] => [
    nameHeader,
    null,
    label("previous"),
    label("thisPeriod"),
    null,
    null,
    label("trend"),
    label("requiredAction"),
  ];
  const list = (
    heading: string,
    nameHeader: string,
    ranked: Ranked,
    byPrevious: boolean,
    action: ReportLabelKey | "effectiveness",
    targetKey: "customerAlert" | "itemAlert",
  ) => {
    blocks.push({ row, column: 0, style: "heading", cells: [[heading]] });
    blocks.push({ row: row + 1, column: 0, style: "header", cells: [listHeader(nameHeader)] });
    const first = row + 2;
    const ranks = byPrevious ? ranked.previousRanks : ranked.thisRanks;
    const pick = (values: string, k: number) => `INDEX(${values},MATCH(${k},${ranks},0))`;
    const cells = Array.from({ length: ranked.shown }, (_, index): ReportCell[] => {
      const k = index + 1;
      const at = first + index;
      const name = formula(`=IFERROR(${pick(ranked.names, k)},${k === 1 ? text("noneNeedAction") : '""'})`);
      const [previous, current] = [cellAt(at, 2), cellAt(at, 3)];
      const passed =
        targetKey === "itemAlert" ? `${current}>${NAMES.target(targetKey)}` : `${current}>=${NAMES.target(targetKey)}`;
      return [
        name,
        null,
        formula(`=IFERROR(${pick(ranked.previousValues, k)},"")`),
        formula(`=IFERROR(${pick(ranked.thisValues, k)},"")`),
        null,
        null,
        formula(
          `=IF(AND(ISNUMBER(${previous}),ISNUMBER(${current})),IF(${current}>${previous},${text("improved")},IF(${current}<${previous},${text("declined")},${text("unchanged")})),"")`,
        ),
        action === "effectiveness"
          ? formula(`=IF(ISNUMBER(${current}),IF(${passed},${text("effective")},${text("notEffective")}),"")`)
          : formula(`=IF(ISNUMBER(${current}),${text(action)},"")`),
      ];
    });
    // More than fit: say how many more, and where they are.
    const missing = `COUNTIF(${byPrevious ? ranked.previousFlags : ranked.thisFlags},TRUE)`;
    const more = formulaText(label("moreOnDashboard"));
    cells.push([
      formula(`=IF(${missing}>${ranked.shown},SUBSTITUTE(${more},"{count}",${missing}-${ranked.shown}),"")`),
    ]);
    blocks.push({ row: first, column: 0, style: "body", cells, numberFormats: [null, null, "0.0", "0.0"] });
    const start = row;
    row = first + cells.length + 1;
    return start;
  };
  const customerAlert = targetValue(input, "customerAlert");
  const itemAlert = targetValue(input, "itemAlert");
  const customerListRow = list(
    label("customersHeading", { target: customerAlert }),
    label("customer"),
    customerHelper,
    false,
    "correctiveAction",
    "customerAlert",
  );
  const itemListRow = list(
    label("itemsHeading", { target: itemAlert }),
    label("item"),
    itemHelper,
    false,
    "rootCauseAnalysis",
    "itemAlert",
  );
  blocks.push({ row, column: 0, style: "heading", cells: [[label("followUpHeading")]] });
  row += 1;
  const followUpCustomerRow = list(
    label("followUpCustomers"),
    label("customer"),
    customerHelper,
    true,
    "effectiveness",
    "customerAlert",
  );
  const followUpItemRow = list(label("followUpItems"), label("item"), itemHelper, true, "effectiveness", "itemAlert");

  // Complaint statistics ------------------------------------------------------------------------------------------
  blocks.push({ row, column: 0, style: "heading", cells: [[label("complaintsHeading")]] });
  blocks.push({
    row: row + 1,
    column: 0,
    style: "header",
    cells: [[label("figure"), null, label("previous"), label("thisPeriod"), label("change")]],
  });
  const complaintFigures = [received, closed, ...steps, ...figures.byClass, ...figures.byNature];
  blocks.push({
    row: row + 2,
    column: 0,
    style: "body",
    cells: complaintFigures.map((figure, index) => {
      const at = row + 2 + index;
      figureRows[figure.key] = at;
      return figureLine(figure, at).slice(0, 5);
    }),
    numberFormats: [null, null, "0", "0", "0"],
  });
  row += 2 + complaintFigures.length + 1;

  // Proposed actions ------------------------------------------------------------------------------------------------
  blocks.push({ row, column: 0, style: "heading", cells: [[label("actionsHeading")]] });
  const actionsRow = row + 1;
  const headers = ["actionNumber", "finding", "action", "owner", "dueDate", "status"] as const;
  const lastRow = actionsRow + 3;

  const widths = [34, 11, 10, 10, 9, 12, 12, 30];
  return {
    sheet: label("reviewSheet"),
    blocks,
    columnWidths: widths,
    hiddenColumns: Array.from({ length: 22 }, (_, index) => HELPER + index),
    conditionalFormats,
    charts: [],
    validations: [{ range: periodCell.replace(/\$/g, ""), source: input.periods.join(",") }],
    tables: [
      {
        name: REVIEW_ACTIONS_TABLE,
        row: actionsRow,
        column: 0,
        headers: headers.map((key) => label(key)),
        initialRows: [1, 2, 3].map((number) => [number, null, null, null, null, null]),
        numberFormats: ["0", null, null, null, DATE_FORMAT, null],
      },
    ],
    names: [
      {
        name: REVIEW_PERIOD_NAME,
        formula: `=${formulaSheetName(label("reviewSheet"))}!${periodCell}`,
        comment: "VOC Ledger: the period the review sheet shows.",
      },
    ],
    pageSetup: {
      orientation: "Portrait",
      printArea: `A1:${cellAt(lastRow, VISIBLE_COLUMNS - 1)}`,
      header: label("reviewTitle"),
    },
    freezeRows: 0,
    layout: {
      periodCell,
      previousCell,
      figureRows,
      customerListRow,
      itemListRow,
      followUpCustomerRow,
      followUpItemRow,
      listLength: { customers: customerHelper.shown, items: itemHelper.shown },
      actionsRow,
    },
  };
}

/**
 * A hidden helper block, one row per customer or item from row 3: name, this period's and the previous period's
 * value, whether each misses the target, and a running rank of those that miss it, so that the visible lists can
 * pick the k-th with INDEX/MATCH (no array formulas).
 */
function rankedHelper(
  column: number,
  length: number,
  valueFormula: (index: number, row: number, cells: PeriodCells) => string,
  names: readonly string[],
  comparison: "<" | "<=",
  targetKey: "customerAlert" | "itemAlert",
  thisCells: PeriodCells,
  previousCells: PeriodCells,
  blocks: ReportBlock[],
): Ranked {
  const first = 3;
  const rows = Math.max(length, 1);
  const misses = (value: string) => `=AND(ISNUMBER(${value}),${value}${comparison}${NAMES.target(targetKey)})`;
  blocks.push({
    row: first,
    column,
    style: "body",
    cells: Array.from({ length: rows }, (_, index): ReportCell[] => {
      const at = first + index;
      if (index >= length) return [null, null, null, null, null, null, null];
      const [current, previous] = [cellAt(at, column + 1), cellAt(at, column + 2)];
      const flag = (offset: number) =>
        `${cellAt(first, column + offset).replace(/(\d+)$/, "$$$1")}:${cellAt(at, column + offset)}`;
      return [
        names[index],
        formula(valueFormula(index, at, thisCells)),
        formula(valueFormula(index, at, previousCells)),
        formula(misses(current)),
        formula(`=IF(${cellAt(at, column + 3)},COUNTIF(${flag(3)},TRUE),"")`),
        formula(misses(previous)),
        formula(`=IF(${cellAt(at, column + 5)},COUNTIF(${flag(5)},TRUE),"")`),
      ];
    }),
  });
  const area = (offset: number) => fixedArea(first, column + offset, rows, 1);
  return {
    shown: Math.min(Math.max(length, 1), LIST_ROWS),
    names: area(0),
    thisValues: area(1),
    previousValues: area(2),
    thisRanks: area(4),
    previousRanks: area(6),
    thisFlags: area(3),
    previousFlags: area(5),
  };
}
