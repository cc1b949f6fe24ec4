/**
 * One submission, one row, two round trips: read the table (headers, ids, writability, the row just below it),
 * then write the row just below the table, which the table grows to include, and read the ids back.
 *
 * In a co-authored workbook rows.add causes merge conflicts; Microsoft recommends writing the values into the row
 * just below the table instead, which Excel's "Include new rows and columns in table" option makes part of it
 * (https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins#avoid-table-row-conflicts-in-coauthoring-scenarios).
 * Where that row holds the user's data, the row is added with rows.add (which moves that data down, intact); where
 * the table did not grow (the option is off), the written row is cleared and added with rows.add in one more round
 * trip.
 *
 * A failed save can be retried with the id it was given: if that row landed (in the table, or left just below it
 * with the option off), it is recognised and not added again. Two people saving at once may get the same id: the
 * row further down takes the next free id, so an id someone saw first never changes.
 */
import { nextRecordId, parseRecordId } from "../domain/records";
import { type TableKey, tableSpec } from "../domain/schema";
import type { WorkbookPlan } from "../domain/workbook-plan";
import { queueIssuedIds } from "./issued-ids";
import { type RecordTable, assertPlaced, idColumnOf, openRecordTable, queueIdsOf } from "./record-table";
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

const blank = (value: unknown) => value === null || value === undefined || value === "";

function sameValue(written: unknown, read: unknown): boolean {
  if (blank(written) || blank(read)) return blank(written) && blank(read);
  if (typeof written === "number" && typeof read === "number") return Math.abs(written - read) < 1e-9;
  return written === read;
}

/** Whether a row read back holds this record (every entered column equal). */
export function holdsRecord(table: RecordTable, cells: readonly unknown[], record: RecordValues): boolean {
  const read = recordOf(table.layout, cells);
  return Object.keys(record).every((key) => positionOf(table.layout, key) < 0 || sameValue(record[key], read[key]));
}

type Row = (string | number | boolean | null)[];

function idsFrom(range: Excel.Range): unknown[] {
  return range.values.slice(1).map((row) => row[0]);
}

/** The positions of rows whose id appeared in an earlier row: the later of two rows with one id. */
function laterDuplicates(ids: readonly unknown[]): number[] {
  return ids.flatMap((id, index) => (!blank(id) && ids.indexOf(id) < index ? [index] : []));
}

function renumberedId(id: string, ids: readonly unknown[]): string {
  const parsed = parseRecordId(id);
  if (!parsed) throw new Error(`${id} is not a record id.`);
  return nextRecordId(parsed.prefix, parsed.year, ids);
}

/** Queues the write of a row's id (the cell of the id column in data row `index`). */
function queueIdWrite(table: RecordTable, index: number, id: string): void {
  table.table.getDataBodyRange().getCell(index, idColumnOf(table)).values = [[id]];
}

/**
 * A previous attempt at this submission that landed in the table: a row with its id holding the record, or a later
 * row of two with one id holding it (the attempt's renumbering did not land). It keeps the attempt's id when that is
 * free, else takes the next free one. One round trip to read the candidate rows, one more to renumber.
 */
async function landedAttempt(
  context: Excel.RequestContext,
  table: RecordTable,
  previous: string,
  record: RecordValues,
): Promise<AppendResult | undefined> {
  const { ids } = table;
  const withId = ids.flatMap((id, index) => (id === previous ? [index] : []));
  const candidates = withId.length > 0 ? withId : laterDuplicates(ids);
  if (candidates.length === 0) return undefined;
  const rows = candidates.map((index) => ({
    index,
    range: table.table.getDataBodyRange().getRow(index).load("values"),
  }));
  try {
    await context.sync();
  } catch (error) {
    throw new AppendFailedError(previous, error);
  }
  const ours = rows.filter(({ range }) => holdsRecord(table, range.values[0], record)).map(({ index }) => index);
  const mine = ours[ours.length - 1];
  if (mine === undefined) return undefined;
  if (ids[mine] === previous && ids.indexOf(previous) === mine)
    return { id: previous, rowIndex: mine, alreadySaved: true };
  const id = ids.includes(previous) ? renumberedId(previous, ids) : previous;
  queueIdWrite(table, mine, id);
  try {
    await context.sync();
  } catch (error) {
    throw new AppendFailedError(id, error);
  }
  return { id, rowIndex: mine, alreadySaved: true };
}

