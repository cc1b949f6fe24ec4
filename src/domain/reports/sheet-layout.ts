/** A1 addresses for report plans (0-based positions, as the plans keep them). */
import { columnLetter } from "../workbook-plan/build-plan";

/** "B7" */
export function cellAt(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** "$B$7" */
export function fixedCell(row: number, column: number): string {
  return `$${columnLetter(column)}$${row + 1}`;
}

/** "$B7": the column fixed, the row free. */
export function fixedColumn(row: number, column: number): string {
  return `$${columnLetter(column)}${row + 1}`;
}

/** "B$7": the row fixed, the column free. */
export function fixedRow(row: number, column: number): string {
  return `${columnLetter(column)}$${row + 1}`;
}

/** "B7:D9" from a top-left position and a size. */
export function areaAt(row: number, column: number, rows: number, columns: number): string {
  return `${cellAt(row, column)}:${cellAt(row + rows - 1, column + columns - 1)}`;
}

/** "$B$7:$D$9" */
export function fixedArea(row: number, column: number, rows: number, columns: number): string {
  return `${fixedCell(row, column)}:${fixedCell(row + rows - 1, column + columns - 1)}`;
}

/** Light red fill with dark red text: Excel's own "needs attention" style. */
export const ALERT_FILL = "#FFC7CE";
export const ALERT_FONT = "#9C0006";
