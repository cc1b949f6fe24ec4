/**
 * A sheet's cells and how they look: values, formulas, number formats, fonts, fills, alignment, column widths,
 * hidden columns and rows, frozen panes.
 *
 * Formats in the host are rules over rectangles, often whole columns below a header (the add-in formats a column
 * once for every row to come). The file keeps a whole column's format as the column's style (`<col style>`),
 * which Excel applies to every empty cell of the column, the rows above the rule's first row included; every cell
 * that holds something, and every cell of a smaller rule, gets its own style.
 *
 * What the file cannot say as the host does: rows hidden to the sheet's last row are hidden only as far as the
 * used range (Excel would write zeroHeight); text cells carry no quotePrefix (ExcelJS has no such style), which
 * changes nothing in what the cell holds: "=…" text stays text.
 */
import type ExcelJS from "exceljs";
import { LAST_ROW } from "../address";
import { type Cell, FORMAT_KEYS, type FormatKey, type MemorySheet, type Scalar } from "../model";
import { fileFormula } from "./formulas";
import { areaCells } from "./references";

/** A rule over more cells than this is applied to the cells that exist, and to its columns if it reaches the end. */
const LARGE_AREA_CELLS = 200_000;
/** Office.js widths are points; the file's are characters of the default font's digit (7 px, 3/4 pt per px). */
const POINTS_PER_WIDTH_UNIT = 5.25;

/** A cell's content as ExcelJS takes it: `table` is the table the cell is in, for its formula's references. */
export function cellContent(cell: Cell, table: string | undefined): ExcelJS.CellValue {
  if (cell.formula !== undefined) {
    const formula = fileFormula(cell.formula, table);
    // The host computes nothing: a formula's value is what a test (or freezing) gave it, else none is written.
    return (cell.value === "" ? { formula } : { formula, result: cell.value }) as ExcelJS.CellFormulaValue;
  }
  // Text is written as a shared string whatever it starts with: "=1+1" typed as text stays text.
  return cell.value === "" ? null : cell.value;
}

/** "#DDEBF7" as ExcelJS's ARGB; named colours are the few Office.js users write. */
const NAMED: Readonly<Record<string, string>> = {
  black: "000000",
  white: "FFFFFF",
  red: "FF0000",
  green: "008000",
  blue: "0000FF",
  yellow: "FFFF00",
  gray: "808080",
  grey: "808080",
  orange: "FFA500",
};

export function argbOf(color: Scalar | undefined): string | undefined {
  if (typeof color !== "string") return undefined;
  const hex = (NAMED[color.toLowerCase()] ?? color.replace(/^#/, "")).toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  return /^[0-9A-F]{8}$/.test(hex) ? hex : undefined;
}

const HORIZONTAL: Readonly<Record<string, ExcelJS.Alignment["horizontal"]>> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};
const VERTICAL: Readonly<Record<string, ExcelJS.Alignment["vertical"]>> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "justify",
  Distributed: "distributed",
};

type Formats = Partial<Record<FormatKey, Scalar>>;

/** The ExcelJS style of a number format and the host's formats; {} for a plain cell. */
export function styleOf(numberFormat: string, formats: Formats): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (numberFormat !== "General") style.numFmt = numberFormat;
  const font: Partial<ExcelJS.Font> = {};
  if (formats["font/bold"] === true) font.bold = true;
  if (formats["font/italic"] === true) font.italic = true;
  if (typeof formats["font/size"] === "number") font.size = formats["font/size"];
  if (typeof formats["font/name"] === "string") font.name = formats["font/name"];
  const fontColor = argbOf(formats["font/color"]);
  if (fontColor) font.color = { argb: fontColor };
  if (Object.keys(font).length > 0) style.font = font;
  const fill = argbOf(formats["fill/color"]);
  if (fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (formats.wrapText === true) alignment.wrapText = true;
  const horizontal = HORIZONTAL[String(formats.horizontalAlignment)];
  if (horizontal) alignment.horizontal = horizontal;
  const vertical = VERTICAL[String(formats.verticalAlignment)];
  if (vertical) alignment.vertical = vertical;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  return style;
}

