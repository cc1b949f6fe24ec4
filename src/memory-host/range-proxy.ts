import { areaSize, type CellArea, intersection, LAST_COLUMN, LAST_ROW, parseArea, qualifiedAddress } from "./address";
import type { AreaRules } from "./area-rules";
import { type Scalar, cellFromInput } from "./cell-input";
import { type Batch, ClientObject, type HostSettings, Locator } from "./client-object";
import { ConditionalFormatCollectionProxy } from "./conditional-format";
import { DataValidationProxy } from "./data-validation";
import { accessDenied, invalidArgument, invalidOperation, rangeExceedsLimit } from "./errors";
import type { MemorySheet } from "./model";
import { RangeFormatProxy } from "./range-format";
import { WorksheetProxy, usedArea } from "./worksheet-proxy";

export interface RangeTarget {
  readonly sheet: MemorySheet;
  readonly area: CellArea;
}

export const READ_CELL_LIMIT = 5_000_000;

/**
 * Input for values, formulas and numberFormat: a 2-D array of the range's shape. The reference once said a single
 * value applied to every cell; the typings take only any[][] and the text is gone
 * (https://github.com/OfficeDev/office-js-docs-reference/issues/578,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member), so the host
 * refuses a scalar (InvalidArgument). The one exception is WHOLE_COLUMN_FORMAT below.
 */
export type CellInput<T> = (T | null)[][];

/**
 * The one exception: a 1×1 numberFormat over a column from some row to the sheet's last row is applied to every
 * cell of it, as Excel does (reported in https://github.com/OfficeDev/office-js-docs-pr/issues/5400), because no
 * 2-D array of 1,048,575 rows fits in a request. src/excel/column-format.ts relies on it in one function.
 */
function isWholeColumnFormat(input: unknown, area: CellArea): boolean {
  return (
    Array.isArray(input) &&
    input.length === 1 &&
    Array.isArray(input[0]) &&
    input[0].length === 1 &&
    area.bottom === LAST_ROW &&
    area.bottom > area.top
  );
}

function checkedArea(area: CellArea): CellArea {
  if (area.top < 0 || area.left < 0 || area.bottom > LAST_ROW || area.right > LAST_COLUMN || area.bottom < area.top)
    throw invalidArgument("The range would lie outside the sheet.");
  if (area.right < area.left) throw invalidArgument("The range would lie outside the sheet.");
  return area;
}

/** The 2-D array (or scalar) checked against the range's shape; null entries leave a cell unchanged. */
function eachInput<T>(input: CellInput<T>, area: CellArea, visit: (value: T, row: number, column: number) => void) {
  const { rows, columns } = areaSize(area);
  if (!Array.isArray(input))
    throw invalidArgument(
      `A range takes a 2-D array of its shape (${rows}×${columns}), not the single value ${JSON.stringify(input)}.`,
    );
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== columns))
    throw invalidArgument(`The input is ${input.length}×${input[0]?.length ?? 0} but the range is ${rows}×${columns}.`);
  input.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== undefined) visit(value, area.top + r, area.left + c);
    }),
  );
}

/** Runs of equal formats down each column, so a 2-D array of formats becomes a few area rules. */
function formatRuns(input: (string | null)[][], area: CellArea): { area: CellArea; format: string }[] {
  const runs: { area: CellArea; format: string }[] = [];
  for (let c = 0; c < (input[0]?.length ?? 0); c++) {
    let start = 0;
    for (let r = 1; r <= input.length; r++) {
      if (r < input.length && input[r][c] === input[start][c]) continue;
      const format = input[start][c];
      const column = area.left + c;
      if (format !== null && format !== undefined)
        runs.push({
          area: { top: area.top + start, bottom: area.top + r - 1, left: column, right: column },
          format: String(format),
        });
      start = r;
    }
  }
  return runs;
}

export class RangeProxy extends ClientObject<RangeTarget> {
  protected readonly scalarProperties = ["address", "rowCount", "columnCount", "rowIndex", "columnIndex", "values"];
  readonly format: RangeFormatProxy;
  readonly dataValidation: DataValidationProxy;
  readonly conditionalFormats: ConditionalFormatCollectionProxy;

