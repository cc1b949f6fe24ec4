import { type CellArea } from "./address";
import { type Scalar, cellFromInput } from "./cell-input";
import { type Batch, ClientObject, ClientResult, CollectionProxy, Locator } from "./client-object";
import { invalidArgument, invalidOperation } from "./errors";
import { RangeProxy } from "./range-proxy";
import type { MemoryTable, SortField } from "./table-model";
import { writableTable } from "./table-proxy";

type RowInput = (Scalar | null)[];

function rangeOf(batch: Batch, locator: Locator<{ table: MemoryTable; area: CellArea }>): RangeProxy {
  return new RangeProxy(
    batch,
    locator.map(({ table, area }) => ({ sheet: table.sheet, area }), "The range"),
  );
}

/** One data row, by its index in the table. */
export class TableRowProxy extends ClientObject<{ table: MemoryTable; index: number }> {
  protected readonly scalarProperties = ["index", "values"];

  protected snapshot(property: string, { table, index }: { table: MemoryTable; index: number }): unknown {
    if (property === "index") return index;
    if (property === "values")
      return table.sheet.read(rowArea(table, index)).map((row) => row.map((cell) => cell.value));
    throw invalidArgument(`The in-memory host does not load TableRow.${property}.`);
  }

  get index(): number {
    return this.loadedValue("index");
  }
  get values(): Scalar[][] {
    return this.loadedValue("values");
  }
  set values(values: Scalar[][]) {
    this.getRange().values = values;
  }

  getRange(): RangeProxy {
    return rangeOf(
      this.batch,
      this.locator.map(({ table, index }) => ({ table, area: rowArea(table, index) }), "The row"),
    );
  }

  /** Deletes the row; the cells below it in the table's columns move up. */
  delete(): void {
    this.change({ delete: "row" }, ({ table, index }) => {
      rowArea(table, index); // the row must exist
      writableTable(table).deleteRows(index, 1);
    });
  }
}

function rowArea(table: MemoryTable, index: number): CellArea {
  if (index < 0 || index >= table.rowCount) throw invalidArgument(`Table '${table.name}' has no row ${index}.`);
  const row = table.top + 1 + index;
  return { ...table.area, top: row, bottom: row };
}

function rowsOf(values: RowInput[] | Scalar | null | undefined, width: number): RowInput[] {
  if (values === null || values === undefined) return [Array<null>(width).fill(null)];
  // "values: A 2D array of unformatted values of the table row": one value is no longer what the reference says
  // (https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)).
  if (!Array.isArray(values)) throw invalidArgument("rows.add takes a 2-D array of rows, not a single value.");
  return values;
}

export class TableRowCollectionProxy extends CollectionProxy<number, TableRowProxy> {
  constructor(
    batch: Batch,
    private readonly table: Locator<MemoryTable>,
  ) {
    super(batch);
  }

  protected models(): number[] {
    return [...Array(this.table.get().rowCount).keys()];
  }
  protected proxyFor(index: number): TableRowProxy {
    return this.getItemAt(index);
  }

  getItemAt(index: number): TableRowProxy {
    return new TableRowProxy(
      this.batch,
      this.table.map((table) => ({ table, index }), `Row ${index}`),
    );
  }

  /**
   * Inserts rows at `index` (appends when null): cells below the table move down, new rows inherit the columns'
   * formats, and calculated-column formulas where the option is on (see HostSettings), "=…" becomes a formula.
   * Excel refuses while the data is filtered.
   *
   * In a co-authored workbook rows.add causes merge conflicts (a yellow "refresh" bar, recent changes may be lost);
   * Microsoft recommends writing the values into the row just below the table,
   * `table.getDataBodyRange().getRowsBelow(1).values = [...]`, which the table grows to include, with no data
   * validation below the table and a blank row inserted first if the user has data there
   * (https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins#avoid-table-row-conflicts-in-coauthoring-scenarios).
   * The host does not model merge conflicts; getRowsBelow and the table's growth are modelled (see HostSettings).
   */
  add(index?: number | null, values?: RowInput[] | Scalar | null, alwaysInsert?: boolean): TableRowProxy {
    let at = -1;
    this.batch.enqueue({
      request: { addRows: values ?? null, index: index ?? null, alwaysInsert: alwaysInsert ?? null },
      apply: () => {
        const table = writableTable(this.table.get());
        if (table.isDataFiltered)
          throw invalidOperation(`Rows cannot be added to table '${table.name}' while its data is filtered.`);
        const rows = rowsOf(values, table.columnCount);
        if (rows.some((row) => !Array.isArray(row) || row.length !== table.columnCount))
          throw invalidArgument(`Table '${table.name}' has ${table.columnCount} columns; the rows do not match.`);
        at = index === null || index === undefined || index === -1 ? table.rowCount : index;
        if (at < 0 || at > table.rowCount) throw invalidArgument(`Row index ${at} is outside table '${table.name}'.`);
        table.insertRows(
          at,
          rows,
          (input, row, column) => cellFromInput(input, table.sheet.numberFormatAt(row, column) === "@"),
          this.batch.settings.fillFormulasInTables,
        );
      },
    });
    return new TableRowProxy(
      this.batch,
      this.table.map((table) => (at < 0 ? null : { table, index: at }), "The new row"),
    );
  }

