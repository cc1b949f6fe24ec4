/**
 * What the add-in writes, computed by a real engine. src/excel drives the in-memory host exactly as the task pane
 * does: setup from the workbook plan, a year of records saved through appendRecord and appendMany, the dashboard
 * refreshed by quarter, half-year and year, the management review built, the workbook prepared for sending and
 * its formulas restored. After each grain, and once sent and once restored, the host's workbook is exported by the
 * exporter behind the preview's download, and LibreOffice recalculates the files (one run per language). Every
 * calculated column of every row, every dashboard and review figure and every chart's category labels must equal
 * what src/domain computes from the rows the workbook holds. The workbook's form is the plan's: its sheets in order
 * (the lists sheet hidden), frozen header rows, column widths, number formats and drop-down lists, the defined names
 * resolving through the settings tables (read by a user's formulas on the first sheet), and the settings tables'
 * initial rows. The languages: en, zh-CN and vi (each with its own headers).
 *
 * The overdue flag uses NOW(): the sample keeps complaint due dates at least MARGIN_DAYS from the time it was
 * generated, and the domain is asked at the NOW() LibreOffice computed (a user's cell on the first sheet), which
 * must be within minutes of it.
 */
import { complaintOnTime, complaintOverdue, replyDue, surveyReturnDays } from "../../src/domain/case-deadlines";
import { dueDate } from "../../src/domain/due-date";
import { gradeFor } from "../../src/domain/grade";
import type { Language } from "../../src/domain/i18n/language";
import { FROZEN_STORE_SHEET } from "../../src/domain/reports/frozen-formulas";
import { previousPeriod, reportPeriods } from "../../src/domain/reports/report-periods";
import type { ReportGrain } from "../../src/domain/reports/types";
import { returnedOnTime } from "../../src/domain/return-rate";
import { DEFAULT_TARGETS, type TableKey, choiceLabel } from "../../src/domain/schema";
import { DEFAULT_PLAN_SETTINGS, type WorkbookPlan, buildWorkbookPlan, tablePlan } from "../../src/domain/workbook-plan";
import { buildReview } from "../../src/excel/build-review";
import { prepareForSending, restoreFormulas } from "../../src/excel/prepare-for-sending";
import { refreshDashboard } from "../../src/excel/refresh-dashboard";
import { setupWorkbook } from "../../src/excel/setup-workbook";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { columnLetters } from "../../src/memory-host/address";
import { exportWorkbook } from "../../src/memory-host/export";
import { validationsOf } from "../support/exported-xlsx";
import { asCell, sameCell } from "../support/formula-errors";
import {
  complaintExpectation as expectedComplaint,
  holidaysOfRows,
  isYes,
  moduleScore,
  totalScore,
} from "../support/row-expectations";
import { type ComputedValue, recalculateFiles } from "../support/libreoffice";
import { MARGIN_DAYS, type SampleRow, TYPED_ID_PAIRS, localNowSerial, sampleRecords } from "../support/sample-records";
import {
  type Recalculated,
  type ReportContext,
  chartLabels,
  computedAt,
  dashboardDifferences,
  dashboardPlanOf,
  expectedChartLabels,
  heldRows,
  opened,
  reportContext,
  reviewDifferences,
  reviewPlanOf,
  saveRecords,
} from "./exported-support";

const LIBREOFFICE_TIMEOUT_MS = 240_000;
jest.setTimeout(LIBREOFFICE_TIMEOUT_MS);

const LANGUAGES: readonly Language[] = ["en", "zh-CN", "vi"];
const GRAINS: readonly ReportGrain[] = ["Q", "H", "Y"];
const SETTINGS = DEFAULT_PLAN_SETTINGS;
/** The user's own cells on the first sheet: the time LibreOffice computes at, and a VOC.* formula Excel computed. */
const USER_SHEET = "Sheet1";
const ADDIN_FORMULA = "=VOC.POINTS(4)";
const ADDIN_RESULT = 80;
/** A user's formulas over the workbook's defined names, one a row from CHECK_ROW on the first sheet (column B). */
const CHECK_ROW = 2;
const CHECKS = {
  returnRateTarget: "=VOC_Target_returnRate",
  targets: `=${DEFAULT_TARGETS.map((target) => `VOC_Target_${target.key}`).join('&"|"&')}`,
  channels: "=COUNTA(VOC_List_channel)",
  yesNo: "=INDEX(VOC_List_yesNo,1)",
  language: "=VOC_Language",
  version: "=VOC_PlanVersion",
} as const;
type CheckKey = keyof typeof CHECKS;
const CHECK_KEYS = Object.keys(CHECKS) as CheckKey[];
/** Excel's file width of a column n characters wide: n characters of the default font's digit and 5 px padding. */
const WIDTH_PADDING = 5 / 7;

