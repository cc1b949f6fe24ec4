import { formatArea, parseArea, type CellArea } from "./address";
import { invalidArgument, notFound, notLoaded } from "./errors";
import { type Cell, MemorySheet, MemoryTable, type MemoryWorkbook, type Scalar } from "./model";

/** One queued instruction: what travels in the request (for the size meter) and what it does on sync. */
export interface Operation {
  readonly request: unknown;
  readonly apply: () => void;
}

export interface Batch {
  readonly model: MemoryWorkbook;
  enqueue(operation: Operation): void;
}

/** Office.js semantics: every read is queued by load() and only readable after the next sync. */
abstract class ClientObject {
  private readonly loaded = new Map<string, unknown>();

  constructor(protected readonly batch: Batch) {}

  protected abstract snapshot(property: string): unknown;

  load(properties?: string | string[]): this {
    const names = (Array.isArray(properties) ? properties : (properties ?? "").split(","))
      .map((name) => name.trim())
      .filter(Boolean);
    this.batch.enqueue({ request: { load: names }, apply: () => this.capture(names) });
    return this;
  }

  /** Reads the properties from the workbook now; used while a sync applies a load. */
  capture(names: readonly string[]): void {
    names.forEach((name) => this.loaded.set(name, this.snapshot(name)));
  }

  protected loadedValue<T>(property: string): T {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as T;
  }
}

/** A value that becomes readable after sync, like OfficeExtension.ClientResult. */
export class ClientResult<T> {
  private settled = false;
  private result: T | undefined;

  constructor(batch: Batch, compute: () => T) {
    batch.enqueue({
      request: { result: true },
      apply: () => {
        this.result = compute();
        this.settled = true;
      },
    });
  }

  get value(): T {
    if (!this.settled) throw notLoaded("value");
    return this.result as T;
  }
}

function isTextFormat(cell: Cell): boolean {
  return cell.numberFormat === "@";
}

/** What Excel does with a value typed into a cell: "=…" becomes a formula, "'…" stays text. */
function cellFromInput(input: Scalar, previous: Cell): Cell {
  const numberFormat = previous.numberFormat;
  if (typeof input === "string" && input.startsWith("'")) return { value: input.slice(1), numberFormat };
  if (typeof input === "string" && input.startsWith("=") && !isTextFormat(previous))
    return { value: "", formula: input, numberFormat };
  return { value: input, numberFormat };
}

function shapeOf(rows: readonly (readonly unknown[])[]): string {
  return `${rows.length}×${rows[0]?.length ?? 0}`;
}

export class RangeProxy extends ClientObject {
  constructor(
    batch: Batch,
    private readonly locate: () => { sheet: MemorySheet; area: CellArea },
  ) {
    super(batch);
  }

  protected snapshot(property: string): unknown {
    const { sheet, area } = this.locate();
    const cells = sheet.read(area);
    switch (property) {
      case "values":
        return cells.map((row) => row.map((cell) => cell.value));
      case "formulas":
        return cells.map((row) => row.map((cell) => cell.formula ?? cell.value));
      case "numberFormat":
        return cells.map((row) => row.map((cell) => cell.numberFormat ?? "General"));
      case "address":
        return `${sheet.name}!${formatArea(area)}`;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      default:
        throw invalidArgument(`The in-memory host does not load Range.${property}.`);
    }
  }

  get values(): Scalar[][] {
    return this.loadedValue("values");
  }
  set values(rows: Scalar[][]) {
    this.write("values", rows, (cell, input) => cellFromInput(input, cell));
  }

  get formulas(): Scalar[][] {
    return this.loadedValue("formulas");
  }
  set formulas(rows: Scalar[][]) {
    this.write("formulas", rows, (cell, input) => cellFromInput(input, cell));
  }

