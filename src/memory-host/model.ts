import { type CellArea, LAST_ROW } from "./address";
import { AreaRules } from "./area-rules";
import { accessDenied, invalidOperation } from "./errors";
import { type Cell, EMPTY, isEmpty, type Scalar, sameCell } from "./cell-input";
import type { MemoryTable } from "./table-model";

export type { Cell, Scalar } from "./cell-input";
export { MemoryTable } from "./table-model";

/** The data validation of a cell, as Excel.DataValidation describes it. */
export interface Validation {
  readonly rule?: ValidationRule;
  readonly errorAlert: ErrorAlert;
  readonly prompt: { readonly message: string; readonly showPrompt: boolean; readonly title: string };
  readonly ignoreBlanks: boolean;
}

export interface ValidationRule {
  readonly list?: { readonly inCellDropDown: boolean; readonly source: string };
  readonly decimal?: BasicCriteria;
  readonly wholeNumber?: BasicCriteria;
  readonly textLength?: BasicCriteria;
  readonly date?: BasicCriteria;
  readonly time?: BasicCriteria;
  readonly custom?: { readonly formula: string };
}

export interface BasicCriteria {
  readonly formula1: string | number;
  readonly formula2?: string | number;
  readonly operator: string;
}

export interface ErrorAlert {
  readonly message: string;
  readonly showAlert: boolean;
  readonly style: string;
  readonly title: string;
}

export interface MemoryChart {
  name: string;
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  title: string;
  position: { start: string; end?: string } | null;
  // Absent while they keep Excel's defaults (no axis titles, legend on the right, series as the chart), so a
  // chart nobody touched reads as its name, type, source and title. Changes replace these objects, never mutate.
  categoryAxisTitle?: ChartAxisTitle;
  valueAxisTitle?: ChartAxisTitle;
  legend?: ChartLegend;
  /** Per series, by index: what was set on it. */
  seriesOptions?: readonly ChartSeriesOptions[];
}

export interface ChartAxisTitle {
  readonly text: string;
  readonly visible: boolean;
}

export interface ChartLegend {
  readonly position: string;
  readonly visible: boolean;
}

export interface ChartSeriesOptions {
  readonly chartType?: string;
  readonly axisGroup?: string;
}

/** A conditional format as Excel.ConditionalFormat describes it; what its rule and format have not set is absent. */
export interface MemoryConditionalFormat {
  readonly id: string;
  readonly type: string;
  /** The cells it applies to: one rectangle, or several once part of it was cleared. */
  areas: readonly CellArea[];
  /** The formula of a "Custom" rule. */
  formula?: string;
  /** The criteria of a "CellValue" rule. */
  rule?: CellValueRule;
  fillColor?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
}

export interface CellValueRule {
  readonly formula1: string;
  readonly formula2?: string;
  readonly operator: string;
}

/** Worksheet.pageLayout: what prints. Replaced on change, never mutated, so saving it is a reference. */
export interface PageLayout {
  readonly orientation: string;
  readonly paperSize: string;
  readonly centerHorizontally: boolean;
  readonly zoom: PageZoom;
  /** The print area as an address on the sheet ("A1:H40", "A1:H40,A50:H60"), or null: the used range prints. */
  readonly printArea: string | null;
  /** headersFooters.defaultForAllPages: the texts of its six sections. */
  readonly headerFooter: Readonly<Record<HeaderFooterPart, string>>;
}

export interface PageZoom {
  readonly horizontalFitToPages?: number;
  readonly verticalFitToPages?: number;
  readonly scale?: number;
}

export const HEADER_FOOTER_PARTS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
] as const;
export type HeaderFooterPart = (typeof HEADER_FOOTER_PARTS)[number];

/** A new sheet's page setup in Excel (en-US): portrait Letter at 100%, no print area, no header or footer. */
export const DEFAULT_PAGE_LAYOUT: PageLayout = {
  orientation: "Portrait",
  paperSize: "Letter",
  centerHorizontally: false,
  zoom: { scale: 100 },
  printArea: null,
  headerFooter: Object.fromEntries(HEADER_FOOTER_PARTS.map((part) => [part, ""])) as Record<HeaderFooterPart, string>,
};

export interface MemoryName {
  readonly name: string;
  formula: string;
  readonly comment: string;
  visible: boolean;
}

/** The cell formats the host keeps, by their Office.js path under Range.format. */
export const FORMAT_KEYS = [
  "wrapText",
  "font/bold",
  "font/italic",
  "font/color",
  "font/size",
  "font/name",
  "fill/color",
  "horizontalAlignment",
  "verticalAlignment",
];
export type FormatKey = (typeof FORMAT_KEYS)[number];

/** Excel's default column width: 8.43 characters, 64 pixels, 48 points. */
export const DEFAULT_COLUMN_WIDTH = 48;

/**
 * Excel.WorksheetProtectionOptions: what users (and add-ins) may still do on a protected sheet
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions). Protect's defaults are the
 * Protect Sheet dialog's: selecting cells only, every other option off.
 */
