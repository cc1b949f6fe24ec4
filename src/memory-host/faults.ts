import type { Scalar } from "./cell-input";
import { notFound } from "./errors";
import { parseArea } from "./address";
import { DEFAULT_PROTECTION_OPTIONS, type MemorySheet, type MemoryWorkbook, type ProtectionOptions } from "./model";
import type { MemoryTable } from "./table-model";

/**
 * What a user (or another program) does to the workbook between the add-in's syncs. These act on the model
 * directly, not through a sync, and are not metered.
 */
export class WorkbookFaults {
  constructor(readonly workbook: MemoryWorkbook) {}

  /** A user protects a sheet (Review > Protect Sheet); unset options keep the dialog's defaults (off). */
  protectSheet(name: string, options: Partial<ProtectionOptions> = {}): void {
    this.edit(() => void (this.sheet(name).protection = { ...DEFAULT_PROTECTION_OPTIONS, ...options }));
  }

  /** A user unlocks cells (Format Cells > Protection > Locked off), e.g. "B2:C100" on a sheet. */
  unlockCells(sheet: string, address: string): void {
    this.edit(() => this.sheet(sheet).locked.set(parseArea(address), false));
  }

  unprotectSheet(name: string): void {
    this.edit(() => void (this.sheet(name).isProtected = false));
  }

  /** A user's filter on one column: the table reports isDataFiltered (rows are not hidden in the host). */
  filterTable(table: string, columnName: string, keep: (value: Scalar) => boolean): void {
    this.edit(() => {
      const found = this.table(table);
      this.column(found, columnName);
      void keep;
      found.filter = { column: columnName };
    });
  }

  /** A user's ascending sort on one column: rows are reordered and the sort fields recorded. */
  sortTable(table: string, columnName: string, ascending = true): void {
    this.edit(() => {
      const found = this.table(table);
      found.sortBy([{ key: this.column(found, columnName), ascending }]);
    });
  }

  renameColumn(table: string, from: string, to: string): void {
    this.edit(() => {
      const found = this.table(table);
      found.sheet.setCell(found.top, found.left + this.column(found, from), { value: to });
      found.normalizeHeaders();
    });
  }

  deleteColumn(table: string, name: string): void {
    this.edit(() => {
      const found = this.table(table);
      found.deleteColumn(this.column(found, name));
    });
  }

  /** Drags a column to another position (0-based), its cells and formats moving with it. */
  moveColumn(table: string, name: string, toIndex: number): void {
    this.edit(() => {
      const found = this.table(table);
      found.moveColumn(this.column(found, name), toIndex);
    });
  }

  /** "Convert to Range": the cells stay, the table is gone. */
  convertTableToRange(table: string): void {
    this.edit(() => {
      const found = this.table(table);
      found.sheet.tables.splice(found.sheet.tables.indexOf(found), 1);
    });
  }

  private edit(change: () => void): void {
    change();
    this.workbook.takeChanged(); // a user's edit is not one of the add-in's writes
    this.workbook.notifyChanged();
  }

  private sheet(name: string): MemorySheet {
    const sheet = this.workbook.sheet(name);
    if (!sheet) throw notFound(`The worksheet '${name}'`);
    return sheet;
  }

  private table(name: string): MemoryTable {
    const table = this.workbook.table(name);
    if (!table) throw notFound(`The table '${name}'`);
    return table;
  }

  private column(table: MemoryTable, name: string): number {
    const index = table.columnIndex(name);
    if (index < 0) throw notFound(`The column '${name}' of table '${table.name}'`);
    return index;
  }
}
