/** Where each planned column stands in a table as it is now: the add-in writes by header, never by position. */
import { cellInput, formulaInput, textCellInput } from "../domain/cell-input";
import { plannedPosition } from "../domain/schema-problems";
import type { ColumnPlan, PlanValue, TablePlan } from "../domain/workbook-plan";

/** A record by column key, as validation produces it (null is a blank cell). */
export type RecordValues = { readonly [columnKey: string]: PlanValue };

export interface TableLayout {
  readonly table: TablePlan;
  /** The table's headers, left to right, as they are in the workbook. */
  readonly headers: readonly string[];
  /** The planned column key at each position (undefined for the user's own columns). */
  readonly keys: readonly (string | undefined)[];
}

/**
 * The table's columns by their headers: a planned column is found under its header, else under one an earlier
 * version gave it (a workbook set up with the old words, before setup renames it).
 */
export function layoutOf(table: TablePlan, headers: readonly unknown[]): TableLayout {
  const texts = headers.map((header) => String(header ?? ""));
  const keys: (string | undefined)[] = texts.map(() => undefined);
  for (const column of table.columns) {
    const at = plannedPosition(column, texts);
    if (at >= 0 && keys[at] === undefined) keys[at] = column.key;
  }
  return { table, headers: texts, keys };
}

/** A value as written into a planned column: text columns ("@") keep formula-like text as text by their format. */
export function columnInput(column: ColumnPlan | undefined, value: PlanValue): string | number | boolean {
  return column?.numberFormat === "@" ? textCellInput(value) : cellInput(value);
}

/** The position of a planned column, or -1 when the table does not have it. */
export function positionOf(layout: TableLayout, key: string): number {
  return layout.keys.indexOf(key);
}

/**
 * The cells of a new row in the table's order: calculated columns get their formula (Excel fills a table's
 * calculated column only with its "fill formulas in tables" option on, so the add-in always writes them), text is
 * written as text, and the user's own columns are left alone (null, which Office.js writes as nothing).
 */
export function rowInputs(layout: TableLayout, record: RecordValues): (string | number | boolean | null)[] {
  return layout.keys.map((key) => {
    if (key === undefined) return null;
    const column = layout.table.columns.find((candidate) => candidate.key === key);
    if (column?.formula !== undefined) return formulaInput(column.formula);
    return columnInput(column, record[key] ?? null);
  });
}

/** The record a row of cell values holds, by column key (the user's own columns left out). */
export function recordOf(layout: TableLayout, cells: readonly unknown[]): { [columnKey: string]: PlanValue } {
  const record: { [columnKey: string]: PlanValue } = {};
  layout.keys.forEach((key, index) => {
    if (key === undefined) return;
    const value = cells[index];
    record[key] = value === "" || value === undefined || value === null ? null : (value as PlanValue);
  });
  return record;
}
