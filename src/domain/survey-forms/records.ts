/**
 * What the survey dispatch and survey return forms hand validateRecord, and the dates and periods they show:
 * the due-back date and on-time rule of the SurveyDispatch calculated columns, and the current survey period.
 */
import { type Deadlines, surveyReturnDays } from "../case-deadlines";
import { dueDate } from "../due-date";
import { DEFAULT_PERIOD_GRAIN, type PeriodGrain, periodOf } from "../period";
import type { InputValue, RecordInput } from "../records";
import { returnedOnTime } from "../return-rate";
import type { SurveyAnswers } from "./preview";

/** The SurveyReturns column of an item (surveyReturnColumns names it so). */
export function itemColumnKey(code: string): string {
  return `item_${code}`;
}

export interface SurveyReturnFields {
  readonly dispatchId?: string;
  readonly period: string;
  readonly customer: string;
  /** An Excel serial, or ISO text as the form's date input gives it. */
  readonly returnedAt: number | string;
  readonly comments?: string;
}

/**
 * A SurveyReturns record for validateRecord(TABLES.surveyReturns, …, { columns: surveyReturnColumns(…) }): the
 * fixed fields and an `item_<code>` value per answer (null: blank). Fields left out stay out; an answer whose code
 * the instrument lacks makes validateRecord throw, as for any field that would be lost.
 */
export function surveyReturnInput(fields: SurveyReturnFields, answers: SurveyAnswers): RecordInput {
  const input: Record<string, InputValue> = {};
  if (fields.dispatchId !== undefined) input.dispatchId = fields.dispatchId;
  input.period = fields.period;
  input.customer = fields.customer;
  input.returnedAt = fields.returnedAt;
  for (const [code, rating] of Object.entries(answers)) input[itemColumnKey(code)] = rating;
  if (fields.comments !== undefined) input.comments = fields.comments;
  return input;
}

export interface DispatchFields {
  readonly period: string;
  readonly customers: readonly string[];
  /** An instrumentKind choice: its key ("customer", "employee") or a label. */
  readonly instrument: string;
  /** An Excel serial, or ISO text as the form's date input gives it. */
  readonly sentAt: number | string;
  readonly channel?: string;
  /** A yesNo choice (REQ 25: receipt confirmed by phone). */
  readonly receiptConfirmed?: string;
}

/** A name as a cell holds it (one line), and as Excel compares references: case aside. */
function customerName(name: string): string {
  return name.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** The customers once each, in the order chosen; blank entries dropped. */
function distinctCustomers(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const distinct: string[] = [];
  for (const name of names.map(customerName)) {
    const key = name.toLowerCase();
    if (name === "" || seen.has(key)) continue;
    seen.add(key);
    distinct.push(name);
  }
  return distinct;
}

/**
 * One SurveyDispatch record per customer, for validateRecord(TABLES.surveyDispatch, …): a customer named twice
 * (case and spaces aside) gets one form. With no customer at all, one record with a blank customer, so that
 * validation reports the required field rather than the form saving nothing.
 */
export function dispatchInputs(fields: DispatchFields): RecordInput[] {
  const customers = distinctCustomers(fields.customers);
  return (customers.length === 0 ? [""] : customers).map((customer) => {
    const input: Record<string, InputValue> = {
      period: fields.period,
      customer,
      instrument: fields.instrument,
      sentAt: fields.sentAt,
    };
    if (fields.channel !== undefined) input.channel = fields.channel;
    if (fields.receiptConfirmed !== undefined) input.receiptConfirmed = fields.receiptConfirmed;
    return input;
  });
}

/**
 * When a form sent at `sentAt` is due back: the rule of the dueBack column (dueFormula over the surveyDueBack
 * deadline: the same time of day, 5 working days on). Throws SchemaError, as the workbook plan does, for a
 * surveyDueBack deadline not in working days.
 */
export function dueBack(sentAt: number, deadlines: Deadlines, holidays: ReadonlySet<number>): number {
  surveyReturnDays(deadlines);
  const due = dueDate(sentAt, deadlines.surveyDueBack, holidays);
  if (due === null) throw new RangeError("A sent date is needed for a due-back date."); // never: a number is no blank
  return due;
}

/** How a return stands against its dispatch: late returns count as not returned (REQ 18). */
export type ReturnTiming = "onTime" | "late" | "beforeSent";

/**
 * The rule of the onTime column (returnedOnTime: whole days, working days from surveyDueBack), for the return form
 * to warn before saving; a return dated before the form was sent, which the column shows as #VALUE!, is
 * "beforeSent".
 */
export function returnTiming(
  sentAt: number,
  returnedAt: number,
  deadlines: Deadlines,
  holidays: ReadonlySet<number>,
): ReturnTiming {
  if (Math.floor(returnedAt) < Math.floor(sentAt)) return "beforeSent";
  return returnedOnTime(sentAt, returnedAt, surveyReturnDays(deadlines), holidays) ? "onTime" : "late";
}

/** The survey period `now` (an Excel serial) falls in, by VOC.PERIOD's rule: "2026-Q4" by default (REQ 32). */
export function currentPeriod(now: number, grain: PeriodGrain = DEFAULT_PERIOD_GRAIN): string {
  const period = periodOf(now, grain);
  if (period === null) throw new RangeError("A date is needed for a period."); // never: a number is no blank
  return period;
}
