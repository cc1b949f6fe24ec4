/**
 * Charts as DrawingML (ECMA-376 Part 1, §21.2 and §20.5): ExcelJS writes no charts, so each sheet's charts are
 * added to the saved file as the smallest parts Excel and LibreOffice both read: one drawing part per sheet
 * anchoring each chart between its start and end cells, one chart part per chart, their relationships and content
 * types. The chart reads its cells (no cached values): both applications fill the chart from the sheet.
 *
 * What a chart part holds: the series Excel makes of the source range (by rows or columns as Office.js reads it,
 * "Auto" by columns when the range has more rows than columns; the first column or row holds the categories, the
 * other the series names), each series' own type and axis group (a secondary value axis when one asks for it), the
 * title, the axis titles and the legend. Column, bar, line, area and pie types are drawn as such; any other type
 * Office.js knows is drawn as clustered columns (the data and titles are right, the picture is plainer).
 *
 * A chart without a position is placed at F2, 8 columns by 15 rows (about Excel's default size).
 */
import type JSZip from "jszip";
import { type CellArea, parseArea, quoteSheet, splitSheet } from "../address";
import type { MemoryChart } from "../model";
import {
  NS,
  XML_DECLARATION,
  addContentTypes,
  escapeAttribute,
  escapeText,
  nextPartNumber,
  partText,
  relationshipsXml,
} from "./package-parts";
import { absoluteArea } from "./references";

const REL_TYPE = { drawing: `${NS.relationships}/drawing`, chart: `${NS.relationships}/chart` } as const;
const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

/** Axis ids: the primary category and value axes, and the secondary pair. */
const AXES = { category: 50010, value: 50020, secondaryCategory: 50030, secondaryValue: 50040 } as const;
const DEFAULT_POSITION = { top: 1, left: 5, bottom: 15, right: 12 } as const;

/** The charts of one sheet, by the sheet's name. */
export interface SheetCharts {
  readonly sheet: string;
  readonly charts: readonly MemoryChart[];
}

type Kind = "bar" | "column" | "line" | "lineMarkers" | "area" | "pie";

/** The drawing kind of an Office.js chart type ("ColumnClustered", "LineMarkers", "Pie", …). */
function kindOf(chartType: string): Kind {
  if (/^Line/.test(chartType)) return /Markers/.test(chartType) ? "lineMarkers" : "line";
  if (/^Bar/.test(chartType)) return "bar";
  if (/^Area/.test(chartType)) return "area";
  if (/^(Pie|Doughnut)/.test(chartType)) return "pie";
  return "column";
}

function groupingOf(chartType: string): "clustered" | "stacked" | "percentStacked" {
  if (/Stacked100$/.test(chartType)) return "percentStacked";
  return /Stacked$/.test(chartType) ? "stacked" : "clustered";
}

/** One series with its references, as a chart part names them. */
export interface ChartSeriesRefs {
  readonly index: number;
  /** The header cell that names the series, if the source has one. */
  readonly name?: string;
  readonly categories?: string;
  readonly values: string;
  readonly chartType: string;
  readonly secondary: boolean;
}

/**
 * The series Excel makes of a chart's source, with absolute references on the source's sheet: as
 * src/memory-host/chart-parts.ts reads them, so what the add-in set on a series lands on the same one.
 */
