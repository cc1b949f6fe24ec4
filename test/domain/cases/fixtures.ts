/** Rows as the Excel layer reads them back: labels in the workbook's language, stale calculated cells included. */
import type { CaseClock, CaseSources, LedgerRecord } from "../../../src/domain/cases";
import { serialOf } from "../../../src/domain/excel-date";
import type { Language } from "../../../src/domain/i18n/language";
import { type RecordInput, type RecordValidation, validateRecord } from "../../../src/domain/records";
import { TABLES, type TableSpec } from "../../../src/domain/schema";
import { DEFAULT_PLAN_SETTINGS } from "../../../src/domain/workbook-plan";

export const HOUR = 1 / 24;

/** A date-time serial. */
export function at(year: number, month: number, day: number, hours = 0, minutes = 0): number {
  return serialOf(year, month, day) + (hours * 60 + minutes) / 1440;
}

/** Friday 2026-11-20, 16:00: received before a weekend. */
export const FRIDAY_4PM = at(2026, 11, 20, 16);
export const MONDAY = serialOf(2026, 11, 23);

export function clockAt(now: number, holidays: readonly number[] = []): CaseClock {
  return { now, deadlines: DEFAULT_PLAN_SETTINGS.deadlines, holidays: new Set(holidays) };
}

export function sources(parts: Partial<CaseSources>): CaseSources {
  return { complaints: [], feedback: [], surveyDispatch: [], surveyReturns: [], ...parts };
}

/** The row of a valid record; fails the test with the errors otherwise. */
export function rowOf(result: RecordValidation) {
  if (!result.ok) throw new Error(`Expected a valid record, got ${JSON.stringify(result.errors)}`);
  return result.row;
}

/** What the table holds after a form saved `input` (choice keys become labels in the language), plus extra cells. */
function stored(table: TableSpec, input: RecordInput, language: Language, extra: LedgerRecord): LedgerRecord {
  return { ...extra, ...rowOf(validateRecord(table, input, { language })) };
}

/** Calculated cells that hold formula text or stale values: the cases must never read them. */
const STALE_COMPLAINT_CELLS: LedgerRecord = {
  notifyDue: '=IF([@[Received at]]="","",[@[Received at]]+30/1440)',
  replyDue: 1,
  proposalDue: "",
  eightDDue: 99_999,
  followUpDue: 1,
  onTime: true,
  overdue: false,
  reminderCount: 0,
};

/** A general service-quality complaint received on Friday 16:00, owned by engineering. */
export function complaint(
  input: RecordInput = {},
  options: { readonly id?: string; readonly language?: Language } = {},
): LedgerRecord {
  const base: RecordInput = {
    receivedAt: FRIDAY_4PM,
    channel: "phone",
    customer: "Hà Nội Motors",
    contact: "Ms Lan",
    phone: "0912 345 678",
    product: "Pump P-200",
    batchNo: "B-2611",
    contentClass: "serviceQuality",
    severity: "general",
    description: "Leaks after two days.",
    ownerDepartment: "engineering",
    status: "open",
  };
  const extra = { id: options.id ?? "CC-2026-0001", ...STALE_COMPLAINT_CELLS };
  return stored(TABLES.complaints, { ...base, ...input }, options.language ?? "en", extra);
}

/** A closed complaint whose effectiveness was checked: closed on Monday 2026-11-30 at 09:00. */
export const CLOSED_AT = at(2026, 11, 30, 9);

export function closedComplaint(input: RecordInput = {}, language: Language = "en"): LedgerRecord {
  const done = { notifiedAt: FRIDAY_4PM + HOUR / 4, replyDone: FRIDAY_4PM + 2 * HOUR, proposalDone: MONDAY + 0.5 };
  return complaint(
    { ...done, status: "closed", closedAt: CLOSED_AT, effectivenessChecked: "yes", ...input },
    { language },
  );
}

/** A feedback request received on Friday 16:00 by the sales department. */
export function feedback(
  input: RecordInput = {},
  options: { readonly id?: string; readonly language?: Language } = {},
): LedgerRecord {
  const base: RecordInput = {
    receivedAt: FRIDAY_4PM,
    channel: "email",
    customer: "Sài Gòn Trading",
    kind: "request",
    content: "Can you deliver by the 30th?",
    department: "sales",
    status: "open",
  };
  const extra = { id: options.id ?? "FB-2026-0001", replyDue: "#VALUE!" };
  return stored(TABLES.feedback, { ...base, ...input }, options.language ?? "en", extra);
}

/** A survey form sent on Friday 2026-11-20 at 10:00. */
export function dispatch(
  input: RecordInput = {},
  options: { readonly id?: string; readonly language?: Language } = {},
): LedgerRecord {
  const base: RecordInput = {
    period: "2026-Q4",
    customer: "Hà Nội Motors",
    instrument: "customer",
    sentAt: at(2026, 11, 20, 10),
  };
  const extra = { id: options.id ?? "SD-2026-0001", dueBack: 0, returnedAt: "", onTime: false };
  return stored(TABLES.surveyDispatch, { ...base, ...input }, options.language ?? "en", extra);
}

/** A returned form naming its dispatch. */
export function surveyReturn(dispatchId: string, id = "SR-2026-0001"): LedgerRecord {
  return { id, dispatchId, period: "2026-Q4", customer: "Hà Nội Motors", returnedAt: at(2026, 11, 24), total: 88 };
}
