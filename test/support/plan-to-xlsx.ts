/**
 * Writes a workbook plan to an ExcelJS workbook, as src/excel applies it through Office.js: every sheet in order,
 * every table at its planned position with its headers and rows, the calculated columns' formulas in every row, the
 * number formats, validation, column widths, frozen header rows, the hidden lists sheet and the defined names.
 *
 * What ExcelJS 4.4 cannot write, and what is done instead:
 * - Calculated-column formulas in the table part (`<calculatedColumnFormula>`): ExcelJS writes no such element, so
 *   Excel would not fill the formula into a row added later. The formula is written into every row's cell, which
 *   is all a recalculation needs.
 * - Defined names that are formulas (`=INDEX(Targets[[Value]],…)`, `="zh-CN"`): ExcelJS's DefinedNames only holds
 *   cell ranges. Range names go through its API (definedNames.add); formula names are added to the model it
 *   serialises (`<definedName name="…">formula</definedName>`), the one place its public API falls short. Name
 *   comments are not written (ExcelJS has no attribute for them).
 * - A table without rows: Excel needs at least one data row, so an empty table gets one blank row.
 * - A column width of exactly 9: ExcelJS takes 9 for its default and leaves the width out (Excel shows 8.43).
 * - Frozen panes are written (`<pane state="frozen">`), but LibreOffice's headless conversion drops them.
 * - Validation of kind "date" with no bounds: Excel's date validation needs a bound; any date from 1900-01-01 on.
 */
import ExcelJS from "exceljs";
import type { TableKey } from "../../src/domain/schema";
import type {
  ColumnPlan,
  NamePlan,
  PlanValue,
  SheetPlan,
  TablePlan,
  ValidationPlan,
  WorkbookPlan,
} from "../../src/domain/workbook-plan";
import type { SampleRow } from "./sample-records";

/** Rows by table key, each by column key; calculated columns are ignored (their formulas are written). */
export type PlanRows = { readonly [table in TableKey]?: readonly SampleRow[] };

/** What was written, and what ExcelJS could not write as the plan says. */
export interface WrittenPlan {
  readonly workbook: ExcelJS.Workbook;
  /** The rows of each table as written (initial rows first, then the sample rows), by column key. */
  readonly rows: { readonly [table in TableKey]?: readonly SampleRow[] };
  /** Names written around ExcelJS's API (formula names), by name. */
  readonly formulaNames: readonly string[];
}

/** A plan position (0-based) as an A1 address. */
export function address(row: number, column: number): string {
  return `${columnName(column)}${row + 1}`;
}

