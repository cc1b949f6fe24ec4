/**
 * The figures of a reporting period (REQUIREMENTS 15–19, 33–35), each written once as a native formula over the
 * ledger's tables and once as the domain's aggregate over the same rows. The dashboard puts a row of them per
 * period, the review this period's beside the previous one; the spreadsheet tests check both sides are equal.
 */
import type { Language } from "../i18n/language";
import { ALL_CHOICE_LISTS, type ChoiceListKey, type TargetKey, choiceLabel } from "../schema";
import { DEFAULT_SATISFIED_THRESHOLD } from "../score";
import { exactCriterion, literalPattern } from "../workbook-plan/exact-criterion";
import type { LedgerColumns } from "./ledger-columns";
import { type ComplaintFacts, type ReportLedger, sameText } from "./report-ledger";
import { periodSpan, periodWithin, withinPeriodArray, withinSpanArray } from "./report-periods";
import { type ReportLabelKey, reportLabel } from "./report-labels";
import type { ReportGrain } from "./types";

/** Cells holding the period's label, its first day and its last day (the report shows "to", the day before next). */
export interface PeriodCells {
  readonly period: string;
  readonly start: string;
  readonly end: string;
}

/** How a figure is shown and judged. */
export type FigureFormat = "count" | "percent" | "score";

export interface ReportFigure {
  readonly key: string;
  readonly format: FigureFormat;
  /** The Settings target it must reach (≥), by the VOC_Target_ name's key. */
  readonly target?: TargetKey;
  /** What the procedure asks for when the figure misses its target. */
  readonly action?: ReportLabelKey;
  label(language: Language): string;
  formula(columns: LedgerColumns, cells: PeriodCells, grain: ReportGrain): string;
  compute(ledger: ReportLedger, period: string, grain: ReportGrain): number | null;
}

// Formula pieces ----------------------------------------------------------------------------------------------------

/**
 * COUNTIFS criteria for the period labels a report period takes in (one per label shape; see periodWithin). The
 * dashboard's period cells hold the add-in's own labels, but the review's is a cell the user chooses: matched
 * exactly in both, so that a typed "2026-Q*" counts nothing rather than every quarter.
 */
function periodCriteria(period: string, grain: ReportGrain): string[] {
  switch (grain) {
    case "Q":
      return [exactCriterion(period)];
    case "H": {
      const quarter = (offset: number) => `LEFT(${period},4)&"-Q"&(VALUE(RIGHT(${period},1))*2-${offset})`;
      return [exactCriterion(period), exactCriterion(quarter(1)), exactCriterion(quarter(0))];
    }
    case "Y":
      // The year's four characters literally, then the one wildcard the add-in means: any label of that year.
      return [`"="&${literalPattern(`LEFT(${period},4)`)}&"*"`];
  }
}

/** Σ COUNTIFS over the labels of the period, with further criteria pairs. */
export function countIn(periodColumn: string, cells: PeriodCells, grain: ReportGrain, ...criteria: string[]): string {
  const extra = criteria.length === 0 ? "" : `,${criteria.join(",")}`;
  const terms = periodCriteria(cells.period, grain).map((label) => `COUNTIFS(${periodColumn},${label}${extra})`);
  return terms.length === 1 ? terms[0] : `(${terms.join("+")})`;
}

export function sumIn(
  sumColumn: string,
  periodColumn: string,
  cells: PeriodCells,
  grain: ReportGrain,
  ...criteria: string[]
): string {
  const extra = criteria.length === 0 ? "" : `,${criteria.join(",")}`;
  const terms = periodCriteria(cells.period, grain).map(
    (label) => `SUMIFS(${sumColumn},${periodColumn},${label}${extra})`,
  );
  return terms.length === 1 ? terms[0] : `(${terms.join("+")})`;
}

