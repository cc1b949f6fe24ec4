/**
 * Every record of every ledger as one list the Records screen searches: open or closed, each with the facts its
 * filters need (kind, customer, status, the date its period is counted from) and the text a search looks through.
 */
import { type LedgerRecord, choiceOf, dateIn } from "../cases/ledger-record";
import { isBlank } from "../cell-value";
import { LANGUAGES } from "../i18n/language";
import { choiceLabel } from "../schema";

/** The ledgers the Records screen lists, in the workbook's order. */
export const RECORD_KINDS = [
  "customers",
  "feedback",
  "complaints",
  "reminders",
  "surveyDispatch",
  "surveyReturns",
  "actions",
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The rows of each ledger, in row order, as the Excel layer reads them. */
export type RecordSources = { readonly [kind in RecordKind]?: readonly LedgerRecord[] };

/** The column whose date places a record in a period: when it was received, issued, sent or returned. */
export const DATE_COLUMN: { readonly [kind in RecordKind]: string } = {
  customers: "since",
  feedback: "receivedAt",
  complaints: "receivedAt",
  reminders: "issuedAt",
  surveyDispatch: "sentAt",
  surveyReturns: "returnedAt",
  actions: "raisedAt",
};

/**
 * Where a corrective action stands, as the Records screen filters it: open; done with its effectiveness check not
 * recorded yet; or the check recorded (004 §5.7.4: 改善措施下期确认), confirmed or not.
 */
export const ACTION_STATES = ["actionOpen", "actionDone", "effective", "notEffective"] as const;
export type ActionState = (typeof ACTION_STATES)[number];

/** An action's state from its own cells: a recorded check first, then its status (blank or unknown: open). */
export function actionState(record: LedgerRecord): ActionState {
  const checked = choiceOf(record, "effectiveness", "actionEffectiveness");
  if (checked === "effective" || checked === "notEffective") return checked;
  return choiceOf(record, "status", "actionStatus") === "done" ? "actionDone" : "actionOpen";
}

export interface RecordEntry {
  readonly kind: RecordKind;
  /** Unique in the list: the kind and the row's position (ids may repeat or be blank in a sheet). */
  readonly key: string;
  /** The record's id as the sheet holds it, trimmed ("" when blank). */
  readonly id: string;
  /** The row's position in its table's data (0-based) when it was read. */
  readonly row: number;
  /** The customer's name: the record's own, a customer's name, a reminder slip's complaint's. */
  readonly customer: string;
  /** caseStatus key (feedback and complaints), ActionState (corrective actions), else null. */
  readonly status: string | null;
  /** Excel serial of DATE_COLUMN, or null. */
  readonly date: number | null;
  readonly record: LedgerRecord;
  /** Every text the record holds, one per line: what a search looks through. */
  readonly text: string;
}

/** Ids compare as people retype them: trimmed, in any case. */
export function idKey(value: unknown): string {
  return text(value).toUpperCase();
}

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

function searchText(record: LedgerRecord, extra: readonly string[]): string {
  const words = Object.values(record).filter((value): value is string => typeof value === "string");
  return [...words, ...extra]
    .map((word) => word.trim())
    .filter(Boolean)
    .join("\n");
}

function customerOf(kind: RecordKind, record: LedgerRecord, complaintCustomers: ReadonlyMap<string, string>): string {
  if (kind === "customers") return text(record.name);
  if (kind === "reminders") return complaintCustomers.get(idKey(record.recordId)) ?? "";
  return text(record.customer);
}

function statusOf(kind: RecordKind, record: LedgerRecord): string | null {
  if (kind === "feedback" || kind === "complaints") return choiceOf(record, "status", "caseStatus");
  return kind === "actions" ? actionState(record) : null;
}

/**
 * What a search finds a record by beyond its own cells: a reminder slip by its complaint's customer; an action by
 * its kind in every language (its cell holds one), so "改善报告" or "root-cause" finds it whatever the sheet speaks.
 */
function extraText(kind: RecordKind, record: LedgerRecord, customer: string): string[] {
  if (kind === "reminders") return [customer];
  if (kind !== "actions") return [];
  const action = choiceOf(record, "kind", "actionKind");
  return action === null ? [] : LANGUAGES.map((language) => choiceLabel("actionKind", action, language));
}

/** The records of the ledgers, every kind in RECORD_KINDS order and each in row order; blank rows left out. */
export function recordEntries(sources: RecordSources): RecordEntry[] {
  const complaintCustomers = new Map(
    (sources.complaints ?? []).map((record) => [idKey(record.id), text(record.customer)] as const),
  );
  return RECORD_KINDS.flatMap((kind) =>
    (sources[kind] ?? []).flatMap((record, row): RecordEntry[] => {
      if (Object.values(record).every((value) => isBlank(value))) return [];
      const customer = customerOf(kind, record, complaintCustomers);
      return [
        {
          kind,
          key: `${kind}:${row}`,
          id: text(record.id),
          row,
          customer,
          status: statusOf(kind, record),
          date: dateIn(record, DATE_COLUMN[kind]),
          record,
          text: searchText(record, extraText(kind, record, customer)),
        },
      ];
    }),
  );
}