  get numberFormat(): string[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(rows: string[][]) {
    this.write("numberFormat", rows, (cell, format) => ({ ...cell, numberFormat: String(format) }));
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }

  private write(property: string, rows: Scalar[][], change: (cell: Cell, input: Scalar) => Cell): void {
    this.batch.enqueue({
      request: { set: property, rows },
      apply: () => {
        const { sheet, area } = this.locate();
        const expected = `${area.bottom - area.top + 1}×${area.right - area.left + 1}`;
        if (shapeOf(rows) !== expected)
          throw invalidArgument(`The ${property} are ${shapeOf(rows)} but the range is ${expected}.`);
        if (sheet.isProtected) throw invalidArgument(`The sheet '${sheet.name}' is protected.`);
        rows.forEach((row, r) =>
          row.forEach((input, c) =>
            sheet.setCell(area.top + r, area.left + c, change(sheet.cell(area.top + r, area.left + c), input)),
          ),
        );
      },
    });
  }
}

export class TableRowCollectionProxy {
  constructor(
    private readonly batch: Batch,
    private readonly table: () => MemoryTable,
  ) {}

  /** Inserts rows at `index` (appends when null), shifting the cells below the table down, as Excel does. */
  add(index: number | null | undefined, values: Scalar[][]): void {
    this.batch.enqueue({
      request: { addRows: values },
      apply: () => {
        const table = this.table();
        if (values.some((row) => row.length !== table.headers.length))
          throw invalidArgument(`Table '${table.name}' has ${table.headers.length} columns; the rows do not match.`);
        if (table.sheet.isProtected) throw invalidArgument(`The sheet '${table.sheet.name}' is protected.`);
        const at = index === null || index === undefined ? table.rowCount : index;
        if (at < 0 || at > table.rowCount) throw invalidArgument(`Row index ${at} is outside table '${table.name}'.`);
        const firstRow = table.top + 1 + at;
        const right = table.left + table.headers.length - 1;
        table.sheet.shiftDown(firstRow, table.left, right, values.length);
        values.forEach((row, r) =>
          row.forEach((input, c) =>
            table.sheet.setCell(firstRow + r, table.left + c, cellFromInput(input, { value: "" })),
          ),
        );
        table.rowCount += values.length;
      },
    });
  }

  getCount(): ClientResult<number> {
    return new ClientResult(this.batch, () => this.table().rowCount);
  }
}

export class TableProxy extends ClientObject {
  readonly rows: TableRowCollectionProxy;

  constructor(
    batch: Batch,
    private readonly resolve: () => MemoryTable,
  ) {
    super(batch);
    this.rows = new TableRowCollectionProxy(batch, resolve);
  }

  protected snapshot(property: string): unknown {
    const table = this.resolve();
    if (property === "name") return table.name;
    throw invalidArgument(`The in-memory host does not load Table.${property}.`);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.batch.enqueue({ request: { setName: name }, apply: () => void (this.resolve().name = name) });
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.batch, () => this.resolve().sheet);
  }

  getHeaderRowRange(): RangeProxy {
    return new RangeProxy(this.batch, () => {
      const table = this.resolve();
      return { sheet: table.sheet, area: { ...table.area, bottom: table.top } };
    });
  }

  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this.batch, () => {
      const table = this.resolve();
      const body = table.bodyArea;
      if (!body) throw invalidArgument(`Table '${table.name}' has no data rows.`);
      return { sheet: table.sheet, area: body };
    });
  }
}

/** A collection whose items are known only after load(): `items` throws until then, as in Excel. */
abstract class CollectionProxy<Model, Item extends ClientObject> {
  private loadedItems: Item[] | undefined;

  constructor(protected readonly batch: Batch) {}

  protected abstract models(): Model[];
  protected abstract proxyFor(model: Model): Item;

