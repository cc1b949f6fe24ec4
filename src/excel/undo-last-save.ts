/**
 * Takes back the last save: deletes the rows it added, only if nobody changed them since, in two round trips.
 * A save is one row (a record form) or several (a survey dispatch to several customers); several are undone all
 * or nothing.
 *
 * 1. The table as every write opens it (headers, ids, whether it can be written), the rows where the save put them
 *    (or the table's last row), and the table's taken-back ids. Each row must still hold its id where it was
 *    saved, and every cell what the save wrote: the saved values in the form's columns, the planned formula in
 *    calculated columns, nothing in the user's own columns. If one row moved, changed or is gone, the undo is
 *    refused with that row's id and nothing is deleted.
 * 2. The ids are added to the taken-back ids (a hidden name: issued-ids.ts), then the rows are read and deleted.
 *
 * The ids are kept first: Excel has no rollback, so a batch that stops midway must leave the workbook safe.
 * Stopped after the name, the rows are still there and the name only repeats ids in use; a delete never lands
 * without the name, so the next save (which counts the taken-back ids, see append-record.ts) never gets an undone id.
 *
 * Rows are deleted from the bottom up, so the indices of the rows still to delete stay valid, and a run of
 * contiguous rows goes in one delete of its range with the cells below shifted up: Range.delete with
 * DeleteShiftDirection.up, ExcelApi 1.1 (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-delete-member(1),
 * https://learn.microsoft.com/javascript/api/excel/excel.deleteshiftdirection), over whole rows of the table's data
 * as Excel's own Delete Table Rows does. A single row goes with TableRow.delete (ExcelApi 1.1,
 * https://learn.microsoft.com/javascript/api/excel/excel.tablerow#excel-excel-tablerow-delete-member(1)).
 * TableRowCollection.deleteRows and deleteRowsAt would say it more directly, but they are ExcelApiOnline 1.1 only
 * (https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection), and the manifest promises ExcelApi 1.9.
 *
 * Between the two round trips a co-author may move rows: the rows are read again in the request that deletes them,
 * and if one was not ours, every row deleted is put back where it was (one more round trip) and the undo is refused
 * as moved.
 *
 * A save of thousands of rows would read more than a response may carry: the rows are read and deleted in rounds
 * under READ_BUDGET_BYTES (request-size.ts), one more round trip each; a dispatch to a few hundred customers is
 * one round.
 */
import { type TableKey, tableSpec } from "../domain/schema";
import { type PlanValue, type WorkbookPlan, tablePlan } from "../domain/workbook-plan";
import { queueIssuedIdWrite, queueIssuedIds } from "./issued-ids";
import { type RecordTable, idColumnOf, openRecordTable } from "./record-table";
import { READ_BUDGET_BYTES, chunkRows, rowBytes } from "./request-size";
import { type RecordValues, columnInput, layoutOf, rowInputs } from "./table-layout";

/** One row a save wrote: enough to find it again and tell whether anyone changed it. */
export interface SavedRow {
  /** The id the save ended with (AppendResult.id). */
  readonly id: string;
  /** The validated record the save was given, without its id (AppendRequest.record). */
  readonly record: RecordValues;
  /** Where the row landed (AppendResult.rowIndex); without it the row is looked for as the table's last. */
  readonly rowIndex?: number;
}

/** What a record form's save wrote: one row. */
export interface SavedRecord extends SavedRow {
  readonly table: TableKey;
}

/** What a save of several rows wrote (a survey dispatch to several customers), each row where it landed. */
export interface SavedRecords {
  readonly table: TableKey;
  readonly rows: readonly (SavedRow & { readonly rowIndex: number })[];
}

/** The session's last save, of one row or several. */
export type LastSave = SavedRecord | SavedRecords;

/** The rows of a save, in the order it saved them. */
export function savedRows(save: LastSave): readonly SavedRow[] {
  return "rows" in save ? save.rows : [save];
}

/** The ids of a save, in the order it saved them. */
export function savedIds(save: LastSave): readonly string[] {
  return savedRows(save).map((row) => row.id);
}

export type UndoRefusal = "changed" | "moved" | "gone" | "noIds";

/** Nothing was deleted: a row changed, moved or is gone since the save (or its table has no ids). */
export class UndoRefusedError extends Error {
  override readonly name = "UndoRefusedError";

  constructor(
    readonly reason: UndoRefusal,
    /** The row that stopped the undo. */
    readonly id: string,
    /** The headers of the cells that differ from what was saved (reason "changed"). */
    readonly changedHeaders: readonly string[] = [],
    /** How many rows the save had: none of them was deleted. */
    readonly rowCount = 1,
  ) {
    super(`The save of ${id} was not undone: the row ${reason === "gone" ? "is gone" : reason}.`);
  }
}

