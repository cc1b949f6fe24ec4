/**
 * Reads record tables in chunks (responses stay small, and a long read can report progress): one round trip for
 * the headers and sizes, then one per chunk. Chunks of several tables share a round trip while they fit.
 */
import type { TableKey } from "../domain/schema";
import { type PlanValue, type WorkbookPlan, tablePlan } from "../domain/workbook-plan";
import { type TableLayout, layoutOf, recordOf } from "./table-layout";

/** About 100,000 cells per read: well under Excel on the web's 5 MB response limit for ordinary records. */
export const CELLS_PER_READ = 100_000;

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

/** Reads the data rows of the tables, one round trip per round of slices; the records come back per table. */
export async function readBodies(
  context: Excel.RequestContext,
  reads: readonly BodyRead[],
  onProgress: (read: number, total: number) => void = () => undefined,
): Promise<ReadRecord[][]> {
  const records: ReadRecord[][] = reads.map(() => []);
  const total = reads.reduce((sum, read) => sum + read.rowCount, 0);
  let done = 0;
  for (const round of readRounds(reads)) {
    const ranges = round.map((slice) => ({ slice, range: queueSlice(reads[slice.read].table, slice) }));
    await context.sync();
    for (const { slice, range } of ranges) {
      const { layout } = reads[slice.read];
      range.values.forEach((row) => records[slice.read].push(recordOf(layout, row)));
      done += slice.count;
    }
    onProgress(done, total);
  }
  return records;
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