interface Run {
  readonly language: Language;
  readonly host: MemoryExcel;
  readonly plan: WorkbookPlan;
  readonly report: ReportContext;
  readonly today: number;
  readonly reviewPeriod: string;
  readonly rows: Partial<Record<TableKey, SampleRow[]>>;
  /** When the sample was generated: LibreOffice's NOW() must be close to it. */
  readonly generatedAt: number;
  /** The file after each grain's refresh. */
  readonly grains: ReadonlyMap<ReportGrain, Recalculated>;
  /** Prepared for sending (after the yearly refresh and the review), and with its formulas restored. */
  readonly sent: Recalculated;
  readonly restored: Recalculated;
  /** The restored workbook as exported, before LibreOffice (whose headless conversion drops frozen panes). */
  readonly written: Recalculated;
  readonly restoredFormula: string | undefined;
  readonly seconds: number;
}

const runs = new Map<Language, Run>();

async function useTheAddIn(language: Language, generatedAt: number): Promise<Run> {
  const host = new MemoryExcel();
  const run = memoryExcelRunner(host);
  const plan = buildWorkbookPlan(language, SETTINGS);
  await run((context) => setupWorkbook(context, plan));
  await saveRecords(run, plan, sampleRecords({ language, now: generatedAt, settings: SETTINGS }), 2026);
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(USER_SHEET);
    sheet.getRange("A1:B1").formulas = [["=NOW()", ADDIN_FORMULA]];
    sheet.getRangeByIndexes(CHECK_ROW, 0, CHECK_KEYS.length, 2).formulas = CHECK_KEYS.map((key) => [key, CHECKS[key]]);
  });
  // What Excel's calculation leaves in the VOC.* cell: the host computes no formula.
  host.workbook.sheet(USER_SHEET)?.setCell(0, 1, { formula: ADDIN_FORMULA, value: ADDIN_RESULT });

  const today = Math.floor(generatedAt);
  const reviewPeriod = previousPeriod(reportPeriods("Q", today).slice(-1)[0]);
  const files: Uint8Array[] = [];
  for (const grain of GRAINS) {
    await run((context) => refreshDashboard(context, { grain, today }));
    files.push(await exportWorkbook(host.workbook));
  }
  await run((context) => buildReview(context, { period: reviewPeriod, grain: "Q", today }));
  await run((context) => prepareForSending(context));
  files.push(await exportWorkbook(host.workbook));
  await run((context) => restoreFormulas(context));
  files.push(await exportWorkbook(host.workbook));

  const started = Date.now();
  const recalculated = await Promise.all((await recalculateFiles(files)).map((file) => opened(file)));
  const seconds = (Date.now() - started) / 1000;
  const { rows } = await heldRows(run, [
    "holidays",
    "feedback",
    "complaints",
    "reminders",
    "surveyDispatch",
    "surveyReturns",
  ]);
  return {
    language,
    host,
    plan,
    report: await reportContext(run),
    today,
    reviewPeriod,
    rows,
    generatedAt,
    grains: new Map(GRAINS.map((grain, index) => [grain, recalculated[index]])),
    sent: recalculated[GRAINS.length],
    restored: recalculated[GRAINS.length + 1],
    written: await opened(files[GRAINS.length + 1]),
    restoredFormula: host.workbook.sheet(USER_SHEET)?.cell(0, 1).formula,
    seconds,
  };
}

beforeAll(async () => {
  const generatedAt = localNowSerial();
  for (const run of await Promise.all(LANGUAGES.map((language) => useTheAddIn(language, generatedAt))))
    runs.set(run.language, run);
}, LIBREOFFICE_TIMEOUT_MS);