/** Looks styles up cell by cell, sharing one object per distinct style (ExcelJS writes each once). */
class Styles {
  private readonly shared = new Map<string, Partial<ExcelJS.Style>>();

  constructor(private readonly sheet: MemorySheet) {}

  at(row: number, column: number): Partial<ExcelJS.Style> {
    const formats: Formats = {};
    for (const key of FORMAT_KEYS) {
      const value = this.sheet.format(key).at(row, column);
      if (value !== undefined) formats[key] = value;
    }
    const style = styleOf(this.sheet.numberFormatAt(row, column), formats);
    const key = JSON.stringify(style);
    const known = this.shared.get(key);
    if (known) return known;
    this.shared.set(key, style);
    return style;
  }
}

/** The rule lists whose values are cell styles. */
function styleRules(sheet: MemorySheet) {
  return [sheet.numberFormats, ...FORMAT_KEYS.map((key) => sheet.format(key))];
}

/** The table each cell lies in, for its formulas' [@Column] references. */
function tableAt(sheet: MemorySheet, row: number, column: number): string | undefined {
  return sheet.tables.find(
    ({ area }) => row >= area.top && row <= area.bottom && column >= area.left && column <= area.right,
  )?.name;
}

/** Writes the sheet's cells, their styles and the column and row settings. */
export function writeCells(sheet: MemorySheet, target: ExcelJS.Worksheet): void {
  const styles = new Styles(sheet);
  const rules = styleRules(sheet).flatMap((list) => list.list());

  // Whole-column rules first, as column styles, before any cell exists.
  const wholeColumns = new Set<number>();
  for (const { area } of rules)
    if (area.bottom === LAST_ROW) for (let c = area.left; c <= Math.min(area.right, 16_383); c++) wholeColumns.add(c);
  for (const column of wholeColumns) {
    const style = styles.at(LAST_ROW, column);
    if (Object.keys(style).length > 0) target.getColumn(column + 1).style = style;
  }

  const styled = new Set<string>(sheet.cells.keys());
  for (const { area } of rules) {
    if (areaCells(area) > LARGE_AREA_CELLS) continue;
    for (let row = area.top; row <= area.bottom; row++)
      for (let column = area.left; column <= area.right; column++) styled.add(`${row},${column}`);
  }
  for (const key of styled) {
    const [row, column] = key.split(",").map(Number);
    const cell = target.getCell(row + 1, column + 1);
    const content = sheet.cell(row, column);
    const value = cellContent(content, content.formula === undefined ? undefined : tableAt(sheet, row, column));
    if (value !== null) cell.value = value;
    cell.style = styles.at(row, column);
  }

  for (const [column, points] of sheet.columnWidths)
    target.getColumn(column + 1).width = Math.round((points / POINTS_PER_WIDTH_UNIT) * 256) / 256;
  for (const { area, value } of sheet.hiddenColumns.list())
    if (value) for (let column = area.left; column <= area.right; column++) target.getColumn(column + 1).hidden = true;
  // A loop, not Math.max(...rows): a ledger of a few hundred thousand cells would overflow the call stack.
  let lastUsedRow = 0;
  for (const key of styled) lastUsedRow = Math.max(lastUsedRow, Number(key.split(",")[0]));
  for (const { area, value } of sheet.hiddenRows.list())
    if (value)
      for (let row = area.top; row <= Math.min(area.bottom, lastUsedRow); row++) target.getRow(row + 1).hidden = true;
}

/** Frozen panes, as the sheet view. */
export function sheetViews(sheet: MemorySheet): Partial<ExcelJS.WorksheetView>[] {
  if (sheet.frozenRows === 0 && sheet.frozenColumns === 0) return [{ state: "normal" }];
  return [{ state: "frozen", xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }];
}