/**
 * Adds the row with rows.add, clearing first what an earlier write of it left just below the table (`stray`), and
 * reads the ids back: one round trip. Returns the ids after it.
 */
async function addWithRowsAdd(
  context: Excel.RequestContext,
  table: RecordTable,
  id: string,
  row: Row,
  stray: boolean,
): Promise<unknown[]> {
  if (stray) table.table.getRange().getRowsBelow(1).clear("Contents");
  table.table.rows.add(null as unknown as number, [row as (string | number | boolean)[]]);
  const idsAfter = queueIdsOf(table);
  try {
    await context.sync();
  } catch (error) {
    throw new AppendFailedError(id, error);
  }
  return idsFrom(idsAfter);
}

export async function appendRecord(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  request: AppendRequest,
): Promise<AppendResult> {
  const issued = queueIssuedIds(context, request.table); // read in the table's round trip
  const table = await openRecordTable(context, plan, request.table, { rowsBelow: 1 });
  assertPlaced(table, request.record);
  const carriesIds = tableSpec(request.table).idPrefix !== undefined;
  const previous = request.previousAttemptId;
  if (previous !== undefined && carriesIds) {
    const landed = await landedAttempt(context, table, previous, request.record);
    if (landed) return landed;
  }

  // A row that reached the workbook after its writer had checked it (a co-author's, late) may share an id with an
  // earlier row: the later one takes the next free id, in this save's write round trip. Ids taken back (an undone
  // save, see undo-last-save.ts) count as given.
  const known: unknown[] = [...table.ids, ...issued.ids()];
  for (const index of carriesIds ? laterDuplicates(table.ids) : []) {
    const duplicate = table.ids[index];
    if (typeof duplicate !== "string" || !parseRecordId(duplicate)) continue;
    const fresh = renumberedId(duplicate, known);
    known.push(fresh);
    queueIdWrite(table, index, fresh);
  }
  const prefix = tableSpec(request.table).idPrefix ?? "ID";
  const id = nextRecordId(prefix, request.year, known);
  // Cells of the user's own columns are null, which Office.js leaves as they are.
  const row = rowInputs(table.layout, { ...request.record, id });
  const idColumn = idColumnOf(table);
  const below = table.below[0] ?? [];
  // An attempt of this submission left just below the table (the table did not grow): cleared, then added.
  const stray =
    carriesIds && previous !== undefined && below[idColumn] === previous && holdsRecord(table, below, request.record);
  const settle = (ids: readonly unknown[]) =>
    carriesIds
      ? settleCollision(context, table, id, ids, ids.length - 1)
      : { id, rowIndex: ids.length - 1, alreadySaved: false };
  if (stray || below.some((cell) => !blank(cell))) {
    // The user's data is there: rows.add moves it down, intact.
    return settle(await addWithRowsAdd(context, table, id, row, stray));
  }

  table.table.getRange().getRowsBelow(1).values = [row];
  const idsAfter = queueIdsOf(table);
  const stillBelow = table.table.getRange().getRowsBelow(1).load("values");
  try {
    await context.sync();
  } catch (error) {
    throw new AppendFailedError(id, error);
  }
  let ids = idsFrom(idsAfter);
  // The whole row is compared: a settings table (holidays) has no id column to tell its row by.
  const left = holdsRecord(table, stillBelow.values[0], { ...request.record, id });
  if (left || (carriesIds && ids[ids.length - 1] !== id)) {
    // The table did not grow over the row ("Include new rows and columns in table" is off): one more round trip.
    ids = await addWithRowsAdd(context, table, id, row, left);
  }
  return settle(ids);
}

/**
 * Two people saved at the same moment and got the same id: the row further down takes the next free id. Our row
 * is the table's last right after our write (a co-author's rows that reach the workbook in the same round trip are
 * applied before it), so a row above it with the same id was there first and keeps it: an id someone already saw
 * never changes. A co-author's row that arrives below ours later is theirs to renumber. One round trip, only then.
 */
async function settleCollision(
  context: Excel.RequestContext,
  table: RecordTable,
  id: string,
  ids: readonly unknown[],
  mine: number,
): Promise<AppendResult> {
  if (ids.indexOf(id) === mine) return { id, rowIndex: mine, alreadySaved: false };
  const renumbered = renumberedId(id, ids);
  queueIdWrite(table, mine, renumbered);
  try {
    await context.sync();
  } catch (error) {
    throw new AppendFailedError(renumbered, error);
  }
  return { id: renumbered, rowIndex: mine, alreadySaved: false };
}
