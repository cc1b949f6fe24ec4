/** A1 references as the file writes them: always with row numbers ("C2:C1048576", never "C:C"). */
import { type CellArea, columnLetters } from "../address";

function cellRef(row: number, column: number, absolute: boolean): string {
  const $ = absolute ? "$" : "";
  return `${$}${columnLetters(column)}${$}${row + 1}`;
}

export function a1Area(area: CellArea, absolute = false): string {
  const start = cellRef(area.top, area.left, absolute);
  const end = cellRef(area.bottom, area.right, absolute);
  return start === end ? start : `${start}:${end}`;
}

export function absoluteArea(area: CellArea): string {
  return a1Area(area, true);
}

export function areaCells(area: CellArea): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}