  /** Accepts "name", "items/name" or an array of them, as Office.js does. */
  load(properties?: string | string[]): this {
    const names = (Array.isArray(properties) ? properties : (properties ?? "").split(","))
      .map((name) => name.trim().replace(/^items\//, ""))
      .filter(Boolean);
    this.batch.enqueue({
      request: { loadItems: names },
      apply: () => {
        this.loadedItems = this.models().map((model) => {
          const item = this.proxyFor(model);
          item.capture(names);
          return item;
        });
      },
    });
    return this;
  }

  get items(): Item[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  getCount(): ClientResult<number> {
    return new ClientResult(this.batch, () => this.models().length);
  }
}

export class TableCollectionProxy extends CollectionProxy<MemoryTable, TableProxy> {
  constructor(
    batch: Batch,
    private readonly scope: () => MemoryTable[],
    private readonly sheetOf: (address: string) => MemorySheet,
  ) {
    super(batch);
  }

  protected models(): MemoryTable[] {
    return this.scope();
  }
  protected proxyFor(table: MemoryTable): TableProxy {
    return new TableProxy(this.batch, () => table);
  }

  getItem(name: string): TableProxy {
    return new TableProxy(this.batch, () => {
      const table = this.scope().find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
      if (!table) throw notFound(`The table '${name}'`);
      return table;
    });
  }

  /** Makes a table of the range; with headers, its first row holds the column names. */
  add(address: string, hasHeaders: boolean): TableProxy {
    let created: MemoryTable | undefined;
    this.batch.enqueue({
      request: { addTable: address, hasHeaders },
      apply: () => {
        const sheet = this.sheetOf(address);
        const area = parseArea(address);
        const width = area.right - area.left + 1;
        const headerCells = sheet.read({ ...area, bottom: area.top })[0];
        const headers = hasHeaders
          ? headerCells.map((cell, i) => String(cell.value || `Column${i + 1}`))
          : Array.from({ length: width }, (_, i) => `Column${i + 1}`);
        if (!hasHeaders) sheet.shiftDown(area.top, area.left, area.right, 1);
        headers.forEach((header, i) => sheet.setCell(area.top, area.left + i, { value: header }));
        const name = `Table${this.batch.model.tables().length + 1}`;
        created = new MemoryTable(
          name,
          sheet,
          area.top,
          area.left,
          headers,
          area.bottom - area.top + (hasHeaders ? 0 : 1),
        );
        sheet.tables.push(created);
      },
    });
    return new TableProxy(this.batch, () => {
      if (!created) throw notFound("The new table");
      return created;
    });
  }
}

export class WorksheetProxy extends ClientObject {
  readonly tables: TableCollectionProxy;

  constructor(
    batch: Batch,
    private readonly resolve: () => MemorySheet,
  ) {
    super(batch);
    this.tables = new TableCollectionProxy(
      batch,
      () => resolve().tables,
      () => resolve(),
    );
  }

  protected snapshot(property: string): unknown {
    const sheet = this.resolve();
    if (property === "name") return sheet.name;
    throw invalidArgument(`The in-memory host does not load Worksheet.${property}.`);
  }

  get name(): string {
    return this.loadedValue("name");
  }

  getRange(address: string): RangeProxy {
    return new RangeProxy(this.batch, () => ({ sheet: this.resolve(), area: parseArea(address) }));
  }
}

export class WorksheetCollectionProxy extends CollectionProxy<MemorySheet, WorksheetProxy> {
  protected models(): MemorySheet[] {
    return this.batch.model.sheets;
  }
  protected proxyFor(sheet: MemorySheet): WorksheetProxy {
    return new WorksheetProxy(this.batch, () => sheet);
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.batch, () => {
      const sheet = this.batch.model.sheet(name);
      if (!sheet) throw notFound(`The worksheet '${name}'`);
      return sheet;
    });
  }

  add(name: string): WorksheetProxy {
    this.batch.enqueue({
      request: { addSheet: name },
      apply: () => {
        if (this.batch.model.sheet(name)) throw invalidArgument(`A sheet named '${name}' already exists.`);
        this.batch.model.sheets.push(new MemorySheet(name));
      },
    });
    return this.getItem(name);
  }
}

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;

  constructor(batch: Batch) {
    this.worksheets = new WorksheetCollectionProxy(batch);
    this.tables = new TableCollectionProxy(
      batch,
      () => batch.model.tables(),
      (address) => {
        const name = address.includes("!") ? address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "") : "";
        const sheet = batch.model.sheet(name);
        if (!sheet) throw invalidArgument(`Workbook.tables.add needs a sheet-qualified address, not '${address}'.`);
        return sheet;
      },
    );
  }
}
