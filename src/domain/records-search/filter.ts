/** Narrowing the list of every record by search text, kind, customer, status and period, and what each offers. */
import { choiceList } from "../schema";
import { periodOf } from "../period";
import { ACTION_STATES, type RecordEntry, type RecordKind, RECORD_KINDS } from "./entries";
import { queryMatcher } from "./match";

/** Periods are counted by quarter ("2026-Q3") or by month ("2026-07"). */
export type RecordGrain = "Q" | "M";

/** A field left out (or "") lets every record through. */
export interface RecordFilter {
  readonly query?: string;
  readonly kind?: RecordKind;
  /** The customer's name, exactly as listed. */
  readonly customer?: string;
  /** caseStatus key or ActionState. */
  readonly status?: string;
  readonly grain?: RecordGrain;
  /** A period label of `grain` ("2026-Q3", "2026-07"). */
  readonly period?: string;
}

/** The period of a record's date, or null when it has none (or one no period can be counted from). */
export function periodOfEntry(entry: RecordEntry, grain: RecordGrain): string | null {
  if (entry.date === null) return null;
  try {
    return periodOf(entry.date, grain);
  } catch {
    return null;
  }
}

const given = (value: string | undefined): value is string => value !== undefined && value !== "";

/** The records that pass the filter, newest first (by their date; undated ones last, later rows first). */
export function filterRecords(entries: readonly RecordEntry[], filter: RecordFilter): RecordEntry[] {
  const grain = filter.grain ?? "Q";
  const matches = queryMatcher(filter.query ?? "");
  const shown = entries.filter(
    (entry) =>
      (!given(filter.kind) || entry.kind === filter.kind) &&
      (!given(filter.customer) || entry.customer === filter.customer) &&
      (!given(filter.status) || entry.status === filter.status) &&
      (!given(filter.period) || periodOfEntry(entry, grain) === filter.period) &&
      (!given(filter.query) || matches(entry.text)),
  );
  return shown.sort(newestFirst);
}

function newestFirst(a: RecordEntry, b: RecordEntry): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return b.date - a.date;
  }
  if (a.kind !== b.kind) return RECORD_KINDS.indexOf(a.kind) - RECORD_KINDS.indexOf(b.kind);
  return b.row - a.row;
}

export interface RecordFilterOptions {
  readonly kinds: readonly RecordKind[];
  /** Customers' names, in the order of the language's collation. */
  readonly customers: readonly string[];
  /** caseStatus keys in the list's order, then the ActionStates. */
  readonly statuses: readonly string[];
  /** Period labels of the grain, newest first. */
  readonly periods: readonly string[];
}

/** The values some record has, for each filter to offer. */
export function recordFilterOptions(entries: readonly RecordEntry[], grain: RecordGrain): RecordFilterOptions {
  const kinds = new Set(entries.map((entry) => entry.kind));
  const statuses = new Set(entries.map((entry) => entry.status));
  const periods = new Set(entries.map((entry) => periodOfEntry(entry, grain)));
  periods.delete(null);
  const customers = [...new Set(entries.map((entry) => entry.customer).filter(Boolean))];
  return {
    kinds: RECORD_KINDS.filter((kind) => kinds.has(kind)),
    customers: customers.sort((a, b) => a.localeCompare(b)),
    statuses: [...choiceList("caseStatus").choices.map((choice) => choice.key), ...ACTION_STATES].filter((key) =>
      statuses.has(key),
    ),
    periods: [...periods].filter((period): period is string => period !== null).sort((a, b) => b.localeCompare(a)),
  };
}
