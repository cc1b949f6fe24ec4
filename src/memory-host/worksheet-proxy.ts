import { type CellArea, LAST_COLUMN, LAST_ROW, parseArea } from "./address";
import { type Batch, ClientObject, CollectionProxy, Locator } from "./client-object";
import { ChartCollectionProxy } from "./chart-proxy";
import { HostError, invalidArgument, invalidOperation } from "./errors";
import { DEFAULT_PROTECTION_OPTIONS, MemorySheet, type ProtectionOptions } from "./model";
import { PageLayoutProxy } from "./page-layout";
import { RangeProxy, rangeOn } from "./range-proxy";
import { TableCollectionProxy } from "./table-proxy";

const VISIBILITIES = ["Visible", "Hidden", "VeryHidden"];

export class WorksheetProxy extends ClientObject<MemorySheet> {
  protected readonly scalarProperties = ["name", "position", "visibility"];
  readonly tables: TableCollectionProxy;
  readonly charts: ChartCollectionProxy;
  readonly freezePanes: FreezePanesProxy;
  readonly protection: WorksheetProtectionProxy;
  readonly pageLayout: PageLayoutProxy;

  constructor(batch: Batch, locator: Locator<MemorySheet>) {
    super(batch, locator);
    this.tables = new TableCollectionProxy(
      batch,
      () => locator.get().tables,
      () => locator.get(),
    );
    this.charts = new ChartCollectionProxy(batch, locator);
    this.freezePanes = new FreezePanesProxy(batch, locator);
    this.protection = new WorksheetProtectionProxy(batch, locator);
    this.pageLayout = new PageLayoutProxy(batch, locator);
  }

  protected snapshot(property: string, sheet: MemorySheet): unknown {
    if (property === "name") return sheet.name;
    if (property === "position") return sheet.position;
    if (property === "visibility") return sheet.visibility;
    throw invalidArgument(`The in-memory host does not load Worksheet.${property}.`);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  /** Renames the sheet (formulas that refer to the old name are not rewritten by the host). */
  set name(name: string) {
    this.change({ set: "name", name }, (sheet) => {
      if (sheet.name === name) return;
      checkSheetName(name, sheet.workbook.sheet(name) !== undefined && sheet.name.toLowerCase() !== name.toLowerCase());
      sheet.name = name;
      sheet.workbook.touch();
    });
  }
  get position(): number {
    return this.loadedValue("position");
  }
  get visibility(): string {
    return this.loadedValue("visibility");
  }
  set visibility(visibility: string) {
    this.change({ set: "visibility", visibility }, (sheet) => {
      if (!VISIBILITIES.includes(visibility)) throw invalidArgument(`'${visibility}' is not a sheet visibility.`);
      if (sheet.visibility === visibility) return;
      const othersVisible = sheet.workbook.sheets.some((other) => other !== sheet && other.visibility === "Visible");
      if (visibility !== "Visible" && !othersVisible) throw invalidOperation("A workbook needs one visible sheet.");
      sheet.visibility = visibility;
      sheet.workbook.touch();
    });
  }

  /** The cells at `address`; without one, the whole sheet, as in Office.js. */
  getRange(address?: string): RangeProxy {
    const whole = { top: 0, left: 0, bottom: LAST_ROW, right: LAST_COLUMN };
    return rangeOn(this.batch, this.locator, () => (address === undefined ? whole : parseArea(address)));
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): RangeProxy {
    return rangeOn(this.batch, this.locator, () => ({
      top: row,
      left: column,
      bottom: row + rowCount - 1,
      right: column + columnCount - 1,
    }));
  }

  /** The smallest range holding every non-empty cell and table (formats alone do not count); null when empty. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    void valuesOnly;
    const used = this.locator.map(
      (sheet) => {
        const area = usedArea(sheet);
        return area ? { sheet, area } : null;
      },
      "The used range",
      true,
    );
    return new RangeProxy(this.batch, used).trackNull();
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    void valuesOnly;
    return new RangeProxy(
      this.batch,
      this.locator.map(
        (sheet) => ({ sheet, area: usedArea(sheet) ?? { top: 0, left: 0, bottom: 0, right: 0 } }),
        "The used range",
      ),
    );
  }

  /** Deletes the sheet with its tables and charts; the last visible sheet cannot go (InvalidOperation). */
  delete(): void {
    this.change({ delete: "worksheet" }, (sheet) => {
      const { workbook } = sheet;
      if (!workbook.sheets.some((other) => other !== sheet && other.visibility === "Visible"))
        throw invalidOperation("A workbook needs one visible sheet.");
      workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
      workbook.touch();
    });
  }

  /** Shows the sheet (Worksheet.activate); a hidden sheet fails with InvalidOperation. */
  activate(): void {
    this.change({ activate: true }, (sheet) => sheet.workbook.activate(sheet));
  }
}

/** The smallest area holding every non-empty cell and table corner of the sheet, or of `within` only. */
export function usedArea(sheet: MemorySheet, within?: CellArea): CellArea | null {
  const inside = ([row, column]: number[]) =>
    within === undefined ||
    (row >= within.top && row <= within.bottom && column >= within.left && column <= within.right);
  const points = [
    ...[...sheet.cells.keys()].map((key) => key.split(",").map(Number)),
    ...sheet.tables.flatMap((table) => [
      [table.area.top, table.area.left],
      [table.area.bottom, table.area.right],
    ]),
  ].filter(inside);
  if (points.length === 0) return null;
  // A loop, not Math.min(...rows): a sheet of a few hundred thousand cells would overflow the call stack.
  const [top, left, bottom, right] = points.reduce(
    ([t, l, b, r], [row, column]) => [Math.min(t, row), Math.min(l, column), Math.max(b, row), Math.max(r, column)],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
  return { top, left, bottom, right };
}

/** Excel's rules for sheet names: 1–31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe. */
function checkSheetName(name: string, taken: boolean): void {
  if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name))
    throw invalidArgument(`'${name}' is not a valid sheet name.`);
  if (taken) throw new HostError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
}

