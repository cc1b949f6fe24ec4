/**
 * Changes some cells of one record, found by its id: two round trips. The cells' previous values are read in the
 * same request as the write, so if someone moved the row in between (sorting a co-authored table), the write is
 * undone and the caller is told to try again: a value never stays in someone else's record.
 */
import { cellInput } from "../domain/cell-input";
import type { TableKey } from "../domain/schema";
import type { WorkbookPlan } from "../domain/workbook-plan";
import { openRecordTable } from "./record-table";
import { type RecordValues, positionOf } from "./table-layout";

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
  const index = table.ids.findIndex((id) => String(id ?? "").trim() === request.id.trim());
  if (index < 0) throw new RecordNotFoundError(table.plan.name, request.id);

  const body = table.table.getDataBodyRange();
  const idColumn = positionOf(table.layout, table.plan.columns[0].key);
  const idBefore = body.getCell(index, idColumn).load("values");
  const writes = Object.keys(request.changes)
    .map((key) => ({ key, column: table.plan.columns.find((candidate) => candidate.key === key) }))
    .filter(({ column }) => column !== undefined && column.formula === undefined && column.key !== "id")
    .map(({ key }) => ({ key, position: positionOf(table.layout, key) }))
    .filter(({ position }) => position >= 0)
    .map(({ key, position }) => {
      const before = body.getCell(index, position).load("formulas");
      body.getCell(index, position).values = [[cellInput(request.changes[key] ?? null)]];
      return { position, before };
    });
  await context.sync();

  if (String(idBefore.values[0][0]).trim() !== request.id.trim()) {
    writes.forEach(({ position, before }) => (body.getCell(index, position).formulas = before.formulas));
    await context.sync();
    throw new RecordMovedError(request.id);
  }
  return { rowIndex: index };
}
