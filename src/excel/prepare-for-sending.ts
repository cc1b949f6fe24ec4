/**
 * "Prepare for sending" and "Restore formulas" (DESIGN principle 2): management opens the emailed workbook without
 * the add-in, where a VOC.* formula shows #NAME?. Preparing turns every VOC.* formula of every sheet into its current
 * value and keeps the formulas in a hidden sheet; restoring puts them back where the cells were not edited since.
 *
 * Round trips. Prepare: 1 for the sheets and names, 1 for the used ranges, 1 per read round (≤ CELLS_PER_READ cells
 * of formulas and values, responses under 5 MB), 1 per write chunk (< 3.5 MB): 4 for an ordinary workbook, 3 when
 * there is nothing to freeze (4 when an interrupted freeze still lacks its name). Restore: 1 for the store (≤ 25,000
 * frozen cells per round), 1 to check the cells (≤ CELLS_PER_READ per round), 1 per write chunk: 3 for an ordinary
 * workbook. Every read follows budgeted-read.ts: fewer cells per round where they are long, and a round Excel refuses
 * as too large (over 5 MB) is read again smaller.
 */
import {
  FROZEN_AT_NAME,
  FROZEN_STORE_HEADERS,
  FROZEN_STORE_SHEET,
  type FrozenCell,
  type FrozenValue,
  type StoredCell,
  cellAddress,
  cellKey,
  cellPosition,
  decodeFrozenRows,
  encodeFrozenCell,
  frozenAtFormula,
  frozenValueInput,
  isAddinFormula,
  isExcelError,
  isFormulaCell,
  sameFrozenValue,
} from "../domain/reports/frozen-formulas";
import { CELLS_PER_READ, type QueuedRead, errorCode, gridBytes, syncReadRound } from "./budgeted-read";
import { nextRound, readRounds } from "./read-records";
import { rowBytes } from "./request-size";

export interface FrozenSheet {
  readonly sheet: string;
  readonly formulas: number;
}

export interface AddinDependency {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
}

export interface PreparedForSending {
  /** Sheets where VOC.* formulas became values now, with counts, in the workbook's sheet order. */
  readonly frozen: readonly FrozenSheet[];
  readonly total: number;
  /** An earlier freeze is still in place and there was nothing new to freeze. */
  readonly alreadyPrepared: boolean;
  /**
   * What still needs the add-in after freezing (should be none): VOC.* formulas showing an error (recalculate first),
   * on protected sheets, and workbook names (sheet "", address = the name).
   */
  readonly addinDependencies: readonly AddinDependency[];
}

export interface FormulasRestored {
  readonly restored: number;
  readonly nothingToRestore: boolean;
  /** Cells edited after freezing (or whose sheet is gone): left as they are. */
  readonly changedSinceFreezing: readonly { readonly sheet: string; readonly address: string }[];
}

