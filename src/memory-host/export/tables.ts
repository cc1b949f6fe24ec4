/**
 * Tables, with their names, headers, rows and style, written through ExcelJS, then their parts corrected:
 * - ExcelJS 4.4 writes totalsRowShown="1" without a totals row, and a totals label and function on each column:
 *   Excel reads those as a totals row once shown; the file says there is none.
 * - ExcelJS writes no calculatedColumnFormula: a column whose every row holds the same formula gets one, so Excel
 *   fills it into the rows a user adds, as it does for a calculated column it made itself.
 * A table without rows is written with Excel's one empty insert row (a table part needs a data row).
 */
import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import type { MemorySheet, MemoryTable } from "../model";
import { cellContent } from "./cells";
import { fileFormula } from "./formulas";
import { attribute, escapeText, partText } from "./package-parts";
import { a1Area } from "./references";

/** The formula every data row of the column holds, if they all hold the same one. */
function calculatedFormula(table: MemoryTable, index: number): string | undefined {
  const body = table.bodyArea;
  if (!body) return undefined;
  const cells = table.sheet.read(table.columnArea(index, false)).map(([cell]) => cell);
  const formula = cells[0]?.formula;
  return formula !== undefined && cells.every((cell) => cell.formula === formula) ? formula : undefined;
}

export function writeTables(sheet: MemorySheet, target: ExcelJS.Worksheet): void {
  for (const table of sheet.tables) {
    const body = table.bodyOrInsertRow;
    const rows = sheet
      .read(body)
      .map((row) => row.map((cell) => cellContent(cell, cell.formula === undefined ? undefined : table.name)));
    target.addTable({
      name: table.name,
      ref: a1Area({ ...table.headerArea, right: table.headerArea.left }),
      headerRow: true,
      totalsRow: false,
      style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: table.headers.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }
}

/** Corrects the table parts ExcelJS wrote (see the file's header). */
export async function fixTableParts(zip: JSZip, tables: readonly MemoryTable[]): Promise<void> {
  const byName = new Map(tables.map((table) => [table.name.toLowerCase(), table]));
  for (const path of Object.keys(zip.files).filter((name) => /^xl\/tables\/table\d+\.xml$/.test(name))) {
    const xml = (await partText(zip, path)) ?? "";
    const table = byName.get((attribute(/<table\b[^>]*>/.exec(xml)?.[0] ?? "", "name") ?? "").toLowerCase());
    if (!table) continue;
    let index = -1;
    const fixed = xml
      .replace(/(<table\b[^>]*?)\stotalsRowShown="1"/, '$1 totalsRowShown="0"')
      .replace(/<tableColumn\b[^>]*?\/>/g, (element) => {
        index += 1;
        const plain = element.replace(/\s(totalsRowLabel|totalsRowFunction)="[^"]*"/g, "");
        const formula = calculatedFormula(table, index);
        if (formula === undefined) return plain;
        const text = escapeText(fileFormula(formula, table.name));
        return `${plain.slice(0, -2)}><calculatedColumnFormula>${text}</calculatedColumnFormula></tableColumn>`;
      });
    zip.file(path, fixed);
  }
}