/** Worksheet.freezePanes: frozen rows and columns from the top-left corner. */
export class FreezePanesProxy {
  constructor(
    private readonly batch: Batch,
    private readonly sheet: Locator<MemorySheet>,
  ) {}

  freezeRows(count = 1): void {
    this.set({ freezeRows: count }, (sheet) => [count, sheet.frozenColumns]);
  }
  freezeColumns(count = 1): void {
    this.set({ freezeColumns: count }, (sheet) => [sheet.frozenRows, count]);
  }
  unfreeze(): void {
    this.set({ unfreeze: true }, () => [0, 0]);
  }

  /** The frozen cells: whole rows ("1:2"), whole columns ("A:B") or the corner; a null object when nothing is frozen. */
  getLocationOrNullObject(): RangeProxy {
    const location = this.sheet.map(
      (sheet) => {
        const [rows, columns] = [sheet.frozenRows, sheet.frozenColumns];
        if (rows === 0 && columns === 0) return null;
        const bottom = rows === 0 ? LAST_ROW : rows - 1;
        const right = columns === 0 ? LAST_COLUMN : columns - 1;
        return { sheet, area: { top: 0, left: 0, bottom, right } };
      },
      "The frozen panes",
      true,
    );
    return new RangeProxy(this.batch, location).trackNull();
  }

  private set(request: object, frozen: (sheet: MemorySheet) => [number, number]): void {
    this.batch.enqueue({
      request,
      apply: () => {
        const sheet = this.sheet.get();
        const [rows, columns] = frozen(sheet);
        if (rows < 0 || columns < 0) throw invalidArgument("A negative count cannot be frozen.");
        if (rows === sheet.frozenRows && columns === sheet.frozenColumns) return;
        [sheet.frozenRows, sheet.frozenColumns] = [rows, columns];
        sheet.workbook.touch();
      },
    });
  }
}

