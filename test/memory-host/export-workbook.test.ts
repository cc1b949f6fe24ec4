/**
 * The exporter writes what the in-memory host holds, read back from the file with ExcelJS and from its parts:
 * a workbook set up by src/excel, with records, a dashboard and a review, as a user would download it.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { serialOf } from "../../src/domain/excel-date";
import { type WorkbookPlan, tablePlan } from "../../src/domain/workbook-plan";
import { appendRecord } from "../../src/excel/append-record";
import { buildReview } from "../../src/excel/build-review";
import { refreshDashboard } from "../../src/excel/refresh-dashboard";
import type { MemoryExcel } from "../../src/memory-host";
import { exportWorkbook } from "../../src/memory-host/export";
import { chartSeriesRefs } from "../../src/memory-host/export/charts";
import { fileFormula } from "../../src/memory-host/export/formulas";
import type { MemorySheet } from "../../src/memory-host/model";
import { complaint, feedback, setUpWorkbook, surveyReturn } from "../support/excel-fixtures";
import { chartFormulas, chartsOf, partText, readXlsx, validationsOf, worksheetXml } from "../support/exported-xlsx";

const TODAY = serialOf(2026, 11, 21);
const TYPED_FORMULA = '=HYPERLINK("http://example.com")';

interface Exported {
  readonly host: MemoryExcel;
  readonly bytes: Uint8Array;
  readonly zip: JSZip;
  readonly book: ExcelJS.Workbook;
  readonly plan: WorkbookPlan;
}

let exported: Exported;

beforeAll(async () => {
  const { host, run, plan } = await setUpWorkbook("en");
  const save = (table: "feedback" | "complaints" | "surveyReturns", record: ReturnType<typeof feedback>) =>
    run((context) => appendRecord(context, plan, { table, record, year: 2026 }));
  await save("feedback", feedback({ content: TYPED_FORMULA }));
  await save("complaints", complaint());
  await save("surveyReturns", surveyReturn(7));
  await run((context) => refreshDashboard(context, { grain: "Q", today: TODAY }));
  await run((context) => buildReview(context, { grain: "Q", period: "2026-Q3", today: TODAY }));
  const bytes = await exportWorkbook(host.workbook);
  exported = { host, plan, bytes, zip: await JSZip.loadAsync(bytes), book: await readXlsx(bytes) };
});

function sheetOf(name: string): MemorySheet {
  const sheet = exported.host.workbook.sheet(name);
  if (!sheet) throw new Error(`No sheet ${name}.`);
  return sheet;
}

function worksheet(name: string): ExcelJS.Worksheet {
  const sheet = exported.book.getWorksheet(name);
  if (!sheet) throw new Error(`The file has no sheet ${name}.`);
  return sheet;
}

async function tableParts(): Promise<string[]> {
  const paths = Object.keys(exported.zip.files).filter((path) => /^xl\/tables\/table\d+\.xml$/.test(path));
  return Promise.all(paths.map(async (path) => (await partText(exported.zip, path)) ?? ""));
}

/** An XML element's text as written: its entities read back (a target's name may hold "<" and "≥"). */
function xmlText(text: string | undefined): string | undefined {
  return text
    ?.replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

describe("the exported workbook", () => {
  it("has every sheet in the host's order, hidden ones hidden, the active one active", () => {
    expect(exported.book.worksheets.map((sheet) => sheet.name)).toEqual(
      exported.host.workbook.sheets.map((sheet) => sheet.name),
    );
    expect(worksheet("Lists").state).toBe("hidden");
    expect(worksheet("Customers").state).toBe("visible");
    const active = exported.host.workbook.activeSheet();
    expect(exported.book.views[0].activeTab).toBe(exported.host.workbook.sheets.indexOf(active as MemorySheet));
  });

  it("holds every cell's value, and every formula as the host holds it, without a cached result", () => {
    for (const sheet of exported.host.workbook.sheets) {
      const target = worksheet(sheet.name);
      for (const [key, cell] of sheet.cells) {
        const [row, column] = key.split(",").map(Number);
        const written = target.getCell(row + 1, column + 1);
        if (cell.formula !== undefined) {
          expect({ at: `${sheet.name}!${written.address}`, formula: written.formula }).toEqual({
            at: `${sheet.name}!${written.address}`,
            formula: cell.formula.slice(1),
          });
          expect(written.result).toBeUndefined();
        } else {
          const value = written.value instanceof Date ? written.value.getTime() / 86_400_000 + 25_569 : written.value;
          if (typeof cell.value === "number") expect(value).toBeCloseTo(cell.value, 6);
          else expect(value).toEqual(cell.value);
        }
      }
    }
  });

  it("keeps text that starts with '=' as text", () => {
    const table = exported.host.workbook.table("Feedback");
    const header = tablePlan(exported.plan, "feedback").columns.find((item) => item.key === "content")?.header;
    const column = table?.columnIndex(header ?? "") ?? -1;
    expect(column).toBeGreaterThanOrEqual(0);
    const cell = worksheet("Feedback").getCell((table?.top ?? 0) + 2, (table?.left ?? 0) + column + 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(TYPED_FORMULA);
  });

  it("asks Excel to calculate every formula when it opens the file", async () => {
    expect(await partText(exported.zip, "xl/workbook.xml")).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
  });

  it("writes every table with its name, range, headers and style, without a totals row", async () => {
    const parts = await tableParts();
    for (const table of exported.host.workbook.tables()) {
      const part = parts.find((xml) => new RegExp(`<table\\b[^>]*\\sname="${table.name}"`).test(xml));
      expect({ table: table.name, found: part !== undefined }).toEqual({ table: table.name, found: true });
      const area = table.bodyArea ? table.area : { ...table.area, bottom: table.top + 1 };
      const ref = `${String.fromCharCode(65 + area.left)}${area.top + 1}`;
      expect(part).toMatch(new RegExp(`\\sref="${ref}:[A-Z]+${area.bottom + 1}"`));
      expect(part).toMatch(/totalsRowShown="0"/);
      expect(part).not.toMatch(/totalsRowLabel|totalsRowFunction/);
      expect(part).toContain(`name="${table.style}"`);
      const headers = [...(part ?? "").matchAll(/<tableColumn\b[^>]*\sname="([^"]*)"/g)].map(([, name]) => name);
      expect(headers.map((header) => header.replace(/&amp;/g, "&"))).toEqual(table.headers);
    }
  });

  it("gives a calculated column its formula in the table part, in the file's structured-reference form", async () => {
    const returns = exported.host.workbook.table("SurveyReturns");
    const body = returns?.bodyArea;
    if (!returns || !body) throw new Error("No survey returns were saved.");
    const formulas = returns.headers
      .map((_, index) => returns.sheet.cell(body.top, body.left + index).formula)
      .filter((formula): formula is string => formula !== undefined);
    expect(formulas.length).toBeGreaterThanOrEqual(4);
    const part = (await tableParts()).find((xml) => /\sname="SurveyReturns"/.test(xml)) ?? "";
    const written = [...part.matchAll(/<calculatedColumnFormula>([\s\S]*?)<\/calculatedColumnFormula>/g)].map(
      ([, formula]) => formula.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"),
    );
    expect(written).toEqual(formulas.map((formula) => formula.slice(1)));
    expect(written.join("")).not.toContain("[@");
  });

  it("writes every workbook name with its formula, and each print area as the sheet's _xlnm.Print_Area", async () => {
    const xml = (await partText(exported.zip, "xl/workbook.xml")) ?? "";
    for (const name of exported.host.workbook.names) {
      const element = new RegExp(`<definedName name="${name.name}"[^>]*>([^<]*)</definedName>`).exec(xml);
      expect({ name: name.name, formula: xmlText(element?.[1]) }).toEqual({
        name: name.name,
        formula: name.formula.slice(1),
      });
    }
    const review = sheetOf("Management review");
    expect(review.pageLayout.printArea).toBe("A1:H75");
    expect(xml).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="${review.position}">'Management review'!$A$1:$H$75</definedName>`,
    );
  });

  it("writes data validation over the ranges the host keeps, a whole column below its header as one range", async () => {
    const complaints = sheetOf("Complaints");
    const written = await validationsOf(exported.zip, "Complaints");
    expect(written).toHaveLength(complaints.validations.list().length);
    const channel = written.find((validation) => validation.formula1 === "VOC_List_channel");
    expect(channel).toMatchObject({ type: "list", sqref: "C2:C1048576" });
    expect(channel?.attributes).toMatch(/allowBlank="1"/);
    const dates = written.filter((validation) => validation.type === "date");
    expect(dates.length).toBeGreaterThan(0);
    // Office.js takes the bound as "1900-01-01"; the file as the date's serial.
    for (const date of dates) expect(date.formula1).toBe("1");
  });

  it("gives each cell its number format, and a whole formatted column its format as the column's style", () => {
    const complaints = sheetOf("Complaints");
    const table = exported.host.workbook.table("Complaints");
    const receivedAt = table?.columnIndex("Received at") ?? -1;
    const format = complaints.numberFormatAt(1, receivedAt);
    expect(format).toMatch(/yy/);
    const target = worksheet("Complaints");
    expect(target.getCell(2, receivedAt + 1).numFmt).toBe(format);
    expect(target.getColumn(receivedAt + 1).numFmt).toBe(format);
    expect(target.getCell(1, receivedAt + 1).numFmt).toBeUndefined();
  });

  it("writes column widths in the file's units, hidden columns and frozen header rows", async () => {
    const complaints = sheetOf("Complaints");
    const [column, points] = [...complaints.columnWidths][0];
    expect(worksheet("Complaints").getColumn(column + 1).width).toBeCloseTo(points / 5.25, 2);
    expect(worksheet("Management review").getColumn("J").hidden).toBe(true);
    expect(worksheet("Management review").getColumn("AE").hidden).toBe(true);
    expect(worksheet("Management review").getColumn("H").hidden).toBe(false);
    expect(await worksheetXml(exported.zip, "Complaints")).toMatch(/<pane\b[^>]*ySplit="1"[^>]*state="frozen"/);
  });

  it("writes the conditional formats in priority order with their formulas and colours", async () => {
    const dashboard = sheetOf("Dashboard");
    const xml = await worksheetXml(exported.zip, "Dashboard");
    const rules = [...xml.matchAll(/<cfRule\b[^>]*priority="(\d+)"[^>]*>\s*<formula>([^<]*)<\/formula>/g)];
    expect(rules.map(([, priority, formula]) => [Number(priority), formula.replace(/&lt;/g, "<")])).toEqual(
      dashboard.conditionalFormats.map((format, index) => [index + 1, format.formula?.slice(1)]),
    );
    const styles = (await partText(exported.zip, "xl/styles.xml")) ?? "";
    expect(styles).toMatch(/<dxf>[\s\S]*FFFFC7CE[\s\S]*<\/dxf>/);
  });

  it("sets up the page as the host does: A4, centred, one page wide, the header's text centred", async () => {
    const setup = worksheet("Management review").pageSetup;
    expect(setup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1 });
    expect(setup.fitToHeight).toBe(0);
    expect(setup.horizontalCentered).toBe(true);
    expect(worksheet("Management review").headerFooter.oddHeader).toBe(
      "&CManagement review: customer satisfaction and complaints",
    );
    expect(worksheet("Customers").pageSetup).toMatchObject({ paperSize: 1, scale: 100 });
  });

  it("draws every chart of the host at its cells with its title and the series of its source", async () => {
    const dashboard = sheetOf("Dashboard");
    const charts = await chartsOf(exported.zip, "Dashboard");
    expect(charts.map((chart) => chart.name)).toEqual(dashboard.charts.map((chart) => chart.name));
    charts.forEach((written, index) => {
      const chart = dashboard.charts[index];
      expect(written.xml).toContain(`<a:t>${chart.title}</a:t>`);
      expect(written.xml).toContain(`<a:t>${chart.categoryAxisTitle?.text}</a:t>`);
      expect(written.xml).toContain(`<c:legendPos val="b"/>`);
      const refs = chartSeriesRefs(chart, "Dashboard").flatMap((series) => [
        series.name,
        series.categories,
        series.values,
      ]);
      expect(chartFormulas(written.xml)).toEqual(refs);
    });
    const pareto = charts.find((chart) => chart.name === "VOC_ComplaintsPareto")?.xml ?? "";
    expect(pareto).toMatch(/<c:barChart>[\s\S]*<c:lineChart>/);
    expect(pareto).toMatch(/<c:valAx>[\s\S]*<c:axPos val="r"\/>/);
    const types = (await partText(exported.zip, "[Content_Types].xml")) ?? "";
    expect(types.match(/drawingml\.chart\+xml/g)).toHaveLength(dashboard.charts.length);
  });

  it("places a chart the host's way in its series: a source with more rows than columns reads by columns", () => {
    const chart = {
      name: "Chart 1",
      type: "ColumnClustered",
      source: "Data!A1:C9",
      seriesBy: "Auto",
      title: "",
      position: null,
    };
    expect(chartSeriesRefs(chart, "Data")).toEqual([
      expect.objectContaining({ name: "Data!$B$1", categories: "Data!$A$2:$A$9", values: "Data!$B$2:$B$9" }),
      expect.objectContaining({ name: "Data!$C$1", categories: "Data!$A$2:$A$9", values: "Data!$C$2:$C$9" }),
    ]);
    const [single, ...others] = chartSeriesRefs({ ...chart, source: "'My data'!B2:B5" }, "Data");
    expect(others).toEqual([]);
    expect(single).toEqual({ index: 0, values: "'My data'!$B$2:$B$5", chartType: "ColumnClustered", secondary: false });
  });
});

describe("a formula in the file", () => {
  it("spells out the [@Column] shorthand of a table's row and keeps quoted text as written", () => {
    expect(fileFormula("=[@Score]*2", "Returns")).toBe("Returns[[#This Row],[Score]]*2");
    expect(fileFormula("=SUM([@[Q1]:[Q3]])", "Returns")).toBe("SUM(Returns[[#This Row],[Q1]:[Q3]])");
    expect(fileFormula('=IF([@[Total score]]>80,"[@x]","")', "Returns")).toBe(
      'IF(Returns[[#This Row],[Total score]]>80,"[@x]","")',
    );
    expect(fileFormula("=Other[@Score]", "Returns")).toBe("Other[[#This Row],[Score]]");
    expect(fileFormula("=Returns[[#This Row],[Score]]", "Returns")).toBe("Returns[[#This Row],[Score]]");
    expect(fileFormula("=[@Score]", undefined)).toBe("[@Score]");
  });
});
