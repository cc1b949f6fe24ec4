/**
 * One submission, one row, two round trips: read the table (headers, ids, writability), then add the row and read
 * the ids back. A failed save can be retried with the id it was given: if that row landed, it is recognised and
 * not added again.
 */
import { nextRecordId, parseRecordId } from "../domain/records";
import { type TableKey, tableSpec } from "../domain/schema";
import type { WorkbookPlan } from "../domain/workbook-plan";
import { type RecordTable, openRecordTable, queueIdsOf } from "./record-table";
import { type RecordValues, positionOf, recordOf, rowInputs } from "./table-layout";

export interface AppendRequest {
  readonly table: TableKey;
  /** The validated record by column key, without its id. */
  readonly record: RecordValues;
  /** The id's year: of the received date, else of today. */
  readonly year: number;
  /** The id a failed attempt at this same submission was given (AppendFailedError.attemptedId). */
  readonly previousAttemptId?: string;
}

export interface AppendResult {
  readonly id: string;
  /** The row's position in the table's data (0-based), when it was written. */
  readonly rowIndex: number;
  /** A previous attempt had landed after all: nothing was added this time. */
  readonly alreadySaved: boolean;
}

/** The row may or may not have been written (the connection failed): retry with `attemptedId`. */
export class AppendFailedError extends Error {
  override readonly name = "AppendFailedError";

  constructor(
    readonly attemptedId: string,
    override readonly cause: unknown,
  ) {
    super(`Saving ${attemptedId} did not complete: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

function sameValue(written: unknown, read: unknown): boolean {
  const blank = (value: unknown) => value === null || value === undefined || value === "";
  if (blank(written) || blank(read)) return blank(written) && blank(read);
  if (typeof written === "number" && typeof read === "number") return Math.abs(written - read) < 1e-9;
  return written === read;
}

/** Whether a row read back holds this record (every entered column equal). */
export function holdsRecord(table: RecordTable, cells: readonly unknown[], record: RecordValues): boolean {
  const read = recordOf(table.layout, cells);
  return Object.keys(record).every((key) => positionOf(table.layout, key) < 0 || sameValue(record[key], read[key]));
}

async function rowAt(context: Excel.RequestContext, table: RecordTable, index: number): Promise<unknown[]> {
  const row = table.table.getDataBodyRange().getRow(index).load("values");
  await context.sync();
  return row.values[0];
}

function idsFrom(range: Excel.Range): unknown[] {
  return range.values.slice(1).map((row) => row[0]);
}

export async function appendRecord(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  request: AppendRequest,
): Promise<AppendResult> {
  const table = await openRecordTable(context, plan, request.table);
  const previous = request.previousAttemptId;
  const landedAt = previous === undefined ? -1 : table.ids.findIndex((id) => id === previous);
  if (previous !== undefined && landedAt >= 0) {
    const cells = await rowAt(context, table, landedAt);
    if (holdsRecord(table, cells, request.record)) return { id: previous, rowIndex: landedAt, alreadySaved: true };
  }

  const prefix = tableSpec(request.table).idPrefix ?? "ID";
  const id = nextRecordId(prefix, request.year, table.ids);
  // Cells of the user's own columns are null, which Office.js leaves as they are.
  const row = rowInputs(table.layout, { ...request.record, id }) as (string | number | boolean)[];
  table.table.rows.add(null as unknown as number, [row]);
  const idsAfter = queueIdsOf(table);
  try {
    await context.sync();
  } catch (error) {
    throw new AppendFailedError(id, error);
  }
  return settleCollision(context, table, request.record, id, idsFrom(idsAfter));
}

/**
 * Two people saved at the same moment and got the same id: the row that came second takes the next free id.
 * The first row keeps its id, so an id someone already saw never changes.
 */
async function settleCollision(
  context: Excel.RequestContext,
  table: RecordTable,
  record: RecordValues,
  id: string,
  ids: readonly unknown[],
): Promise<AppendResult> {
  const positions = ids.flatMap((candidate, index) => (candidate === id ? [index] : []));
  if (positions.length <= 1) return { id, rowIndex: positions[0] ?? ids.length - 1, alreadySaved: false };
  const rows = positions.map((index) => ({
    index,
    range: table.table.getDataBodyRange().getRow(index).load("values"),
  }));
  await context.sync();
  const ours = rows.filter(({ range }) => holdsRecord(table, range.values[0], record)).map(({ index }) => index);
  const mine = ours[ours.length - 1] ?? positions[positions.length - 1];
  if (mine === positions[0]) return { id, rowIndex: mine, alreadySaved: false };
  const parsed = parseRecordId(id);
  if (!parsed) throw new Error(`${id} is not a record id.`);
  const renumbered = nextRecordId(parsed.prefix, parsed.year, ids);
  const idColumn = positionOf(table.layout, table.plan.columns[0].key);
  table.table.getDataBodyRange().getCell(mine, idColumn).values = [[renumbered]];
  await context.sync();
  return { id: renumbered, rowIndex: mine, alreadySaved: false };
}
