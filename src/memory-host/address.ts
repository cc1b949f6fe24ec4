/** A rectangle of cells, zero-based and inclusive. */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The grid of Excel 2007 and later. */
export const LAST_ROW = 1048575;
export const LAST_COLUMN = 16383;

export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/** One end of a reference: "B2", "$B$2", "C" (whole column) or "2" (whole row); undefined parts are open. */
function parseEnd(reference: string): { row?: number; column?: number } {
  const match = /^(?:\$?([A-Z]{1,3}))?(?:\$?(\d+))?$/i.exec(reference.trim());
  if (!match || (!match[1] && !match[2])) throw new Error(`"${reference}" is not a cell address.`);
  const row = match[2] === undefined ? undefined : Number(match[2]) - 1;
  const column = match[1] === undefined ? undefined : columnIndex(match[1]);
  if ((row ?? 0) < 0 || (row ?? 0) > LAST_ROW || (column ?? 0) > LAST_COLUMN)
    throw new Error(`"${reference}" is outside the sheet.`);
  return { row, column };
}

/** Splits "'顾客投诉'!A1:F1" into its sheet name (unquoted) and local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  const quoted = address.slice(0, bang).trim();
  const sheet = /^'.*'$/.test(quoted) ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  return { sheet, local: address.slice(bang + 1) };
}

/** "B2", "B2:D9", "C:C", "2:3", "C2:C1048576" or "Sheet1!B2:D9" (the sheet part is the caller's business). */
export function parseArea(address: string): CellArea {
  const parts = splitSheet(address).local.split(":");
  const [first, last = first] = parts;
  if (parts.length > 2) throw new Error(`"${address}" is not a range address.`);
  const a = parseEnd(first);
  const b = parseEnd(last);
  const wholeColumns = a.row === undefined && b.row === undefined;
  const wholeRows = a.column === undefined && b.column === undefined;
  if ((a.row === undefined) !== (b.row === undefined) || (a.column === undefined) !== (b.column === undefined))
    throw new Error(`"${address}" mixes cell, column and row references.`);
  if (parts.length === 1 && (a.row === undefined || a.column === undefined))
    throw new Error(`"${address}" is not a cell address.`);
  const [top, bottom] = wholeColumns ? [0, LAST_ROW] : [a.row ?? 0, b.row ?? 0];
  const [left, right] = wholeRows ? [0, LAST_COLUMN] : [a.column ?? 0, b.column ?? 0];
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** "A1:B2", "C:C" for whole columns and "2:2" for whole rows, as Range.address writes them. */
export function formatArea(area: CellArea, absolute = false): string {
  const $ = absolute ? "$" : "";
  if (area.top === 0 && area.bottom === LAST_ROW)
    return `${$}${columnLetters(area.left)}:${$}${columnLetters(area.right)}`;
  if (area.left === 0 && area.right === LAST_COLUMN) return `${$}${area.top + 1}:${$}${area.bottom + 1}`;
  const start = `${$}${columnLetters(area.left)}${$}${area.top + 1}`;
  const end = `${$}${columnLetters(area.right)}${$}${area.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** Excel quotes a sheet name in an address unless it is a plain word that cannot be read as a reference. */
export function quoteSheet(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Z]{1,3}\d+$/i.test(name) && !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheet: string, area: CellArea, absolute = false): string {
  return `${quoteSheet(sheet)}!${formatArea(area, absolute)}`;
}

export function areaSize(area: CellArea): { rows: number; columns: number } {
  return { rows: area.bottom - area.top + 1, columns: area.right - area.left + 1 };
}

export function intersection(a: CellArea, b: CellArea): CellArea | null {
  const area = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return area.top <= area.bottom && area.left <= area.right ? area : null;
}

/** The parts of `a` outside `b`: at most four rectangles (above, below, left, right). */
export function subtract(a: CellArea, b: CellArea): CellArea[] {
  const overlap = intersection(a, b);
  if (!overlap) return [a];
  const parts: CellArea[] = [];
  if (a.top < overlap.top) parts.push({ ...a, bottom: overlap.top - 1 });
  if (overlap.bottom < a.bottom) parts.push({ ...a, top: overlap.bottom + 1 });
  if (a.left < overlap.left) parts.push({ ...overlap, left: a.left, right: overlap.left - 1 });
  if (overlap.right < a.right) parts.push({ ...overlap, left: overlap.right + 1, right: a.right });
  return parts;
}

export function contains(outer: CellArea, row: number, column: number): boolean {
  return row >= outer.top && row <= outer.bottom && column >= outer.left && column <= outer.right;
}
