/**
 * Survey alerts and the corrective actions taken on them (REQUIREMENTS 15, 16, 18; 004 §5.5.2, §5.6, §5.7.4): what
 * the Cases screen lists. Alerts are derived from the survey tables every time they are read, never written; a row
 * of the CorrectiveActions table is written only when someone takes an alert, and it names the alert by its key.
 */
import type { LedgerRecord } from "../cases/ledger-record";
import type { Language } from "../i18n/language";
import type { TargetKey } from "../schema";
import type { PlanSettings } from "../workbook-plan/settings";

/**
 * What raised the alert, as the actionKind choice list keys it:
 * - surveyTotal: a returned form's total below customerAlert (80) needs an improvement report (004 §5.5.2, REQ 15);
 * - itemScore: an item answered at or below itemAlert (70) needs root-cause analysis (004 §5.7.4, REQ 16);
 * - customerScore: a customer's score for the period below customerAlert needs a cross-department review (REQ 16);
 * - returnRate: a period's survey return rate below returnRate (99) needs an improvement report (004 §5.6, REQ 18).
 */
export type AlertKind = "surveyTotal" | "itemScore" | "customerScore" | "returnRate";

export const ALERT_KINDS: readonly AlertKind[] = ["surveyTotal", "itemScore", "customerScore", "returnRate"];

/** What an alert is about: its kind, the survey period, and the customer and item where it has them. */
export interface AlertSubject {
  readonly kind: AlertKind;
  /** The survey period as VOC.PERIOD writes it ("2026-Q1"). */
  readonly period: string;
  /** The customer's name as the returns hold it; null for a return rate. */
  readonly customer: string | null;
  /** The item's code, for an item alert; null otherwise. */
  readonly item: string | null;
}

export interface SurveyAlert extends AlertSubject {
  /** Kind, period and subject in one text: what a CorrectiveActions row names (alertKey). */
  readonly key: string;
  /** The figure that missed: a total, an item's points (0–100), a customer's mean total, a return rate in percent. */
  readonly figure: number;
  /** The Targets value it missed. */
  readonly threshold: number;
  /** The returns that raised it (surveyTotal, itemScore): the lowest figure is shown. */
  readonly returnIds: readonly string[];
}

/**
 * The effectiveness check (004 §5.7.4: 对以上任何采取的措施须执行有效并确认; REQ 16, 34): the same figure in the period
 * after the action's. Pending while that period is not over, while any of its forms may still come back on time,
 * or while it has no figure (the customer sent no form back); `unknownPeriod` when the period has no next one
 * (a label that is not a quarter, half-year, month or year).
 */
export type Effectiveness =
  | {
      readonly state: "effective" | "notEffective";
      readonly period: string;
      readonly figure: number;
      readonly threshold: number;
    }
  | { readonly state: "pending"; readonly period: string; readonly reason: "notFinished" | "noData" }
  | { readonly state: "pending"; readonly period: null; readonly reason: "unknownPeriod" };

/** The effectiveness check as recorded in the row (actionEffectiveness keys); null when not recorded. */
export type RecordedEffectiveness = "effective" | "notEffective";

/** A row of the CorrectiveActions table as the Cases screen shows it. */
export interface ActionEntry {
  readonly id: string;
  readonly alertKey: string;
  /** The actionKind of the row; null when the cell names none. */
  readonly kind: AlertKind | null;
  readonly period: string;
  readonly customer: string;
  readonly item: string;
  readonly finding: string;
  readonly owner: string;
  /** The department choice key, or null. */
  readonly department: string | null;
  readonly dueDate: number | null;
  readonly status: "open" | "done";
  /** Open and its due date is past. */
  readonly overdue: boolean;
  readonly doneAt: number | null;
  readonly actionTaken: string;
  /** The check as the next period's figure gives it now. */
  readonly effectiveness: Effectiveness;
  readonly recorded: RecordedEffectiveness | null;
  readonly checkedAt: number | null;
  readonly record: LedgerRecord;
}

/** The rows the alerts and actions come from, as the Excel layer reads them. */
export interface ActionSources {
  readonly surveyReturns: readonly LedgerRecord[];
  readonly surveyDispatch: readonly LedgerRecord[];
  readonly actions: readonly LedgerRecord[];
}

/** The workbook's own settings (settingsFromTables): questionnaire, calendar, deadlines and targets. */
export interface ActionSettings {
  /** The workbook's data language. */
  readonly language: Language;
  readonly plan: PlanSettings;
  readonly holidays: ReadonlySet<number>;
  readonly targets: { readonly [K in TargetKey]: number };
}

export interface ActionBoard {
  /** Alerts no row of CorrectiveActions has taken yet: newest period first. */
  readonly alerts: readonly SurveyAlert[];
  /** Every action: open ones first, most overdue first, then done ones, latest done first. */
  readonly actions: readonly ActionEntry[];
}
