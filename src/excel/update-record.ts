/**
 * Changes some cells of one record, found by its id: two round trips. The row's previous cells are read in the
 * same request as the write, so if someone moved the row in between (sorting a co-authored table), the write is
 * undone and the caller is told to try again: a value never stays in someone else's record.
 *
 * The row is written in one operation (cells not changed travel as null, which Excel leaves alone): Excel has no
 * rollback, and a write spread over several operations could stop with half the changes made.
 */
import { formulaInput } from "../domain/cell-input";
import type { TableKey } from "../domain/schema";
import type { WorkbookPlan } from "../domain/workbook-plan";
import { assertPlaced, openRecordTable } from "./record-table";
import type { PlanValue } from "../domain/workbook-plan";
import { type RecordValues, type TableLayout, columnInput, positionOf } from "./table-layout";

export interface UpdateRequest {
  readonly table: TableKey;
  readonly id: string;
  /** The validated cells to change, by column key (calculated columns and the id are never written). */
  readonly changes: RecordValues;
}

export class RecordNotFoundError extends Error {
  override readonly name = "RecordNotFoundError";

  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`The table ${table} has no record ${id}.`);
  }
}

/** The row moved while it was being written (co-authoring); nothing was changed. */
export class RecordMovedError extends Error {
  override readonly name = "RecordMovedError";

  constructor(readonly id: string) {
    super(`The record ${id} moved while it was being saved; nothing was changed. Please save again.`);
  }
}

export async function updateRecord(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  request: UpdateRequest,
): Promise<{ readonly rowIndex: number }> {
  const table = await openRecordTable(context, plan, request.table);
  assertPlaced(table, request.changes);
  const index = table.ids.findIndex((id) => String(id ?? "").trim() === request.id.trim());
  if (index < 0) throw new RecordNotFoundError(table.plan.name, request.id);

  const body = table.table.getDataBodyRange();
  const idColumn = positionOf(table.layout, table.plan.columns[0].key);
  const before = body.getRow(index).load("values,formulas");
  const written = rowChanges(table.layout, request.changes);
  body.getRow(index).values = [written];
  await context.sync();

  if (String(before.values[0][idColumn]).trim() !== request.id.trim()) {
    body.getRow(index).values = [undoRow(table.layout, written, before.values[0], before.formulas[0])];
    await context.sync();
    throw new RecordMovedError(request.id);
  }
  return { rowIndex: index };
}

/**
 * The row's cells to write: the changes (never the id), and every calculated column's formula, so a row that lost
 * its formulas (added with Excel's "fill formulas in tables" off) gets them back. The rest is null: left as it is.
 */
function rowChanges(layout: TableLayout, changes: RecordValues): (string | number | boolean | null)[] {
  return layout.keys.map((key) => {
    const column = layout.table.columns.find((candidate) => candidate.key === key);
    if (column === undefined || column.key === layout.table.columns[0].key) return null;
    if (column.formula !== undefined) return formulaInput(column.formula);
    return key !== undefined && key in changes ? columnInput(column, changes[key] ?? null) : null;
  });
}

/** What the written cells held before: a formula as a formula, anything else as the value it was. */
function undoRow(
  layout: TableLayout,
  written: readonly unknown[],
  values: readonly unknown[],
  formulas: readonly unknown[],
) {
  return written.map((cell, index) => {
    if (cell === null) return null;
    const formula = formulas[index];
    if (typeof formula === "string" && formula.startsWith("=") && formula !== values[index]) return formula;
    const column = layout.table.columns.find((candidate) => candidate.key === layout.keys[index]);
    return columnInput(column, (values[index] ?? null) as PlanValue);
  });
}