  constructor(batch: Batch, locator: Locator<RangeTarget>) {
    super(batch, locator);
    this.format = new RangeFormatProxy(batch, locator);
    this.dataValidation = new DataValidationProxy(batch, locator);
    this.conditionalFormats = new ConditionalFormatCollectionProxy(batch, locator);
  }

  /** The sheet and area this proxy stands for, resolved in the sync being applied. */
  target(): RangeTarget {
    return this.locator.get();
  }

  protected snapshot(property: string, { sheet, area }: RangeTarget): unknown {
    const cells = () => {
      // "A range is limited to 5,000,000 cells for read operations" (see REQUEST_LIMIT_BYTES' sources).
      const { rows, columns } = areaSize(area);
      if (rows * columns > READ_CELL_LIMIT) throw rangeExceedsLimit(rows * columns);
      return sheet.read(area);
    };
    switch (property) {
      case "values":
        return cells().map((row) => row.map((cell) => cell.value));
      case "text":
        return cells().map((row) => row.map((cell) => String(cell.value)));
      case "formulas":
        return cells().map((row) => row.map((cell) => cell.formula ?? cell.value));
      case "numberFormat":
        return cells().map((row, r) => row.map((_, c) => sheet.numberFormatAt(area.top + r, area.left + c)));
      case "address":
      case "addressLocal":
        return qualifiedAddress(sheet.name, area);
      case "rowCount":
        return areaSize(area).rows;
      case "columnCount":
        return areaSize(area).columns;
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "columnHidden":
        return hidden(sheet.hiddenColumns, { top: 0, bottom: 0, left: area.left, right: area.right });
      case "rowHidden":
        return hidden(sheet.hiddenRows, { top: area.top, bottom: area.bottom, left: 0, right: 0 });
      default:
        throw invalidArgument(`The in-memory host does not load Range.${property}.`);
    }
  }

  get values(): Scalar[][] {
    return this.loadedValue("values");
  }
  set values(input: CellInput<Scalar>) {
    this.writeCells("values", input);
  }

  get formulas(): Scalar[][] {
    return this.loadedValue("formulas");
  }
  set formulas(input: CellInput<Scalar>) {
    this.writeCells("formulas", input);
  }

  get text(): string[][] {
    return this.loadedValue("text");
  }