export interface ProtectionOptions {
  readonly allowAutoFilter: boolean;
  readonly allowDeleteColumns: boolean;
  readonly allowDeleteRows: boolean;
  readonly allowEditObjects: boolean;
  readonly allowEditScenarios: boolean;
  readonly allowFormatCells: boolean;
  readonly allowFormatColumns: boolean;
  readonly allowFormatRows: boolean;
  readonly allowInsertColumns: boolean;
  readonly allowInsertHyperlinks: boolean;
  readonly allowInsertRows: boolean;
  readonly allowPivotTables: boolean;
  readonly allowSort: boolean;
  readonly selectionMode: string;
}
export type ProtectionOption = Exclude<keyof ProtectionOptions, "selectionMode">;

export const DEFAULT_PROTECTION_OPTIONS: ProtectionOptions = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
};

/** What a protected sheet's option (or lock) refuses, in words for the AccessDenied message. */
const OPTION_WORDS: Readonly<Record<ProtectionOption, string>> = {
  allowAutoFilter: "filtering",
  allowDeleteColumns: "deleting columns",
  allowDeleteRows: "deleting rows",
  allowEditObjects: "editing objects",
  allowEditScenarios: "editing scenarios",
  allowFormatCells: "formatting cells",
  allowFormatColumns: "formatting columns",
  allowFormatRows: "formatting rows",
  allowInsertColumns: "inserting columns",
  allowInsertHyperlinks: "inserting hyperlinks",
  allowInsertRows: "inserting rows",
  allowPivotTables: "PivotTables",
  allowSort: "sorting",
};

export class MemorySheet {
  private readonly cellMap = new Map<string, Cell>();
  readonly tables: MemoryTable[] = [];
  readonly charts: MemoryChart[] = [];
  readonly numberFormats: AreaRules<string>;
  readonly validations: AreaRules<Validation>;
  readonly formats = new Map<FormatKey, AreaRules<Scalar>>();
  readonly columnWidths = new Map<number, number>();
  /** In priority order: the first one wins where two apply. */
  readonly conditionalFormats: MemoryConditionalFormat[] = [];
  /** Hidden columns as rules over row 1 (one per run of columns), hidden rows as rules over column A. */
  readonly hiddenColumns: AreaRules<boolean>;
  readonly hiddenRows: AreaRules<boolean>;
  pageLayout = DEFAULT_PAGE_LAYOUT;
  visibility = "Visible";
  /** The sheet's protection options while it is protected, null while it is not. */
  protection: ProtectionOptions | null = null;
  /**
   * Cells whose Locked format was set (Range.format.protection.locked); every other cell is locked, as in a new
   * workbook ("by default, all cells are locked": https://learn.microsoft.com/javascript/api/excel/excel.formatprotection,
   * https://support.microsoft.com/office/lock-or-unlock-specific-areas-of-a-protected-worksheet-75481b72-db8a-4267-8c43-042a5f2cd93a).
   */
  readonly locked: AreaRules<boolean>;
  frozenRows = 0;
  frozenColumns = 0;
  /** The cells selected on this sheet: Excel keeps one selection per sheet (A1 until something is selected). */
  selection: CellArea = { top: 0, left: 0, bottom: 0, right: 0 };

  constructor(
    readonly workbook: MemoryWorkbook,
    public name: string,
  ) {
    const touch = () => workbook.touch();
    this.numberFormats = new AreaRules(touch);
    this.validations = new AreaRules(touch);
    this.hiddenColumns = new AreaRules(touch);
    this.hiddenRows = new AreaRules(touch);
    this.locked = new AreaRules(touch);
    FORMAT_KEYS.forEach((key) => this.formats.set(key, new AreaRules(touch)));
  }

  /** Kept for readers of the model (the exporter): whether the sheet is protected. Setting it uses the defaults. */
  get isProtected(): boolean {
    return this.protection !== null;
  }
  set isProtected(value: boolean) {
    this.protection = value ? (this.protection ?? DEFAULT_PROTECTION_OPTIONS) : null;
  }

  get cells(): ReadonlyMap<string, Cell> {
    return this.cellMap;
  }

  get position(): number {
    return this.workbook.sheets.indexOf(this);
  }

  cell(row: number, column: number): Cell {
    return this.cellMap.get(`${row},${column}`) ?? EMPTY;
  }

  setCell(row: number, column: number, cell: Cell): void {
    if (sameCell(cell, this.cell(row, column))) return;
    if (isEmpty(cell)) this.cellMap.delete(`${row},${column}`);
    else this.cellMap.set(`${row},${column}`, cell);
    this.workbook.touch();
  }

  read(area: CellArea): Cell[][] {
    const rows: Cell[][] = [];
    for (let row = area.top; row <= area.bottom; row++) {
      const cells: Cell[] = [];
      for (let column = area.left; column <= area.right; column++) cells.push(this.cell(row, column));
      rows.push(cells);
    }
    return rows;
  }

  /** The positions of the non-empty cells inside an area. */
  cellsIn(area: CellArea): [number, number][] {
    return [...this.cellMap.keys()]
      .map((key) => key.split(",").map(Number) as [number, number])
      .filter(([row, column]) => row >= area.top && row <= area.bottom && column >= area.left && column <= area.right);
  }

