/**
 * The ids taken back from a table (saves undone from the task pane), which nextRecordId must never give again: a
 * hidden defined name per table, VOC_IssuedIds_<Table>, holding them as text (domain/records/issued-ids.ts). A
 * name travels with the workbook, is read in the same round trip as the table, and needs no table of its own.
 *
 * The names are read as a collection: loading a property other than isNullObject through a null object is not
 * documented (see read-ledger.ts), and a workbook that never undid a save has no such name.
 */
import { issuedIdsText, parseIssuedIds, withIssuedId } from "../domain/records/issued-ids";
import { type TableKey, sameExcelName, tableSpec } from "../domain/schema";

export function issuedIdsName(key: TableKey): string {
  return `VOC_IssuedIds_${tableSpec(key).name}`;
}

export interface IssuedIds {
  /** Whether the table's name exists (after the sync). */
  readonly exists: () => boolean;
  /** The ids it holds (after the sync); none without it. */
  readonly ids: () => string[];
}

/** Queues the read of the table's taken-back ids; they can be taken after the next sync. */
export function queueIssuedIds(context: Excel.RequestContext, key: TableKey): IssuedIds {
  const names = context.workbook.names.load("items/name,items/formula");
  const name = issuedIdsName(key);
  const item = () => names.items.find((candidate) => sameExcelName(candidate.name, name));
  return {
    exists: () => item() !== undefined,
    ids: () => parseIssuedIds(formulaText(item()?.formula)),
  };
}

/** `="CC-2026-0007 CC-2025-0100"` → the text between the quotes. */
function formulaText(formula: unknown): string {
  return String(formula ?? "")
    .trim()
    .replace(/^=\s*"?/, "")
    .replace(/"\s*$/, "");
}

/**
 * Queues the write that adds `ids` (one save's, however many) to the table's taken-back ids (read before with
 * queueIssuedIds and synced): the name is added, hidden, or its formula replaced. One operation, so it lands whole
 * or not at all.
 */
export function queueIssuedIdWrite(
  context: Excel.RequestContext,
  key: TableKey,
  read: IssuedIds,
  ids: string | readonly string[],
): void {
  const kept = (typeof ids === "string" ? [ids] : ids).reduce<string[]>(withIssuedId, read.ids());
  const formula = `="${issuedIdsText(kept)}"`;
  if (read.exists()) {
    context.workbook.names.getItem(issuedIdsName(key)).formula = formula;
    return;
  }
  const added = context.workbook.names.add(issuedIdsName(key), formula, "VOC Ledger: ids given and taken back.");
  added.visible = false;
}