/**
 * The mean of a numeric column over the period's rows that also meet the further criteria pairs, as an expression
 * that is an error (#DIV/0!) when none is a number: callers wrap it in IFERROR. Where one label takes the period in
 * (quarters, years), one AVERAGEIFS: it scans the criteria columns once, where SUMIFS over COUNTIFS scans them twice
 * and the column a third time, and the dashboard's customer × period matrix repeats that scan per customer and
 * period (AVERAGEIFS took LibreOffice under half the time). A half-year adds up its three labels' sums and counts.
 * Both read only the column's numbers: text and blanks are no answer, and an error among the rows makes the mean one.
 */
export function meanIn(
  column: string,
  periodColumn: string,
  cells: PeriodCells,
  grain: ReportGrain,
  ...criteria: string[]
): string {
  const labels = periodCriteria(cells.period, grain);
  if (labels.length === 1) {
    const extra = criteria.length === 0 ? "" : `,${criteria.join(",")}`;
    return `AVERAGEIFS(${column},${periodColumn},${labels[0]}${extra})`;
  }
  const sum = sumIn(column, periodColumn, cells, grain, ...criteria);
  const count = countIn(periodColumn, cells, grain, ...criteria, column, '">=0"');
  return `${sum}/${count}`;
}

const receivedIn = (columns: LedgerColumns, cells: PeriodCells) =>
  `${columns.complaints.receivedAt},">="&${cells.start},${columns.complaints.receivedAt},"<"&(${cells.end}+1)`;

function complaintCount(columns: LedgerColumns, cells: PeriodCells, ...criteria: string[]): string {
  return `COUNTIFS(${[receivedIn(columns, cells), ...criteria].join(",")})`;
}

/** Steps done by their due date among the period's complaints (SUMPRODUCT: the due dates are formulas). */
function stepsOnTime(columns: LedgerColumns, cells: PeriodCells, done: string, due: string): string {
  const within = withinSpanArray(columns.complaints.receivedAt, cells.start, `(${cells.end}+1)`);
  return `=SUMPRODUCT(${within}*ISNUMBER(${done})*ISNUMBER(${due})*(${done}<=${due}))`;
}

const percentOf = (part: string, whole: string) => `=IFERROR(${part}/${whole}*100,"")`;

// Aggregates ------------------------------------------------------------------------------------------------------

export const mean = (values: readonly (number | null)[]): number | null => {
  const numbers = values.filter((value): value is number => value !== null);
  return numbers.length === 0 ? null : numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
};

const percent = (part: number, whole: number): number | null => (whole === 0 ? null : (part / whole) * 100);

export function returnsIn(ledger: ReportLedger, period: string, grain: ReportGrain) {
  return ledger.returns.filter((row) => periodWithin(row.period, period, grain));
}

function dispatchesIn(ledger: ReportLedger, period: string, grain: ReportGrain) {
  return ledger.dispatches.filter((row) => periodWithin(row.period, period, grain) && row.sent);
}

function complaintsIn(ledger: ReportLedger, period: string): ComplaintFacts[] {
  const { start, next } = periodSpan(period);
  return ledger.complaints.filter((row) => row.receivedAt !== null && row.receivedAt >= start && row.receivedAt < next);
}

/** An item answer counts as satisfied at this many points of its scale (SATRATE's default 60 of 100). */
export function satisfiedAnswer(scale: number): number {
  return (DEFAULT_SATISFIED_THRESHOLD * scale) / 100;
}

// The figures -------------------------------------------------------------------------------------------------------

const labelled = (key: ReportLabelKey) => (language: Language) => reportLabel(key, language);

const surveysSent: ReportFigure = {
  key: "surveysSent",
  format: "count",
  label: labelled("surveysSent"),
  formula: (columns, cells, grain) =>
    `=${countIn(columns.dispatch.period, cells, grain, columns.dispatch.sentAt, '"<>"')}`,
  compute: (ledger, period, grain) => dispatchesIn(ledger, period, grain).length,
};

const onTimeCount = (columns: LedgerColumns, cells: PeriodCells, grain: ReportGrain) =>
  countIn(columns.dispatch.period, cells, grain, columns.dispatch.sentAt, '"<>"', columns.dispatch.onTime, "TRUE");

