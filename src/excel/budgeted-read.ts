/**
 * The one rule for reads that may be large. Excel on the web refuses a response over 5 MB
 * (ResponsePayloadSizeLimitExceeded) and a read of more than 5,000,000 cells
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * So a large read goes in rounds, one round trip each: the first of at most CELLS_PER_READ cells, each next one
 * budgeted in cells from the bytes the last one measured (long Chinese text is large) to stay under
 * READ_BUDGET_BYTES, and a round Excel refuses as too large is read again at half its cells (a read changes nothing,
 * so reading again is safe).
 */
import { READ_BUDGET_BYTES, rowBytes } from "./request-size";

/** About 100,000 cells per read: well under Excel on the web's 5 MB response limit for ordinary records. */
export const CELLS_PER_READ = 100_000;

const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

/** An Office.js error's code (OfficeExtension.Error.code), if it has one. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

/** Excel refused the response as larger than its limit: the same read in smaller pieces would go. */
export function isResponseTooLarge(error: unknown): boolean {
  return errorCode(error) === RESPONSE_TOO_LARGE;
}

/**
 * The cells the next round may read: as many as the bytes measured (`bytes` for `cells` cells) allow under
 * READ_BUDGET_BYTES, never more than CELLS_PER_READ; `budget` stays when nothing was measured.
 */
export function nextReadBudget(budget: number, cells: number, bytes: number): number {
  if (cells === 0 || bytes === 0) return budget;
  return Math.max(1, Math.min(CELLS_PER_READ, Math.floor((READ_BUDGET_BYTES * cells) / bytes)));
}

/** The bytes of loaded grids (values, formulas), measured as rowBytes measures requests. */
export function gridBytes(...grids: readonly (readonly (readonly unknown[])[])[]): number {
  return grids.reduce((sum, grid) => grid.reduce((rows, row) => rows + rowBytes(row), sum), 0);
}

/** A round of loads queued on the context, not yet synced. */
export interface QueuedRead {
  /** The cells it loads, counted as its budget counts them. */
  readonly cells: number;
  /** It loads a single row: refused, there is nothing smaller to read instead. */
  readonly single: boolean;
}

/**
 * One round of a budgeted read: `queue` queues the loads of at most `budget` cells (a single row may be more), and
 * the round is synced; a round Excel refuses as too large is queued again at half its cells, until a single row is
 * refused (that error, like any other, is thrown). Returns the round read and the budget for the next round, from
 * the bytes `measure` finds in what the round loaded.
 */
export async function syncReadRound<Round extends QueuedRead>(
  context: Excel.RequestContext,
  budget: number,
  queue: (budget: number) => Round,
  measure: (round: Round) => number,
): Promise<{ readonly round: Round; readonly nextBudget: number }> {
  for (;;) {
    const round = queue(budget);
    try {
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || round.single) throw error;
      budget = Math.max(1, Math.floor(round.cells / 2));
      continue;
    }
    return { round, nextBudget: nextReadBudget(budget, round.cells, measure(round)) };
  }
}
