import { type CellArea, intersection, parseArea, splitSheet } from "./address";
import { type Batch, ClientObject, CollectionProxy, Locator } from "./client-object";
import { accessDenied, invalidArgument, notFound } from "./errors";
import { type MemorySheet, type MemoryWorkbook } from "./model";
import { RangeProxy } from "./range-proxy";
import { MemoryTable } from "./table-model";
import {
  TableAutoFilterProxy,
  TableColumnCollectionProxy,
  TableRowCollectionProxy,
  TableSortProxy,
} from "./table-parts";
import { WorksheetProxy } from "./worksheet-proxy";

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

/** Names Excel accepts for tables and defined names: a letter, _ or \ first, no spaces, not a cell reference. */
export function checkName(name: string, workbook: MemoryWorkbook, except?: MemoryTable): void {
  if (!NAME.test(name) || name.length > 255 || /^[A-Z]{1,3}\d+$/i.test(name) || /^(R|C|R\d*C\d*)$/i.test(name))
    throw invalidArgument(`'${name}' is not a valid name.`);
  if (workbook.isNameTaken(name, except)) throw invalidArgument(`The name '${name}' is already in use.`);
}

/**
 * Table changes (rows and columns added or deleted, names, styles) need the sheet unprotected whatever its options:
 * Excel does not grow, shrink or restyle a table on a protected sheet (even with allowInsertRows), the stricter
 * reading of https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions, which lists no
 * table option. Writing values into a table's unlocked cells goes through Range and is allowed.
 */
export function writableTable(table: MemoryTable): MemoryTable {
  if (table.sheet.isProtected) throw accessDenied(`The sheet '${table.sheet.name}' is protected.`);
  return table;
}

export class TableProxy extends ClientObject<MemoryTable> {
  protected readonly scalarProperties = ["name", "id", "showHeaders", "showTotals", "style"];
  readonly rows: TableRowCollectionProxy;
  readonly columns: TableColumnCollectionProxy;
  readonly autoFilter: TableAutoFilterProxy;
  readonly sort: TableSortProxy;

  constructor(batch: Batch, locator: Locator<MemoryTable>) {
    super(batch, locator);
    this.rows = new TableRowCollectionProxy(batch, locator);
    this.columns = new TableColumnCollectionProxy(batch, locator);
    this.autoFilter = new TableAutoFilterProxy(batch, locator);
    this.sort = new TableSortProxy(batch, locator);
  }

  protected snapshot(property: string, table: MemoryTable): unknown {
    switch (property) {
      case "name":
        return table.name;
      case "id":
        return table.id;
      case "showHeaders":
        return table.showHeaders;
      case "showTotals":
        return false;
      case "style":
        return table.style;
      default:
        throw invalidArgument(`The in-memory host does not load Table.${property}.`);
    }
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.change({ set: "name", name }, (table) => {
      writableTable(table);
      if (table.name === name) return;
      checkName(name, table.sheet.workbook, table);
      table.name = name;
      table.sheet.workbook.touch();
    });
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get showHeaders(): boolean {
    return this.loadedValue("showHeaders");
  }
  set showHeaders(show: boolean) {
    this.setField("showHeaders", show);
  }
  get showTotals(): boolean {
    return this.loadedValue("showTotals");
  }
  get style(): string {
    return this.loadedValue("style");
  }
  set style(style: string) {
    this.setField("style", style);
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(
      this.batch,
      this.locator.map((table) => table.sheet, "The worksheet"),
    );
  }

  getRange(): RangeProxy {
    return this.range((table) => table.area);
  }
  getHeaderRowRange(): RangeProxy {
    return this.range((table) => table.headerArea);
  }
  /** The data rows; a table without data has Excel's one empty insert row. */
  getDataBodyRange(): RangeProxy {
    return this.range((table) => table.bodyOrInsertRow);
  }

  /** Removes the table and its cells. */
  delete(): void {
    this.change({ delete: "table" }, (table) => {
      writableTable(table);
      const { area } = table;
      table.sheet.tables.splice(table.sheet.tables.indexOf(table), 1);
      table.sheet.cellsIn(area).forEach(([row, column]) => table.sheet.setCell(row, column, { value: "" }));
      table.sheet.workbook.touch();
    });
  }

  /** Removes the table and keeps its cells as a plain range. */
  convertToRange(): RangeProxy {
    let area: CellArea | undefined;
    let sheet: MemorySheet | undefined;
    this.change({ convertToRange: true }, (table) => {
      writableTable(table);
      [area, sheet] = [table.area, table.sheet];
      table.sheet.tables.splice(table.sheet.tables.indexOf(table), 1);
      table.sheet.workbook.touch();
    });
    const found = new Locator(this.batch, () => (sheet && area ? { sheet, area } : null), "The converted range");
    return new RangeProxy(this.batch, found);
  }

  clearFilters(): void {
    this.autoFilter.clearCriteria();
  }

  private setField(field: "showHeaders" | "style", value: boolean | string): void {
    this.change({ set: field, value }, (table) => {
      writableTable(table);
      if (table[field] === value) return;
      Object.assign(table, { [field]: value });
      table.sheet.workbook.touch();
    });
  }

  private range(area: (table: MemoryTable) => CellArea): RangeProxy {
    return new RangeProxy(
      this.batch,
      this.locator.map((table) => ({ sheet: table.sheet, area: area(table) }), "The table range"),
    );
  }
}

/** Table.getItem and friends: tables are found by name, case-insensitively, in the workbook or one sheet. */
export class TableCollectionProxy extends CollectionProxy<MemoryTable, TableProxy> {
  constructor(
    batch: Batch,
    private readonly scope: () => MemoryTable[],
    private readonly sheetOf: (sheetName: string | undefined) => MemorySheet,
  ) {
    super(batch);
  }