const returnedOnTime: ReportFigure = {
  key: "returnedOnTime",
  format: "count",
  label: labelled("returnedOnTime"),
  formula: (columns, cells, grain) => `=${onTimeCount(columns, cells, grain)}`,
  compute: (ledger, period, grain) => dispatchesIn(ledger, period, grain).filter((row) => row.onTime).length,
};

const returnRate: ReportFigure = {
  key: "returnRate",
  format: "percent",
  target: "returnRate",
  action: "improvementReport",
  label: labelled("returnRate"),
  formula: (columns, cells, grain) =>
    percentOf(onTimeCount(columns, cells, grain), surveysSent.formula(columns, cells, grain).slice(1)),
  compute: (ledger, period, grain) => {
    const sent = dispatchesIn(ledger, period, grain);
    return percent(sent.filter((row) => row.onTime).length, sent.length);
  },
};

function moduleAverage(moduleKey: string, moduleLabel: (language: Language) => string): ReportFigure {
  return {
    key: `module:${moduleKey}`,
    format: "score",
    target: "customerAlert",
    action: "correctiveAction",
    label: (language) => reportLabel("moduleAverage", language, { module: moduleLabel(language) }),
    formula: (columns, cells, grain) =>
      `=IFERROR(${meanIn(columns.returns.modules[moduleKey], columns.returns.period, cells, grain)},"")`,
    compute: (ledger, period, grain) => mean(returnsIn(ledger, period, grain).map((row) => row.modules[moduleKey])),
  };
}

const totalAverage: ReportFigure = {
  key: "totalAverage",
  format: "score",
  target: "customerAlert",
  action: "improvementReport",
  label: labelled("totalAverage"),
  formula: (columns, cells, grain) =>
    `=IFERROR(${meanIn(columns.returns.total, columns.returns.period, cells, grain)},"")`,
  compute: (ledger, period, grain) => mean(returnsIn(ledger, period, grain).map((row) => row.total)),
};

/** Percent of the period's answered items that reach "satisfied" on their own scale (VOC.SATRATE over them). */
function satisfactionRate(scales: readonly number[]): ReportFigure {
  return {
    key: "satisfactionRate",
    format: "percent",
    target: "satisfactionRate",
    action: "correctiveAction",
    label: labelled("satisfactionRate"),
    formula: (columns, cells, grain) => {
      const within = withinPeriodArray(columns.returns.period, cells.period, grain);
      const block = columns.returns.itemBlock;
      const bars = `{${scales.map(satisfiedAnswer).join(",")}}`;
      const answered = `SUMPRODUCT(${within}*ISNUMBER(${block}))`;
      return percentOf(`SUMPRODUCT(${within}*ISNUMBER(${block})*(${block}>=${bars}))`, answered);
    },
    compute: (ledger, period, grain) => {
      let answered = 0;
      let satisfied = 0;
      for (const row of returnsIn(ledger, period, grain)) {
        for (const item of ledger.settings.instrument) {
          const value = row.items[item.code];
          if (value === null || value === undefined) continue;
          answered += 1;
          if (value >= satisfiedAnswer(item.scale)) satisfied += 1;
        }
      }
      return percent(satisfied, answered);
    },
  };
}

const complaintsReceived: ReportFigure = {
  key: "complaintsReceived",
  format: "count",
  label: labelled("complaintsReceived"),
  formula: (columns, cells) => `=${complaintCount(columns, cells)}`,
  compute: (ledger, period) => complaintsIn(ledger, period).length,
};

function closedCount(columns: LedgerColumns, cells: PeriodCells, language: Language): string {
  return complaintCount(
    columns,
    cells,
    columns.complaints.status,
    exactCriterion({ text: choiceLabel("caseStatus", "closed", language) }),
  );
}

function complaintsClosed(language: Language): ReportFigure {
  return {
    key: "complaintsClosed",
    format: "count",
    label: labelled("complaintsClosed"),
    formula: (columns, cells) => `=${closedCount(columns, cells, language)}`,
    compute: (ledger, period) => complaintsIn(ledger, period).filter((row) => row.closed).length,
  };
}

