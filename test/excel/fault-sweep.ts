/**
 * For the no-rollback specs: every operation of an action failed in turn, and a workbook compared as a person would
 * see it (cells, formats, rules, tables, charts, names, page setup), so "the same workbook" means what it says.
 */
import { type CellArea, LAST_ROW } from "../../src/memory-host/address";
import type { MemoryExcel } from "../../src/memory-host";

/** One injected failure: operation `operation` (0-based) of the action's sync number `sync` (0-based). */
export interface Fault {
  readonly sync: number;
  readonly operation: number;
}

/** Every operation of every sync of a run, from `host.operationCounts`; `syncs` picks the syncs to fail. */
export function everyOperation(counts: readonly number[], syncs: (sync: number) => boolean = () => true): Fault[] {
  return counts.flatMap((count, sync) =>
    syncs(sync) ? Array.from({ length: count }, (_, operation) => ({ sync, operation })) : [],
  );
}

export function describeFault({ sync, operation }: Fault): string {
  return `operation ${operation} of sync ${sync}`;
}

/** Injects the fault into the host's next run. */
export function inject(host: MemoryExcel, { sync, operation }: Fault): void {
  host.failOperation(operation, { after: sync, message: `Injected failure at ${sync}:${operation}` });
}

/**
 * Runs `check` for every fault and returns the faults whose check threw, each with its message: one `expect` over
 * the list reports every failing operation at once instead of stopping at the first.
 */
export async function sweep(faults: readonly Fault[], check: (fault: Fault) => Promise<void>): Promise<string[]> {
  const failures: string[] = [];
  for (const fault of faults) {
    try {
      await check(fault);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push(`${describeFault(fault)}: ${message.split("\n").slice(0, 12).join("\n")}`);
    }
  }
  return failures;
}

type Rule = { readonly area: CellArea; readonly value: unknown };

/**
 * Area rules as rows of runs ("0-3=General"): two rule lists that cover the same cells with the same values read
 * the same however they were cut. Rows past every rule's finite edge are all alike, so they stop there.
 */
function ruleRows(rules: readonly Rule[]): string[] {
  const edges = rules.flatMap(({ area }) => [area.top, area.bottom < LAST_ROW ? area.bottom + 1 : area.top]);
  const last = Math.max(0, ...edges);
  const rows: string[] = [];
  for (let row = 0; row <= last; row++) {
    const runs = rules
      .filter(({ area }) => area.top <= row && row <= area.bottom)
      .map(({ area, value }) => ({ left: area.left, right: area.right, value: JSON.stringify(value) }))
      .sort((a, b) => a.left - b.left);
    const joined: typeof runs = [];
    for (const run of runs) {
      const previous = joined[joined.length - 1];
      if (previous && previous.right + 1 === run.left && previous.value === run.value)
        joined[joined.length - 1] = { ...previous, right: run.right };
      else joined.push(run);
    }
    rows.push(joined.map(({ left, right, value }) => `${left}-${right}=${value}`).join(" "));
  }
  while (rows.length > 1 && rows[rows.length - 1] === rows[rows.length - 2]) rows.pop();
  while (rows.length > 0 && rows[rows.length - 1] === "") rows.pop();
  return rows;
}

export interface CellSnapshot {
  readonly value: unknown;
  readonly formula?: string;
}

/** A sheet's cells by "row,column": value and formula. */
export function cellsOf(host: MemoryExcel, sheet: string): Record<string, CellSnapshot> {
  const found = host.workbook.sheet(sheet);
  if (!found) return {};
  const cells: Record<string, CellSnapshot> = {};
  for (const [key, cell] of [...found.cells.entries()].sort(([a], [b]) => a.localeCompare(b)))
    cells[key] = cell.formula === undefined ? { value: cell.value } : { value: cell.value, formula: cell.formula };
  return cells;
}

/** Everything a person sees of one sheet. */
export function sheetSnapshot(host: MemoryExcel, name: string) {
  const sheet = host.workbook.sheet(name);
  if (!sheet) return undefined;
  return {
    name: sheet.name,
    position: sheet.position,
    visibility: sheet.visibility,
    isProtected: sheet.isProtected,
    cells: cellsOf(host, name),
    numberFormats: ruleRows(sheet.numberFormats.list()),
    formats: Object.fromEntries([...sheet.formats.entries()].map(([key, rules]) => [key, ruleRows(rules.list())])),
    validations: ruleRows(sheet.validations.list()),
    conditionalFormats: host.conditionalFormats(name),
    charts: sheet.charts.map((chart) => ({ ...chart })),
    hiddenColumns: host.hiddenColumns(name),
    hiddenRows: host.hiddenRows(name),
    columnWidths: [...sheet.columnWidths.entries()].sort(([a], [b]) => a - b),
    pageLayout: sheet.pageLayout,
    frozen: [sheet.frozenRows, sheet.frozenColumns],
    tables: sheet.tables.map((table) => ({
      name: table.name,
      area: table.area,
      style: table.style,
      headers: table.headers,
      rows: table.rows(),
    })),
  };
}

/**
 * The whole workbook as a person sees it; `names` can be normalised (a timestamp in a name's formula). Ids (of
 * tables and conditional formats) are left out: a second run gives new objects new ids, as Excel does.
 */
export function workbookSnapshot(
  host: MemoryExcel,
  {
    sheets,
    name = (formula: string) => formula,
  }: { sheets?: readonly string[]; name?: (formula: string) => string } = {},
) {
  const chosen = sheets ?? host.workbook.sheets.map((sheet) => sheet.name);
  return {
    sheets: host.workbook.sheets.map((sheet) => sheet.name),
    names: host.workbook.names.map((item) => ({ ...item, formula: name(item.formula) })),
    tables: host.tables(),
    contents: chosen.map((sheet) => sheetSnapshot(host, sheet)),
  };
}
