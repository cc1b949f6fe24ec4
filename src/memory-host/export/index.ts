/**
 * The in-memory workbook as an .xlsx file: what the add-in wrote, for LibreOffice to compute in the tests and for a
 * person to download from the preview page (the same code). ExcelJS writes the sheets, cells, formats, tables,
 * validation, conditional formats, page setup and sheet states; the parts it cannot write are added to its zip:
 * the charts (DrawingML, charts.ts), the defined names and print areas (defined-names.ts), and the tables'
 * calculated column formulas (tables.ts). Each file's header says what the file cannot hold as the host does.
 *
 * The host computes no formula, so the file asks for a full calculation on load (calcPr fullCalcOnLoad): Excel
 * shows computed values when it opens the file.
 *
 * Not written: sort state of tables, selection, sheet protection options other than "protected" (the host keeps
 * none), and a filter (the host keeps only that one is on).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { MemorySheet, MemoryWorkbook } from "../model";
import { sheetViews, writeCells } from "./cells";
import { addCharts } from "./charts";
import { writeConditionalFormats } from "./conditional-formats";
import { writeDefinedNames } from "./defined-names";
import { worksheetPaths } from "./package-parts";
import { headerFooterOf, pageSetupOf } from "./page-layout";
import { fixTableParts, writeTables } from "./tables";
import { writeValidations } from "./validation";

export { chartSeriesRefs, chartXml, addCharts, type SheetCharts } from "./charts";

const STATES: Readonly<Record<string, ExcelJS.WorksheetState>> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

async function writeSheet(workbook: ExcelJS.Workbook, sheet: MemorySheet): Promise<void> {
  const target = workbook.addWorksheet(sheet.name, {
    state: STATES[sheet.visibility] ?? "visible",
    views: sheetViews(sheet),
    pageSetup: pageSetupOf(sheet),
    headerFooter: headerFooterOf(sheet),
  });
  writeCells(sheet, target);
  writeTables(sheet, target);
  writeValidations(sheet, target);
  writeConditionalFormats(sheet, target);
  if (sheet.isProtected) await target.protect("", {});
}

/** The workbook's ExcelJS model, without the parts ExcelJS cannot write (see exportWorkbook). */
export async function toExcelJs(workbook: MemoryWorkbook): Promise<ExcelJS.Workbook> {
  const file = new ExcelJS.Workbook();
  file.creator = "VOC Ledger";
  file.calcProperties.fullCalcOnLoad = true;
  const active = workbook.activeSheet();
  for (const sheet of workbook.sheets) await writeSheet(file, sheet);
  const activeTab = active ? workbook.sheets.indexOf(active) : 0;
  file.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: "visible" }];
  return file;
}

/** The workbook as the bytes of an .xlsx file. */
export async function exportWorkbook(workbook: MemoryWorkbook): Promise<Uint8Array> {
  const saved = await (await toExcelJs(workbook)).xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(saved as ArrayBuffer);
  const worksheets = await worksheetPaths(zip);
  await writeDefinedNames(zip, workbook);
  await fixTableParts(zip, workbook.tables());
  await addCharts(
    zip,
    worksheets,
    workbook.sheets.map((sheet) => ({ sheet: sheet.name, charts: sheet.charts })),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The file's MIME type, for a download. */
export const XLSX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