function columnName(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** The A1 address of a table's cell: `dataRow` 0 is the first row below the header. */
export function tableCellAddress(table: TablePlan, dataRow: number, columnKey: string): string {
  const index = table.columns.findIndex((column) => column.key === columnKey);
  if (index < 0) throw new Error(`The table ${table.name} has no column "${columnKey}".`);
  return address(table.row + 1 + dataRow, table.column + index);
}

/** A plan value as ExcelJS writes it: text stays text (ExcelJS never turns "=…" strings into formulas). */
function cellValueOf(value: PlanValue | undefined): ExcelJS.CellValue {
  return value === undefined ? null : value;
}

/** The formula of a calculated column as ExcelJS takes it: without its "=", and without a cached result. */
function formulaCell(column: ColumnPlan): ExcelJS.CellValue {
  if (column.formula === undefined) throw new Error(`The column ${column.key} has no formula.`);
  return { formula: column.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
}

/** ExcelJS's data validation for a planned one; every kind allows a blank cell. */
export function dataValidationOf(validation: ValidationPlan): ExcelJS.DataValidation {
  const bounds = (min?: number, max?: number): Pick<ExcelJS.DataValidation, "operator" | "formulae"> => {
    if (min !== undefined && max !== undefined) return { operator: "between", formulae: [min, max] };
    if (min !== undefined) return { operator: "greaterThanOrEqual", formulae: [min] };
    if (max !== undefined) return { operator: "lessThanOrEqual", formulae: [max] };
    return { operator: "greaterThanOrEqual", formulae: [-1e307] };
  };
  switch (validation.kind) {
    case "list":
      return { type: "list", allowBlank: true, formulae: [validation.source.replace(/^=/, "")] };
    case "wholeNumber":
      return { type: "whole", allowBlank: true, ...bounds(validation.min, validation.max) };
    case "decimal":
      return { type: "decimal", allowBlank: true, ...bounds(validation.min, validation.max) };
    case "date":
      return {
        type: "date",
        allowBlank: true,
        operator: "greaterThanOrEqual",
        formulae: [new Date(Date.UTC(1900, 0, 1))],
      };
    case "textLength":
      return { type: "textLength", allowBlank: true, operator: "lessThanOrEqual", formulae: [validation.max] };
  }
}

function keyedRows(table: TablePlan, sample: readonly SampleRow[] | undefined): SampleRow[] {
  const initial = table.initialRows.map((values) =>
    Object.fromEntries(table.columns.map((column, index) => [column.key, values[index] ?? null])),
  );
  return [...initial, ...(sample ?? [])];
}

function writeTable(sheet: ExcelJS.Worksheet, table: TablePlan, rows: readonly SampleRow[]) {
  const written = rows.length === 0 ? [{}] : rows;
  sheet.addTable({
    name: table.name,
    ref: address(table.row, table.column),
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: table.columns.map((column) => ({ name: column.header, filterButton: true })),
    rows: written.map((row) =>
      table.columns.map((column) =>
        column.formula === undefined ? cellValueOf(row[column.key]) : formulaCell(column),
      ),
    ),
  });
  table.columns.forEach((column, index) => {
    sheet.getColumn(table.column + index + 1).width = column.width;
    const validation = column.validation === undefined ? undefined : dataValidationOf(column.validation);
    for (let dataRow = 0; dataRow < written.length; dataRow += 1) {
      const cell = sheet.getCell(address(table.row + 1 + dataRow, table.column + index));
      cell.numFmt = column.numberFormat;
      if (validation) cell.dataValidation = validation;
    }
  });
}

function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, rows: PlanRows, written: Map<TableKey, SampleRow[]>) {
  const sheet = workbook.addWorksheet(plan.name, {
    state: plan.visible ? "visible" : "hidden",
    views: plan.freezeRows > 0 ? [{ state: "frozen", xSplit: 0, ySplit: plan.freezeRows }] : [],
  });
  for (const table of plan.tables) {
    const tableRows = keyedRows(table, rows[table.key]);
    written.set(table.key, tableRows);
    writeTable(sheet, table, tableRows);
  }
  if (plan.cells) {
    const { row, column, values } = plan.cells;
    values.forEach((line, rowOffset) => {
      line.forEach((value, columnOffset) => {
        if (value !== null) sheet.getCell(address(row + rowOffset, column + columnOffset)).value = value;
      });
    });
  }
}

/** `='Sheet'!$A$2:$A$9` (a plain range, which ExcelJS's DefinedNames can hold), else undefined. */
function rangeOf(formula: string): string | undefined {
  const range = formula.replace(/^=/, "");
  return /^('(?:[^']|'')+'|[A-Za-z0-9_.]+)!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/.test(range) ? range : undefined;
}

interface FormulaName {
  readonly name: string;
  readonly ranges: string[];
}

/** The formula names added to each workbook, which its DefinedNames' model getter appends to its own. */
const formulaNamesOf = new WeakMap<ExcelJS.Workbook, FormulaName[]>();

function formulaNameList(workbook: ExcelJS.Workbook): FormulaName[] {
  const known = formulaNamesOf.get(workbook);
  if (known) return known;
  const formulas: FormulaName[] = [];
  const definedNames = workbook.definedNames as unknown as { model: FormulaName[] };
  const rangeModel = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(definedNames), "model");
  if (!rangeModel?.get) throw new Error("ExcelJS's DefinedNames has no model to add formula names to.");
  const getRanges = rangeModel.get;
  Object.defineProperty(definedNames, "model", {
    configurable: true,
    get: () => [...(getRanges.call(definedNames) as FormulaName[]), ...formulas],
  });
  formulaNamesOf.set(workbook, formulas);
  return formulas;
}

/**
 * Workbook-level names: ranges through ExcelJS's API; formulas added to the model ExcelJS serialises (its `ranges`
 * are written as the name's text, joined by commas, so a formula goes in as the single "range"). May be called more
 * than once on a workbook (the plan's names, then a report's). Returns the names written as formulas.
 */
export function addFormulaNames(workbook: ExcelJS.Workbook, names: readonly NamePlan[]): string[] {
  const formulas = formulaNameList(workbook);
  const added: string[] = [];
  for (const name of names) {
    const range = rangeOf(name.formula);
    if (range !== undefined) {
      workbook.definedNames.add(range, name.name);
      continue;
    }
    formulas.push({ name: name.name, ranges: [name.formula.replace(/^=/, "")] });
    added.push(name.name);
  }
  return added;
}

/** The plan as an ExcelJS workbook, with `rows` in its tables after their initial rows. */
export function planToWorkbook(plan: WorkbookPlan, rows: PlanRows = {}): WrittenPlan {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "VOC Ledger tests";
  const written = new Map<TableKey, SampleRow[]>();
  for (const sheet of plan.sheets) writeSheet(workbook, sheet, rows, written);
  const formulaNames = addFormulaNames(workbook, plan.names);
  return { workbook, rows: Object.fromEntries(written), formulaNames };
}