type Cell = string | number | boolean | null;

const blank = (value: unknown) => value === null || value === undefined || value === "";

function sameCell(saved: unknown, read: unknown): boolean {
  if (blank(saved) || blank(read)) return blank(saved) && blank(read);
  if (typeof saved === "number" && typeof read === "number") return Math.abs(saved - read) < 1e-9;
  return saved === read;
}

/**
 * The headers of the cells that are not as the save left them: an entered column whose value differs from the
 * saved one, a calculated column that no longer holds a formula (typed over), or a cell of the user's own columns
 * that was filled. A calculated column's formula is not compared as text: Excel may give it back in another form
 * than it was written (structured references shortened, spacing), and its value follows the other cells anyway.
 */
function changedCells(table: RecordTable, saved: RecordValues, values: readonly Cell[], formulas: readonly Cell[]) {
  const { layout } = table;
  return layout.keys.flatMap((key, index) => {
    const column = layout.table.columns.find((candidate) => candidate.key === key);
    let same: boolean;
    if (key === undefined || column === undefined) same = blank(values[index]);
    else if (column.formula !== undefined) same = isFormula(values[index], formulas[index]);
    else same = sameCell(saved[key] ?? null, values[index]);
    return same ? [] : [layout.headers[index]];
  });
}

function isFormula(value: Cell, formula: Cell): boolean {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value;
}

/** A row as it can be written back: formulas as formulas, the rest as the values they were. */
function restorable(table: RecordTable, values: readonly Cell[], formulas: readonly Cell[]): Cell[] {
  return values.map((value, index) => {
    const formula = formulas[index];
    if (isFormula(value, formula)) return formula;
    const column = table.layout.table.columns.find((candidate) => candidate.key === table.layout.keys[index]);
    return columnInput(column, (value ?? null) as PlanValue);
  });
}

function sameId(cell: unknown, id: string): boolean {
  return String(cell ?? "").trim() === id.trim();
}

/**
 * Contiguous rows of the save, read (and deleted) as one range: `first` is the data row of rows[0], undefined for
 * a row looked for as the table's last.
 */
interface Piece {
  readonly first: number | undefined;
  readonly rows: readonly SavedRow[];
}

/**
 * The save's rows in table order, cut into contiguous pieces, grouped into rounds whose reads stay under the
 * response budget (estimated from the rows as planned: values and formulas both travel back).
 */
function roundsOf(plan: WorkbookPlan, save: LastSave): Piece[][] {
  const rows = savedRows(save);
  if (rows.length === 1 && rows[0].rowIndex === undefined) return [[{ first: undefined, rows }]];
  const planned = tablePlan(plan, save.table);
  const layout = layoutOf(
    planned,
    planned.columns.map((column) => column.header),
  );
  const sized = [...rows]
    .sort((a, b) => (a.rowIndex ?? 0) - (b.rowIndex ?? 0))
    .map((row) => ({ row, bytes: 2 * rowBytes(rowInputs(layout, { ...row.record, id: row.id })) }));
  const rounds: Piece[][] = [];
  let round: Piece[] = [];
  let bytes = 0;
  let piece: SavedRow[] = [];
  const closePiece = () => {
    if (piece.length > 0) round.push({ first: piece[0].rowIndex, rows: piece });
    piece = [];
  };
  for (const { row, bytes: size } of sized) {
    if (round.length + piece.length > 0 && bytes + size > READ_BUDGET_BYTES) {
      closePiece();
      rounds.push(round);
      round = [];
      bytes = 0;
    }
    const last = piece[piece.length - 1];
    if (last !== undefined && row.rowIndex !== (last.rowIndex ?? 0) + 1) closePiece();
    piece.push(row);
    bytes += size;
  }
  closePiece();
  rounds.push(round);
  return rounds;
}

interface PieceRead {
  readonly piece: Piece;
  readonly range: Excel.Range;
}

/** Queues the read of a round's pieces where the save put them. */
function queueRound(context: Excel.RequestContext, name: string, round: readonly Piece[]): PieceRead[] {
  const table = context.workbook.tables.getItem(name);
  return round.map((piece) => {
    const count = piece.rows.length;
    const top =
      piece.first === undefined
        ? table.getRange().getRowsBelow(1).getOffsetRange(-count, 0)
        : table.getHeaderRowRange().getOffsetRange(piece.first + 1, 0);
    return { piece, range: (count > 1 ? top.getResizedRange(count - 1, 0) : top).load("values,formulas") };
  });
}

