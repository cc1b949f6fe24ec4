/**
 * Reads record tables in chunks (responses stay small, and a long read can report progress): one round trip for
 * the headers and sizes, then one per chunk. Chunks of several tables share a round trip while they fit.
 *
 * Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded) and a read of more than
 * 5,000,000 cells (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Cells are counted first; once a round has been read, the next ones are also budgeted in bytes from what the
 * rows measured (long Chinese text is large), and a refused round is read again in smaller pieces: the rule of
 * budgeted-read.ts.
 */
import type { TableKey } from "../domain/schema";
import { type PlanValue, type WorkbookPlan, tablePlan } from "../domain/workbook-plan";
import { CELLS_PER_READ, type QueuedRead, gridBytes, syncReadRound } from "./budgeted-read";
import { type TableLayout, layoutOf, recordOf } from "./table-layout";

export { CELLS_PER_READ } from "./budgeted-read";

export type ReadRecord = { readonly [columnKey: string]: PlanValue };

/** A table whose data rows are to be read: its header and size were read already. */
export interface BodyRead {
  readonly table: Excel.Table;
  readonly layout: TableLayout;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Rows `start`…`start + count - 1` of the `read`-th table. */
export interface RowSlice {
  readonly read: number;
  readonly start: number;
  readonly count: number;
}

/**
 * The tables' rows cut into slices, grouped into round trips of at most `budget` cells each, in table order. A row
 * wider than the budget still goes, alone.
 */
export function readRounds(
  sizes: readonly { readonly rowCount: number; readonly columnCount: number }[],
  budget = CELLS_PER_READ,
): RowSlice[][] {
  const rounds: RowSlice[][] = [];
  let round: RowSlice[] = [];
  let left = budget;
  sizes.forEach(({ rowCount, columnCount }, read) => {
    const width = Math.max(1, columnCount);
    for (let start = 0; start < rowCount;) {
      let count = Math.min(rowCount - start, Math.max(0, Math.floor(left / width)));
      if (count === 0 && round.length > 0) {
        rounds.push(round);
        [round, left] = [[], budget];
        continue;
      }
      count = Math.max(count, 1);
      round.push({ read, start, count });
      left -= count * width;
      start += count;
    }
  });
  if (round.length > 0) rounds.push(round);
  return rounds;
}

/**
 * Reads the data rows of the tables, one round trip per round of slices; the records come back per table. Each
 * round is planned from where the last one stopped, within the budget of budgeted-read.ts (cells, kept under
 * READ_BUDGET_BYTES by the bytes measured so far; a round Excel refuses as too large goes again at half its cells).
 */
export async function readBodies(
  context: Excel.RequestContext,
  reads: readonly BodyRead[],
  onProgress: (read: number, total: number) => void = () => undefined,
): Promise<ReadRecord[][]> {
  const records: ReadRecord[][] = reads.map(() => []);
  const total = reads.reduce((sum, read) => sum + read.rowCount, 0);
  const readSoFar = reads.map(() => 0);
  let [done, budget] = [0, CELLS_PER_READ];
  while (reads.some((read, index) => readSoFar[index] < read.rowCount)) {
    const { round, nextBudget } = await syncReadRound(
      context,
      budget,
      (cells) => queueRound(reads, readSoFar, cells),
      ({ ranges }) => gridBytes(...ranges.map(({ range }) => range.values)),
    );
    for (const { slice, range } of round.ranges) {
      const { layout } = reads[slice.read];
      range.values.forEach((row) => records[slice.read].push(recordOf(layout, row)));
      readSoFar[slice.read] += slice.count;
      done += slice.count;
    }
    budget = nextBudget;
    onProgress(done, total);
  }
  return records;
}

/** The next round's slices, queued: `budget` cells from where the tables' reads stopped. */
function queueRound(reads: readonly BodyRead[], readSoFar: readonly number[], budget: number) {
  const round = nextRound(reads, readSoFar, budget);
  return {
    ...round,
    ranges: round.slices.map((slice) => ({ slice, range: queueSlice(reads[slice.read].table, slice) })),
  };
}

/** A round of slices planned within a budget, its cells counted as syncReadRound (budgeted-read.ts) needs. */
export interface PlannedRound extends QueuedRead {
  readonly slices: readonly RowSlice[];
}

/**
 * The first round of what is left of the reads, within `budget` cells: its slices start where each read stopped
 * (`readSoFar` rows of it), from its first row.
 */
export function nextRound(
  sizes: readonly { readonly rowCount: number; readonly columnCount: number }[],
  readSoFar: readonly number[],
  budget: number,
): PlannedRound {
  const left = sizes.map((size, index) => ({ ...size, rowCount: size.rowCount - readSoFar[index] }));
  const [round = []] = readRounds(left, budget);
  return {
    slices: round.map((slice) => ({ ...slice, start: slice.start + readSoFar[slice.read] })),
    cells: round.reduce((sum, slice) => sum + slice.count * Math.max(1, sizes[slice.read].columnCount), 0),
    single: round.length === 1 && round[0].count === 1,
  };
}

function queueSlice(table: Excel.Table, slice: RowSlice): Excel.Range {
  return table
    .getDataBodyRange()
    .getRow(slice.start)
    .getResizedRange(slice.count - 1, 0)
    .load("values");
}

export async function readRecords(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  key: TableKey,
  onProgress: (read: number, total: number) => void = () => undefined,
): Promise<ReadRecord[]> {
  const planned = tablePlan(plan, key);
  const table = context.workbook.tables.getItem(planned.name);
  const header = table.getHeaderRowRange().load("values");
  const size = table.getRange().load("rowCount,columnCount");
  await context.sync();
  const layout = layoutOf(planned, header.values[0]);
  const read = { table, layout, rowCount: size.rowCount - 1, columnCount: size.columnCount };
  const [records] = await readBodies(context, [read], onProgress);
  return records;
}
