import { type CellArea, LAST_COLUMN } from "./address";
import { type Cell, EMPTY, type Scalar } from "./cell-input";
import type { MemorySheet } from "./model";

export interface SortField {
  readonly key: number;
  readonly ascending: boolean;
}

/** Excel's ascending order: numbers, then text (case-insensitive), then booleans; blanks always last. */
function compareValues(a: Scalar, b: Scalar): number {
  const rank = (value: Scalar) =>
    value === "" ? 3 : typeof value === "number" ? 0 : typeof value === "string" ? 1 : 2;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).toLowerCase().localeCompare(String(b).toLowerCase());
}

function headerText(cell: Cell): string {
  return String(cell.formula ?? cell.value).trim();
}

/** A table: a header row of unique column names over `rowCount` data rows. */
export class MemoryTable {
  showHeaders = true;
  style = "TableStyleMedium2";
  sortFields: SortField[] = [];
  /** Set by a user's filter (MemoryExcel.filterTable); rows are not hidden, only the state is kept. */
  filter: { readonly column: string } | null = null;

  constructor(
    public name: string,
    readonly id: string,
    readonly sheet: MemorySheet,
    public top: number,
    public left: number,
    public columnCount: number,
    public rowCount: number,
  ) {}

  /** The header cells are the column names. */
  get headers(): string[] {
    return this.sheet.read(this.headerArea)[0].map(headerText);
  }

  get area(): CellArea {
    return {
      top: this.top,
      left: this.left,
      bottom: this.top + this.rowCount,
      right: this.left + this.columnCount - 1,
    };
  }

  get headerArea(): CellArea {
    return { ...this.area, bottom: this.top };
  }

  get bodyArea(): CellArea | null {
    if (this.rowCount === 0) return null;
    return { ...this.area, top: this.top + 1 };
  }

  /** The data rows, or Excel's one empty "insert row" under the header of a table without data. */
  get bodyOrInsertRow(): CellArea {
    return this.bodyArea ?? { ...this.area, top: this.top + 1, bottom: this.top + 1 };
  }

  get isDataFiltered(): boolean {
    return this.filter !== null;
  }

  rows(): Scalar[][] {
    const body = this.bodyArea;
    return body ? this.sheet.read(body).map((row) => row.map((cell) => cell.value)) : [];
  }

  isAlive(): boolean {
    return this.sheet.tables.includes(this) && this.sheet.workbook.sheets.includes(this.sheet);
  }

  columnIndex(name: string): number {
    return this.headers.findIndex((header) => header.toLowerCase() === name.trim().toLowerCase());
  }

  columnArea(index: number, withHeader = true): CellArea {
    const column = this.left + index;
    return { top: withHeader ? this.top : this.top + 1, bottom: this.area.bottom, left: column, right: column };
  }

  /** Header cells hold unique, non-empty text: Excel names a blank header ColumnN and a duplicate Name2. */
  normalizeHeaders(): void {
    const seen = new Set<string>();
    this.headers.forEach((header, i) => {
      const base = header || `Column${i + 1}`;
      let name = base;
      for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
      seen.add(name.toLowerCase());
      this.sheet.setCell(this.top, this.left + i, { value: name });
    });
  }

  /**
   * Inserts data rows at body index `at`: cells below move down and new rows inherit the columns' formats. `toCell`
   * turns an input into a cell at its place. With `fillFormulas` (Excel's "Fill formulas in tables" option), a
   * cell given as null in a calculated column gets the column's formula; "" always writes an empty cell, so an
   * add-in that wants a row's formulas writes them itself, which is right with the option on or off.
   * (Excel has been reported to fill even "" with the option on, office-js#1916:
   * https://github.com/OfficeDev/office-js/issues/1916; the host takes the reading that relies on nothing.)
   */
  insertRows(
    at: number,
    rows: readonly (readonly (Scalar | null)[])[],
    toCell: (input: Scalar, row: number, column: number) => Cell,
    fillFormulas: boolean,
  ): void {
    const firstRow = this.top + 1 + at;
    const { left, right } = this.area;
    const region = { top: firstRow, bottom: Number.MAX_SAFE_INTEGER, left, right };
    const calculated = fillFormulas ? this.calculatedFormulas() : [];
    this.sheet.moveCells(region, rows.length, 0);
    this.sheet.ruleLists().forEach((rules) => rules.insertRows(firstRow, left, right, rows.length, this.top + 1));
    rows.forEach((row, r) =>
      row.forEach((input, c) => {
        const [at, column] = [firstRow + r, left + c];
        const formula = calculated[c];
        const missing = input === null || input === undefined;
        const cell = missing
          ? formula
            ? { value: "", formula }
            : EMPTY
          : input === ""
            ? EMPTY
            : toCell(input, at, column);
        this.sheet.setCell(at, column, cell);
      }),
    );
    this.rowCount += rows.length;
    this.sheet.workbook.touch();
  }