/** Throws the refusal of the first row (in the save's order) that is not as the save left it. */
function checkRows(table: RecordTable, save: LastSave, reads: readonly PieceRead[]): void {
  const rows = savedRows(save);
  const refuse = (reason: UndoRefusal, id: string, headers: readonly string[] = []) => {
    throw new UndoRefusedError(reason, id, headers, rows.length);
  };
  const found = new Map<SavedRow, { at: number; values: Cell[]; formulas: Cell[] }>();
  for (const { piece, range } of reads) {
    const first = piece.first ?? table.ids.length - piece.rows.length;
    piece.rows.forEach((row, r) =>
      found.set(row, { at: first + r, values: range.values[r], formulas: range.formulas[r] }),
    );
  }
  for (const row of rows) {
    const cells = found.get(row);
    if (!table.ids.some((id) => sameId(id, row.id))) refuse("gone", row.id);
    if (cells === undefined || cells.at < 0 || !sameId(table.ids[cells.at], row.id)) refuse("moved", row.id);
    const changed = cells ? changedCells(table, { ...row.record, id: row.id }, cells.values, cells.formulas) : [];
    if (changed.length > 0) refuse("changed", row.id, changed);
  }
}

/** A piece deleted: where it was, and what its rows held just before (to put back if they were not ours). */
interface Deleted {
  readonly first: number;
  readonly piece: Piece;
  readonly before: Excel.Range;
}

/** Queues the deletes of a round's pieces, bottom up, each read just before its delete. */
function queueDeletes(table: RecordTable, firstOf: (piece: Piece) => number, round: readonly Piece[]): Deleted[] {
  const body = table.table.getDataBodyRange();
  return [...round]
    .sort((a, b) => firstOf(b) - firstOf(a))
    .map((piece) => {
      const first = firstOf(piece);
      const count = piece.rows.length;
      const rows = count > 1 ? body.getRow(first).getResizedRange(count - 1, 0) : body.getRow(first);
      const before = rows.load("values,formulas");
      if (count > 1) rows.delete("Up");
      else table.table.rows.getItemAt(first).delete();
      return { first, piece, before };
    });
}

function wasOurs(table: RecordTable, deleted: Deleted): boolean {
  const idColumn = idColumnOf(table);
  return deleted.piece.rows.every((row, r) => sameId(deleted.before.values[r]?.[idColumn], row.id));
}

/** Puts every deleted row back where it was, top down (the reverse of the deletes), in requests under the budget. */
async function putBack(context: Excel.RequestContext, table: RecordTable, deleted: readonly Deleted[]) {
  const pieces = [...deleted].sort((a, b) => a.first - b.first);
  for (const { first, before } of pieces) {
    const rows = before.values.map((values, r) => restorable(table, values, before.formulas[r]));
    let at = first;
    for (const chunk of chunkRows(rows)) {
      table.table.rows.add(at, chunk as (string | number | boolean)[][]);
      at += chunk.length;
      await context.sync();
    }
  }
}

export async function undoLastSave(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  save: LastSave,
): Promise<{ readonly ids: readonly string[] }> {
  const ids = savedIds(save);
  if (tableSpec(save.table).idPrefix === undefined) throw new UndoRefusedError("noIds", ids[0] ?? "", [], ids.length);
  if (ids.length === 0) return { ids };
  const { name } = tablePlan(plan, save.table);
  const rounds = roundsOf(plan, save);
  // Queued before openRecordTable's read, so that they travel in its round trip.
  const reads = queueRound(context, name, rounds[0]);
  const issued = queueIssuedIds(context, save.table);
  const table = await openRecordTable(context, plan, save.table);
  for (const round of rounds.slice(1)) {
    reads.push(...queueRound(context, name, round));
    await context.sync();
  }
  checkRows(table, save, reads);

  const firstOf = (piece: Piece) => piece.first ?? table.ids.length - piece.rows.length;
  queueIssuedIdWrite(context, save.table, issued, ids);
  const deleted: Deleted[] = [];
  for (const round of [...rounds].reverse()) {
    const queued = queueDeletes(table, firstOf, round);
    await context.sync();
    deleted.push(...queued);
    const theirs = queued.find((piece) => !wasOurs(table, piece));
    if (theirs !== undefined) {
      // Someone moved rows in between: a row deleted was theirs. Every row deleted goes back where it was.
      await putBack(context, table, deleted);
      throw new UndoRefusedError("moved", theirs.piece.rows[0].id, [], ids.length);
    }
  }
  return { ids };
}
