/**
 * Charts for a saved .xlsx: ExcelJS writes none, so the report's ChartPlans are added to the file afterwards as the
 * smallest DrawingML LibreOffice (and Excel) read: one drawing part per sheet anchoring each chart between its start
 * and end cells, one chart part per chart (a c:lineChart and/or c:barChart over the source range, series read
 * by rows or columns as Office.js reads them, a title, axis titles, a secondary value axis for series that ask for
 * it), their relationships and content types. No cached values: both applications read the cells.
 *
 * A sheet that already has a drawing (ExcelJS images) is refused rather than merged.
 */
import JSZip from "jszip";
import type { ChartPlan, ChartSeriesPlan, ReportChartType, ReportSheetPlan } from "../../src/domain/reports/types";
import { address } from "./plan-to-xlsx";

const NS = {
  main: "http://schemas.openxmlformats.org/drawingml/2006/main",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  package: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;
const REL_TYPE = {
  drawing: `${NS.relationships}/drawing`,
  chart: `${NS.relationships}/chart`,
} as const;
const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

/** Axis ids: the primary category and value axes, and the secondary pair. */
const AXES = { category: 50010, value: 50020, secondaryCategory: 50030, secondaryValue: 50040 } as const;

/** The sheets whose charts to add: a report plan, or just its sheet name and charts. */
export type SheetCharts = Pick<ReportSheetPlan, "sheet" | "charts">;

/** Text as element content: only &, < and > are escaped, so a formula reads as written ('Sheet'!$A$1). */
function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Text as an attribute value. */
function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, "&");
}

function attribute(element: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(element);
  return match ? unescapeXml(match[1]) : undefined;
}