  numberFormatAt(row: number, column: number): string {
    return this.numberFormats.at(row, column) ?? "General";
  }

  format(key: FormatKey): AreaRules<Scalar> {
    const rules = this.formats.get(key);
    if (!rules) throw new Error(`The host keeps no format '${key}'.`);
    return rules;
  }

  /** Moves the cells of `region` by the given offset, as inserting or deleting cells does. */
  moveCells(region: CellArea, rows: number, columns: number): void {
    const moved = [...this.cellMap.entries()]
      .map(([key, cell]) => ({ key, cell, at: key.split(",").map(Number) }))
      .filter(({ at: [row] }) => row >= region.top && row <= region.bottom)
      .filter(({ at: [, column] }) => column >= region.left && column <= region.right);
    moved.forEach(({ key }) => this.cellMap.delete(key));
    for (const { cell, at } of moved)
      if (at[0] + rows <= LAST_ROW && at[1] + columns >= 0)
        this.cellMap.set(`${at[0] + rows},${at[1] + columns}`, cell);
    if (moved.length > 0) this.workbook.touch();
  }

  /** Every rule list of the sheet, for operations that move cells with their formats. */
  ruleLists(): AreaRules<unknown>[] {
    return [this.numberFormats, this.validations, this.locked, ...this.formats.values()];
  }

  /**
   * What a protected sheet refuses whatever its options: tables, data validation, conditional formats and page
   * setup (Excel greys these commands out on a protected sheet; the stricter reading where Office.js is silent).
   */
  assertWritable(): void {
    if (this.isProtected) throw accessDenied(`The sheet '${this.name}' is protected.`);
  }

  /** A protected sheet refuses writes to its locked cells; unlocked cells take values and formulas. */
  assertCellsWritable(area: CellArea): void {
    if (!this.protection) return;
    const { values, uncovered } = this.locked.within(area);
    if (uncovered || values.some((locked) => locked))
      throw accessDenied(`The cell or chart you're trying to change is on the protected sheet '${this.name}'.`);
  }

  /** What a protected sheet allows only with one of its options (formatting cells, sorting, filtering…). */
  assertAllowed(option: ProtectionOption): void {
    if (this.protection && !this.protection[option])
      throw accessDenied(`The sheet '${this.name}' is protected and does not allow ${OPTION_WORDS[option]}.`);
  }
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The workbook's contents: what a test or the preview page looks at after the add-in has synced. */
export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  readonly names: MemoryName[] = [];
  private changed = false;
  private active: MemorySheet | undefined;
  private version = 0;
  private lastId = 0;
  private lastFormatId = 0;
  private readonly listeners = new Set<() => void>();

  constructor() {
    this.sheets.push(new MemorySheet(this, "Sheet1"));
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((sheet) => sameName(sheet.name, name));
  }

  tables(): MemoryTable[] {
    return this.sheets.flatMap((sheet) => sheet.tables);
  }

  table(name: string): MemoryTable | undefined {
    return this.tables().find((table) => sameName(table.name, name));
  }

  /** A defined name, found case-insensitively as Excel does. */
  name(name: string): MemoryName | undefined {
    return this.names.find((item) => sameName(item.name, name));
  }

  /** Table names and defined names share one case-insensitive namespace. */
  isNameTaken(name: string, except?: MemoryTable): boolean {
    return Boolean(this.name(name)) || this.tables().some((table) => table !== except && sameName(table.name, name));
  }

  /** The sheet shown in the window: the one last activated, else the first visible one, as in a new window. */
  activeSheet(): MemorySheet | undefined {
    const active = this.active;
    if (active && this.sheets.includes(active) && active.visibility === "Visible") return active;
    return this.sheets.find((sheet) => sheet.visibility === "Visible");
  }

  /** Shows a sheet, as clicking its tab does; a hidden sheet cannot be shown without unhiding it first. */
  activate(sheet: MemorySheet): void {
    if (sheet.visibility !== "Visible") throw invalidOperation(`The sheet '${sheet.name}' is hidden.`);
    this.active = sheet;
  }

  /** Selects cells: their sheet becomes the active one. The view is not content, so nothing counts as changed. */
  select(sheet: MemorySheet, area: CellArea): void {
    this.activate(sheet);
    sheet.selection = area;
  }

  /** Ids for new tables and charts, unique in the workbook. */
  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  /** Ids for conditional formats, counted apart so that table ids do not depend on them. */
  nextConditionalFormatId(): string {
    this.lastFormatId += 1;
    return String(this.lastFormatId);
  }

  /** Called by every change to the model; the request context counts operations that changed something. */
  touch(): void {
    this.changed = true;
  }

  takeChanged(): boolean {
    const changed = this.changed;
    this.changed = false;
    return changed;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Grows with every sync and every injected change, so a view can tell that the workbook may have changed. */
  get changeCount(): number {
    return this.version;
  }

  notifyChanged(): void {
    this.version += 1;
    this.listeners.forEach((listener) => listener());
  }
}
