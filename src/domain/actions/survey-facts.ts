/**
 * The survey records as the alerts and the effectiveness checks read them: each return's total and alerts by the
 * form's own rule (surveyPreview, with the workbook's targets), the reports' facts over the same rows (totals, item
 * answers, dispatches returned on time) for the period figures, and which forms may still come back on time.
 * Calculated cells are never read: they may hold formula text or stale values.
 */
import { type LedgerRecord, dateIn, isEmptyRow, textOf } from "../cases/ledger-record";
import { awaitsReturn, returnedDispatchIds } from "../cases/open-cases";
import { dueDate } from "../due-date";
import { FormulaInputError } from "../formula-error";
import { type ReportLedger, reportLedger } from "../reports/report-ledger";
import { type SurveyAlert as PreviewAlert, type SurveyAnswers, surveyPreview } from "../survey-forms/preview";
import { itemColumnKey } from "../survey-forms/records";
import { surveyPeriod } from "./periods";
import type { ActionSources, ActionSettings } from "./types";

/** A returned form with what the form said it requires. */
export interface ReturnAlerts {
  readonly id: string;
  readonly period: string;
  readonly customer: string;
  readonly alerts: readonly PreviewAlert[];
}

/** A form sent, as far as its return matters to whether its period is over. */
export interface DispatchState {
  readonly period: unknown;
  readonly customer: string;
  /** No return names it yet. */
  readonly awaiting: boolean;
  /** When it is due back (the dueBack column's rule); null without a sent date. */
  readonly dueBack: number | null;
}

export interface SurveyFacts {
  /** The reports' facts (report-ledger.ts) over the same rows: what the period figures are computed from. */
  readonly ledger: ReportLedger;
  /** The returns with a period and a customer, and their alerts. */
  readonly returns: readonly ReturnAlerts[];
  readonly dispatches: readonly DispatchState[];
}

const numberOr = (value: unknown): number | null => (typeof value === "number" ? value : null);

/** The answers as the reports read them: numbers only, by item code. */
function answersOf(row: LedgerRecord, settings: ActionSettings): SurveyAnswers {
  return Object.fromEntries(
    settings.plan.instrument.map((item) => [item.code, numberOr(row[itemColumnKey(item.code)])]),
  );
}

/**
 * The form's preview of a row; undefined for a row someone typed a rating outside its scale into (the workbook
 * shows #NUM! for it): it has no total to judge.
 */
function previewOf(row: LedgerRecord, settings: ActionSettings) {
  const { instrument, modules, gradeBands } = settings.plan;
  const { itemAlert, customerAlert } = settings.targets;
  try {
    return surveyPreview(answersOf(row, settings), { instrument, modules, gradeBands, itemAlert, customerAlert });
  } catch (error) {
    if (error instanceof FormulaInputError) return undefined;
    throw error;
  }
}

/** The row with its answers blanked: its return date still counts for its dispatch, its scores count nowhere. */
function withoutAnswers(row: LedgerRecord, settings: ActionSettings): LedgerRecord {
  const blanks = Object.fromEntries(settings.plan.instrument.map((item) => [itemColumnKey(item.code), null]));
  return { ...row, ...blanks };
}

export function surveyFacts(sources: Omit<ActionSources, "actions">, settings: ActionSettings): SurveyFacts {
  const returnRows = sources.surveyReturns.filter((row) => !isEmptyRow(row));
  const dispatchRows = sources.surveyDispatch.filter((row) => !isEmptyRow(row));
  const previews = returnRows.map((row) => previewOf(row, settings));
  const ledger = reportLedger({
    language: settings.language,
    settings: settings.plan,
    holidays: settings.holidays,
    surveyDispatch: dispatchRows,
    surveyReturns: returnRows.map((row, index) => (previews[index] ? row : withoutAnswers(row, settings))),
    complaints: [],
  });
  const returns = returnRows.flatMap((row, index): ReturnAlerts[] => {
    const period = surveyPeriod(row.period);
    const customer = textOf(row, "customer");
    const preview = previews[index];
    if (period === undefined || customer === "" || !preview) return [];
    return [{ id: textOf(row, "id"), period, customer, alerts: preview.alerts }];
  });
  const returned = returnedDispatchIds(returnRows);
  const dispatches = dispatchRows.map((row) => ({
    period: row.period,
    customer: textOf(row, "customer"),
    awaiting: awaitsReturn(row, returned),
    dueBack: dueDate(dateIn(row, "sentAt"), settings.plan.deadlines.surveyDueBack, settings.holidays),
  }));
  return { ledger, returns, dispatches };
}
