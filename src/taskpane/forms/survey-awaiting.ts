/** The survey forms sent and not yet returned, for the survey return form to choose from. */
import { awaitsReturn, returnedDispatchIds } from "../../domain/cases";
import type { ReadRecord } from "../../excel/read-records";

export interface AwaitingDispatch {
  readonly id: string;
  readonly customer: string;
  readonly period: string;
  /** An Excel serial; null when the sheet holds no date. */
  readonly sentAt: number | null;
}

function textOf(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/**
 * Dispatch rows no return names (by dispatch id), the longest-waiting first. `alsoReturned` are ids returned since
 * the rows were read (saved by this form), so that a saved return leaves the list without reading the workbook.
 */
export function awaitingDispatches(
  dispatches: readonly ReadRecord[],
  returns: readonly ReadRecord[],
  alsoReturned: ReadonlySet<string> = new Set(),
): AwaitingDispatch[] {
  const returned = returnedDispatchIds(returns, alsoReturned);
  return dispatches
    .filter((row) => awaitsReturn(row, returned))
    .map((row) => ({
      id: textOf(row.id),
      customer: textOf(row.customer),
      period: textOf(row.period),
      sentAt: typeof row.sentAt === "number" ? row.sentAt : null,
    }))
    .sort((a, b) => (a.sentAt ?? Infinity) - (b.sentAt ?? Infinity));
}