function closureRate(language: Language): ReportFigure {
  return {
    key: "closureRate",
    format: "percent",
    target: "closureRate",
    action: "complaintAction",
    label: labelled("closureRate"),
    formula: (columns, cells) => percentOf(closedCount(columns, cells, language), complaintCount(columns, cells)),
    compute: (ledger, period) => {
      const received = complaintsIn(ledger, period);
      return percent(received.filter((row) => row.closed).length, received.length);
    },
  };
}

function stepFigure(
  key: "repliesOnTime" | "proposalsOnTime" | "eightDOnTime",
  done: (columns: LedgerColumns) => [string, string],
  onTime: (row: ComplaintFacts) => boolean,
): ReportFigure {
  return {
    key,
    format: "count",
    label: labelled(key),
    formula: (columns, cells) => stepsOnTime(columns, cells, ...done(columns)),
    compute: (ledger, period) => complaintsIn(ledger, period).filter(onTime).length,
  };
}

function choiceCount(
  list: Extract<ChoiceListKey, "complaintContent" | "complaintNature">,
  choiceKey: string,
  language: Language,
): ReportFigure {
  const column = (columns: LedgerColumns) =>
    list === "complaintContent" ? columns.complaints.contentClass : columns.complaints.nature;
  const labelIn = (row: ComplaintFacts) => (list === "complaintContent" ? row.contentClass : row.nature);
  return {
    key: `${list === "complaintContent" ? "class" : "nature"}:${choiceKey}`,
    format: "count",
    label: (shown) => choiceLabel(list, choiceKey, shown),
    formula: (columns, cells) =>
      `=${complaintCount(columns, cells, column(columns), exactCriterion({ text: choiceLabel(list, choiceKey, language) }))}`,
    compute: (ledger, period) =>
      complaintsIn(ledger, period).filter((row) => sameText(labelIn(row), choiceLabel(list, choiceKey, language)))
        .length,
  };
}

function choiceKeys(list: ChoiceListKey): string[] {
  return ALL_CHOICE_LISTS.find((candidate) => candidate.key === list)?.choices.map((choice) => choice.key) ?? [];
}

export interface FigureSet {
  readonly surveys: readonly ReportFigure[];
  readonly scores: readonly ReportFigure[];
  readonly complaints: readonly ReportFigure[];
  readonly byClass: readonly ReportFigure[];
  readonly byNature: readonly ReportFigure[];
}

/** Every figure of a period for a workbook's language and questionnaire, in the order the reports show them. */
export function reportFigures(ledger: Pick<ReportLedger, "language" | "settings">): FigureSet {
  const { language, settings } = ledger;
  return {
    surveys: [surveysSent, returnedOnTime, returnRate],
    scores: [
      ...settings.modules.map((module) => moduleAverage(module.key, (shown) => module.label[shown])),
      totalAverage,
      satisfactionRate(settings.instrument.map((item) => item.scale)),
    ],
    complaints: [
      complaintsReceived,
      complaintsClosed(language),
      closureRate(language),
      stepFigure(
        "repliesOnTime",
        (c) => [c.complaints.replyDone, c.complaints.replyDue],
        (row) => row.replyOnTime,
      ),
      stepFigure(
        "proposalsOnTime",
        (c) => [c.complaints.proposalDone, c.complaints.proposalDue],
        (row) => row.proposalOnTime,
      ),
      stepFigure(
        "eightDOnTime",
        (c) => [c.complaints.eightDDone, c.complaints.eightDDue],
        (row) => row.eightDOnTime,
      ),
    ],
    byClass: choiceKeys("complaintContent").map((key) => choiceCount("complaintContent", key, language)),
    byNature: choiceKeys("complaintNature").map((key) => choiceCount("complaintNature", key, language)),
  };
}

export function allFigures(set: FigureSet): ReportFigure[] {
  return [...set.surveys, ...set.scores, ...set.complaints, ...set.byClass, ...set.byNature];
}
