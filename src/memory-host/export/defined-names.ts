/**
 * Workbook names and print areas, written into xl/workbook.xml after ExcelJS saved it: ExcelJS's DefinedNames
 * holds only cell ranges, and the add-in's names are formulas (`=INDEX(Targets[[Value]],…)`, `="zh-CN"`). Each
 * name keeps its comment and whether it is visible; each sheet's print area is its `_xlnm.Print_Area`.
 */
import type JSZip from "jszip";
import { parseArea, quoteSheet } from "../address";
import type { MemoryWorkbook } from "../model";
import { escapeAttribute, escapeText, partText } from "./package-parts";
import { absoluteArea } from "./references";

function definedNamesXml(workbook: MemoryWorkbook): string {
  const names = workbook.names.map((name) => {
    const comment = name.comment ? ` comment="${escapeAttribute(name.comment)}"` : "";
    const hidden = name.visible ? "" : ` hidden="1"`;
    const formula = name.formula.startsWith("=") ? name.formula.slice(1) : name.formula;
    return `<definedName name="${escapeAttribute(name.name)}"${comment}${hidden}>${escapeText(formula)}</definedName>`;
  });
  workbook.sheets.forEach((sheet, index) => {
    const printArea = sheet.pageLayout.printArea;
    if (printArea === null) return;
    const areas = printArea.split(",").map((part) => `${quoteSheet(sheet.name)}!${absoluteArea(parseArea(part))}`);
    names.push(
      `<definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeText(areas.join(","))}</definedName>`,
    );
  });
  return names.length === 0 ? "" : `<definedNames>${names.join("")}</definedNames>`;
}

export async function writeDefinedNames(zip: JSZip, workbook: MemoryWorkbook): Promise<void> {
  const xml = (await partText(zip, "xl/workbook.xml")) ?? "";
  if (/<definedNames\b/.test(xml)) throw new Error("ExcelJS wrote names of its own; they would be written twice.");
  zip.file("xl/workbook.xml", xml.replace("</sheets>", `</sheets>${definedNamesXml(workbook)}`));
}