function runOf(language: Language): Run {
  const run = runs.get(language);
  if (!run) throw new Error(`No run for ${language}.`);
  return run;
}

// The calculated columns, row by row ------------------------------------------------------------------------

/** A computed cell as the domain speaks: dates as serials (ExcelJS turns date-formatted numbers into Dates). */
function asSerial(value: ComputedValue): ComputedValue {
  return value instanceof Date ? value.getTime() / 86_400_000 + 25_569 : value;
}

function rowsOf(run: Run, key: TableKey): readonly SampleRow[] {
  return run.rows[key] ?? [];
}

/** Where the host holds a planned table, and the position of each of its columns by key. */
function placed(run: Run, key: TableKey) {
  const planned = tablePlan(run.plan, key);
  const table = run.host.workbook.table(planned.name);
  if (!table) throw new Error(`The workbook has no table ${planned.name}.`);
  const columnOf = (column: string) => {
    const header = planned.columns.find((candidate) => candidate.key === column)?.header ?? column;
    const index = table.columnIndex(header);
    if (index < 0) throw new Error(`The workbook has no column ${column} in ${planned.name}.`);
    return table.left + index;
  };
  return { planned, sheet: table.sheet.name, top: table.top, columnOf };
}

/** The computed cell of a table's data row, where the host holds the table (the add-in places it by header). */
function computedCell(run: Run, file: Recalculated, key: TableKey, dataRow: number, column: string): ComputedValue {
  const table = placed(run, key);
  return asSerial(computedAt(file, table.sheet, table.top + 1 + dataRow, table.columnOf(column)));
}

function mismatches(run: Run, key: TableKey, column: string, expected: (row: SampleRow) => ComputedValue) {
  return rowsOf(run, key).flatMap((row, index) => {
    const want = expected(row);
    const got = computedCell(run, run.restored, key, index, column);
    return sameCell(want, got) ? [] : [{ row: index, id: row.id ?? null, expected: want, computed: got }];
  });
}

function computedValues(run: Run, key: TableKey, column: string): ComputedValue[] {
  return rowsOf(run, key).map((_, index) => computedCell(run, run.restored, key, index, column));
}

function nowOf(file: Recalculated): number {
  return asSerial(computedAt(file, USER_SHEET, 0, 0)) as number;
}

function checkValue(file: Recalculated, key: CheckKey): ComputedValue {
  return asSerial(computedAt(file, USER_SHEET, CHECK_ROW + CHECK_KEYS.indexOf(key), 1));
}

const holidaysOf = (run: Run) => holidaysOfRows(rowsOf(run, "holidays"));
const complaintExpectation = (run: Run, row: SampleRow) => expectedComplaint(row, run.language, holidaysOf(run));

const surveyReturnFor = (run: Run, dispatchId: SampleRow[string] | undefined) =>
  rowsOf(run, "surveyReturns").find((row) => row.dispatchId === dispatchId);