  /**
   * Grows the table over `rows` rows written just below it (see HostSettings.includeNewRowsInTables); with
   * `fillFormulas`, their empty cells in calculated columns get the column's formula, as a typed row does.
   */
  expandOver(rows: number, fillFormulas: boolean): void {
    const calculated = fillFormulas ? this.calculatedFormulas() : [];
    const firstRow = this.area.bottom + 1;
    this.rowCount += rows;
    for (let row = firstRow; row < firstRow + rows; row++)
      calculated.forEach((formula, c) => {
        const column = this.left + c;
        if (formula && this.sheet.cell(row, column).value === "" && !this.sheet.cell(row, column).formula)
          this.sheet.setCell(row, column, { value: "", formula });
      });
    this.sheet.workbook.touch();
  }

  /** A calculated column: every data cell holds the same formula, which Excel fills into new rows. */
  private calculatedFormulas(): (string | undefined)[] {
    const body = this.bodyArea;
    if (!body) return [];
    const columns = this.sheet
      .read(body)[0]
      .map((_, c) => this.sheet.read(this.columnArea(c, false)).map(([cell]) => cell));
    return columns.map((cells) => {
      const formula = cells[0].formula;
      return formula && cells.every((cell) => cell.formula === formula) ? formula : undefined;
    });
  }

  /** Adds a column at `index`: cells from there to the right (in the table's rows) move right. */
  insertColumn(index: number, header: string, body: readonly Cell[]): void {
    const column = this.left + index;
    const region = { top: this.top, bottom: this.area.bottom, left: column, right: LAST_COLUMN };
    this.sheet.moveCells(region, 0, 1);
    this.sheet.ruleLists().forEach((rules) => rules.move({ ...region, right: LAST_COLUMN - 1 }, 0, 1));
    this.sheet.setCell(this.top, column, { value: header });
    body.forEach((cell, r) => this.sheet.setCell(this.top + 1 + r, column, cell));
    this.columnCount += 1;
    this.normalizeHeaders();
  }

  /**
   * Deletes `count` data rows from body index `at`: their cells go and the cells below them, in the table's
   * columns, move up (TableRow.delete, and Range.delete("Up") over whole rows of the data). Formats stay in place,
   * as the host has always left them on a row delete.
   */
  deleteRows(at: number, count: number): void {
    const top = this.top + 1 + at;
    const { left, right } = this.area;
    for (let row = top; row < top + count; row++)
      for (let column = left; column <= right; column++) this.sheet.setCell(row, column, EMPTY);
    this.sheet.moveCells({ top: top + count, bottom: Number.MAX_SAFE_INTEGER, left, right }, -count, 0);
    this.rowCount -= count;
    this.sheet.workbook.touch();
  }

  /** Deletes a column and its cells; cells to its right (in the table's rows) move left. */
  deleteColumn(index: number): void {
    const column = this.left + index;
    const region = { top: this.top, bottom: this.area.bottom, left: column + 1, right: LAST_COLUMN };
    for (let row = this.top; row <= this.area.bottom; row++) this.sheet.setCell(row, column, EMPTY);
    this.sheet.moveCells(region, 0, -1);
    this.sheet.ruleLists().forEach((rules) => {
      rules.clear(this.columnArea(index));
      rules.move(region, 0, -1);
    });
    this.columnCount -= 1;
  }

  /** Reorders the columns (cells and formats) so that column `from` ends at position `to`. */
  moveColumn(from: number, to: number): void {
    const order = [...Array(this.columnCount).keys()];
    order.splice(to, 0, ...order.splice(from, 1));
    const cells = order.map((index) => this.sheet.read(this.columnArea(index)).map(([cell]) => cell));
    for (const rules of this.sheet.ruleLists()) {
      const pieces = order.map((index) => rules.extract(this.columnArea(index)));
      pieces.forEach((piece, position) => rules.place(piece, this.top, this.left + position));
    }
    cells.forEach((column, position) =>
      column.forEach((cell, r) => this.sheet.setCell(this.top + r, this.left + position, cell)),
    );
  }

  /** Sorts the data rows by the fields, first field first (values and formulas move; formats stay in place). */
  sortBy(fields: readonly SortField[]): void {
    const body = this.bodyArea;
    if (body) {
      const rows = this.sheet.read(body);
      rows.sort((a, b) => {
        for (const { key, ascending } of fields) {
          const blank = Number(a[key].value === "") - Number(b[key].value === "");
          const order = blank !== 0 ? blank : (ascending ? 1 : -1) * compareValues(a[key].value, b[key].value);
          if (order !== 0) return order;
        }
        return 0;
      });
      rows.forEach((row, r) => row.forEach((cell, c) => this.sheet.setCell(body.top + r, body.left + c, cell)));
    }
    this.sortFields = fields.map((field) => ({ ...field }));
    this.sheet.workbook.touch();
  }
}