/** Chunks of writes stay under this, like the bulk imports (request-size.ts), with room for the envelope. */
const WRITE_BUDGET_BYTES = 3.5 * 1024 * 1024;
/** What one range write adds to a request besides its cells: the action and the object path that finds the range. */
const ACTION_BYTES = 300;
/** Formulas and values are both read for each cell: a read round holds half as many cells. */
const GRIDS_PER_CELL = 2;

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A cell found on a sheet, by its 0-based position. */
interface Placed {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

interface Found extends Placed {
  readonly formula: string;
  readonly value: unknown;
}

interface ToFreeze extends Placed {
  readonly cell: FrozenCell;
  /** Its row in the store (0 = first row under the headers): an earlier row of the same cell is overwritten. */
  readonly storeRow: number;
}

interface SheetRead {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly isStore: boolean;
  readonly isProtected: boolean;
  readonly top: number;
  readonly left: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export async function prepareForSending(
  context: Excel.RequestContext,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<PreparedForSending> {
  const layout = await readLayout(context);
  const { found, storeRows, rounds } = await readAddinCells(context, layout.reads, onProgress);
  const plan = planFreeze(layout, found, storeRows);
  if (plan.toFreeze.length === 0) {
    // A freeze that stopped just before its name (Excel has no rollback) gets it now: 1 round trip more, then only.
    if (plan.storedCount > 0 && !layout.nameHidden) {
      setFrozenAt(context, layout.nameExists, plan.storedCount);
      await context.sync();
    }
    onProgress(rounds, rounds);
    const alreadyPrepared = layout.storeExists || layout.nameExists;
    return { frozen: [], total: 0, alreadyPrepared, addinDependencies: plan.dependencies };
  }
  await writeFreeze(context, layout, plan, (done, chunks) => onProgress(rounds + done, rounds + chunks));
  return {
    frozen: frozenSheets(layout.sheets, plan.toFreeze),
    total: plan.toFreeze.length,
    alreadyPrepared: false,
    addinDependencies: plan.dependencies,
  };
}

export async function restoreFormulas(context: Excel.RequestContext): Promise<FormulasRestored> {
  const store = await readStore(context);
  if (store.cells.length === 0 && !store.storeExists && !store.nameExists)
    return { restored: 0, nothingToRestore: true, changedSinceFreezing: [] };
  const check = await checkFrozenCells(context, store.sheets, store.cells);
  await writeFormulas(context, store, check.restorable);
  return {
    restored: check.restorable.length + check.alreadyBack,
    nothingToRestore: store.cells.length === 0,
    changedSinceFreezing: check.changed,
  };
}

interface Layout {
  readonly sheets: readonly Excel.Worksheet[];
  readonly names: readonly Excel.NamedItem[];
  /** The sheets that have cells, the store among them. */
  readonly reads: readonly SheetRead[];
  readonly storeExists: boolean;
  readonly nameExists: boolean;
  /** The freeze's name exists and is hidden, as a finished freeze leaves it. */
  readonly nameHidden: boolean;
}

/** The sheets, the workbook names and every sheet's used range and protection: 2 round trips. */
async function readLayout(context: Excel.RequestContext): Promise<Layout> {
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name,items/formula,items/visible");
  await context.sync();
  const used = sheets.items.map((sheet) => ({
    sheet,
    // A1 on a blank sheet (see readStoreOf), never a null object; its first cell tells a blank sheet from one cell.
    range: sheet.getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount"),
    corner: sheet.getUsedRange(true).getCell(0, 0).load("formulas"),
    protection: sheet.protection.load("protected"),
  }));
  await context.sync();
  return {
    sheets: sheets.items,
    names: names.items,
    reads: used
      .filter(({ range, corner }) => range.rowCount * range.columnCount > 1 || corner.formulas[0][0] !== "")
      .map(({ sheet, range, protection }) => sheetRead(sheet, range, protection)),
    storeExists: sheets.items.some((sheet) => sameName(sheet.name, FROZEN_STORE_SHEET)),
    nameExists: names.items.some((item) => sameName(item.name, FROZEN_AT_NAME)),
    nameHidden: names.items.some((item) => sameName(item.name, FROZEN_AT_NAME) && !item.visible),
  };
}

/**
 * The VOC.* formula cells of every sheet (formulas and values) and the store's rows (values, by their row), read in
 * rounds of ≤ CELLS_PER_READ cells, several sheets' pieces sharing a round while they fit (as readBodies does).
 * Formulas can be long (a calculated column's), so the rounds follow budgeted-read.ts: after each round the next is
 * budgeted from the bytes it measured to stay under Excel on the web's 5 MB response limit, and a round Excel
 * refuses as too large is read again at half its cells.
 */
async function readAddinCells(
  context: Excel.RequestContext,
  reads: readonly SheetRead[],
  onProgress: (done: number, total: number) => void,
): Promise<{ found: Found[]; storeRows: unknown[][]; rounds: number }> {
  const sizes = reads.map(({ isStore, rowCount, columnCount }) => ({
    rowCount,
    columnCount: isStore ? columnCount : columnCount * GRIDS_PER_CELL,
  }));
  const readSoFar = reads.map(() => 0);
  const left = () => sizes.map((size, index) => ({ ...size, rowCount: size.rowCount - readSoFar[index] }));
  const queue = (cells: number) => {
    const round = nextRound(sizes, readSoFar, cells);
    const pieces = round.slices.map((slice) => {
      const read = reads[slice.read];
      const top = read.top + slice.start;
      const range = read.sheet.getRangeByIndexes(top, read.left, slice.count, read.columnCount);
      return { slice, read, top, range: range.load(read.isStore ? "values" : "formulas,values") };
    });
    return { ...round, pieces };
  };
  const found: Found[] = [];
  const storeRows: unknown[][] = [];
  let [rounds, budget] = [0, CELLS_PER_READ];
  while (left().some(({ rowCount }) => rowCount > 0)) {
    const { round, nextBudget } = await syncReadRound(context, budget, queue, ({ pieces }) =>
      gridBytes(
        ...pieces.flatMap(({ read, range }) => (read.isStore ? [range.values] : [range.values, range.formulas])),
      ),
    );
    for (const { slice, read, top, range } of round.pieces) {
      if (read.isStore) range.values.forEach((row, offset) => (storeRows[top + offset] = row));
      else found.push(...addinCells(read, top, range.formulas, range.values));
      readSoFar[slice.read] += slice.count;
    }
    rounds += 1;
    budget = nextBudget;
    // + 1: at least one write follows when something is found
    onProgress(rounds, rounds + readRounds(left(), budget).length + 1);
  }
  return { found, storeRows, rounds };
}

interface FreezePlan {
  readonly toFreeze: readonly ToFreeze[];
  readonly dependencies: readonly AddinDependency[];
  /** Whether the store sheet holds anything (its header row at least): a blank one gets its header row. */
  readonly storeHasContent: boolean;
  /** How many cells the store holds once this freeze is written. */
  readonly storedCount: number;
}

/**
 * Which cells to freeze (in sheet order, then column by column) and where each goes in the store: a cell frozen
 * before keeps its row. Errors, protected sheets and names that call VOC.* are what still needs the add-in.
 */
function planFreeze(layout: Layout, found: readonly Found[], storeRows: readonly unknown[][]): FreezePlan {
  // The store's rows under its header row (row 1), by their place; rows left out by the used range are blank.
  const stored = decodeFrozenRows(Array.from(storeRows.slice(1), (row) => row ?? []));
  const storedRow = new Map(stored.map(({ row, cell }) => [cellKey(cell), row]));
  let nextStoreRow = Math.max(0, storeRows.length - 1);
  const protectedSheets = new Set(layout.reads.filter((read) => read.isProtected).map((read) => read.name));
  const dependencies: AddinDependency[] = [];
  const toFreeze: ToFreeze[] = [];
  for (const cell of sortedCells(layout.sheets, found)) {
    const address = cellAddress(cell.row, cell.column);
    if (isExcelError(cell.value) || !isFreezable(cell.value) || protectedSheets.has(cell.sheet)) {
      dependencies.push({ sheet: cell.sheet, address, formula: cell.formula });
      continue;
    }
    const frozen: FrozenCell = { sheet: cell.sheet, address, formula: cell.formula, value: cell.value };
    toFreeze.push({ ...cell, cell: frozen, storeRow: storedRow.get(cellKey(frozen)) ?? nextStoreRow++ });
  }
  for (const item of layout.names)
    if (typeof item.formula === "string" && isAddinFormula(item.formula))
      dependencies.push({ sheet: "", address: item.name, formula: item.formula });
  const added = toFreeze.filter(({ cell }) => !storedRow.has(cellKey(cell))).length;
  return {
    toFreeze,
    dependencies,
    storeHasContent: storeRows.some((row) => row?.some((cell) => cell !== "" && cell !== null)),
    storedCount: stored.length + added,
  };
}

/**
 * Values and store rows in chunks under 3.5 MB, one round trip each. Excel has no rollback, so within a chunk the
 * store rows (the restore copies) are written before any formula becomes a value, and the name that marks the
 * workbook as prepared comes last: a failure at any operation leaves every frozen cell in the store, and a retry
 * freezes the rest (a cell frozen again keeps its store row).
 */
async function writeFreeze(
  context: Excel.RequestContext,
  layout: Layout,
  plan: FreezePlan,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  const chunks = chunkBySize(plan.toFreeze, freezeBytes);
  for (const [index, chunk] of chunks.entries()) {
    const store =
      index === 0 && !layout.storeExists
        ? context.workbook.worksheets.add(FROZEN_STORE_SHEET)
        : context.workbook.worksheets.getItem(FROZEN_STORE_SHEET);
    if (index === 0) {
      if (!layout.storeExists || !plan.storeHasContent) writeStoreHeaders(store);
      // Also when it exists: an interrupted first freeze may have added it and stopped before hiding it.
      store.visibility = "Hidden";
    }
    for (const run of runs(chunk, (a, b) => b.storeRow === a.storeRow + 1))
      store.getRangeByIndexes(run[0].storeRow + 1, 0, run.length, FROZEN_STORE_HEADERS.length).values = run.map(
        ({ cell }) => encodeFrozenCell(cell),
      );
    for (const run of runs(chunk, follows))
      sheetNamed(layout.sheets, run[0].sheet).getRangeByIndexes(run[0].row, run[0].column, run.length, 1).values =
        run.map(({ cell }) => [frozenValueInput(cell.value)]);
    if (index === chunks.length - 1) setFrozenAt(context, layout.nameExists, plan.storedCount);
    await context.sync();
    onProgress(index + 1, chunks.length);
  }
}

interface Store {
  readonly sheets: readonly Excel.Worksheet[];
  readonly cells: readonly StoredCell[];
  readonly storeExists: boolean;
  readonly nameExists: boolean;
}

/**
 * The sheets, the name and the store's rows: one round trip for up to 25,000 frozen cells (the store's first rows),
 * one more per further 25,000, fewer rows per round where they are long (budgeted-read.ts: long Chinese formulas
 * can make a store over 5 MB, and a round Excel refuses as too large is read again smaller). The store sheet is got
 * with getItem, not getItemOrNullObject, so nothing is read through a null object: when it is missing, that read
 * fails with ItemNotFound and the lists are read alone (one more round trip, only when there is nothing to restore).
 */
async function readStore(context: Excel.RequestContext): Promise<Store> {
  try {
    return await readStoreOf(context, true);
  } catch (error) {
    if (errorCode(error) !== "ItemNotFound") throw error;
    return readStoreOf(context, false);
  }
}

async function readStoreOf(context: Excel.RequestContext, withStore: boolean): Promise<Store> {
  // The first round reads the lists, the store's used range and its first rows, the store's size not known yet. A
  // retry (Excel refused that as too large) reads the lists and the used range alone: the rows refused were mostly
  // blank when the store holds fewer, so the rows go on at half the cells it holds.
  const { round: first, nextBudget } = await syncReadRound(
    context,
    CELLS_PER_READ,
    (cells: number) => queueFirstStoreRound(context, withStore, cells < CELLS_PER_READ ? 0 : storeRowsIn(cells)),
    storeRowBytes,
  );
  const rows: unknown[][] = [];
  const bottom = first.used ? first.used.rowIndex + first.used.rowCount - 1 : 0;
  first.range?.values.slice(0, bottom).forEach((row, offset) => (rows[1 + offset] = row));
  const { store } = first;
  const refusedCells = Math.min(CELLS_PER_READ, bottom * FROZEN_STORE_HEADERS.length);
  let [top, budget] = [1 + first.rows, first.range ? nextBudget : Math.max(1, Math.floor(refusedCells / 2))];
  while (store && top <= bottom) {
    const from = top;
    const { round, nextBudget: next } = await syncReadRound(
      context,
      budget,
      (cells: number) => queueStoreRows(store, from, Math.min(storeRowsIn(cells), bottom - from + 1)),
      storeRowBytes,
    );
    round.range.values.forEach((row, offset) => (rows[from + offset] = row));
    [top, budget] = [from + round.rows, next];
  }
  return {
    sheets: first.sheets.items,
    cells: decodeFrozenRows(Array.from(rows.slice(1), (row) => row ?? [])),
    storeExists: first.sheets.items.some((sheet) => sameName(sheet.name, FROZEN_STORE_SHEET)),
    nameExists: first.names.items.some((item) => sameName(item.name, FROZEN_AT_NAME)),
  };
}

interface FirstStoreRound extends QueuedRead {
  readonly sheets: Excel.WorksheetCollection;
  readonly names: Excel.NamedItemCollection;
  readonly store?: Excel.Worksheet;
  readonly used?: Excel.Range;
  /** The store's first rows, under its header row: `rows` of them. */
  readonly range?: Excel.Range;
  readonly rows: number;
}

/**
 * The first round of the store's read: the lists, and the store's used range with its first `rows` rows (none: the
 * lists and the used range alone, nothing smaller to read).
 */
function queueFirstStoreRound(context: Excel.RequestContext, withStore: boolean, rows: number): FirstStoreRound {
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name");
  const lists = { sheets, names, rows: 0, cells: 0, single: true };
  if (!withStore) return lists;
  const store = context.workbook.worksheets.getItem(FROZEN_STORE_SHEET);
  // Worksheet.getUsedRange gives A1 on a blank sheet rather than failing
  // (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)).
  const used = store.getUsedRange(true).load("rowIndex,rowCount");
  return rows === 0 ? { ...lists, store, used } : { sheets, names, store, used, ...queueStoreRows(store, 1, rows) };
}

/** The store's rows (its four columns) a budget of cells holds: at least one. */
function storeRowsIn(cells: number): number {
  return Math.max(1, Math.floor(cells / FROZEN_STORE_HEADERS.length));
}

/** `count` store rows from row `top`, queued, as a round of syncReadRound. */
function queueStoreRows(store: Excel.Worksheet, top: number, count: number) {
  const range = store.getRangeByIndexes(top, 0, count, FROZEN_STORE_HEADERS.length).load("values");
  return { range, rows: count, cells: count * FROZEN_STORE_HEADERS.length, single: count === 1 };
}

function storeRowBytes({ range }: { readonly range?: Excel.Range }): number {
  return range ? gridBytes(range.values) : 0;
}

type PlacedCell = Placed & { readonly cell: FrozenCell };

interface Check {
  readonly restorable: readonly PlacedCell[];
  /** Cells already holding their formula again (a retry after a failed restore). */
  readonly alreadyBack: number;
  readonly changed: readonly { readonly sheet: string; readonly address: string }[];
}

/**
 * Whether each frozen cell still shows its frozen value: read by runs down a column, in rounds of ≤ CELLS_PER_READ
 * cells budgeted as budgeted-read.ts says (a frozen cell's long text comes back twice, as formula and value).
 */
async function checkFrozenCells(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  stored: readonly StoredCell[],
): Promise<Check> {
  const present = new Set(sheets.map((sheet) => sheet.name.toLowerCase()));
  const placed: PlacedCell[] = stored.flatMap(({ cell }) => {
    const position = cellPosition(cell.address);
    return position ? [{ ...position, sheet: cell.sheet, cell }] : [];
  });
  const changed = placed
    .filter(({ sheet }) => !present.has(sheet.toLowerCase()))
    .map(({ cell }) => ({ sheet: cell.sheet, address: cell.address }));
  const restorable: PlacedCell[] = [];
  let alreadyBack = 0;
  const checkRuns = runs(
    sortedCells(
      sheets,
      placed.filter(({ sheet }) => present.has(sheet.toLowerCase())),
    ),
    follows,
  );
  const sizes = checkRuns.map((run) => ({ rowCount: run.length, columnCount: GRIDS_PER_CELL }));
  const readSoFar = checkRuns.map(() => 0);
  const queue = (cells: number) => {
    const round = nextRound(sizes, readSoFar, cells);
    const pieces = round.slices.map((slice) => {
      const run = checkRuns[slice.read].slice(slice.start, slice.start + slice.count);
      const range = sheetNamed(sheets, run[0].sheet).getRangeByIndexes(run[0].row, run[0].column, slice.count, 1);
      return { slice, run, range: range.load("formulas,values") };
    });
    return { ...round, pieces };
  };
  let budget = CELLS_PER_READ;
  while (sizes.some((size, index) => readSoFar[index] < size.rowCount)) {
    const { round, nextBudget } = await syncReadRound(context, budget, queue, ({ pieces }) =>
      gridBytes(...pieces.flatMap(({ range }) => [range.formulas, range.values])),
    );
    for (const { slice, run, range } of round.pieces) {
      run.forEach((placedCell, offset) => {
        const [formula, value] = [range.formulas[offset][0], range.values[offset][0]];
        const { cell } = placedCell;
        if (isFormulaCell(formula, value) && formula === cell.formula) alreadyBack += 1;
        else if (!isFormulaCell(formula, value) && sameFrozenValue(value, cell.value)) restorable.push(placedCell);
        else changed.push({ sheet: cell.sheet, address: cell.address });
      });
      readSoFar[slice.read] += slice.count;
    }
    budget = nextBudget;
  }
  return { restorable, alreadyBack, changed };
}

/**
 * The formulas back in chunks under 3.5 MB; the store and the name go with the last chunk, so a retry after a failed
 * chunk still finds what is left to restore.
 */
async function writeFormulas(context: Excel.RequestContext, store: Store, restorable: readonly PlacedCell[]) {
  const chunks = restorable.length > 0 ? chunkBySize(restorable, restoreBytes) : [[]];
  for (const [index, chunk] of chunks.entries()) {
    for (const run of runs(chunk, follows))
      sheetNamed(store.sheets, run[0].sheet).getRangeByIndexes(run[0].row, run[0].column, run.length, 1).formulas =
        run.map(({ cell }) => [cell.formula]);
    if (index === chunks.length - 1) {
      if (store.storeExists) context.workbook.worksheets.getItem(FROZEN_STORE_SHEET).delete();
      if (store.nameExists) context.workbook.names.getItem(FROZEN_AT_NAME).delete();
    }
    await context.sync();
  }
}

function sheetRead(sheet: Excel.Worksheet, range: Excel.Range, protection: Excel.WorksheetProtection): SheetRead {
  const isStore = sameName(sheet.name, FROZEN_STORE_SHEET);
  // The store is read from its first row and column, its four columns only, whatever a person typed beside them.
  const [top, left] = isStore ? [0, 0] : [range.rowIndex, range.columnIndex];
  return {
    sheet,
    name: sheet.name,
    isStore,
    isProtected: protection.protected,
    top,
    left,
    rowCount: range.rowIndex + range.rowCount - top,
    columnCount: isStore ? FROZEN_STORE_HEADERS.length : range.columnCount,
  };
}

/** The VOC.* formula cells of a piece of a sheet read at row `top`. */
function addinCells(read: SheetRead, top: number, formulas: unknown[][], values: unknown[][]): Found[] {
  const cells: Found[] = [];
  formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      const value = values[r][c];
      if (isFormulaCell(formula, value) && isAddinFormula(formula))
        cells.push({ sheet: read.name, row: top + r, column: read.left + c, formula, value });
    }),
  );
  return cells;
}