/** An A1 cell ("B5", "$B$5") as 0-based row and column. */
export function parseCell(cell: string): { readonly row: number; readonly column: number } {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(cell.trim().toUpperCase());
  if (!match) throw new Error(`"${cell}" is not an A1 cell address.`);
  const column = [...match[1]].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

// Series from the source range ---------------------------------------------------------------------------------------

interface Series {
  readonly index: number;
  readonly name: string;
  readonly categories: string;
  readonly values: string;
  readonly chartType: ReportChartType;
  readonly secondary: boolean;
}

/** `'Sheet'!$A$1:$A$9`: an absolute reference on the report's sheet, as a chart formula holds it. */
function reference(sheet: string, from: { row: number; column: number }, to = from): string {
  const absolute = (cell: { row: number; column: number }) =>
    address(cell.row, cell.column).replace(/^([A-Z]+)/, "$$$1$$");
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  const start = absolute(from);
  const end = absolute(to);
  return start === end ? `${quoted}!${start}` : `${quoted}!${start}:${end}`;
}

/**
 * The series of a chart's source range as Office.js reads it with headers: by columns, the first column holds the
 * categories and the first row the series names; by rows, the other way round.
 */
export function chartSeries(sheet: string, chart: ChartPlan): Series[] {
  const [from, to = from] = chart.source.replace(/^.*!/, "").replace(/\$/g, "").split(":");
  const start = parseCell(from);
  const end = parseCell(to);
  const overrides = new Map<number, ChartSeriesPlan>((chart.series ?? []).map((series) => [series.index, series]));
  const series: Series[] = [];
  const byColumns = chart.seriesBy === "Columns";
  const first = byColumns ? start.column : start.row;
  const last = byColumns ? end.column : end.row;
  for (let line = first + 1; line <= last; line += 1) {
    const index = line - first - 1;
    const override = overrides.get(index);
    const cell = (along: number) => (byColumns ? { row: along, column: line } : { row: line, column: along });
    const header = (along: number) =>
      byColumns ? { row: along, column: start.column } : { row: start.row, column: along };
    const [alongFirst, alongLast] = byColumns ? [start.row, end.row] : [start.column, end.column];
    series.push({
      index,
      name: reference(sheet, cell(alongFirst)),
      categories: reference(sheet, header(alongFirst + 1), header(alongLast)),
      values: reference(sheet, cell(alongFirst + 1), cell(alongLast)),
      chartType: override?.chartType ?? chart.type,
      secondary: override?.axisGroup === "Secondary",
    });
  }
  return series;
}

// Chart XML ----------------------------------------------------------------------------------------------------------

function richText(text: string): string {
  return `<c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeText(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function title(text: string): string {
  return text === "" ? "" : `<c:title>${richText(text)}<c:overlay val="0"/></c:title>`;
}

function seriesXml(series: Series): string {
  const head =
    `<c:idx val="${series.index}"/><c:order val="${series.index}"/>` +
    `<c:tx><c:strRef><c:f>${escapeText(series.name)}</c:f></c:strRef></c:tx>`;
  const data =
    `<c:cat><c:strRef><c:f>${escapeText(series.categories)}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeText(series.values)}</c:f></c:numRef></c:val>`;
  if (series.chartType === "ColumnClustered") {
    return `<c:ser>${head}<c:invertIfNegative val="0"/>${data}</c:ser>`;
  }
  const marker = series.chartType === "Line" ? `<c:marker><c:symbol val="none"/></c:marker>` : "";
  return `<c:ser>${head}${marker}${data}<c:smooth val="0"/></c:ser>`;
}

function groupXml(kind: "bar" | "line", series: readonly Series[], secondary: boolean): string {
  const axes = secondary
    ? `<c:axId val="${AXES.secondaryCategory}"/><c:axId val="${AXES.secondaryValue}"/>`
    : `<c:axId val="${AXES.category}"/><c:axId val="${AXES.value}"/>`;
  const body = series.map(seriesXml).join("");
  return kind === "bar"
    ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${body}` +
        `<c:gapWidth val="150"/>${axes}</c:barChart>`
    : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${body}<c:marker val="1"/>${axes}</c:lineChart>`;
}

function axisXml(
  kind: "cat" | "val",
  id: number,
  crossing: number,
  position: "b" | "l" | "r",
  axisTitle: string,
  hidden = false,
): string {
  const common =
    `<c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="${hidden ? 1 : 0}"/>` +
    `<c:axPos val="${position}"/>${kind === "val" && !hidden && position === "l" ? "<c:majorGridlines/>" : ""}` +
    `${title(axisTitle)}<c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${crossing}"/>`;
  return kind === "cat"
    ? `<c:catAx>${common}<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>`
    : `<c:valAx>${common}<c:crosses val="${position === "r" ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
}

/** The chart part of one ChartPlan on `sheet`. */
export function chartXml(sheet: string, chart: ChartPlan): string {
  const series = chartSeries(sheet, chart);
  const kindOf = (item: Series) => (item.chartType === "ColumnClustered" ? "bar" : "line");
  const groups: string[] = [];
  for (const secondary of [false, true]) {
    for (const kind of ["bar", "line"] as const) {
      const members = series.filter((item) => item.secondary === secondary && kindOf(item) === kind);
      if (members.length > 0) groups.push(groupXml(kind, members, secondary));
    }
  }
  const axes = [
    axisXml("cat", AXES.category, AXES.value, "b", chart.categoryTitle),
    axisXml("val", AXES.value, AXES.category, "l", chart.valueTitle),
  ];
  if (series.some((item) => item.secondary)) {
    axes.push(
      axisXml("cat", AXES.secondaryCategory, AXES.secondaryValue, "b", "", true),
      axisXml("val", AXES.secondaryValue, AXES.secondaryCategory, "r", ""),
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.main}" xmlns:r="${NS.relationships}">` +
    `<c:roundedCorners val="0"/><c:chart>${title(chart.title)}<c:autoTitleDeleted val="${chart.title === "" ? 1 : 0}"/>` +
    `<c:plotArea><c:layout/>${groups.join("")}${axes.join("")}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/>` +
    `<c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

// Drawing XML --------------------------------------------------------------------------------------------------------

function anchorXml(chart: ChartPlan, relationship: string, shapeId: number): string {
  const start = parseCell(chart.position.start);
  const end = parseCell(chart.position.end);
  const marker = (tag: string, row: number, column: number) =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  // The chart covers its end cell: its bottom-right corner is the top-left of the cell beyond.
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${marker("from", start.row, start.column)}` +
    `${marker("to", end.row + 1, end.column + 1)}<xdr:graphicFrame macro="">` +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeXml(chart.name)}"/><xdr:cNvGraphicFramePr/>` +
    `</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" r:id="${relationship}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

function relationshipsXml(relationships: readonly { id: string; type: string; target: string }[]): string {
  const items = relationships.map(
    (item) => `<Relationship Id="${item.id}" Type="${item.type}" Target="${escapeXml(item.target)}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.package}">${items.join("")}</Relationships>`;
}

// The package --------------------------------------------------------------------------------------------------------

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  const file = zip.file(path);
  return file ? file.async("string") : undefined;
}

/** The worksheet part of a sheet by name ("xl/worksheets/sheet2.xml"). */
async function worksheetPath(zip: JSZip, sheet: string): Promise<string> {
  const workbook = (await text(zip, "xl/workbook.xml")) ?? "";
  const element = (workbook.match(/<sheet\b[^>]*>/g) ?? []).find((tag) => attribute(tag, "name") === sheet);
  const id = element === undefined ? undefined : attribute(element, "r:id");
  if (id === undefined) throw new Error(`The workbook has no sheet named "${sheet}".`);
  const relationships = (await text(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const relationship = (relationships.match(/<Relationship\b[^>]*>/g) ?? []).find((tag) => attribute(tag, "Id") === id);
  const target = relationship === undefined ? undefined : attribute(relationship, "Target");
  if (target === undefined) throw new Error(`The workbook's relationship ${id} (sheet "${sheet}") is missing.`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

