import type { CellValue } from "./cell-value";
import { FormulaInputError } from "./formula-error";

/** A range as Excel hands it to a custom function: rows of cells. */
export type CellRange = readonly (readonly CellValue[])[];

/** A range argument, or a single value where Excel passes one cell as a scalar. */
export type RangeArgument = CellRange | CellValue;

export function isRange(argument: RangeArgument): argument is CellRange {
  return Array.isArray(argument);
}

/** The cells in reading order (row by row); a scalar is a one-cell range. */
export function cellsOf(argument: RangeArgument): CellValue[] {
  if (!isRange(argument)) return [argument];
  const cells: CellValue[] = [];
  for (const row of argument) for (const cell of row) cells.push(cell);
  return cells;
}

function shapeOf(argument: RangeArgument): string {
  return isRange(argument) ? `${argument.length}×${argument[0]?.length ?? 0}` : "1×1";
}

/** Two ranges that pair cell by cell must have the same rows and columns: #VALUE! otherwise. */
export function assertSameShape(a: RangeArgument, b: RangeArgument, what: string): void {
  if (shapeOf(a) !== shapeOf(b))
    throw new FormulaInputError("value", `${what}: ${shapeOf(a)} and ${shapeOf(b)} ranges do not match.`);
}
