/**
 * What the add-in writes, computed by a real engine. src/excel drives the in-memory host exactly as the task pane
 * does: setup from the workbook plan, a year of records saved through appendRecord and appendMany, the dashboard
 * refreshed by quarter, half-year and year, the management review built, the workbook prepared for sending and
 * its formulas restored. After each grain, and once sent and once restored, the host's workbook is exported by the
 * exporter behind the preview's download, and LibreOffice recalculates the files (one run per language). Every
 * calculated column of every row, every dashboard and review figure and every chart's category labels must equal
 * what src/domain computes from the rows the workbook holds.
 *
 * The overdue flag uses NOW(): the sample keeps complaint due dates at least MARGIN_DAYS from the time it was
 * generated, and the domain is asked at the NOW() LibreOffice computed (a user's cell on the first sheet).
 */
import { complaintOnTime, complaintOverdue, replyDue, surveyReturnDays } from "../../src/domain/case-deadlines";
import { dueDate } from "../../src/domain/due-date";
import { gradeFor } from "../../src/domain/grade";
import type { Language } from "../../src/domain/i18n/language";
import { FROZEN_STORE_SHEET } from "../../src/domain/reports/frozen-formulas";
import { previousPeriod, reportPeriods } from "../../src/domain/reports/report-periods";
import type { ReportGrain } from "../../src/domain/reports/types";
import { returnedOnTime } from "../../src/domain/return-rate";
import type { TableKey } from "../../src/domain/schema";
import { DEFAULT_PLAN_SETTINGS, type WorkbookPlan, buildWorkbookPlan, tablePlan } from "../../src/domain/workbook-plan";
import { buildReview } from "../../src/excel/build-review";
import { prepareForSending, restoreFormulas } from "../../src/excel/prepare-for-sending";
import { refreshDashboard } from "../../src/excel/refresh-dashboard";
import { setupWorkbook } from "../../src/excel/setup-workbook";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { exportWorkbook } from "../../src/memory-host/export";
import { asCell, sameCell } from "../support/formula-errors";
import {
  complaintExpectation as expectedComplaint,
  holidaysOfRows,
  isYes,
  moduleScore,
  totalScore,
} from "../support/row-expectations";
import { type ComputedValue, recalculateFiles } from "../support/libreoffice";
import { MARGIN_DAYS, type SampleRow, localNowSerial, sampleRecords } from "../support/sample-records";
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

const LANGUAGES: readonly Language[] = ["en", "zh-CN"];
const GRAINS: readonly ReportGrain[] = ["Q", "H", "Y"];
const SETTINGS = DEFAULT_PLAN_SETTINGS;
/** The user's own cells on the first sheet: the time LibreOffice computes at, and a VOC.* formula Excel computed. */
const USER_SHEET = "Sheet1";
const ADDIN_FORMULA = "=VOC.POINTS(4)";
const ADDIN_RESULT = 80;

interface Run {
  readonly language: Language;
  readonly host: MemoryExcel;
  readonly plan: WorkbookPlan;
  readonly report: ReportContext;
  readonly today: number;
  readonly reviewPeriod: string;
  readonly rows: Partial<Record<TableKey, SampleRow[]>>;
  /** The file after each grain's refresh. */
  readonly grains: ReadonlyMap<ReportGrain, Recalculated>;
  /** Prepared for sending (after the yearly refresh and the review), and with its formulas restored. */
  readonly sent: Recalculated;
  readonly restored: Recalculated;
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
    context.workbook.worksheets.getItem(USER_SHEET).getRange("A1:B1").formulas = [["=NOW()", ADDIN_FORMULA]];
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
    grains: new Map(GRAINS.map((grain, index) => [grain, recalculated[index]])),
    sent: recalculated[GRAINS.length],
    restored: recalculated[GRAINS.length + 1],
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

/** The computed cell of a table's data row, where the host holds the table (the add-in places it by header). */
function computedCell(run: Run, file: Recalculated, key: TableKey, dataRow: number, column: string): ComputedValue {
  const planned = tablePlan(run.plan, key);
  const table = run.host.workbook.table(planned.name);
  const header = planned.columns.find((candidate) => candidate.key === column)?.header ?? column;
  const index = table?.columnIndex(header) ?? -1;
  if (!table || index < 0) throw new Error(`The workbook has no column ${column} in ${planned.name}.`);
  return asSerial(computedAt(file, table.sheet.name, table.top + 1 + dataRow, table.left + index));
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

const holidaysOf = (run: Run) => holidaysOfRows(rowsOf(run, "holidays"));
const complaintExpectation = (run: Run, row: SampleRow) => expectedComplaint(row, run.language, holidaysOf(run));

const surveyReturnFor = (run: Run, dispatchId: SampleRow[string] | undefined) =>
  rowsOf(run, "surveyReturns").find((row) => row.dispatchId === dispatchId);

describe.each(LANGUAGES)("the %s workbook the add-in wrote, exported and recalculated by LibreOffice", (language) => {
  const run = () => runOf(language);

  it("holds the year of records saved through the forms' and the import's paths", () => {
    for (const key of ["feedback", "complaints", "reminders", "surveyDispatch", "surveyReturns"] as const)
      expect(rowsOf(run(), key).length).toBeGreaterThanOrEqual(200);
    expect(Math.abs(nowOf(run().restored) - localNowSerial())).toBeLessThan(MARGIN_DAYS - 0.5);
    console.log(`${language}: ${GRAINS.length + 2} files recalculated by LibreOffice in ${run().seconds} s`);
  });

  describe("every calculated column of every row", () => {
    it("Feedback: the reply due", () => {
      const holidays = holidaysOf(run());
      expect(
        mismatches(run(), "feedback", "replyDue", (row) =>
          asCell(() =>
            replyDue(row.receivedAt ?? null, isYes(run().language, row.urgent), SETTINGS.deadlines, holidays),
          ),
        ),
      ).toEqual([]);
    });

    it.each(["notifyDue", "replyDue", "proposalDue", "eightDDue", "followUpDue"] as const)(
      "Complaints: %s",
      (column) => {
        expect(
          mismatches(run(), "complaints", column, (row) => complaintExpectation(run(), row)[column] ?? ""),
        ).toEqual([]);
      },
    );

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
    });

    it("SurveyDispatch: due back, returned at and on time", () => {
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
    });

    it("SurveyReturns: every module score, the total and the grade", () => {
      for (const module of SETTINGS.modules)
        expect(
          mismatches(run(), "surveyReturns", `module_${module.key}`, (row) => moduleScore(row, module.key) ?? ""),
        ).toEqual([]);
      expect(mismatches(run(), "surveyReturns", "total", (row) => totalScore(row) ?? "")).toEqual([]);
      expect(
        mismatches(run(), "surveyReturns", "grade", (row) =>
          asCell(() => gradeFor(totalScore(row), SETTINGS.gradeBands)),
        ),
      ).toEqual([]);
      expect(computedValues(run(), "surveyReturns", "total")).toEqual(expect.arrayContaining([80, 79, 70, 69, 60]));
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
