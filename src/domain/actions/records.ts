/**
 * The CorrectiveActions rows the Cases screen writes: an alert taken with its owner and due date, an action marked
 * done with what was done, and the effectiveness check recorded. Each is handed to validateRecord / validateUpdate
 * (TABLES.actions) like every form's record; choices are given by key, the finding in the workbook's language.
 */
import type { Language } from "../i18n/language";
import { translate } from "../i18n/translate";
import type { RecordInput } from "../records";
import { workday } from "../working-days";
import type { RecordedEffectiveness, SurveyAlert } from "./types";

/** Improvement measures are reviewed within 5 working days (004 flowchart, REQ 25): the due date a form proposes. */
export const ACTION_WORKING_DAYS = 5;

/** The due date proposed for an action taken `now` (an Excel serial): 5 working days on, as a whole day. */
export function proposedDueDate(now: number, holidays: ReadonlySet<number>): number {
  return workday(Math.floor(now), ACTION_WORKING_DAYS, holidays);
}

/** A figure as a finding writes it: at most one decimal, a full stop as the separator (it is data). */
export function figureText(figure: number): string {
  return String(Math.round(figure * 10) / 10);
}

/** What the alert found, in `language` (the workbook's, for the row; the pane's, for the list). */
export function findingText(alert: SurveyAlert, language: Language, item = alert.item ?? ""): string {
  const values = { figure: figureText(alert.figure), threshold: alert.threshold, item };
  return translate(language, `actions.finding.${alert.kind}`, values);
}

export interface TakeAlertFields {
  readonly owner: string;
  /** A department choice key or label; blank for none. */
  readonly department?: string;
  /** An Excel serial, or ISO text as a date input gives it. */
  readonly dueDate: number | string;
}

/** The row that takes `alert` (status open, raised `now`), its finding in the workbook's `language`. */
export function takeAlertInput(alert: SurveyAlert, fields: TakeAlertFields, now: number, language: Language) {
  const input: RecordInput = {
    alertKey: alert.key,
    kind: alert.kind,
    period: alert.period,
    customer: alert.customer,
    item: alert.item,
    finding: findingText(alert, language),
    raisedAt: now,
    owner: fields.owner,
    department: fields.department ?? null,
    dueDate: fields.dueDate,
    status: "open",
  };
  return input;
}

/** The cells that mark an action done `now` with what was done. */
export function doneChanges(actionTaken: string, now: number): RecordInput {
  return { status: "done", doneAt: now, actionTaken };
}

/** The cells that record the effectiveness check, on the day of `now`. */
export function effectivenessChanges(result: RecordedEffectiveness, now: number): RecordInput {
  return { effectiveness: result, checkedAt: Math.floor(now) };
}