  get numberFormat(): string[][] {
    return this.loadedValue("numberFormat");
  }
  /** Stored as area rules: one rule per run of equal formats in a column, one rule for a whole column's format. */
  set numberFormat(input: CellInput<string>) {
    this.change({ set: "numberFormat", input }, ({ sheet, area }) => {
      sheet.assertAllowed("allowFormatCells");
      if (isWholeColumnFormat(input, area)) return sheet.numberFormats.set(area, String(input[0][0]));
      eachInput(input, area, () => undefined); // checks the shape before anything changes
      formatRuns(input, area).forEach(({ area: run, format }) => sheet.numberFormats.set(run, format));
    });
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get addressLocal(): string {
    return this.loadedValue("addressLocal");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }

  /** True when every column of the range is hidden, false when none is, null when some are. */
  get columnHidden(): boolean {
    return this.loadedValue("columnHidden");
  }
  /** Hides or shows the whole columns the range spans. */
  set columnHidden(hide: boolean) {
    this.change({ set: "columnHidden", hide }, ({ sheet, area }) => {
      sheet.assertAllowed("allowFormatColumns");
      const columns = { top: 0, bottom: 0, left: area.left, right: area.right };
      if (hide) sheet.hiddenColumns.set(columns, true);
      else sheet.hiddenColumns.clear(columns);
    });
  }

  /** True when every row of the range is hidden, false when none is, null when some are. */
  get rowHidden(): boolean {
    return this.loadedValue("rowHidden");
  }
  /** Hides or shows the whole rows the range spans. */
  set rowHidden(hide: boolean) {
    this.change({ set: "rowHidden", hide }, ({ sheet, area }) => {
      sheet.assertAllowed("allowFormatRows");
      const rows = { top: area.top, bottom: area.bottom, left: 0, right: 0 };
      if (hide) sheet.hiddenRows.set(rows, true);
      else sheet.hiddenRows.clear(rows);
    });
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(
      this.batch,
      this.locator.map(({ sheet }) => sheet, "The worksheet"),
    );
  }

  /** A range relative to this one, checked to lie on the sheet. */
  private relative(what: string, derive: (area: CellArea) => CellArea): RangeProxy {
    return new RangeProxy(
      this.batch,
      this.locator.map(({ sheet, area }) => ({ sheet, area: checkedArea(derive(area)) }), what),
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this.relative("The cell", (a) => ({
      top: a.top + row,
      left: a.left + column,
      bottom: a.top + row,
      right: a.left + column,
    }));
  }
  getRow(row: number): RangeProxy {
    return this.relative("The row", (a) => ({ ...a, top: a.top + row, bottom: a.top + row }));
  }
  getColumn(column: number): RangeProxy {
    return this.relative("The column", (a) => ({ ...a, left: a.left + column, right: a.left + column }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.relative("The range", (a) => ({ ...a, bottom: a.bottom + deltaRows, right: a.right + deltaColumns }));
  }
  getOffsetRange(rows: number, columns: number): RangeProxy {
    return this.relative("The range", (a) => ({
      top: a.top + rows,
      left: a.left + columns,
      bottom: a.bottom + rows,
      right: a.right + columns,
    }));
  }
  getEntireColumn(): RangeProxy {
    return this.relative("The column", (a) => ({ ...a, top: 0, bottom: LAST_ROW }));
  }
  getEntireRow(): RangeProxy {
    return this.relative("The row", (a) => ({ ...a, left: 0, right: LAST_COLUMN }));
  }
  getRange(address: string): RangeProxy {
    return this.relative("The range", (a) => {
      const inner = parseArea(address);
      return {
        top: a.top + inner.top,
        left: a.left + inner.left,
        bottom: a.top + inner.bottom,
        right: a.left + inner.right,
      };
    });
  }

  /**
   * The used cells within this range; ItemNotFound when none is ("If there are no used cells within the range,
   * this function will throw an ItemNotFound error", https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrange-member(1)).
   */
  getUsedRange(valuesOnly = false): RangeProxy {
    void valuesOnly;
    const used = this.locator.map(({ sheet, area }) => {
      const found = usedArea(sheet, area);
      return found ? { sheet, area: found } : null;
    }, "The used range");
    return new RangeProxy(this.batch, used);
  }

  /**
   * The used cells within this range (Range.getUsedRangeOrNullObject, ExcelApi 1.4): a null object when none is.
   * Formats alone do not count, as with valuesOnly (the host keeps no formatted-only cells apart).
   */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    void valuesOnly;
    const used = this.locator.map(
      ({ sheet, area }) => {
        const found = usedArea(sheet, area);
        return found ? { sheet, area: found } : null;
      },
      "The used range",
      true,
    );
    return new RangeProxy(this.batch, used).trackNull();
  }

  /** The cells shared with another range (or address) on the same sheet; a null object when they do not meet. */
  getIntersectionOrNullObject(other: RangeProxy | string): RangeProxy {
    const shared = this.locator.map(
      ({ sheet, area }) => {
        const theirs = typeof other === "string" ? { sheet, area: parseArea(other) } : other.target();
        if (theirs.sheet !== sheet) throw invalidArgument("The ranges are on different sheets.");
        const overlap = intersection(area, theirs.area);
        return overlap ? { sheet, area: overlap } : null;
      },
      "The intersection",
      true,
    );
    return new RangeProxy(this.batch, shared).trackNull();
  }

  /** Range.clear("All" by default): contents and formats; "Contents" or "Formats" clear one of them. */
  clear(applyTo: string = "All"): void {
    this.change({ clear: applyTo }, ({ sheet, area }) => {
      if (applyTo !== "Formats") sheet.assertCellsWritable(area);
      if (applyTo !== "Contents") sheet.assertAllowed("allowFormatCells");
      if (applyTo !== "Formats")
        sheet.cellsIn(area).forEach(([row, column]) => sheet.setCell(row, column, { value: "" }));
      if (applyTo !== "Contents")
        [sheet.numberFormats, ...sheet.formats.values()].forEach((rules) => rules.clear(area));
      normalizeTableHeaders(sheet, area);
    });
  }

  /**
   * Range.delete (ExcelApi 1.1, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-delete-member(1)):
   * the host models the one use the add-in makes of it, "Up" over whole data rows of a table
   * (https://learn.microsoft.com/javascript/api/excel/excel.deleteshiftdirection), which deletes those table rows
   * as Excel's Delete Table Rows does. Anything else touching a table is refused as Excel refuses shifting part of
   * one; a delete away from tables, or to the left, is not modelled.
   */
  delete(shift: "Up" | "Left"): void {
    this.change({ delete: "range", shift }, ({ sheet, area }) => {
      const tables = sheet.tables.filter((table) => intersection(table.area, area));
      if (shift !== "Up" || tables.length === 0)
        throw invalidArgument(
          `The in-memory host models Range.delete("Up") over table rows only, not "${shift}" here.`,
        );
      const [table] = tables;
      const body = table.bodyArea;
      const wholeRows =
        tables.length === 1 &&
        body !== null &&
        area.top >= body.top &&
        area.bottom <= body.bottom &&
        area.left === body.left &&
        area.right === body.right;
      if (!wholeRows)
        throw invalidOperation("This operation is not allowed. The operation is attempting to shift cells in a table.");
      if (sheet.isProtected) throw accessDenied(`The sheet '${sheet.name}' is protected.`);
      // TableRowCollection.deleteRows throws InsertDeleteConflict on a filtered table; the stricter reading here.
      if (table.isDataFiltered)
        throw invalidOperation(`Rows cannot be deleted from table '${table.name}' while its data is filtered.`);
      table.deleteRows(area.top - body.top, area.bottom - area.top + 1);
    });
  }

  /** Selects the range in the window, showing its sheet (a hidden sheet fails with InvalidOperation). */
  select(): void {
    this.change({ select: true }, ({ sheet, area }) => sheet.workbook.select(sheet, area));
  }

  private writeCells(property: string, input: CellInput<Scalar>): void {
    this.change({ set: property, input }, ({ sheet, area }) => {
      sheet.assertCellsWritable(area);
      eachInput(input, area, () => undefined); // checks the shape before anything changes
      eachInput(input, area, (value, row, column) =>
        sheet.setCell(row, column, cellFromInput(value, sheet.numberFormatAt(row, column) === "@")),
      );
      normalizeTableHeaders(sheet, area);
      if (this.batch.settings.includeNewRowsInTables) expandTables(sheet, area, this.batch.settings);
    });
  }

  /** The `count` rows just below this range, as wide as it (Range.getRowsBelow, ExcelApi 1.2). */
  getRowsBelow(count = 1): RangeProxy {
    return this.relative("The rows below", (a) => ({ ...a, top: a.bottom + 1, bottom: a.bottom + count }));
  }
}

function hidden(rules: AreaRules<boolean>, strip: CellArea): boolean | null {
  const { values, uncovered } = rules.within(strip);
  if (values.length === 0) return false;
  return uncovered ? null : true;
}

/**
 * Values written into the row just below a table, within its columns, make it grow over the rows written (see
 * HostSettings.includeNewRowsInTables). Only when something was written there, not on a protected sheet, not
 * while a user's filter is on, and never over another table.
 */
function expandTables(sheet: MemorySheet, area: CellArea, settings: HostSettings): void {
  if (sheet.isProtected) return;
  for (const table of sheet.tables) {
    const below = table.area.bottom + 1;
    const inColumns = area.left >= table.left && area.right <= table.area.right;
    if (area.top !== below || !inColumns || table.isDataFiltered) continue;
    const grown = { ...table.area, top: below, bottom: area.bottom };
    if (sheet.tables.some((other) => other !== table && intersection(other.area, grown))) continue;
    if (sheet.cellsIn({ ...area, bottom: area.bottom }).length === 0) continue;
    table.expandOver(area.bottom - area.top + 1, settings.fillFormulasInTables);
  }
}

/** Writing a table's header row renames its columns; Excel keeps the names unique and non-empty. */
export function normalizeTableHeaders(sheet: MemorySheet, area: CellArea): void {
  sheet.tables.filter((table) => intersection(table.headerArea, area)).forEach((table) => table.normalizeHeaders());
}

/** A range proxy over a fixed area of a sheet found by `sheet`. */
export function rangeOn(batch: Batch, sheet: Locator<MemorySheet>, area: () => CellArea, nullable = false): RangeProxy {
  return new RangeProxy(
    batch,
    sheet.map((found) => ({ sheet: found, area: checkedArea(area()) }), "The range", nullable),
  );
}