/**
 * Worksheet.protection (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection): protect() with
 * Excel.WorksheetProtectionOptions, whose unset options keep the Protect Sheet dialog's defaults (off); protect()
 * "fails if the worksheet has already been protected" (InvalidOperation). The password is accepted and not kept.
 */
export class WorksheetProtectionProxy extends ClientObject<MemorySheet> {
  protected readonly scalarProperties = ["protected", "options"];

  protected snapshot(property: string, sheet: MemorySheet): unknown {
    if (property === "protected") return sheet.isProtected;
    if (property === "options") return { ...(sheet.protection ?? DEFAULT_PROTECTION_OPTIONS) };
    throw invalidArgument(`The in-memory host does not load WorksheetProtection.${property}.`);
  }

  get protected(): boolean {
    return this.loadedValue("protected");
  }
  get options(): ProtectionOptions {
    return this.loadedValue("options");
  }

  protect(options?: Partial<ProtectionOptions>, password?: string): void {
    this.change({ protect: options ?? null, password: password ? "***" : null }, (sheet) => {
      if (sheet.isProtected) throw invalidOperation(`The sheet '${sheet.name}' is already protected.`);
      const unknown = Object.keys(options ?? {}).filter((key) => !(key in DEFAULT_PROTECTION_OPTIONS));
      if (unknown.length > 0) throw invalidArgument(`'${unknown.join("', '")}' is not a protection option.`);
      sheet.protection = { ...DEFAULT_PROTECTION_OPTIONS, ...options };
      sheet.workbook.touch();
    });
  }

  unprotect(password?: string): void {
    this.change({ unprotect: true, password: password ? "***" : null }, (sheet) => {
      if (!sheet.isProtected) return;
      sheet.protection = null;
      sheet.workbook.touch();
    });
  }
}

export class WorksheetCollectionProxy extends CollectionProxy<MemorySheet, WorksheetProxy> {
  protected models(): MemorySheet[] {
    return this.batch.model.sheets;
  }
  protected proxyFor(sheet: MemorySheet): WorksheetProxy {
    return new WorksheetProxy(this.batch, this.alive(sheet));
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.batch, this.byName(name, false));
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.batch, this.byName(name, true)).trackNull();
  }

  /** The sheet last activated (or holding the last selection), else the first visible one. */
  getActiveWorksheet(): WorksheetProxy {
    const find = () => this.batch.model.activeSheet() ?? null;
    return new WorksheetProxy(this.batch, new Locator(this.batch, find, "The active worksheet"));
  }

  add(name?: string): WorksheetProxy {
    let created: MemorySheet | undefined;
    this.batch.enqueue({
      request: { addSheet: name ?? null },
      apply: () => {
        const workbook = this.batch.model;
        let sheetName = name;
        for (let n = workbook.sheets.length + 1; sheetName === undefined; n++)
          if (!workbook.sheet(`Sheet${n}`)) sheetName = `Sheet${n}`;
        checkSheetName(sheetName, workbook.sheet(sheetName) !== undefined);
        created = new MemorySheet(workbook, sheetName);
        workbook.sheets.push(created);
        workbook.touch();
      },
    });
    const find = () => (created && this.batch.model.sheets.includes(created) ? created : null);
    return new WorksheetProxy(this.batch, new Locator(this.batch, find, "The new worksheet"));
  }

  private alive(sheet: MemorySheet): Locator<MemorySheet> {
    return new Locator(this.batch, () => (this.batch.model.sheets.includes(sheet) ? sheet : null), "The worksheet");
  }

  private byName(name: string, nullable: boolean): Locator<MemorySheet> {
    return new Locator(this.batch, () => this.batch.model.sheet(name) ?? null, `The worksheet '${name}'`, nullable);
  }
}
