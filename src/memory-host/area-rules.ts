import { type CellArea, contains, intersection, LAST_ROW, subtract } from "./address";

export interface AreaRule<T> {
  readonly area: CellArea;
  readonly value: T;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function adjacent(a: CellArea, b: CellArea): boolean {
  const stacked = a.left === b.left && a.right === b.right && (a.bottom + 1 === b.top || b.bottom + 1 === a.top);
  const sideBySide = a.top === b.top && a.bottom === b.bottom && (a.right + 1 === b.left || b.right + 1 === a.left);
  return stacked || sideBySide;
}

const union = (a: CellArea, b: CellArea): CellArea => ({
  top: Math.min(a.top, b.top),
  left: Math.min(a.left, b.left),
  bottom: Math.max(a.bottom, b.bottom),
  right: Math.max(a.right, b.right),
});

/** Joins neighbouring rules of equal value, so repeated edits do not fragment a column into many rules. */
function merged<T>(rules: AreaRule<T>[]): AreaRule<T>[] {
  const result = [...rules];
  for (let i = 0; i < result.length; i++)
    for (let j = i + 1; j < result.length; j++)
      // The area test first: it is a few comparisons, while `same` may stringify both values.
      if (adjacent(result[i].area, result[j].area) && same(result[i].value, result[j].value)) {
        result[i] = { area: union(result[i].area, result[j].area), value: result[i].value };
        result.splice(j, 1);
        j = i;
      }
  return result;
}

/**
 * Formats and validation as Excel keeps them: non-overlapping rectangles with a value each, so a whole column
 * costs one rule rather than a million cells. The rule list is replaced, never mutated, so saving it is O(1).
 */
export class AreaRules<T> {
  private rules: readonly AreaRule<T>[] = [];

  constructor(private readonly onChange: () => void) {}

  list(): readonly AreaRule<T>[] {
    return this.rules;
  }

  at(row: number, column: number): T | undefined {
    return this.rules.find((rule) => contains(rule.area, row, column))?.value;
  }

  /** The distinct values over an area, and whether some of its cells have none. */
  within(area: CellArea): { values: T[]; uncovered: boolean } {
    const values: T[] = [];
    let uncovered = [area];
    for (const rule of this.rules) {
      const overlap = intersection(rule.area, area);
      if (!overlap) continue;
      uncovered = uncovered.flatMap((piece) => subtract(piece, overlap));
      if (!values.some((value) => same(value, rule.value))) values.push(rule.value);
    }
    return { values, uncovered: uncovered.length > 0 };
  }

  /** Rewrites every cell of the area through `change`; cells keep one rule each, never two. */
  update(area: CellArea, change: (old: T | undefined) => T | undefined): void {
    const next: AreaRule<T>[] = [];
    let uncovered = [area];
    let changed = false;
    for (const rule of this.rules) {
      const overlap = intersection(rule.area, area);
      if (!overlap) {
        next.push(rule);
        continue;
      }
      uncovered = uncovered.flatMap((piece) => subtract(piece, overlap));
      subtract(rule.area, area).forEach((rest) => next.push({ area: rest, value: rule.value }));
      const value = change(rule.value);
      changed ||= !same(value, rule.value);
      if (value !== undefined) next.push({ area: overlap, value });
    }
    const fresh = change(undefined);
    if (fresh !== undefined && uncovered.length > 0) {
      changed = true;
      uncovered.forEach((piece) => next.push({ area: piece, value: fresh }));
    }
    if (changed) this.replace(next);
  }

  set(area: CellArea, value: T): void {
    this.update(area, () => value);
  }

  clear(area: CellArea): void {
    this.update(area, () => undefined);
  }

  /**
   * Rows inserted at `at` in columns left..right (a table growing): rules below move down, rules the insertion
   * falls inside grow, rules ending just above it grow if they start at or below `inheritTop` (the table's first
   * data row: new rows inherit the column's format), and rules reaching the sheet's last row stay as they are.
   */
  insertRows(at: number, left: number, right: number, count: number, inheritTop: number): void {
    const next: AreaRule<T>[] = [];
    let changed = false;
    for (const rule of this.rules) {
      const band = { top: rule.area.top, bottom: rule.area.bottom, left, right };
      const inside = intersection(rule.area, band);
      if (!inside || rule.area.bottom === LAST_ROW || inside.bottom < at - 1) {
        next.push(rule);
        continue;
      }
      subtract(rule.area, band).forEach((rest) => next.push({ area: rest, value: rule.value }));
      const moved = this.shifted(inside, at, count, inheritTop);
      changed ||= !same(moved, inside);
      if (moved) next.push({ area: moved, value: rule.value });
    }
    if (changed) this.replace(next);
  }

  private shifted(area: CellArea, at: number, count: number, inheritTop: number): CellArea | null {
    const clip = (row: number) => Math.min(row, LAST_ROW);
    if (area.bottom === at - 1) return area.top >= inheritTop ? { ...area, bottom: clip(area.bottom + count) } : area;
    if (area.top < at) return { ...area, bottom: clip(area.bottom + count) };
    if (area.top + count > LAST_ROW) return null;
    return { ...area, top: area.top + count, bottom: clip(area.bottom + count) };
  }

  /** Takes the rules inside `region` out, with areas relative to its top-left corner. */
  extract(region: CellArea): AreaRule<T>[] {
    const pieces = this.rules.flatMap((rule) => {
      const overlap = intersection(rule.area, region);
      if (!overlap) return [];
      const area = {
        top: overlap.top - region.top,
        left: overlap.left - region.left,
        bottom: overlap.bottom - region.top,
        right: overlap.right - region.left,
      };
      return [{ area, value: rule.value }];
    });
    this.clear(region);
    return pieces;
  }

  /** Puts extracted rules back with their top-left corner at (top, left), replacing what is there. */
  place(pieces: readonly AreaRule<T>[], top: number, left: number): void {
    for (const piece of pieces) {
      const area = {
        top: piece.area.top + top,
        left: piece.area.left + left,
        bottom: piece.area.bottom + top,
        right: piece.area.right + left,
      };
      if (area.left >= 0 && area.top >= 0) this.set(area, piece.value);
    }
  }

  /** Moves the rules of `region` by the given offset (cells shifted by a deleted or moved column). */
  move(region: CellArea, rows: number, columns: number): void {
    this.place(this.extract(region), region.top + rows, region.left + columns);
  }

  private replace(next: AreaRule<T>[]): void {
    this.rules = merged(next);
    this.onChange();
  }
}