export function chartSeriesRefs(chart: MemoryChart, onSheet: string): ChartSeriesRefs[] {
  const sheet = splitSheet(chart.source).sheet ?? onSheet;
  const area = parseArea(chart.source);
  const rows = area.bottom - area.top + 1;
  const columns = area.right - area.left + 1;
  const byColumns = chart.seriesBy === "Columns" || (chart.seriesBy !== "Rows" && rows > columns);
  const lines = byColumns ? columns : rows;
  const ref = (part: CellArea) => `${quoteSheet(sheet)}!${absoluteArea(part)}`;
  const line = (offset: number, from: number): CellArea =>
    byColumns
      ? { top: area.top + from, bottom: area.bottom, left: area.left + offset, right: area.left + offset }
      : { left: area.left + from, right: area.right, top: area.top + offset, bottom: area.top + offset };
  const headerCell = (offset: number): CellArea =>
    byColumns
      ? { top: area.top, bottom: area.top, left: area.left + offset, right: area.left + offset }
      : { left: area.left, right: area.left, top: area.top + offset, bottom: area.top + offset };
  const options = (index: number) => chart.seriesOptions?.[index] ?? {};
  if (lines === 1) {
    return [{ index: 0, values: ref(line(0, 0)), chartType: options(0).chartType ?? chart.type, secondary: false }];
  }
  return Array.from({ length: lines - 1 }, (_, index) => ({
    index,
    name: ref(headerCell(index + 1)),
    categories: ref(line(0, 1)),
    values: ref(line(index + 1, 1)),
    chartType: options(index).chartType ?? chart.type,
    secondary: options(index).axisGroup === "Secondary",
  }));
}

// Chart XML ----------------------------------------------------------------------------------------------------------

