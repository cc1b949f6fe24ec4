/**
 * The .xlsx package as a zip of XML parts (ECMA-376 Part 2, Open Packaging Conventions): the few helpers the
 * exporter needs to add parts ExcelJS cannot write (charts, defined names that are formulas) to the file it saved.
 * Only the parts ExcelJS writes are read, so plain string handling of their XML is enough.
 */
import type JSZip from "jszip";

export const NS = {
  main: "http://schemas.openxmlformats.org/drawingml/2006/main",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  package: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;

export const XML_DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/** Text as element content: &, < and > escaped, so a formula reads as written ('Sheet'!$A$1). */
export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Text as an attribute value. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, "&");
}

export function attribute(element: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(element);
  return match ? unescapeXml(match[1]) : undefined;
}

export async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  const file = zip.file(path);
  return file ? file.async("string") : undefined;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export function relationshipsXml(relationships: readonly Relationship[]): string {
  const items = relationships.map(
    (item) => `<Relationship Id="${item.id}" Type="${item.type}" Target="${escapeAttribute(item.target)}"/>`,
  );
  return `${XML_DECLARATION}<Relationships xmlns="${NS.package}">${items.join("")}</Relationships>`;
}

/** The worksheet part of each sheet, in the workbook's order ("xl/worksheets/sheet2.xml"). */
export async function worksheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await partText(zip, "xl/workbook.xml")) ?? "";
  const relationships = (await partText(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const targets = new Map(
    (relationships.match(/<Relationship\b[^>]*>/g) ?? []).map((tag) => [
      attribute(tag, "Id"),
      attribute(tag, "Target"),
    ]),
  );
  const paths = new Map<string, string>();
  for (const element of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attribute(element, "name");
    const target = targets.get(attribute(element, "r:id"));
    if (name === undefined || target === undefined) continue;
    paths.set(name, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return paths;
}

/** The next free number of a numbered part ("xl/charts/chart3.xml" → 4). */
export function nextPartNumber(zip: JSZip, pattern: RegExp): number {
  const numbers = Object.keys(zip.files).flatMap((path) => {
    const match = pattern.exec(path);
    return match ? [Number(match[1])] : [];
  });
  return Math.max(0, ...numbers) + 1;
}

/** Adds Override entries to [Content_Types].xml. */
export async function addContentTypes(zip: JSZip, overrides: readonly { part: string; type: string }[]): Promise<void> {
  if (overrides.length === 0) return;
  const types = (await partText(zip, "[Content_Types].xml")) ?? "";
  const added = overrides.map(({ part, type }) => `<Override PartName="/${part}" ContentType="${type}"/>`).join("");
  zip.file("[Content_Types].xml", types.replace("</Types>", `${added}</Types>`));
}