  override getCount(): ClientResult<number> {
    return new ClientResult(this.batch, () => this.table.get().rowCount);
  }
}

/** A column, found by name (re-read each sync) or by position. */
export class TableColumnProxy extends ClientObject<{ table: MemoryTable; index: number }> {
  protected readonly scalarProperties = ["name", "index", "id"];

  protected snapshot(property: string, { table, index }: { table: MemoryTable; index: number }): unknown {
    switch (property) {
      case "name":
        return table.headers[index];
      case "index":
        return index;
      case "id":
        return index + 1;
      case "values":
        return table.sheet.read(table.columnArea(index)).map((row) => row.map((cell) => cell.value));
      default:
        throw invalidArgument(`The in-memory host does not load TableColumn.${property}.`);
    }
  }

  get name(): string {
    return this.loadedValue("name");
  }
  /** Renames the column by rewriting its header cell. */
  set name(name: string) {
    this.change({ set: "name", name }, ({ table, index }) => {
      writableTable(table);
      table.sheet.setCell(table.top, table.left + index, { value: name });
      table.normalizeHeaders();
    });
  }
  get index(): number {
    return this.loadedValue("index");
  }
  get id(): number {
    return this.loadedValue("id");
  }
  get values(): Scalar[][] {
    return this.loadedValue("values");
  }

  getRange(): RangeProxy {
    return this.range((table, index) => table.columnArea(index));
  }
  getHeaderRowRange(): RangeProxy {
    return this.range((table, index) => ({ ...table.columnArea(index), bottom: table.top }));
  }
  getDataBodyRange(): RangeProxy {
    return this.range((table, index) => ({
      ...table.bodyOrInsertRow,
      left: table.left + index,
      right: table.left + index,
    }));
  }

  delete(): void {
    this.change({ delete: "column" }, ({ table, index }) => {
      writableTable(table);
      if (table.columnCount === 1) throw invalidOperation("A table needs at least one column.");
      table.deleteColumn(index);
    });
  }

  private range(area: (table: MemoryTable, index: number) => CellArea): RangeProxy {
    return rangeOf(
      this.batch,
      this.locator.map(({ table, index }) => ({ table, area: area(table, index) }), "The range"),
    );
  }
}

export class TableColumnCollectionProxy extends CollectionProxy<number, TableColumnProxy> {
  constructor(
    batch: Batch,
    private readonly table: Locator<MemoryTable>,
  ) {
    super(batch);
  }

  protected models(): number[] {
    return [...Array(this.table.get().columnCount).keys()];
  }
  protected proxyFor(index: number): TableColumnProxy {
    return this.getItemAt(index);
  }

  getItemAt(index: number): TableColumnProxy {
    const find = (table: MemoryTable) => (index >= 0 && index < table.columnCount ? { table, index } : null);
    return new TableColumnProxy(this.batch, this.table.map(find, `Column ${index}`, false));
  }

  /** By name, case-insensitively (Office.js also accepts the column id). */
  getItem(key: string | number): TableColumnProxy {
    return new TableColumnProxy(this.batch, this.byKey(key, false));
  }

  getItemOrNullObject(key: string | number): TableColumnProxy {
    return new TableColumnProxy(this.batch, this.byKey(key, true)).trackNull();
  }

