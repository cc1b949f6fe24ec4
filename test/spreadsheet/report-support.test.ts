/**
 * The test support of the report tests, checked on its own: a small hand-made report sheet, written by writeReport
 * into a set-up in-memory workbook and exported as the preview's download exports it, computes in LibreOffice and
 * prints to PNG with its charts; and the report sample is as large, as varied and as valid as the dashboard and
 * review tests need.
 */
import { execFile } from "node:child_process";
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { dateOfSerial, serialOf } from "../../src/domain/excel-date";
import { periodOf } from "../../src/domain/period";
import { DEFAULT_LEVELS } from "../../src/domain/rating-levels";
import { fieldErrorMessage, validateRecord } from "../../src/domain/records";
import type { ReportSheetPlan } from "../../src/domain/reports/types";
import { type TableKey, TABLES, choiceLabel, choiceList, surveyReturnColumns } from "../../src/domain/schema";
import { score, total } from "../../src/domain/score";
import { DEFAULT_PLAN_SETTINGS, buildWorkbookPlan } from "../../src/domain/workbook-plan";
import { appendMany } from "../../src/excel/append-many";
import { readReportBasis } from "../../src/excel/report-basis";
import { writeReport } from "../../src/excel/report-sheet";
import { setupWorkbook } from "../../src/excel/setup-workbook";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { exportWorkbook } from "../../src/memory-host/export";
import { validRecord } from "../support/excel-fixtures";
import { chartsOf, readXlsx, validationsOf, worksheetXml } from "../support/exported-xlsx";
import { cellValue, recalculateFile } from "../support/libreoffice";
import { renderSheetsToPng } from "../support/render-sheets";
import { reportSample, sampleQuarters } from "../support/report-sample";
import type { SampleRecords, SampleRow } from "../support/sample-records";

const LIBREOFFICE_TIMEOUT_MS = 180_000;
jest.setTimeout(LIBREOFFICE_TIMEOUT_MS);

const run = promisify(execFile);
const RESULTS = path.join(__dirname, "..", "..", "test-results");
const SHEET = "Report check";

/** A report sheet with one of everything the writer handles, small enough to check by hand. */
const REPORT: ReportSheetPlan = {
  sheet: SHEET,
  blocks: [
    { row: 0, column: 0, style: "title", cells: [["Report support check"]] },
    { row: 1, column: 0, style: "note", cells: [["=not a formula, typed as text"]] },
    { row: 1, column: 5, style: "input", cells: [["2026-Q2"]] },
    { row: 2, column: 0, style: "header", cells: [[null, "Complaints", "Score"]] },
    {
      row: 3,
      column: 0,
      style: "body",
      numberFormats: [null, "0", "0.0"],
      cells: [
        ["2026-Q1", 12, 84.5],
        ["2026-Q2", 18, 78.25],
        ["2026-Q3", 9, 81],
        ["2026-Q4", 15, 69.5],
      ],
    },
    {
      row: 7,
      column: 0,
      style: "body",
      numberFormats: [null, "0", "0.00"],
      cells: [["Total", { formula: "=SUM(B4:B7)" }, { formula: "=AVERAGE(C4:C7)" }]],
    },
    {
      row: 8,
      column: 0,
      style: "body",
      cells: [
        [
          "Checks",
          { formula: "=COUNTA(Customers[Customer])" },
          { formula: "=VOC_TestDouble+1" },
          { formula: "=VOC_TestPeriod" },
        ],
      ],
    },
  ],
  columnWidths: [14, 12, 10, 9, 4, 12],
  hiddenColumns: [3],
  conditionalFormats: [{ range: "C4:C7", formula: "=C4<80", fill: "#FFC7CE", fontColor: "#9C0006" }],
  charts: [
    {
      name: "VOC_TestTrend",
      type: "LineMarkers",
      source: "A3:C7",
      seriesBy: "Columns",
      title: "Complaints and score by quarter",
      categoryTitle: "Quarter",
      valueTitle: "Count / points",
      position: { start: "E4", end: "L20" },
    },
    {
      name: "VOC_TestPareto",
      type: "ColumnClustered",
      source: "A3:C7",
      seriesBy: "Columns",
      title: "Pareto check",
      categoryTitle: "Quarter",
      valueTitle: "Complaints",
      position: { start: "A22", end: "H38" },
      series: [{ index: 1, chartType: "Line", axisGroup: "Secondary" }],
    },
  ],
  validations: [{ range: "F2", source: "=$A$4:$A$7" }],
  tables: [
    {
      name: "VOC_TestActions",
      row: 10,
      column: 0,
      headers: ["Action", "Owner", "Due"],
      initialRows: [[null, null, null]],
      numberFormats: [null, null, "yyyy-mm-dd"],
    },
  ],
  names: [
    { name: "VOC_TestPeriod", formula: `='${SHEET}'!$F$2`, comment: "The chosen period." },
    { name: "VOC_TestDouble", formula: "=2*2", comment: "A name that is a formula." },
  ],
  // An "&" in the title is printed, not read as the start of a header code.
  pageSetup: { orientation: "Portrait", printArea: "A1:L40", header: "Quality & review 2026-Q2" },
  freezeRows: 3,
};

