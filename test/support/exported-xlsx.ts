/**
 * Reading an exported .xlsx (or LibreOffice's recalculation of one) back in a test: the workbook through ExcelJS,
 * its parts through JSZip, and each chart's category labels as LibreOffice cached them from the computed cells.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { attribute, partText, unescapeXml, worksheetPaths } from "../../src/memory-host/export/package-parts";

export { partText, worksheetPaths };

/**
 * The workbook through ExcelJS 4.4, without two things its reader cannot take (read them from the parts instead):
 * - data validation: the file keeps a whole column's validation as one range ("C2:C1048576"), which the reader
 *   expands into one entry per cell (validationsOf reads them);
 * - a table column's calculatedColumnFormula: the reader loses the table's columns at that child element.
 */
export async function readXlsx(xlsx: Uint8Array): Promise<ExcelJS.Workbook> {
  const zip = await JSZip.loadAsync(xlsx);
  for (const path of Object.keys(zip.files).filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name))) {
    const xml = (await partText(zip, path)) ?? "";
    zip.file(path, xml.replace(/<dataValidations\b[\s\S]*?<\/dataValidations>/, ""));
  }
  for (const path of Object.keys(zip.files).filter((name) => /^xl\/tables\/[^/]+\.xml$/.test(name))) {
    const xml = (await partText(zip, path)) ?? "";
    zip.file(path, xml.replace(/(<tableColumn\b[^>]*[^/>])>[\s\S]*?<\/tableColumn>/g, "$1/>"));
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await zip.generateAsync({ type: "uint8array" })) as unknown as ArrayBuffer);
  return workbook;
}

/** The worksheet part of a sheet, as text. */
export async function worksheetXml(zip: JSZip, sheet: string): Promise<string> {
  const path = (await worksheetPaths(zip)).get(sheet);
  if (path === undefined) throw new Error(`The file has no sheet "${sheet}".`);
  return (await partText(zip, path)) ?? "";
}

export interface FileValidation {
  readonly sqref: string;
  readonly type: string;
  readonly formula1?: string;
  readonly attributes: string;
}

export async function validationsOf(zip: JSZip, sheet: string): Promise<FileValidation[]> {
  const xml = await worksheetXml(zip, sheet);
  return [...xml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)].map(([, attributes, body]) => {
    const formula1 = /<formula1>([\s\S]*?)<\/formula1>/.exec(body)?.[1];
    return {
      sqref: attribute(attributes, "sqref") ?? "",
      type: attribute(attributes, "type") ?? "",
      ...(formula1 === undefined ? {} : { formula1: unescapeXml(formula1) }),
      attributes,
    };
  });
}

function relationshipTargets(xml: string): Map<string, string> {
  return new Map(
    (xml.match(/<Relationship\b[^>]*>/g) ?? []).map((tag) => [
      attribute(tag, "Id") ?? "",
      attribute(tag, "Target") ?? "",
    ]),
  );
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolve(fromPart: string, target: string): string {
  const parts = fromPart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

export interface FileChart {
  readonly name: string;
  readonly part: string;
  readonly xml: string;
}

/** The charts drawn on a sheet, by the names of their frames, in drawing order. */
export async function chartsOf(zip: JSZip, sheet: string): Promise<FileChart[]> {
  const sheetPath = (await worksheetPaths(zip)).get(sheet);
  if (sheetPath === undefined) throw new Error(`The file has no sheet "${sheet}".`);
  const relsPath = sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");
  const sheetXml = (await partText(zip, sheetPath)) ?? "";
  const drawingId = attribute(/<drawing\b[^>]*>/.exec(sheetXml)?.[0] ?? "", "r:id");
  if (drawingId === undefined) return [];
  const drawingPath = resolve(
    sheetPath,
    relationshipTargets((await partText(zip, relsPath)) ?? "").get(drawingId) ?? "",
  );
  const drawing = (await partText(zip, drawingPath)) ?? "";
  const drawingRels = relationshipTargets(
    (await partText(zip, drawingPath.replace(/([^/]+)$/, "_rels/$1.rels"))) ?? "",
  );
  const charts: FileChart[] = [];
  for (const [anchor] of drawing.matchAll(/<xdr:twoCellAnchor\b[\s\S]*?<\/xdr:twoCellAnchor>/g)) {
    const name = attribute(/<xdr:cNvPr\b[^>]*>/.exec(anchor)?.[0] ?? "", "name") ?? "";
    const id = attribute(/<c:chart\b[^>]*>/.exec(anchor)?.[0] ?? "", "r:id");
    if (id === undefined) continue;
    const part = resolve(drawingPath, drawingRels.get(id) ?? "");
    charts.push({ name, part, xml: (await partText(zip, part)) ?? "" });
  }
  return charts;
}

/** The category labels of a chart's first series, as cached in its part (LibreOffice writes them computed). */
export function cachedCategories(chartXml: string): string[] {
  const categories = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(chartXml)?.[1] ?? "";
  return [...categories.matchAll(/<c:pt\b[^>]*>\s*<c:v>([\s\S]*?)<\/c:v>/g)].map(([, value]) => unescapeXml(value));
}

/** The references of a chart's series: names, categories and values, in order. */
export function chartFormulas(chartXml: string): string[] {
  return [...chartXml.matchAll(/<c:f>([\s\S]*?)<\/c:f>/g)].map(([, formula]) => unescapeXml(formula));
}
