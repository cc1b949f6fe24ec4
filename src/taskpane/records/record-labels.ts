/** The words the Records screen shows for a ledger, a link between records, a status and a cell's value. */
import type { MessageKey } from "../../domain/i18n/translate";
import { ACTION_STATES, type ActionState, type HistoryRelation, type RecordKind } from "../../domain/records-search";
import { choiceLabel } from "../../domain/schema";
import type { ColumnPlan, PlanValue } from "../../domain/workbook-plan";
import { serialText } from "../forms/date-text";
import type { I18n } from "../i18n";

const KIND_LABELS: { readonly [kind in RecordKind]: MessageKey } = {
  customers: "records.kind.customers",
  feedback: "records.kind.feedback",
  complaints: "records.kind.complaints",
  reminders: "records.kind.reminders",
  surveyDispatch: "records.kind.surveyDispatch",
  surveyReturns: "records.kind.surveyReturns",
  actions: "records.kind.actions",
};

const RELATION_LABELS: { readonly [relation in HistoryRelation]: MessageKey } = {
  reminder: "records.relation.reminder",
  originalComplaint: "records.relation.originalComplaint",
  attachedComplaint: "records.relation.attachedComplaint",
  linkedFeedback: "records.relation.linkedFeedback",
  linkedComplaint: "records.relation.linkedComplaint",
  remindedComplaint: "records.relation.remindedComplaint",
  surveyDispatch: "records.relation.surveyDispatch",
  surveyReturn: "records.relation.surveyReturn",
  alertReturn: "records.relation.alertReturn",
  correctiveAction: "records.relation.correctiveAction",
};

const ACTION_STATE_LABELS: { readonly [state in ActionState]: MessageKey } = {
  actionOpen: "records.actionState.actionOpen",
  actionDone: "records.actionState.actionDone",
  effective: "records.actionState.effective",
  notEffective: "records.actionState.notEffective",
};

const isActionState = (status: string): status is ActionState => (ACTION_STATES as readonly string[]).includes(status);

export function recordKindLabel(kind: RecordKind, { t }: I18n): string {
  return t(KIND_LABELS[kind]);
}

export function relationLabel(relation: HistoryRelation, { t }: I18n): string {
  return t(RELATION_LABELS[relation]);
}

/** A record's status (RecordEntry.status): a case's caseStatus label, or where a corrective action stands. */
export function statusLabel(status: string, { t, language }: I18n): string {
  return isActionState(status) ? t(ACTION_STATE_LABELS[status]) : choiceLabel("caseStatus", status, language);
}

/** Up to two decimals, without trailing zeros: 83.1, 80, 0.05. */
function shortNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * A cell as the record's page shows it: dates as 2026-11-21 (14:30), a percent as 3%, a flag as Yes or No, choices
 * and text as the sheet holds them; null for a blank cell. A cell someone typed something else into shows as typed.
 */
export function cellText(column: ColumnPlan, value: PlanValue, { t }: I18n): string | null {
  if (value === null || value === "") return null;
  if (typeof value === "boolean") return t(value ? "records.yes" : "records.no");
  if (typeof value === "number") {
    if (column.spec.type === "date" || column.spec.type === "dateTime") {
      return value >= 0 ? serialText(value, column.spec.type === "dateTime") : String(value);
    }
    if (column.spec.type === "percent") return `${shortNumber(value * 100)}%`;
    return shortNumber(value);
  }
  return value;
}

/** A date cell of a list item or a link: the day, or nothing. */
export function dayText(serial: number | null): string {
  return serial === null ? "" : serialText(serial, false);
}