const CUSTOMERS: readonly string[] = ["=Sum Corp", "O'Neil & Sons", "华东精密"];

interface Written {
  readonly recalculated: ExcelJS.Workbook;
  readonly xlsx: Uint8Array;
  readonly pngs: readonly string[];
  readonly pdfText: string;
}

let written: Written;

beforeAll(async () => {
  await mkdir(RESULTS, { recursive: true });
  const host = new MemoryExcel();
  const excel = memoryExcelRunner(host);
  const plan = buildWorkbookPlan("en");
  await excel((context) => setupWorkbook(context, plan));
  const records = CUSTOMERS.map((name) => validRecord("customers", { name }));
  await excel((context) => appendMany(context, plan, { table: "customers", records, year: 2026 }));
  const { existing } = await excel((context) => readReportBasis(context));
  await excel((context) => writeReport(context, REPORT, existing));
  const xlsx = await exportWorkbook(host.workbook);
  const pdf = path.join(RESULTS, "report-support-en.pdf");
  const [recalculated, pngs] = await Promise.all([
    recalculateFile(xlsx).then(readXlsx),
    renderSheetsToPng(xlsx, { outDir: RESULTS, baseName: "report-support-en", sheets: [SHEET], pdfPath: pdf }),
  ]);
  const { stdout } = await run("pdftotext", ["-layout", pdf, "-"]);
  written = { recalculated, xlsx, pngs, pdfText: stdout };
}, LIBREOFFICE_TIMEOUT_MS);

function computed(address: string) {
  const sheet = written.recalculated.getWorksheet(SHEET);
  if (!sheet) throw new Error(`The recalculated workbook has no sheet ${SHEET}.`);
  return cellValue(sheet.getCell(address));
}