describe.each(LANGUAGES)("the %s workbook the add-in wrote, exported and recalculated by LibreOffice", (language) => {
  const run = () => runOf(language);

  it("holds the year of records saved through the forms' and the import's paths, and the holidays", () => {
    for (const key of ["feedback", "complaints", "reminders", "surveyDispatch", "surveyReturns"] as const)
      expect(rowsOf(run(), key).length).toBeGreaterThanOrEqual(200);
    expect(holidaysOf(run()).size).toBeGreaterThanOrEqual(30);
    console.log(`${language}: ${GRAINS.length + 2} files recalculated by LibreOffice in ${run().seconds} s`);
  });

  it("is recalculated within the margin that keeps the overdue flags from changing", () => {
    const now = nowOf(run().restored);
    expect(Math.abs(now - run().generatedAt)).toBeLessThan(0.01);
    const closest = Math.min(
      ...rowsOf(run(), "complaints").flatMap((row) => {
        const due = complaintExpectation(run(), row);
        return [due.notifyDue, due.replyDue, due.proposalDue, due.eightDDue, due.followUpDue].flatMap((serial) =>
          serial === null ? [] : [Math.abs(serial - now)],
        );
      }),
    );
    expect(closest).toBeGreaterThan(MARGIN_DAYS - 0.01);
  });

  describe("every calculated column of every row", () => {
    it("Feedback: the reply due, blank without a received time", () => {
      const holidays = holidaysOf(run());
      expect(
        mismatches(run(), "feedback", "replyDue", (row) =>
          asCell(() =>
            replyDue(row.receivedAt ?? null, isYes(run().language, row.urgent), SETTINGS.deadlines, holidays),
          ),
        ),
      ).toEqual([]);
      expect(computedValues(run(), "feedback", "replyDue")).toContain("");
    });

    it.each(["notifyDue", "replyDue", "proposalDue", "eightDDue", "followUpDue"] as const)(
      "Complaints: %s",
      (column) => {
        expect(
          mismatches(run(), "complaints", column, (row) => complaintExpectation(run(), row)[column] ?? ""),
        ).toEqual([]);
      },
    );

    it("Complaints: the 8D due from the customer's own date where one was set", () => {
      const withCustomerDate = rowsOf(run(), "complaints").filter(
        (row) => row.eightDCustomerDue !== null && row.eightDCustomerDue !== undefined && row.eightDCustomerDue !== "",
      );
      expect(withCustomerDate.length).toBeGreaterThan(20);
    });

    it("Complaints: on time, overdue at NOW(), and the reminder slips counted literally by id", () => {
      const now = nowOf(run().restored);
      expect(
        mismatches(run(), "complaints", "onTime", (row) =>
          asCell(() => complaintOnTime(complaintExpectation(run(), row).progress)),
        ),
      ).toEqual([]);
      expect(
        mismatches(run(), "complaints", "overdue", (row) =>
          asCell(() => complaintOverdue(complaintExpectation(run(), row).progress, now)),
        ),
      ).toEqual([]);
      const reminders = rowsOf(run(), "reminders");
      expect(
        mismatches(
          run(),
          "complaints",
          "reminderCount",
          (row) => reminders.filter((reminder) => reminder.recordId === row.id).length,
        ),
      ).toEqual([]);
      expect(new Set(computedValues(run(), "complaints", "overdue"))).toEqual(new Set([true, false, ""]));
      expect(new Set(computedValues(run(), "complaints", "onTime"))).toEqual(new Set([true, false, ""]));
      const doneOnTheMinute = rowsOf(run(), "complaints").filter((row) => {
        const { progress } = complaintExpectation(run(), row);
        return (
          progress.replyDone === progress.replyDue ||
          progress.proposalDone === progress.proposalDue ||
          progress.eightDDone === progress.eightDDue
        );
      });
      expect(doneOnTheMinute.length).toBeGreaterThan(10);
      expect(Math.max(...(computedValues(run(), "complaints", "reminderCount") as number[]))).toBeGreaterThanOrEqual(3);
    });

    const rowWithId = (key: TableKey, id: string) => {
      const index = rowsOf(run(), key).findIndex((row) => row.id === id);
      if (index < 0) throw new Error(`The workbook holds no ${key} row ${id}.`);
      return index;
    };

    it.each(TYPED_ID_PAIRS)(
      "Complaints: the slips of a typed id counted literally, '%s' has some, '%s' none",
      (first, second) => {
        const reminders = rowsOf(run(), "reminders");
        const count = (id: string) =>
          computedCell(run(), run().restored, "complaints", rowWithId("complaints", id), "reminderCount");
        expect(count(`CC-${first}`)).toBe(reminders.filter((row) => row.recordId === `CC-${first}`).length);
        expect(count(`CC-${first}`)).toBeGreaterThan(0);
        expect(count(`CC-${second}`)).toBe(0);
      },
    );

    it.each(TYPED_ID_PAIRS)(
      "SurveyDispatch: a typed id looked up literally, '%s' was returned, '%s' not",
      (first, second) => {
        const returned = (id: string) =>
          computedCell(run(), run().restored, "surveyDispatch", rowWithId("surveyDispatch", id), "returnedAt");
        expect(returned(`SD-${first}`)).toBe(surveyReturnFor(run(), `SD-${first}`)?.returnedAt);
        expect(returned(`SD-${second}`)).toBe("");
      },
    );

    it("SurveyDispatch: due back, returned at (blank when none) and on time (#VALUE! before it was sent)", () => {
      const holidays = holidaysOf(run());
      const days = surveyReturnDays(SETTINGS.deadlines);
      expect(
        mismatches(run(), "surveyDispatch", "dueBack", (row) =>
          asCell(() => dueDate(row.sentAt ?? null, SETTINGS.deadlines.surveyDueBack, holidays)),
        ),
      ).toEqual([]);
      expect(
        mismatches(run(), "surveyDispatch", "returnedAt", (row) => surveyReturnFor(run(), row.id)?.returnedAt ?? ""),
      ).toEqual([]);
      expect(
        mismatches(run(), "surveyDispatch", "onTime", (row) =>
          asCell(() =>
            returnedOnTime(row.sentAt ?? null, surveyReturnFor(run(), row.id)?.returnedAt ?? null, days, holidays),
          ),
        ),
      ).toEqual([]);
      expect(computedValues(run(), "surveyDispatch", "returnedAt")).toContain("");
      expect(new Set(computedValues(run(), "surveyDispatch", "onTime"))).toEqual(new Set([true, false, "", "#VALUE!"]));
    });

    it("SurveyReturns: every module score, the total and the grade, blank when nothing was answered", () => {
      for (const module of SETTINGS.modules) {
        expect(
          mismatches(run(), "surveyReturns", `module_${module.key}`, (row) => moduleScore(row, module.key) ?? ""),
        ).toEqual([]);
        expect(computedValues(run(), "surveyReturns", `module_${module.key}`)).toContain("");
      }
      expect(mismatches(run(), "surveyReturns", "total", (row) => totalScore(row) ?? "")).toEqual([]);
      expect(
        mismatches(run(), "surveyReturns", "grade", (row) =>
          asCell(() => gradeFor(totalScore(row), SETTINGS.gradeBands)),
        ),
      ).toEqual([]);
      expect(computedValues(run(), "surveyReturns", "total")).toEqual(expect.arrayContaining([80, 79, 70, 69, 60]));
      expect(new Set(computedValues(run(), "surveyReturns", "grade"))).toEqual(new Set(["A", "B", "C", "D", ""]));
    });
  });

  describe("the workbook's form", () => {
    it("has every sheet of the plan in order, the lists sheet hidden", () => {
      const names = run().restored.book.worksheets.map((sheet) => sheet.name);
      const planned = run().plan.sheets.map((sheet) => sheet.name);
      const first = names.indexOf(planned[0]);
      expect(names.slice(first, first + planned.length)).toEqual(planned);
      for (const sheet of run().plan.sheets)
        expect({ sheet: sheet.name, state: run().restored.book.getWorksheet(sheet.name)?.state }).toEqual({
          sheet: sheet.name,
          state: sheet.visible ? "visible" : "hidden",
        });
    });

    it("freezes each sheet's header rows and gives each column its width, in the file the add-in wrote", () => {
      for (const sheet of run().plan.sheets)
        expect({ sheet: sheet.name, view: run().written.book.getWorksheet(sheet.name)?.views[0] }).toMatchObject({
          sheet: sheet.name,
          view: { state: "frozen", ySplit: sheet.freezeRows },
        });
      // Widths as written: LibreOffice re-measures them in its own units.
      for (const sheet of run().plan.sheets)
        for (const table of sheet.tables) {
          const where = placed(run(), table.key);
          const written = run().written.book.getWorksheet(where.sheet);
          const wrong = table.columns.flatMap((column) => {
            const width = written?.getColumn(where.columnOf(column.key) + 1).width;
            const expected = column.width + WIDTH_PADDING;
            return width !== undefined && Math.abs(width - expected) <= 1 / 256
              ? []
              : [{ table: table.name, column: column.key, width, expected }];
          });
          expect(wrong).toEqual([]);
        }
    });

    it("keeps the columns' number formats and drop-down lists through LibreOffice", async () => {
      const complaints = placed(run(), "complaints");
      const sheet = run().restored.book.getWorksheet(complaints.sheet);
      for (const key of ["receivedAt", "replyDue", "defectRate", "urgent", "onTime"]) {
        const column = complaints.planned.columns.find((candidate) => candidate.key === key);
        const cell = sheet?.getCell(complaints.top + 2, complaints.columnOf(key) + 1);
        expect({ key, numFmt: cell?.numFmt ?? "General" }).toEqual({ key, numFmt: column?.numberFormat });
      }
      const urgent = columnLetters(complaints.columnOf("urgent"));
      const validations = await validationsOf(run().restored.zip, complaints.sheet);
      const list = validations.find((validation) => validation.sqref.startsWith(`${urgent}${complaints.top + 2}:`));
      expect(list).toMatchObject({ type: "list", formula1: "VOC_List_yesNo" });
      expect(list?.attributes).toMatch(/allowBlank="(1|true)"/);
    });

    it("lands the settings tables' initial rows where the add-in put the tables", () => {
      let compared = 0;
      for (const sheet of run().plan.sheets)
        for (const table of sheet.tables)
          table.initialRows.forEach((values, index) => {
            const cells = table.columns.map((column) =>
              computedCell(run(), run().restored, table.key, index, column.key),
            );
            expect({ table: table.name, index, cells }).toEqual({ table: table.name, index, cells: values });
            compared += 1;
          });
      expect(compared).toBeGreaterThanOrEqual(20);
    });
  });

  describe("the defined names, read by a user's formulas", () => {
    it("resolve the target names through the Targets table: VOC_Target_returnRate is 99", () => {
      expect(checkValue(run().restored, "returnRateTarget")).toBe(99);
      expect(checkValue(run().restored, "targets")).toBe(DEFAULT_TARGETS.map((target) => target.value).join("|"));
    });

    it("resolve the choice-list names to the hidden lists sheet: VOC_List_channel holds 13 channels", () => {
      expect(checkValue(run().restored, "channels")).toBe(13);
      expect(checkValue(run().restored, "yesNo")).toBe(choiceLabel("yesNo", "yes", language));
    });

    it("keep the language and the plan version as text names", () => {
      expect(checkValue(run().restored, "language")).toBe(language);
      expect(checkValue(run().restored, "version")).toBe(run().plan.version);
    });
  });

  describe.each(GRAINS)("the dashboard by %s", (grain) => {
    const file = () => run().grains.get(grain) as Recalculated;
    const periods = () => reportPeriods(grain, run().today);

    it("gives every figure, customer total, item average and Pareto row as the domain computes it", () => {
      const dashboard = dashboardPlanOf(run().report, grain, run().today);
      const { differences, compared } = dashboardDifferences(file(), run().report, dashboard, periods(), grain);
      expect(differences).toEqual([]);
      expect(compared).toBeGreaterThan(periods().length * 22);
    });

    it("labels every chart with the periods (and the Pareto with the complaint classes) LibreOffice computed", async () => {
      const dashboard = dashboardPlanOf(run().report, grain, run().today);
      const labels = await chartLabels(file(), dashboard.sheet);
      expect(Object.fromEntries(labels)).toEqual(
        Object.fromEntries(expectedChartLabels(run().report, dashboard, periods(), grain)),
      );
      expect(labels.size).toBe(dashboard.charts.length);
    });
  });

  describe("the management review, prepared for sending and restored", () => {
    it.each(["sent", "restored"] as const)(
      "gives every figure and list line as the domain computes it (%s)",
      (state) => {
        const review = reviewPlanOf(run().report, run().reviewPeriod, "Q", run().today);
        const { differences, compared } = reviewDifferences(
          run()[state],
          run().report,
          review,
          run().reviewPeriod,
          "Q",
        );
        expect(differences).toEqual([]);
        expect(compared).toBeGreaterThan(44);
      },
    );

    it("sends the VOC.* result as a value, the formulas kept in a hidden sheet, and restores the formula", () => {
      expect(computedAt(run().sent, USER_SHEET, 0, 1)).toBe(ADDIN_RESULT);
      expect(run().sent.book.getWorksheet(FROZEN_STORE_SHEET)?.state).toBe("hidden");
      expect(run().restoredFormula).toBe(ADDIN_FORMULA);
    });

    it("keeps the yearly dashboard through sending and restoring", () => {
      const dashboard = dashboardPlanOf(run().report, "Y", run().today);
      const periods = reportPeriods("Y", run().today);
      for (const file of [run().sent, run().restored])
        expect(dashboardDifferences(file, run().report, dashboard, periods, "Y").differences).toEqual([]);
    });
  });
});