function richText(text: string): string {
  return `<c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeText(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function titleXml(text: string | undefined): string {
  return text ? `<c:title>${richText(text)}<c:overlay val="0"/></c:title>` : "";
}

function seriesXml(series: ChartSeriesRefs): string {
  const kind = kindOf(series.chartType);
  const name =
    series.name === undefined ? "" : `<c:tx><c:strRef><c:f>${escapeText(series.name)}</c:f></c:strRef></c:tx>`;
  const head = `<c:idx val="${series.index}"/><c:order val="${series.index}"/>${name}`;
  const categories =
    series.categories === undefined
      ? ""
      : `<c:cat><c:strRef><c:f>${escapeText(series.categories)}</c:f></c:strRef></c:cat>`;
  const data = `${categories}<c:val><c:numRef><c:f>${escapeText(series.values)}</c:f></c:numRef></c:val>`;
  if (kind === "column" || kind === "bar") return `<c:ser>${head}<c:invertIfNegative val="0"/>${data}</c:ser>`;
  if (kind === "line" || kind === "lineMarkers") {
    const marker = kind === "line" ? `<c:marker><c:symbol val="none"/></c:marker>` : "";
    return `<c:ser>${head}${marker}${data}<c:smooth val="0"/></c:ser>`;
  }
  return `<c:ser>${head}${data}</c:ser>`;
}

function axisIds(secondary: boolean): string {
  return secondary
    ? `<c:axId val="${AXES.secondaryCategory}"/><c:axId val="${AXES.secondaryValue}"/>`
    : `<c:axId val="${AXES.category}"/><c:axId val="${AXES.value}"/>`;
}

function groupXml(chartType: string, series: readonly ChartSeriesRefs[], secondary: boolean): string {
  const kind = kindOf(chartType);
  const body = series.map(seriesXml).join("");
  const grouping = groupingOf(chartType);
  switch (kind) {
    case "column":
    case "bar": {
      const overlap = grouping === "clustered" ? "" : `<c:overlap val="100"/>`;
      return (
        `<c:barChart><c:barDir val="${kind === "bar" ? "bar" : "col"}"/><c:grouping val="${grouping}"/>` +
        `<c:varyColors val="0"/>${body}<c:gapWidth val="150"/>${overlap}${axisIds(secondary)}</c:barChart>`
      );
    }
    case "line":
    case "lineMarkers":
      return (
        `<c:lineChart><c:grouping val="${grouping === "clustered" ? "standard" : grouping}"/><c:varyColors val="0"/>` +
        `${body}<c:marker val="1"/>${axisIds(secondary)}</c:lineChart>`
      );
    case "area":
      return (
        `<c:areaChart><c:grouping val="${grouping === "clustered" ? "standard" : grouping}"/><c:varyColors val="0"/>` +
        `${body}${axisIds(secondary)}</c:areaChart>`
      );
    case "pie":
      return `<c:pieChart><c:varyColors val="1"/>${body}<c:firstSliceAng val="0"/></c:pieChart>`;
  }
}

function axisXml(
  kind: "cat" | "val",
  id: number,
  crossing: number,
  position: "b" | "l" | "r",
  axisTitle: string | undefined,
  hidden = false,
): string {
  const gridlines = kind === "val" && !hidden && position === "l" ? "<c:majorGridlines/>" : "";
  const common =
    `<c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="${hidden ? 1 : 0}"/>` +
    `<c:axPos val="${position}"/>${gridlines}${titleXml(axisTitle)}<c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${crossing}"/>`;
  return kind === "cat"
    ? `<c:catAx>${common}<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>`
    : `<c:valAx>${common}<c:crosses val="${position === "r" ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
}

const LEGEND_POSITIONS: Readonly<Record<string, string>> = {
  Top: "t",
  Bottom: "b",
  Left: "l",
  Right: "r",
  Corner: "tr",
};

function legendXml(chart: MemoryChart): string {
  const legend = chart.legend ?? { position: "Right", visible: true };
  if (!legend.visible) return "";
  return `<c:legend><c:legendPos val="${LEGEND_POSITIONS[legend.position] ?? "r"}"/><c:overlay val="0"/></c:legend>`;
}

const shownTitle = (title: { text: string; visible: boolean } | undefined) => (title?.visible ? title.text : undefined);

/** The chart part of one chart on `sheet`. */
export function chartXml(sheet: string, chart: MemoryChart): string {
  const series = chartSeriesRefs(chart, sheet);
  const groups: string[] = [];
  for (const secondary of [false, true]) {
    const types = [...new Set(series.filter((item) => item.secondary === secondary).map((item) => item.chartType))];
    // One group per drawing kind: series of one kind share a group even when their type names differ in detail.
    const kinds = new Map<Kind, string>();
    for (const type of types) if (!kinds.has(kindOf(type))) kinds.set(kindOf(type), type);
    for (const [kind, type] of kinds) {
      const members = series.filter((item) => item.secondary === secondary && kindOf(item.chartType) === kind);
      groups.push(groupXml(type, members, secondary));
    }
  }
  const pie = series.every((item) => kindOf(item.chartType) === "pie");
  const axes = pie
    ? []
    : [
        axisXml("cat", AXES.category, AXES.value, "b", shownTitle(chart.categoryAxisTitle)),
        axisXml("val", AXES.value, AXES.category, "l", shownTitle(chart.valueAxisTitle)),
      ];
  if (!pie && series.some((item) => item.secondary)) {
    axes.push(
      axisXml("cat", AXES.secondaryCategory, AXES.secondaryValue, "b", undefined, true),
      axisXml("val", AXES.secondaryValue, AXES.secondaryCategory, "r", undefined),
    );
  }
  return (
    `${XML_DECLARATION}<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.main}" xmlns:r="${NS.relationships}">` +
    `<c:roundedCorners val="0"/><c:chart>${titleXml(chart.title)}` +
    `<c:autoTitleDeleted val="${chart.title === "" ? 1 : 0}"/><c:plotArea><c:layout/>${groups.join("")}` +
    `${axes.join("")}</c:plotArea>${legendXml(chart)}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart></c:chartSpace>`
  );
}

// Drawing XML --------------------------------------------------------------------------------------------------------

/** The cells a chart covers: from its start cell's top-left to its end cell's bottom-right. */
export function chartCells(chart: MemoryChart): CellArea {
  if (!chart.position) return DEFAULT_POSITION;
  const start = parseArea(chart.position.start);
  const end = chart.position.end === undefined ? undefined : parseArea(chart.position.end);
  if (end) return { top: start.top, left: start.left, bottom: end.bottom, right: end.right };
  if (start.bottom > start.top || start.right > start.left) return start;
  const height = DEFAULT_POSITION.bottom - DEFAULT_POSITION.top;
  const width = DEFAULT_POSITION.right - DEFAULT_POSITION.left;
  return { ...start, bottom: start.top + height, right: start.left + width };
}

