/**
 * Reads a record table in chunks (responses stay small, and a long read can report progress): one round trip for
 * the headers and size, then one per chunk.
 */
import type { TableKey } from "../domain/schema";
import { type PlanValue, type WorkbookPlan, tablePlan } from "../domain/workbook-plan";
import { layoutOf, recordOf } from "./table-layout";

/** About 100,000 cells per read: well under Excel on the web's 5 MB response limit for ordinary records. */
const CELLS_PER_READ = 100_000;

export type ReadRecord = { readonly [columnKey: string]: PlanValue };

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
  const total = size.rowCount - 1;
  const rowsPerRead = Math.max(1, Math.floor(CELLS_PER_READ / Math.max(1, size.columnCount)));
  const records: ReadRecord[] = [];
  for (let start = 0; start < total; start += rowsPerRead) {
    const count = Math.min(rowsPerRead, total - start);
    const chunk = table
      .getDataBodyRange()
      .getRow(start)
      .getResizedRange(count - 1, 0)
      .load("values");
    await context.sync();
    chunk.values.forEach((row) => records.push(recordOf(layout, row)));
    onProgress(records.length, total);
  }
  return records;
}
