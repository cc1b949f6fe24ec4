/**
 * Rules between the fields of one record, per table (column keys as in schema/tables.ts). A rule only looks at
 * cells that passed their own checks, so a wrong date is reported once, as a wrong date.
 *
 * - Nothing is done, answered or closed before it was received (issued, for a reminder slip), and nothing was
 *   bought after it was complained about. A date-time entered without a time of day (midnight) counts as the whole
 *   day, so a case received at 14:30 may be closed "on 2026-11-21".
 * - A case has a closing date exactly when its status is Closed: closing needs the date, and a case that is open
 *   again (Reopened) or not yet closed has its closing date cleared, so the closure rate and the follow-up due date
 *   (closing + 7 days) never count a case that is not closed. It is closed again with a new date.
 * - A major complaint needs the director's approval (REQ 26, 003 §3.1): once handling starts (any status past
 *   Open) the approval status must be filled in (Pending is enough), and it can only be closed once Approved.
 * - A survey return holds at least one rating (when the columns include the instrument's items).
 */
import {
  type ChoiceListKey,
  type ColumnSpec,
  type Localized,
  type TableKey,
  SchemaError,
  choiceKeyForLabel,
  choiceList,
} from "../schema";
import { isEntered } from "./normalise-cell";
import type { ErrorValues, RowValue, ValidationCode } from "./record-input";

/** The record as the rules see it. */
export interface RuleContext {
  readonly columns: readonly ColumnSpec[];
  /** The column with this key, if the table has it. */
  column(key: string): ColumnSpec | undefined;
  /** A cell that passed its checks (null: blank); undefined when the column is absent or its value was rejected. */
  value(key: string): RowValue | undefined;
}

/** What a rule found, on the field the person should change. */
export interface RuleError {
  readonly field: string;
  readonly code: ValidationCode;
  readonly values?: ErrorValues;
  readonly localizedValues?: Readonly<Record<string, Localized>>;
}

type Rule = (record: RuleContext) => readonly RuleError[];

/** The errors of the table's cross-field rules. */
export function crossFieldErrors(table: TableKey, record: RuleContext): RuleError[] {
  return (RULES[table] ?? []).flatMap((rule) => rule(record));
}

// Dates in order ---------------------------------------------------------------------------------------------------

/** `later` may not fall before `earlier`; the error is on `later`. */
function notBefore(later: string, earlier: string): Rule {
  return inOrder(earlier, later, later);
}

/** `earlier` may not fall after `later`; the error is on `earlier`. */
function notAfter(earlier: string, later: string): Rule {
  return inOrder(earlier, later, earlier);
}

function inOrder(earlier: string, later: string, blamed: string): Rule {
  return (record) => {
    const from = record.value(earlier);
    const to = record.value(later);
    if (typeof from !== "number" || typeof to !== "number" || !isBefore(to, from)) return [];
    const other = record.column(blamed === later ? earlier : later);
    if (!other) return [];
    const code = blamed === later ? "validation.beforeOther" : "validation.afterOther";
    return [{ field: blamed, code, localizedValues: { other: other.header } }];
  };
}

/** Whether `later` lies before `earlier`; a serial without a time of day stands for its whole day. */
function isBefore(later: number, earlier: number): boolean {
  const wholeDay = Number.isInteger(later) || Number.isInteger(earlier);
  return wholeDay ? Math.floor(later) < Math.floor(earlier) : later < earlier;
}

// Status ---------------------------------------------------------------------------------------------------------

/** The key of the choice a choice cell holds: null for a blank cell, undefined when unknown or absent. */
function choiceKeyOf(record: RuleContext, key: string, list: ChoiceListKey): string | null | undefined {
  const value = record.value(key);
  if (value === null) return null;
  return value === undefined ? undefined : choiceKeyForLabel(list, value);
}

function choiceWords(list: ChoiceListKey, key: string): Localized {
  const found = choiceList(list).choices.find((choice) => choice.key === key);
  if (!found) throw new SchemaError(`The choice list ${list} has no choice "${key}".`);
  return found.label;
}

const closedAtMatchesStatus: Rule = (record) => {
  const status = choiceKeyOf(record, "status", "caseStatus");
  const closedAt = record.value("closedAt");
  if (status === null || status === undefined || closedAt === undefined) return [];
  const closed = status === "closed";
  if (closed === (closedAt !== null)) return [];
  const code = closed ? "validation.closedNeedsDate" : "validation.dateNeedsClosedStatus";
  return [{ field: "closedAt", code, localizedValues: { status: choiceWords("caseStatus", "closed") } }];
};

const majorNeedsApproval: Rule = (record) => {
  const severity = choiceKeyOf(record, "severity", "severity");
  const status = choiceKeyOf(record, "status", "caseStatus");
  const approval = choiceKeyOf(record, "approval", "approvalStatus");
  if (severity !== "major" || status === null || status === undefined || status === "open") return [];
  if (approval === undefined) return [];
  const words = { severity: choiceWords("severity", "major") };
  if (approval === null) return [{ field: "approval", code: "validation.approvalRequired", localizedValues: words }];
  if (status !== "closed" || approval === "approved") return [];
  const approved = choiceWords("approvalStatus", "approved");
  return [{ field: "approval", code: "validation.approvalBeforeClosing", localizedValues: { ...words, approved } }];
};

// Survey returns ----------------------------------------------------------------------------------------------------

const ITEM_COLUMN = /^item_/;

const atLeastOneRating: Rule = (record) => {
  const items = record.columns.filter((column) => ITEM_COLUMN.test(column.key) && isEntered(column));
  if (items.length === 0 || items.some((column) => record.value(column.key) !== null)) return [];
  return [{ field: items[0].key, code: "validation.noRatings" }];
};

// Per table -------------------------------------------------------------------------------------------------------

/** Complaint steps that are done after the complaint was received. */
const COMPLAINT_DONE = ["notifiedAt", "replyDone", "proposalDone", "eightDDone", "closedAt", "followUpDone"];

const RULES: Partial<Record<TableKey, readonly Rule[]>> = {
  feedback: [notBefore("repliedAt", "receivedAt"), notBefore("closedAt", "receivedAt"), closedAtMatchesStatus],
  complaints: [
    notAfter("purchaseDate", "receivedAt"),
    ...COMPLAINT_DONE.map((done) => notBefore(done, "receivedAt")),
    closedAtMatchesStatus,
    majorNeedsApproval,
  ],
  reminders: [notBefore("answeredAt", "issuedAt")],
  surveyReturns: [atLeastOneRating],
};