function anchorXml(chart: MemoryChart, relationship: string, shapeId: number): string {
  const cells = chartCells(chart);
  const marker = (tag: string, row: number, column: number) =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  // The chart covers its end cell: its bottom-right corner is the top-left of the cell beyond.
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${marker("from", cells.top, cells.left)}` +
    `${marker("to", cells.bottom + 1, cells.right + 1)}<xdr:graphicFrame macro="">` +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeAttribute(chart.name)}"/><xdr:cNvGraphicFramePr/>` +
    `</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" r:id="${relationship}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
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

async function addSheetCharts(
  zip: JSZip,
  worksheetFile: string,
  sheet: SheetCharts,
  contentTypes: { part: string; type: string }[],
): Promise<void> {
  const folder = worksheetFile.slice(0, worksheetFile.lastIndexOf("/"));
  const name = worksheetFile.slice(worksheetFile.lastIndexOf("/") + 1);
  const relsFile = `${folder}/_rels/${name}.rels`;
  const rels = await partText(zip, relsFile);
  const taken = new Set((rels?.match(/\sId="[^"]*"/g) ?? []).map((id) => id.slice(5, -1)));
  let drawingRelationship = "rIdVocDrawing";
  for (let suffix = 1; taken.has(drawingRelationship); suffix += 1) drawingRelationship = `rIdVocDrawing${suffix}`;

  const drawingNumber = nextPartNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);
  const drawingFile = `xl/drawings/drawing${drawingNumber}.xml`;
  const anchors: string[] = [];
  const drawingRels = sheet.charts.map((chart, index) => {
    const chartNumber = nextPartNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);
    const chartFile = `xl/charts/chart${chartNumber}.xml`;
    zip.file(chartFile, chartXml(sheet.sheet, chart));
    contentTypes.push({ part: chartFile, type: CONTENT_TYPE.chart });
    const id = `rId${index + 1}`;
    anchors.push(anchorXml(chart, id, index + 2));
    return { id, type: REL_TYPE.chart, target: `../charts/chart${chartNumber}.xml` };
  });
  zip.file(
    drawingFile,
    `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${NS.main}" xmlns:r="${NS.relationships}">` +
      `${anchors.join("")}</xdr:wsDr>`,
  );
  zip.file(`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, relationshipsXml(drawingRels));
  contentTypes.push({ part: drawingFile, type: CONTENT_TYPE.drawing });

  const link = { id: drawingRelationship, type: REL_TYPE.drawing, target: `../drawings/drawing${drawingNumber}.xml` };
  zip.file(
    relsFile,
    rels === undefined
      ? relationshipsXml([link])
      : rels.replace(
          "</Relationships>",
          `<Relationship Id="${link.id}" Type="${link.type}" Target="${link.target}"/></Relationships>`,
        ),
  );
  const worksheet = (await partText(zip, worksheetFile)) ?? "";
  zip.file(worksheetFile, withDrawingElement(worksheet, drawingRelationship));
}

/**
 * Adds the charts of each sheet to the package; `worksheets` gives each sheet's worksheet part by name. Sheets
 * without charts are left alone.
 */
export async function addCharts(
  zip: JSZip,
  worksheets: ReadonlyMap<string, string>,
  sheets: readonly SheetCharts[],
): Promise<void> {
  const contentTypes: { part: string; type: string }[] = [];
  for (const sheet of sheets) {
    if (sheet.charts.length === 0) continue;
    const part = worksheets.get(sheet.sheet);
    if (part === undefined) throw new Error(`The workbook has no sheet named "${sheet.sheet}".`);
    await addSheetCharts(zip, part, sheet, contentTypes);
  }
  await addContentTypes(zip, contentTypes);
}
