/**
 * Bulk work (imports, generated test data): many records appended in chunks under 4 MB, one round trip each, plus
 * one to read the table first. Ids are given up front, so a failed import can be retried with the same ids and the
 * rows that already landed are not added again.
 *
 * Each chunk is one operation (rows.add) carrying its rows' calculated formulas: Excel has no rollback, so a chunk
 * either landed whole or not at all, and its rows are right whether or not Excel's "fill formulas in tables" option
 * is on. The formulas make the requests larger (a survey return's five formulas are about 40 times its values), so
 * an import takes more chunks than with blank calculated cells.
 */
import { formatRecordId, nextRecordId, parseRecordId } from "../domain/records";
import { type TableKey, tableSpec } from "../domain/schema";
import type { WorkbookPlan } from "../domain/workbook-plan";
import { openRecordTable } from "./record-table";
import { chunkRows } from "./request-size";
import { type RecordValues, rowInputs } from "./table-layout";

export interface BulkRequest {
  readonly table: TableKey;
  readonly records: readonly RecordValues[];
  readonly year: number;
  /** The ids a failed attempt gave these records (BulkAppendFailedError.ids), in the same order. */
  readonly ids?: readonly string[];
}

export interface BulkProgress {
  readonly written: number;
  readonly total: number;
}

export class BulkAppendFailedError extends Error {
  override readonly name = "BulkAppendFailedError";

  constructor(
    /** Every record's id, to retry with. */
    readonly ids: readonly string[],
    /** How many records are known to be in the table. */
    readonly written: number,
    override readonly cause: unknown,
  ) {
    super(`The import stopped after ${written} of ${ids.length} records; retrying continues where it stopped.`);
  }
}

/** Ids for the records: the given ones, else the next free ones of the table's prefix and year. */
function allocateIds(prefix: string, year: number, count: number, existing: readonly unknown[]): string[] {
  const first = parseRecordId(nextRecordId(prefix, year, existing))?.serial ?? 1;
  return Array.from({ length: count }, (_, index) => formatRecordId(prefix, year, first + index));
}

export async function appendMany(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  request: BulkRequest,
  onProgress: (progress: BulkProgress) => void = () => undefined,
): Promise<{ readonly ids: readonly string[]; readonly added: number }> {
  const table = await openRecordTable(context, plan, request.table);
  const prefix = tableSpec(request.table).idPrefix ?? "ID";
  const ids = request.ids ?? allocateIds(prefix, request.year, request.records.length, table.ids);
  const present = new Set(table.ids.map((id) => String(id)));
  const pending = request.records
    .map((record, index) => ({ id: ids[index], record }))
    .filter(({ id }) => !present.has(id));
  const rows = pending.map(
    ({ id, record }) => rowInputs(table.layout, { ...record, id }) as (string | number | boolean)[],
  );
  const chunks = chunkRows(rows);
  let written = request.records.length - pending.length;
  onProgress({ written, total: request.records.length });
  for (const chunk of chunks) {
    table.table.rows.add(null as unknown as number, chunk);
    try {
      await context.sync();
    } catch (error) {
      throw new BulkAppendFailedError(ids, written, error);
    }
    written += chunk.length;
    onProgress({ written, total: request.records.length });
  }
  return { ids, added: pending.length };
}