/** A value Excel can hold in a cell: anything else (an entity, a rich value) is left to the add-in. */
function isFreezable(value: unknown): value is FrozenValue {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

function sheetNamed(sheets: readonly Excel.Worksheet[], name: string): Excel.Worksheet {
  const sheet = sheets.find((item) => sameName(item.name, name));
  if (!sheet) throw new Error(`The workbook has no sheet '${name}'.`);
  return sheet;
}

/** The store's header row. The store is "Hidden", not "VeryHidden": not every host supports that. */
function writeStoreHeaders(sheet: Excel.Worksheet): void {
  sheet.getRangeByIndexes(0, 0, 1, FROZEN_STORE_HEADERS.length).values = [[...FROZEN_STORE_HEADERS]];
}

function setFrozenAt(context: Excel.RequestContext, exists: boolean, count: number): void {
  const formula = frozenAtFormula(count, new Date());
  const item = exists
    ? context.workbook.names.getItem(FROZEN_AT_NAME)
    : context.workbook.names.add(FROZEN_AT_NAME, formula);
  if (exists) item.formula = formula;
  // Hidden also when it exists: an interrupted freeze may have added it and stopped before hiding it.
  item.visible = false;
}

/** b is the cell right under a, on the same sheet: one range write or read covers both. */
function follows(a: Placed, b: Placed): boolean {
  return sameName(a.sheet, b.sheet) && a.column === b.column && b.row === a.row + 1;
}

/** Consecutive items that belong together (in the order given), as runs. */
function runs<T>(items: readonly T[], together: (previous: T, next: T) => boolean): T[][] {
  const result: T[][] = [];
  for (const item of items) {
    const run = result[result.length - 1];
    if (run && together(run[run.length - 1], item)) run.push(item);
    else result.push([item]);
  }
  return result;
}

/** Consecutive chunks whose estimated request stays under the budget; a single larger item still goes alone. */
function chunkBySize<T>(items: readonly T[], bytes: (item: T, previous: T | undefined) => number): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let size = 0;
  for (const item of items) {
    let itemBytes = bytes(item, chunk[chunk.length - 1]);
    if (chunk.length > 0 && size + itemBytes > WRITE_BUDGET_BYTES) {
      chunks.push(chunk);
      [chunk, size, itemBytes] = [[], 0, bytes(item, undefined)];
    }
    chunk.push(item);
    size += itemBytes;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** A frozen cell's share of a request: its value, its store row, and a new range write where a run breaks. */
function freezeBytes(item: ToFreeze, previous: ToFreeze | undefined): number {
  const newRun = !previous || !follows(previous, item) ? ACTION_BYTES : 0;
  const newStoreRun = !previous || item.storeRow !== previous.storeRow + 1 ? ACTION_BYTES : 0;
  return rowBytes([frozenValueInput(item.cell.value)]) + rowBytes(encodeFrozenCell(item.cell)) + newRun + newStoreRun;
}

function restoreBytes(item: PlacedCell, previous: Placed | undefined): number {
  return rowBytes([item.cell.formula]) + (!previous || !follows(previous, item) ? ACTION_BYTES : 0);
}

/** Cells in the workbook's sheet order, then by column and row: the order runs are found in. */
function sortedCells<T extends Placed>(sheets: readonly Excel.Worksheet[], cells: readonly T[]): T[] {
  const order = new Map(sheets.map((sheet, index) => [sheet.name.toLowerCase(), index]));
  const position = (cell: Placed) => order.get(cell.sheet.toLowerCase()) ?? sheets.length;
  return [...cells].sort((a, b) => position(a) - position(b) || a.column - b.column || a.row - b.row);
}

function frozenSheets(sheets: readonly Excel.Worksheet[], cells: readonly Placed[]): FrozenSheet[] {
  return sheets
    .map((sheet) => ({ sheet: sheet.name, formulas: cells.filter((cell) => cell.sheet === sheet.name).length }))
    .filter(({ formulas }) => formulas > 0);
}