  protected models(): MemoryTable[] {
    return this.scope();
  }
  protected proxyFor(table: MemoryTable): TableProxy {
    return new TableProxy(this.batch, new Locator(this.batch, () => (table.isAlive() ? table : null), "The table"));
  }

  getItem(name: string): TableProxy {
    return new TableProxy(this.batch, this.byName(name, false));
  }

  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(this.batch, this.byName(name, true)).trackNull();
  }

  getItemAt(index: number): TableProxy {
    return new TableProxy(this.batch, new Locator(this.batch, () => this.scope()[index] ?? null, `Table ${index}`));
  }

  /** Makes a table of the range; with headers its first row holds the column names, without them one is inserted. */
  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    let created: MemoryTable | undefined;
    this.batch.enqueue({
      request: { addTable: typeof address === "string" ? address : "range", hasHeaders },
      apply: () => {
        const { sheet, area } = this.place(address);
        created = createTable(sheet, area, hasHeaders);
      },
    });
    const found = () => (created?.isAlive() ? created : null);
    return new TableProxy(this.batch, new Locator(this.batch, found, "The new table"));
  }

  private place(address: string | RangeProxy): { sheet: MemorySheet; area: CellArea } {
    if (typeof address !== "string") return address.target();
    return { sheet: this.sheetOf(splitSheet(address).sheet), area: parseArea(address) };
  }

  private byName(name: string, nullable: boolean): Locator<MemoryTable> {
    const find = () => this.scope().find((table) => table.name.toLowerCase() === name.toLowerCase()) ?? null;
    return new Locator(this.batch, find, `The table '${name}'`, nullable);
  }
}

function createTable(sheet: MemorySheet, area: CellArea, hasHeaders: boolean): MemoryTable {
  sheet.assertWritable();
  if (sheet.tables.some((table) => intersection(table.area, area)))
    throw invalidArgument("A table can't overlap another table.");
  const width = area.right - area.left + 1;
  if (!hasHeaders) {
    sheet.moveCells({ ...area, bottom: Number.MAX_SAFE_INTEGER }, 1, 0);
    sheet.ruleLists().forEach((rules) => rules.insertRows(area.top, area.left, area.right, 1, Infinity));
    Array.from({ length: width }, (_, i) => sheet.setCell(area.top, area.left + i, { value: `Column${i + 1}` }));
  }
  const workbook = sheet.workbook;
  let number = workbook.tables().length + 1;
  while (workbook.isNameTaken(`Table${number}`)) number += 1;
  const rowCount = area.bottom - area.top + (hasHeaders ? 0 : 1);
  const table = new MemoryTable(
    `Table${number}`,
    String(workbook.nextId()),
    sheet,
    area.top,
    area.left,
    width,
    rowCount,
  );
  sheet.tables.push(table);
  table.normalizeHeaders();
  workbook.touch();
  return table;
}

export function missingSheet(name: string | undefined): never {
  throw name === undefined
    ? invalidArgument("Workbook.tables.add needs a sheet-qualified address such as Sheet1!A1:C1.")
    : notFound(`The worksheet '${name}'`);
}