  /** Adds a column at `index` (at the end when null); `values` include the header row, `name` overrides it. */
  add(index?: number | null, values?: RowInput[] | null, name?: string): TableColumnProxy {
    let added = -1;
    this.batch.enqueue({
      request: { addColumn: values ?? null, index: index ?? null, name: name ?? null },
      apply: () => {
        const table = writableTable(this.table.get());
        added = index === null || index === undefined || index === -1 ? table.columnCount : index;
        if (added < 0 || added > table.columnCount)
          throw invalidArgument(`Column index ${added} is outside the table.`);
        if (values && (values.length !== table.rowCount + 1 || values.some((row) => row.length !== 1)))
          throw invalidArgument(`The column's values need ${table.rowCount + 1} rows of one value (header first).`);
        const header = name ?? String(values?.[0][0] ?? "");
        const body = (values ?? []).slice(1).map(([value], r) => {
          const row = table.top + 1 + r;
          return value === null
            ? { value: "" }
            : cellFromInput(value, table.sheet.numberFormatAt(row, table.left + added) === "@");
        });
        table.insertColumn(added, header, body);
      },
    });
    return new TableColumnProxy(
      this.batch,
      this.table.map((table) => (added < 0 ? null : { table, index: added }), "The new column"),
    );
  }

  private byKey(key: string | number, nullable: boolean): Locator<{ table: MemoryTable; index: number }> {
    const find = (table: MemoryTable) => {
      const index = typeof key === "number" ? key - 1 : table.columnIndex(key);
      return index >= 0 && index < table.columnCount ? { table, index } : null;
    };
    return this.table.map(find, `The column '${key}'`, nullable);
  }
}

/** Table.autoFilter: a user's filter shows as isDataFiltered; rows are not hidden in the host. */
export class TableAutoFilterProxy extends ClientObject<MemoryTable> {
  protected readonly scalarProperties = ["enabled", "isDataFiltered"];

  protected snapshot(property: string, table: MemoryTable): unknown {
    if (property === "enabled") return true;
    if (property === "isDataFiltered") return table.isDataFiltered;
    throw invalidArgument(`The in-memory host does not load AutoFilter.${property}.`);
  }

  get enabled(): boolean {
    return this.loadedValue("enabled");
  }
  get isDataFiltered(): boolean {
    return this.loadedValue("isDataFiltered");
  }

  /** Filters one column (the criteria are recorded by column name only). */
  apply(_range: unknown, columnIndex: number, criteria?: unknown): void {
    this.change({ applyFilter: columnIndex, criteria: criteria ?? null }, (table) => {
      table.sheet.assertAllowed("allowAutoFilter");
      const column = table.headers[columnIndex];
      if (column === undefined) throw invalidArgument(`The table has no column ${columnIndex}.`);
      table.filter = { column };
      table.sheet.workbook.touch();
    });
  }

  clearCriteria(): void {
    this.change({ clearCriteria: true }, (table) => {
      if (!table.filter) return;
      table.sheet.assertAllowed("allowAutoFilter");
      table.filter = null;
      table.sheet.workbook.touch();
    });
  }
}

/** Table.sort: the fields of the last sort, apply() sorts the data rows, clear() forgets the fields. */
export class TableSortProxy extends ClientObject<MemoryTable> {
  protected readonly scalarProperties = ["fields", "matchCase", "method"];

  protected snapshot(property: string, table: MemoryTable): unknown {
    if (property === "fields") return table.sortFields.map((field) => ({ ...field }));
    if (property === "matchCase") return false;
    if (property === "method") return "PinYin";
    throw invalidArgument(`The in-memory host does not load TableSort.${property}.`);
  }

  get fields(): SortField[] {
    return this.loadedValue("fields");
  }

  apply(fields: { key: number; ascending?: boolean }[]): void {
    this.change({ sort: fields }, (table) => {
      // Sorting moves cells: it needs allowSort and, as in Excel, unlocked cells to move.
      table.sheet.assertAllowed("allowSort");
      if (table.bodyArea) table.sheet.assertCellsWritable(table.bodyArea);
      if (fields.length === 0 || fields.some((field) => field.key < 0 || field.key >= table.columnCount))
        throw invalidArgument("The sort fields do not match the table's columns.");
      table.sortBy(fields.map((field) => ({ key: field.key, ascending: field.ascending ?? true })));
    });
  }

  clear(): void {
    this.change({ clearSort: true }, (table) => {
      if (table.sortFields.length === 0) return;
      table.sortFields = [];
      table.sheet.workbook.touch();
    });
  }
}
