/**
 * Bulk work (imports, generated test data): many records appended in chunks under 4 MB, one round trip each, plus
 * one to read the table first. Ids are given up front, so a failed import can be retried with the same ids and the
 * rows that already landed are not added again.
 *
 * Each chunk is one write carrying its rows' calculated formulas: Excel has no rollback, so a chunk either landed
 * whole or not at all, and its rows are right whether or not Excel's "fill formulas in tables" option is on. The
 * formulas make the requests larger (a survey return's five formulas are about 40 times its values), so an import
 * takes more chunks than with blank calculated cells.
 *
 * As for one record (see append-record.ts), a chunk is written into the rows just below the table, which the table
 * grows over, not with rows.add, which causes merge conflicts in co-authored workbooks
 * (https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins#avoid-table-row-conflicts-in-coauthoring-scenarios).
 * Each round trip also reads the rows below for the next chunk. Where the user has data there, the chunk goes with
 * rows.add (which moves the data down, intact); where the table did not grow ("Include new rows and columns in
 * table" is off), the chunk is cleared and added with rows.add in one more round trip, and the chunks after it go
 * with rows.add.
 */
import { formatRecordId, nextRecordId, parseRecordId } from "../domain/records";
import { type TableKey, tableSpec } from "../domain/schema";
import { type WorkbookPlan, tablePlan } from "../domain/workbook-plan";
import { queueIssuedIds } from "./issued-ids";
import { assertPlaced, idColumnOf, openRecordTable } from "./record-table";
import { READ_BUDGET_BYTES, chunkRows } from "./request-size";
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

type Row = (string | number | boolean)[];

const blank = (value: unknown) => value === null || value === undefined || value === "";

export async function appendMany(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  request: BulkRequest,
  onProgress: (progress: BulkProgress) => void = () => undefined,
): Promise<{ readonly ids: readonly string[]; readonly added: number; readonly rowIndexes: readonly number[] }> {
  const prefix = tableSpec(request.table).idPrefix ?? "ID";
  // The first chunk's size is known only after the read; the rows below are read for as many rows as records, at
  // most as many as keep the response (about 3 bytes an empty cell) under the read budget.
  const columns = tablePlan(plan, request.table).columns.length;
  const rowsBelow = Math.max(1, Math.min(request.records.length, Math.floor(READ_BUDGET_BYTES / (4 * columns))));
  const issued = queueIssuedIds(context, request.table); // read in the table's round trip
  const table = await openRecordTable(context, plan, request.table, { rowsBelow });
  for (const record of request.records) assertPlaced(table, record);
  // Ids taken back (an undone save, see undo-last-save.ts) count as given.
  const given = [...table.ids, ...issued.ids()];
  const ids = request.ids ?? allocateIds(prefix, request.year, request.records.length, given);
  const present = new Set(table.ids.map((id) => String(id)));
  const pending = request.records
    .map((record, index) => ({ id: ids[index], record }))
    .filter(({ id }) => !present.has(id));
  const rows = pending.map(({ id, record }) => rowInputs(table.layout, { ...record, id }) as Row);
  const chunks = chunkRows(rows);
  const idColumn = idColumnOf(table);
  let written = request.records.length - pending.length;
  onProgress({ written, total: request.records.length });

  const sync = async () => {
    try {
      await context.sync();
    } catch (error) {
      throw new BulkAppendFailedError(ids, written, error);
    }
  };
  const queueBelow = (count: number) => table.table.getRange().getRowsBelow(count).load("formulas");
  /**
   * rows.add, clearing first the chunk an earlier write left just below the table, and reading the `next` rows
   * below for the next chunk: one round trip.
   */
  const addWithRowsAdd = async (chunk: Row[], clearBelow: boolean, next: number) => {
    if (clearBelow) table.table.getRange().getRowsBelow(chunk.length).clear("Contents");
    table.table.rows.add(null as unknown as number, chunk);
    const nextBelow = next > 0 ? queueBelow(next) : undefined;
    await sync();
    return nextBelow;
  };

  let below: readonly (readonly unknown[])[] = table.below;
  let grows = true;
  for (const [index, chunk] of chunks.entries()) {
    const next = chunks[index + 1]?.length ?? 0;
    const block = below.slice(0, chunk.length);
    const whole = block.length === chunk.length;
    // This chunk, left just below the table by an attempt whose table did not grow: cleared, then added.
    const stray = index === 0 && whole && block.every((row, r) => row[idColumn] === chunk[r][idColumn]);
    const free = grows && !stray && whole && block.every((row) => row.every(blank));
    let nextBelow: Excel.Range | undefined;
    if (free) {
      table.table.getRange().getRowsBelow(chunk.length).values = chunk;
      const left = table.table.getRange().getRowsBelow(1).getCell(0, idColumn).load("values");
      nextBelow = next > 0 ? queueBelow(next) : undefined;
      await sync();
      if (left.values[0][0] === chunk[0][idColumn]) {
        // The table did not grow over the chunk: one more round trip, and rows.add for the chunks after it.
        grows = false;
        await addWithRowsAdd(chunk, true, 0);
      }
    } else {
      nextBelow = await addWithRowsAdd(chunk, stray, grows ? next : 0);
    }
    below = nextBelow?.formulas ?? [];
    written += chunk.length;
    onProgress({ written, total: request.records.length });
  }
  // Where each record is (what Undo needs to find them again): the new ones at the table's end in their order, as
  // read before the writes; a co-author's rows added meanwhile make Undo refuse them as moved, never delete others.
  const newAt = new Map(pending.map(({ id }, index) => [id, table.ids.length + index]));
  const rowIndexes = ids.map((id) => newAt.get(id) ?? table.ids.findIndex((cell) => String(cell) === id));
  return { ids, added: pending.length, rowIndexes };
}
