/** A rectangle of cells, zero-based and inclusive. */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function parseCell(reference: string): { row: number; column: number } {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(reference.trim());
  if (!match) throw new Error(`"${reference}" is not a cell address.`);
  const column = [...match[1].toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/** "B2", "B2:D9" or "Sheet1!B2:D9" (the sheet part is the caller's business). */
export function parseArea(address: string): CellArea {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [first, last = first] = local.split(":");
  const a = parseCell(first);
  const b = parseCell(last);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

export function formatArea(area: CellArea): string {
  const start = `${columnLetters(area.left)}${area.top + 1}`;
  const end = `${columnLetters(area.right)}${area.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}
