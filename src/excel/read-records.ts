/**
 * Reads record tables in chunks (responses stay small, and a long read can report progress): one round trip for
 * the headers and sizes, then one per chunk. Chunks of several tables share a round trip while they fit.
 *
 * Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded) and a read of more than
 * 5,000,000 cells (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Cells are counted first; once a round has been read, the next ones are also budgeted in bytes from what the
 * rows measured (long Chinese text is large), and a refused round is read again in smaller pieces.
 */
import type { TableKey } from "../domain/schema";
import { type PlanValue, type WorkbookPlan, tablePlan } from "../domain/workbook-plan";
import { READ_BUDGET_BYTES, rowBytes } from "./request-size";
import { type TableLayout, layoutOf, recordOf } from "./table-layout";

/** About 100,000 cells per read: well under Excel on the web's 5 MB response limit for ordinary records. */
export const CELLS_PER_READ = 100_000;

const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

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
 * round is planned from where the last one stopped, within a cell budget that the bytes measured so far keep
 * under READ_BUDGET_BYTES; a round Excel refuses as too large is planned again at half its cells.
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
  for (;;) {
    const round = nextRound(reads, readSoFar, budget);
    if (round.length === 0) return records;
    const cells = roundCells(reads, round);
    const ranges = round.map((slice) => ({ slice, range: queueSlice(reads[slice.read].table, slice) }));
    try {
      await context.sync();
    } catch (error) {
      const single = round.length === 1 && round[0].count === 1;
      if (errorCode(error) !== RESPONSE_TOO_LARGE || single) throw error;
      budget = Math.max(1, Math.floor(cells / 2));
      continue;
    }
    let bytes = 0;
    for (const { slice, range } of ranges) {
      const { layout } = reads[slice.read];
      range.values.forEach((row) => {
        bytes += rowBytes(row);
        records[slice.read].push(recordOf(layout, row));
      });
      readSoFar[slice.read] += slice.count;
      done += slice.count;
    }
    budget = nextBudget(budget, cells, bytes);
    onProgress(done, total);
  }
}

/** The first round of what is left to read, its slices starting where the tables' reads stopped. */
function nextRound(reads: readonly BodyRead[], readSoFar: readonly number[], budget: number): RowSlice[] {
  const left = reads.map((read, index) => ({ ...read, rowCount: read.rowCount - readSoFar[index] }));
  const [round = []] = readRounds(left, budget);
  return round.map((slice) => ({ ...slice, start: slice.start + readSoFar[slice.read] }));
}

function roundCells(reads: readonly BodyRead[], round: readonly RowSlice[]): number {
  return round.reduce((sum, slice) => sum + slice.count * Math.max(1, reads[slice.read].columnCount), 0);
}

/** The cells the bytes measured allow under READ_BUDGET_BYTES, never more than CELLS_PER_READ. */
function nextBudget(budget: number, cells: number, bytes: number): number {
  if (cells === 0 || bytes === 0) return budget;
  const fit = Math.floor((READ_BUDGET_BYTES * cells) / bytes);
  return Math.max(1, Math.min(CELLS_PER_READ, fit));
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
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