describe("a report sheet written by writeReport into a set-up workbook", () => {
  it("computes its formulas in LibreOffice, over the plan's tables and the report's own names", () => {
    expect(computed("B8")).toBe(54);
    expect(computed("C8")).toBeCloseTo(78.3125, 9);
    expect(computed("B9")).toBe(CUSTOMERS.length);
    expect(computed("C9")).toBe(5);
    expect(computed("D9")).toBe("2026-Q2");
  });

  it("keeps text that looks like a formula as text", () => {
    expect(computed("A2")).toBe("=not a formula, typed as text");
  });

  it("writes the rule, the drop-down, the table, the page setup and the frozen rows", async () => {
    const report = (await readXlsx(written.xlsx)).getWorksheet(SHEET);
    if (!report) throw new Error(`No sheet ${SHEET}.`);
    expect(report.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToWidth: 1, fitToHeight: 0 });
    expect(report.pageSetup.printArea).toBe("A1:L40");
    expect(report.headerFooter.oddHeader).toBe("&CQuality && review 2026-Q2");
    expect(report.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(report.getColumn(4).hidden).toBe(true);
    expect(report.getCell("A11").value).toBe("Action");
    expect(report.getCell("C12").numFmt).toBe("yyyy-mm-dd");
    expect(report.getCell("A1").font).toMatchObject({ bold: true, size: 16 }); // writeReport's title style

    const zip = await JSZip.loadAsync(written.xlsx);
    expect(await validationsOf(zip, SHEET)).toEqual([
      expect.objectContaining({ sqref: "F2", type: "list", formula1: "$A$4:$A$7" }),
    ]);
    const worksheet = await worksheetXml(zip, SHEET);
    expect(worksheet).toMatch(/<cfRule type="expression"[^>]*><formula>C4&lt;80<\/formula>/);
    expect(worksheet).toMatch(/<drawing r:id="[^"]+"\/>[\s\S]*<tableParts/);
    const tables = Object.keys(zip.files).filter((name) => /^xl\/tables\/table\d+\.xml$/.test(name));
    const tableXml = await Promise.all(tables.map((name) => zip.file(name)?.async("string")));
    expect(tableXml.some((xml) => xml?.includes('name="VOC_TestActions"'))).toBe(true);
  });

  it("adds its charts to the saved file as DrawingML parts", async () => {
    const zip = await JSZip.loadAsync(written.xlsx);
    const charts = await chartsOf(zip, SHEET);
    expect(charts.map((chart) => chart.name)).toEqual(["VOC_TestTrend", "VOC_TestPareto"]);
    const [line, pareto] = charts.map((chart) => chart.xml);
    expect(line).toContain("<c:lineChart>");
    expect(line).toContain(`<c:f>'${SHEET}'!$B$4:$B$7</c:f>`);
    expect(line).toContain(`<c:f>'${SHEET}'!$A$4:$A$7</c:f>`);
    expect(pareto).toMatch(/<c:barChart>.*<c:lineChart>.*<c:valAx>.*<c:axPos val="r"\/>/s);
    const types = await zip.file("[Content_Types].xml")?.async("string");
    for (const chart of charts) expect(types).toContain(`PartName="/${chart.part}"`);
  });

  it("prints only the chosen sheet to PNG, with its header and its charts' titles", async () => {
    expect(written.pngs).toEqual([path.join(RESULTS, "report-support-en-1.png")]);
    for (const png of written.pngs) expect((await stat(png)).size).toBeGreaterThan(10_000);
    expect(written.pdfText).toContain("Quality & review 2026-Q2");
    expect(written.pdfText).toContain("Complaints and score by quarter");
    expect(written.pdfText).toContain("Pareto check");
    expect(written.pdfText).not.toContain("Customer ID"); // the plan's sheets are not printed
  });
});

// The report sample ------------------------------------------------------------------------------------------------

const TODAY = serialOf(2026, 11, 21) + 10.5 / 24;
const LANGUAGE = "zh-CN";