function nextNumber(zip: JSZip, pattern: RegExp): number {
  const numbers = Object.keys(zip.files).flatMap((path) => {
    const match = pattern.exec(path);
    return match ? [Number(match[1])] : [];
  });
  return Math.max(0, ...numbers) + 1;
}

/** Where the drawing element goes: before the first of the elements CT_Worksheet puts after it. */
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

function withDrawingElement(worksheet: string, relationship: string): string {
  if (/<drawing\b/.test(worksheet))
    throw new Error("The sheet already has a drawing; merging drawings is not supported.");
  const at = Math.min(...AFTER_DRAWING.map((tag) => worksheet.indexOf(tag)).filter((index) => index >= 0));
  return `${worksheet.slice(0, at)}<drawing r:id="${relationship}"/>${worksheet.slice(at)}`;
}

async function addSheetCharts(zip: JSZip, sheet: SheetCharts, contentTypes: string[]): Promise<void> {
  const worksheetFile = await worksheetPath(zip, sheet.sheet);
  const folder = worksheetFile.slice(0, worksheetFile.lastIndexOf("/"));
  const name = worksheetFile.slice(worksheetFile.lastIndexOf("/") + 1);
  const relsFile = `${folder}/_rels/${name}.rels`;
  const rels = await text(zip, relsFile);
  const taken = new Set((rels?.match(/\sId="[^"]*"/g) ?? []).map((id) => id.slice(5, -1)));
  let drawingRelationship = "rIdVocDrawing";
  for (let suffix = 1; taken.has(drawingRelationship); suffix += 1) drawingRelationship = `rIdVocDrawing${suffix}`;

  const drawingNumber = nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);
  const drawingFile = `xl/drawings/drawing${drawingNumber}.xml`;
  const anchors: string[] = [];
  const drawingRels: { id: string; type: string; target: string }[] = [];
  sheet.charts.forEach((chart, index) => {
    const chartNumber = nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);
    const chartFile = `xl/charts/chart${chartNumber}.xml`;
    zip.file(chartFile, chartXml(sheet.sheet, chart));
    contentTypes.push(`<Override PartName="/${chartFile}" ContentType="${CONTENT_TYPE.chart}"/>`);
    const id = `rId${index + 1}`;
    drawingRels.push({ id, type: REL_TYPE.chart, target: `../charts/chart${chartNumber}.xml` });
    anchors.push(anchorXml(chart, id, index + 2));
  });
  zip.file(
    drawingFile,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${NS.main}" xmlns:r="${NS.relationships}">${anchors.join("")}</xdr:wsDr>`,
  );
  zip.file(`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, relationshipsXml(drawingRels));
  contentTypes.push(`<Override PartName="/${drawingFile}" ContentType="${CONTENT_TYPE.drawing}"/>`);

  const drawingLink = `<Relationship Id="${drawingRelationship}" Type="${REL_TYPE.drawing}" Target="../drawings/drawing${drawingNumber}.xml"/>`;
  zip.file(
    relsFile,
    rels === undefined
      ? relationshipsXml([
          { id: drawingRelationship, type: REL_TYPE.drawing, target: `../drawings/drawing${drawingNumber}.xml` },
        ])
      : rels.replace("</Relationships>", `${drawingLink}</Relationships>`),
  );
  const worksheet = (await text(zip, worksheetFile)) ?? "";
  zip.file(worksheetFile, withDrawingElement(worksheet, drawingRelationship));
}

/** The .xlsx with the charts of each sheet added; sheets without charts are left alone. */
export async function withCharts(
  xlsx: Buffer | Uint8Array | ArrayBuffer,
  sheets: readonly SheetCharts[],
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const contentTypes: string[] = [];
  for (const sheet of sheets) {
    if (sheet.charts.length > 0) await addSheetCharts(zip, sheet, contentTypes);
  }
  const types = (await text(zip, "[Content_Types].xml")) ?? "";
  zip.file("[Content_Types].xml", types.replace("</Types>", `${contentTypes.join("")}</Types>`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
