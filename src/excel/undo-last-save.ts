/**
 * Takes back the last save: deletes the row it added, only if nobody changed it since, in two round trips.
 *
 * 1. The table as every write opens it (headers, ids, whether it can be written), the row where the save put it
 *    (or the table's last row), and the table's taken-back ids. The row must still hold the id where it was saved,
 *    and every cell what the save wrote: the saved values in the form's columns, the planned formula in calculated
 *    columns, nothing in the user's own columns. A row that moved, changed or is gone is refused, nothing deleted.
 * 2. The id is added to the taken-back ids (a hidden name: issued-ids.ts), then the row is read and deleted.
 *
 * The id is kept first: Excel has no rollback, so a batch that stops midway must leave the workbook safe. Stopped
 * after the name, the row is still there and the name only repeats an id in use; the delete never lands without
 * the name, so the next save (which counts the taken-back ids, see append-record.ts) never gets the undone id.
 *
 * Between the two round trips a co-author may move rows: the row is read again in the request that deletes it, and
 * if it was not ours, it is put back where it was (one more round trip) and the undo is refused as moved.
 */
import { type TableKey, tableSpec } from "../domain/schema";
import { type PlanValue, type WorkbookPlan, tablePlan } from "../domain/workbook-plan";
import { queueIssuedIdWrite, queueIssuedIds } from "./issued-ids";
import { type RecordTable, idColumnOf, openRecordTable } from "./record-table";
import { type RecordValues, columnInput } from "./table-layout";

/** What a save wrote: enough to find its row again and tell whether anyone changed it. */
export interface SavedRecord {
  readonly table: TableKey;
  /** The id the save ended with (AppendResult.id). */
  readonly id: string;
  /** The validated record the save was given, without its id (AppendRequest.record). */
  readonly record: RecordValues;
  /** Where the row landed (AppendResult.rowIndex); without it the row is looked for as the table's last. */
  readonly rowIndex?: number;
}

export type UndoRefusal = "changed" | "moved" | "gone" | "noIds";

/** The row was not deleted: it changed, moved or is gone since the save (or its table has no ids). */
export class UndoRefusedError extends Error {
  override readonly name = "UndoRefusedError";

  constructor(
    readonly reason: UndoRefusal,
    readonly id: string,
    /** The headers of the cells that differ from what was saved (reason "changed"). */
    readonly changedHeaders: readonly string[] = [],
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

export async function undoLastSave(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  saved: SavedRecord,
): Promise<{ readonly id: string }> {
  if (tableSpec(saved.table).idPrefix === undefined) throw new UndoRefusedError("noIds", saved.id);
  const { name } = tablePlan(plan, saved.table);
  // Queued before openRecordTable's read, so that they travel in its round trip.
  const header = context.workbook.tables.getItem(name).getHeaderRowRange();
  const guess =
    saved.rowIndex === undefined
      ? context.workbook.tables.getItem(name).getRange().getRowsBelow(1).getOffsetRange(-1, 0)
      : header.getOffsetRange(saved.rowIndex + 1, 0);
  guess.load("values,formulas");
  const issued = queueIssuedIds(context, saved.table);
  const table = await openRecordTable(context, plan, saved.table);

  const at = saved.rowIndex ?? table.ids.length - 1;
  if (!table.ids.some((id) => sameId(id, saved.id))) throw new UndoRefusedError("gone", saved.id);
  if (at < 0 || !sameId(table.ids[at], saved.id)) throw new UndoRefusedError("moved", saved.id);
  const changed = changedCells(table, { ...saved.record, id: saved.id }, guess.values[0], guess.formulas[0]);
  if (changed.length > 0) throw new UndoRefusedError("changed", saved.id, changed);

  queueIssuedIdWrite(context, saved.table, issued, saved.id);
  const before = table.table.getDataBodyRange().getRow(at).load("values,formulas");
  table.table.rows.getItemAt(at).delete();
  await context.sync();

  if (!sameId(before.values[0][idColumnOf(table)], saved.id)) {
    // Someone moved rows in between: the row deleted was theirs. It goes back where it was.
    table.table.rows.add(at, [
      restorable(table, before.values[0], before.formulas[0]) as (string | number | boolean)[],
    ]);
    await context.sync();
    throw new UndoRefusedError("moved", saved.id);
  }
  return { id: saved.id };
}