describe("the report sample", () => {
  let sample: SampleRecords;
  let milliseconds: number;
  beforeAll(() => {
    const started = performance.now();
    sample = reportSample({ language: LANGUAGE, today: TODAY });
    milliseconds = performance.now() - started;
  });

  it("is made in about a second, the same for the same options", () => {
    expect(milliseconds).toBeLessThan(3000);
    expect(reportSample({ language: LANGUAGE, today: TODAY })).toEqual(sample);
    expect(reportSample({ language: LANGUAGE, today: TODAY, seed: 7 }).complaints).not.toEqual(sample.complaints);
  });

  it("spans the 8 quarters ending with today's, with ≥ 5,000 returns and ≥ 2,000 complaints", () => {
    const quarters = sampleQuarters(TODAY).map((quarter) => quarter.label);
    expect(quarters).toEqual(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    expect(sample.surveyReturns.length).toBeGreaterThanOrEqual(5000);
    expect(sample.complaints.length).toBeGreaterThanOrEqual(2000);
    expect(new Set(sample.surveyReturns.map((row) => row.period))).toEqual(new Set(quarters));
    expect(new Set(sample.surveyDispatch.map((row) => row.period))).toEqual(new Set(quarters));
    expect(new Set(sample.complaints.map((row) => periodOf(row.receivedAt as number, "Q")))).toEqual(new Set(quarters));
    for (const row of sample.surveyDispatch) expect(periodOf(row.sentAt as number, "Q")).toBe(row.period);
  });

  it("dates nothing after today but due dates", () => {
    const dated = (rows: readonly SampleRow[], keys: readonly string[]) =>
      rows.flatMap((row) => keys.map((key) => row[key]).filter((value): value is number => typeof value === "number"));
    const latest = Math.max(
      ...dated(sample.surveyDispatch, ["sentAt"]),
      ...dated(sample.surveyReturns, ["returnedAt"]),
      ...dated(sample.complaints, ["receivedAt", "notifiedAt", "replyDone", "proposalDone", "eightDDone"]),
      ...dated(sample.complaints, ["closedAt", "followUpDone"]),
      ...dated(sample.customers, ["since"]),
    );
    expect(latest).toBeLessThanOrEqual(TODAY);
  });

  it("has forms back on time, late and not at all, and some without a dispatch row", () => {
    const returned = new Map(sample.surveyReturns.map((row) => [row.dispatchId, row.returnedAt as number]));
    const outcomes = { onTime: 0, late: 0, missing: 0 };
    for (const row of sample.surveyDispatch) {
      const back = returned.get(row.id);
      if (back === undefined) outcomes.missing += 1;
      else if (back - Math.floor(row.sentAt as number) <= 7) outcomes.onTime += 1;
      else outcomes.late += 1;
    }
    expect(outcomes.onTime / sample.surveyDispatch.length).toBeGreaterThan(0.75);
    expect(outcomes.late).toBeGreaterThan(100);
    expect(outcomes.missing).toBeGreaterThan(50);
    expect(sample.surveyReturns.filter((row) => row.dispatchId === null).length).toBeGreaterThanOrEqual(8);
  });

  it("has customers averaging below 80 and above, and items at 70 or below in some quarters", () => {
    const settings = DEFAULT_PLAN_SETTINGS;
    const moduleWeights = [settings.modules.map((module) => module.weight)];
    const totals = new Map<string, number[]>();
    const itemPoints = new Map<string, number[]>();
    for (const row of sample.surveyReturns) {
      const scores = settings.modules.map((module) => {
        const items = settings.instrument.filter((item) => item.module === module.key);
        const ratings = items.map((item) => row[`item_${item.code}`] as number | null);
        return ratings.every((rating) => rating === null)
          ? null
          : score([ratings], [items.map((item) => item.weight)], { maxPoints: items[0].scale, levels: DEFAULT_LEVELS });
      });
      const customer = String(row.customer);
      totals.set(customer, [...(totals.get(customer) ?? []), total([scores], moduleWeights)]);
      for (const item of settings.instrument) {
        const rating = row[`item_${item.code}`];
        if (typeof rating !== "number") continue;
        const key = `${String(row.period)} ${item.code}`;
        itemPoints.set(key, [...(itemPoints.get(key) ?? []), (rating * 100) / item.scale]);
      }
    }
    const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const customerMeans = [...totals.values()].map(mean);
    expect(customerMeans.filter((value) => value < 80).length).toBeGreaterThanOrEqual(3);
    expect(customerMeans.filter((value) => value >= 85).length).toBeGreaterThanOrEqual(5);
    expect([...itemPoints.values()].map(mean).filter((value) => value <= 70).length).toBeGreaterThanOrEqual(2);
    expect(sample.surveyReturns.some((row) => row.item_PQ1 === null && row.item_PQ2 === null)).toBe(true);
  });

  it("has complaints of every content class and nature, open and closed, steps on time, late and not done", () => {
    const labels = (list: "complaintContent" | "complaintNature") =>
      new Set(choiceList(list).choices.map((choice) => choice.label[LANGUAGE]));
    const used = (key: string) => new Set(sample.complaints.map((row) => row[key]).filter((value) => value !== null));
    expect(used("contentClass")).toEqual(labels("complaintContent"));
    expect(used("nature")).toEqual(labels("complaintNature"));
    const closed = choiceLabel("caseStatus", "closed", LANGUAGE);
    const closedCount = sample.complaints.filter((row) => row.status === closed).length;
    expect(closedCount / sample.complaints.length).toBeGreaterThan(0.6);
    expect(closedCount).toBeLessThan(sample.complaints.length);
    expect(sample.complaints.some((row) => row.eightDCustomerDue !== null)).toBe(true);
    expect(sample.complaints.some((row) => row.replyDone === null)).toBe(true);
  });

  it("names customers in Chinese, Vietnamese and Latin script, one like a formula, one with an apostrophe", () => {
    const names = sample.customers.map((row) => String(row.name));
    expect(names.length).toBeGreaterThanOrEqual(28);
    expect(names).toContain("=Sum Corp");
    expect(names.some((name) => name.includes("'"))).toBe(true);
    expect(names.some((name) => /\p{Script=Han}/u.test(name))).toBe(true);
    expect(names.some((name) => /[ăâđêôơư]/u.test(name))).toBe(true);
    const register = new Set(names);
    for (const row of [...sample.complaints, ...sample.surveyReturns])
      expect(register.has(String(row.customer))).toBe(true);
    const years = new Set(sample.holidays.map((row) => dateOfSerial(row.date as number).year));
    expect(years).toEqual(new Set([2025, 2026]));
  });

  it("names customers that a criterion would read as a pattern or an operator, after the names they would match", () => {
    const names = sample.customers.map((row) => String(row.name));
    const pairs = [
      ["Star Trading", "Star* Trading"],
      ["What! Co", "What? Co"],
      ["TildeWorks", "Tilde~Works"],
      ["Equals Corp", "=Equals Corp"],
    ];
    for (const [lookalike, name] of pairs) {
      expect(names.indexOf(lookalike)).toBeGreaterThanOrEqual(0);
      expect(names.indexOf(lookalike)).toBeLessThan(names.indexOf(name));
    }
    expect(names).toContain("Star Trading Ltd");
    expect(names).toContain(`O'Brien "Quoted" Ltd`);
    const returned = new Set(sample.surveyReturns.map((row) => row.customer));
    for (const [lookalike, name] of pairs) expect([returned.has(lookalike), returned.has(name)]).toEqual([true, true]);
  });

  it("passes the domain's record validation (every 25th row of each table)", () => {
    const columns = (table: TableKey) =>
      table === "surveyReturns"
        ? surveyReturnColumns(DEFAULT_PLAN_SETTINGS.instrument, DEFAULT_PLAN_SETTINGS.modules)
        : TABLES[table].columns;
    const failures: string[] = [];
    const tables: readonly TableKey[] = ["customers", "surveyDispatch", "surveyReturns", "complaints", "holidays"];
    for (const table of tables) {
      sample[table as keyof SampleRecords].forEach((row, index) => {
        if (index % 25 !== 0 && table !== "customers") return;
        const result = validateRecord(TABLES[table], row, { language: LANGUAGE, columns: columns(table) });
        if (!result.ok) {
          const messages = result.errors.map((error) => fieldErrorMessage(error, "en"));
          failures.push(`${table} ${String(row.id ?? row.date)}: ${messages.join(" ")}`);
        }
      });
    }
    expect(failures).toEqual([]);
  });
});
