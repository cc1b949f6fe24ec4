import type { CellArea } from "./address";

export type Scalar = string | number | boolean;

/** One cell as Excel keeps it: a value, and the formula that computed it if any. */
export interface Cell {
  value: Scalar;
  formula?: string;
  numberFormat?: string;
}

export class MemoryTable {
  constructor(
    public name: string,
    readonly sheet: MemorySheet,
    readonly top: number,
    readonly left: number,
    public headers: string[],
    public rowCount: number,
  ) {}

  get area(): CellArea {
    return {
      top: this.top,
      left: this.left,
      bottom: this.top + this.rowCount,
      right: this.left + this.headers.length - 1,
    };
  }

  get bodyArea(): CellArea | null {
    if (this.rowCount === 0) return null;
    const { top, left, bottom, right } = this.area;
    return { top: top + 1, left, bottom, right };
  }

  rows(): Scalar[][] {
    const body = this.bodyArea;
    return body ? this.sheet.read(body).map((row) => row.map((cell) => cell.value)) : [];
  }
}

export class MemorySheet {
  readonly cells = new Map<string, Cell>();
  readonly tables: MemoryTable[] = [];
  isProtected = false;

  constructor(public name: string) {}

  cell(row: number, column: number): Cell {
    return this.cells.get(`${row},${column}`) ?? { value: "" };
  }

  setCell(row: number, column: number, cell: Cell): void {
    this.cells.set(`${row},${column}`, cell);
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

  /** Shift the cells of the given columns down by `count` rows from `fromRow`, as inserting table rows does. */
  shiftDown(fromRow: number, left: number, right: number, count: number): void {
    const moved = [...this.cells.entries()]
      .map(([key, cell]) => ({ key, cell, at: key.split(",").map(Number) }))
      .filter(({ at: [row, column] }) => row >= fromRow && column >= left && column <= right)
      .sort((a, b) => b.at[0] - a.at[0]);
    for (const { key, cell, at } of moved) {
      this.cells.delete(key);
      this.setCell(at[0] + count, at[1], cell);
    }
  }
}

/** The workbook's contents: what a test or the preview page looks at after the add-in has synced. */
export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [new MemorySheet("Sheet1")];

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  tables(): MemoryTable[] {
    return this.sheets.flatMap((sheet) => sheet.tables);
  }

  table(name: string): MemoryTable | undefined {
    return this.tables().find((table) => table.name.toLowerCase() === name.toLowerCase());
  }
}
