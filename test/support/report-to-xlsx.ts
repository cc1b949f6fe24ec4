/**
 * Writes a report sheet plan (Dashboard, Review) to an ExcelJS workbook, as src/excel applies it through Office.js:
 * the blocks with their formulas, formats and a light style, column widths and hidden columns, conditional formats,
 * drop-down lists, the tables, the workbook-level names, the A4 page setup and the frozen rows.
 *
 * What ExcelJS cannot write, and what is done instead:
 * - Charts: ExcelJS writes none. xlsx-charts.ts adds them to the saved file: save with `saveWithCharts`.
 * - Header text in a page header is Excel's header code: "&C" centres it, "&" itself is written "&&".
 */
import ExcelJS from "exceljs";
import type { ReportBlock, ReportCell, ReportSheetPlan, ReportStyle } from "../../src/domain/reports/types";
import { address, addFormulaNames } from "./plan-to-xlsx";
import { type SheetCharts, parseCell, withCharts } from "./xlsx-charts";

const LIGHT_FILL = "FFDDEBF7";
const GREY = "FF808080";
/** A cell to choose in (the review's period, the trend's customer): pale yellow, boxed. */
const INPUT_FILL = "FFFFF2CC";
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };

/** The look of each block style: what a plain Excel user would set by hand. */
const STYLES: { readonly [style in ReportStyle]: Partial<ExcelJS.Style> } = {
  title: { font: { bold: true, size: 14 } },
  heading: { font: { bold: true, size: 12 } },
  header: {
    font: { bold: true },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: LIGHT_FILL } },
    alignment: { wrapText: true, vertical: "middle" },
  },
  body: {},
  note: { font: { italic: true, color: { argb: GREY } } },
  input: {
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: INPUT_FILL } },
    border: { top: THIN, left: THIN, bottom: THIN, right: THIN },
  },
};

/** A plan's cell as ExcelJS takes it: a formula without its "=", text as text (never a formula), blank as null. */
export function reportCellValue(cell: ReportCell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === "object") {
    return { formula: cell.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  }
  return cell;
}

/** "#FFC7CE" or "FFC7CE" as ExcelJS's ARGB ("FFFFC7CE"). */
export function argbOf(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  throw new Error(`A colour is #RRGGBB, not "${color}".`);
}

function writeBlock(sheet: ExcelJS.Worksheet, block: ReportBlock): void {
  const style = STYLES[block.style];
  block.cells.forEach((line, rowOffset) => {
    line.forEach((value, columnOffset) => {
      const cell = sheet.getCell(address(block.row + rowOffset, block.column + columnOffset));
      if (value !== null) cell.value = reportCellValue(value);
      // Blank cells of a block get its style too, so a header's fill runs across the whole row.
      if (style.font) cell.font = style.font;
      if (style.fill) cell.fill = style.fill;
      if (style.alignment) cell.alignment = style.alignment;
      if (style.border) cell.border = style.border;
      const format = block.numberFormats?.[columnOffset];
      if (format !== undefined && format !== null) cell.numFmt = format;
    });
  });
}

/** The cells of an A1 range ("B5:D12", "$B$5"). */
function rangeCells(range: string): string[] {
  const [from, to = from] = range.replace(/\$/g, "").split(":");
  const start = parseCell(from);
  const end = parseCell(to);
  const cells: string[] = [];
  for (let row = start.row; row <= end.row; row += 1) {
    for (let column = start.column; column <= end.column; column += 1) cells.push(address(row, column));
  }
  return cells;
}

function writeTables(sheet: ExcelJS.Worksheet, plan: ReportSheetPlan): void {
  for (const table of plan.tables) {
    // Excel needs at least one data row: an empty table gets one blank row.
    const rows = table.initialRows.length === 0 ? [table.headers.map(() => null)] : table.initialRows;
    sheet.addTable({
      name: table.name,
      ref: address(table.row, table.column),
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: table.headers.map((name) => ({ name, filterButton: true })),
      rows: rows.map((row) => table.headers.map((_, index) => row[index] ?? null)),
    });
    table.numberFormats.forEach((format, index) => {
      if (format === null) return;
      for (let dataRow = 0; dataRow < rows.length; dataRow += 1) {
        sheet.getCell(address(table.row + 1 + dataRow, table.column + index)).numFmt = format;
      }
    });
  }
}

/** A page header's text as Excel's header code, centred. */
function headerCode(text: string): string {
  return `&C${text.replace(/&/g, "&&")}`;
}

/**
 * Adds the report's sheet to the workbook (after the sheets it has) and its names to the workbook's names; returns
 * the sheet. Charts are not written here: save the workbook and pass the buffer to `withCharts` (xlsx-charts.ts).
 */
export function writeReportSheet(workbook: ExcelJS.Workbook, plan: ReportSheetPlan): ExcelJS.Worksheet {
  const setup = plan.pageSetup;
  const sheet = workbook.addWorksheet(plan.sheet, {
    views: plan.freezeRows > 0 ? [{ state: "frozen", xSplit: 0, ySplit: plan.freezeRows }] : [],
    pageSetup: setup && {
      paperSize: 9, // A4
      orientation: setup.orientation === "Portrait" ? "portrait" : "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      // ExcelJS writes the print area as 'Sheet'!$A1:$H40 from "A1:H40": it adds the "$" itself.
      printArea: setup.printArea.replace(/\$/g, ""),
    },
    headerFooter: setup && { oddHeader: headerCode(setup.header) },
  });

  for (const block of plan.blocks) writeBlock(sheet, block);
  plan.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  for (const column of plan.hiddenColumns) sheet.getColumn(column + 1).hidden = true;

  plan.conditionalFormats.forEach((format, index) => {
    const fill = argbOf(format.fill);
    sheet.addConditionalFormatting({
      ref: format.range.replace(/\$/g, ""),
      rules: [
        {
          type: "expression",
          priority: index + 1,
          formulae: [format.formula.replace(/^=/, "")],
          style: {
            // A differential fill's colour is its background colour (Excel); LibreOffice reads either.
            fill: { type: "pattern", pattern: "solid", fgColor: { argb: fill }, bgColor: { argb: fill } },
            font: { color: { argb: argbOf(format.fontColor) } },
          },
        },
      ],
    });
  });

  for (const validation of plan.validations) {
    const cells = rangeCells(validation.range);
    const rule: ExcelJS.DataValidation = {
      type: "list",
      allowBlank: true,
      // A formula goes in as it is; the choices themselves as one quoted text, as the file keeps a literal list.
      formulae: [
        validation.source.startsWith("=") ? validation.source.slice(1) : `"${validation.source.replace(/"/g, '""')}"`,
      ],
    };
    for (const cell of cells) sheet.getCell(cell).dataValidation = rule;
  }

  writeTables(sheet, plan);
  addFormulaNames(workbook, plan.names);
  return sheet;
}

/** The workbook saved as .xlsx, with the charts of the given report plans added (ExcelJS cannot write them). */
export async function saveWithCharts(workbook: ExcelJS.Workbook, plans: readonly SheetCharts[]): Promise<Buffer> {
  const saved = await workbook.xlsx.writeBuffer();
  return withCharts(Buffer.from(saved as ArrayBuffer), plans);
}
