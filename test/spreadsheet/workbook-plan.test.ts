/**
 * The real spreadsheet check of the workbook plan: the whole plan (every sheet, table, calculated column, format,
 * validation list and defined name) written to .xlsx with a year of realistic sample rows, recalculated by
 * LibreOffice, and every calculated cell of every row compared with what src/domain computes for that row.
 *
 * One LibreOffice run per language (zh-CN, and vi for other headers), both at once in one beforeAll.
 *
 * The overdue flag uses NOW(): the sample rows keep every complaint due date at least MARGIN_DAYS (1.5 days) from
 * the time they were generated, and the domain is asked at the NOW() LibreOffice computed (read from a check
 * cell), which must be within seconds of it.
 */
import ExcelJS from "exceljs";
import { complaintOnTime, complaintOverdue, replyDue, surveyReturnDays } from "../../src/domain/case-deadlines";
import { dueDate } from "../../src/domain/due-date";
import { gradeFor } from "../../src/domain/grade";
import type { Language } from "../../src/domain/i18n/language";
import { returnedOnTime } from "../../src/domain/return-rate";
import { type TableKey, choiceLabel } from "../../src/domain/schema";
import { DEFAULT_TARGETS } from "../../src/domain/schema";
import {
  DEFAULT_PLAN_SETTINGS,
  type TablePlan,
  type WorkbookPlan,
  buildWorkbookPlan,
  tablePlan,
} from "../../src/domain/workbook-plan";
import { asCell, sameCell } from "../support/formula-errors";
import {
  complaintExpectation as expectedComplaint,
  holidaysOfRows,
  isYes,
  moduleScore,
  totalScore,
} from "../support/row-expectations";
import { type ComputedValue, cellValue, recalculate } from "../support/libreoffice";
import { type WrittenPlan, planToWorkbook, tableCellAddress } from "../support/plan-to-xlsx";
import {
  MARGIN_DAYS,
  TYPED_ID_PAIRS,
  type SampleRecords,
  type SampleRow,
  localNowSerial,
  sampleRecords,
} from "../support/sample-records";

const LIBREOFFICE_TIMEOUT_MS = 120_000;
jest.setTimeout(LIBREOFFICE_TIMEOUT_MS);

const LANGUAGES: readonly Language[] = ["zh-CN", "vi"];
const SETTINGS = DEFAULT_PLAN_SETTINGS;

/** The sheet the test adds (not part of the plan) with formulas over the plan's defined names. */
const CHECK_SHEET = "Plan check";
const CHECKS = {
  now: "NOW()",
  returnRateTarget: "VOC_Target_returnRate",
  targets: DEFAULT_TARGETS.map((target) => `VOC_Target_${target.key}`).join('&"|"&'),
  channels: "COUNTA(VOC_List_channel)",
  yesNo: "INDEX(VOC_List_yesNo,1)",
  language: "VOC_Language",
  version: "VOC_PlanVersion",
} as const;
type CheckKey = keyof typeof CHECKS;
const CHECK_KEYS = Object.keys(CHECKS) as CheckKey[];

interface Run {
  readonly language: Language;
  readonly plan: WorkbookPlan;
  readonly records: SampleRecords;
  readonly written: WrittenPlan;
  readonly recalculated: ExcelJS.Workbook;
  /** The file as ExcelJS wrote it, read back before LibreOffice touched it. */
  readonly reread: ExcelJS.Workbook;
  readonly generatedAt: number;
  readonly seconds: number;
}

const runs = new Map<Language, Run>();

async function runLanguage(language: Language, generatedAt: number): Promise<Run> {
  const plan = buildWorkbookPlan(language, SETTINGS);
  const records = sampleRecords({ language, now: generatedAt, settings: SETTINGS });
  const written = planToWorkbook(plan, records);
  const check = written.workbook.addWorksheet(CHECK_SHEET);
  CHECK_KEYS.forEach((key, index) => {
    check.getCell(`A${index + 1}`).value = key;
    check.getCell(`B${index + 1}`).value = { formula: CHECKS[key] } as ExcelJS.CellFormulaValue;
  });
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(await written.workbook.xlsx.writeBuffer());
  const started = Date.now();
  const recalculated = await recalculate(written.workbook);
  const seconds = (Date.now() - started) / 1000;
  return { language, plan, records, written, recalculated, reread, generatedAt, seconds };
}

beforeAll(async () => {
  const generatedAt = localNowSerial();
  const done = await Promise.all(LANGUAGES.map((language) => runLanguage(language, generatedAt)));
  for (const run of done) runs.set(run.language, run);
}, LIBREOFFICE_TIMEOUT_MS);

function runOf(language: Language): Run {
  const run = runs.get(language);
  if (!run) throw new Error(`No LibreOffice run for ${language}.`);
  return run;
}

// Reading the recalculated workbook ------------------------------------------------------------------------------

/** A computed cell as the domain speaks: dates as serials (ExcelJS turns date-formatted numbers into Dates). */
function asSerial(value: ComputedValue): ComputedValue {
  return value instanceof Date ? value.getTime() / 86_400_000 + 25_569 : value;
}

function computedCell(run: Run, table: TablePlan, dataRow: number, key: string): ComputedValue {
  const sheet = run.recalculated.getWorksheet(table.sheet);
  if (!sheet) throw new Error(`The recalculated workbook has no sheet ${table.sheet}.`);
  return asSerial(cellValue(sheet.getCell(tableCellAddress(table, dataRow, key))));
}

function checkValue(run: Run, key: CheckKey): ComputedValue {
  const sheet = run.recalculated.getWorksheet(CHECK_SHEET);
  if (!sheet) throw new Error(`The recalculated workbook has no sheet ${CHECK_SHEET}.`);
  return asSerial(cellValue(sheet.getCell(`B${CHECK_KEYS.indexOf(key) + 1}`)));
}

interface Mismatch {
  readonly cell: string;
  readonly id: PlanValueText;
  readonly expected: ComputedValue;
  readonly computed: ComputedValue;
}
type PlanValueText = string | number | boolean | null;

/** The rows of a table as written (initial rows included), by column key. */
function rowsOf(run: Run, key: TableKey): readonly SampleRow[] {
  return run.written.rows[key] ?? [];
}

/** Every row whose computed `column` differs from the domain's `expected` for that row. */
function mismatches(run: Run, key: TableKey, column: string, expected: (row: SampleRow) => ComputedValue): Mismatch[] {
  const table = tablePlan(run.plan, key);
  const found: Mismatch[] = [];
  rowsOf(run, key).forEach((row, index) => {
    const want = expected(row);
    const got = computedCell(run, table, index, column);
    if (!sameCell(want, got)) {
      found.push({ cell: tableCellAddress(table, index, column), id: row.id ?? null, expected: want, computed: got });
    }
  });
  return found;
}

function computedValues(run: Run, key: TableKey, column: string): ComputedValue[] {
  const table = tablePlan(run.plan, key);
  return rowsOf(run, key).map((_, index) => computedCell(run, table, index, column));
}

// The domain, row by row ------------------------------------------------------------------------------------------

function holidaysOf(run: Run): ReadonlySet<number> {
  return holidaysOfRows(rowsOf(run, "holidays"));
}

const complaintExpectation = (run: Run, row: SampleRow) => expectedComplaint(row, run.language, holidaysOf(run));

function surveyReturnFor(run: Run, dispatchId: SampleRow[string] | undefined): SampleRow | undefined {
  return rowsOf(run, "surveyReturns").find((row) => row.dispatchId === dispatchId);
}

const RECORD_TABLES: readonly TableKey[] = ["feedback", "complaints", "reminders", "surveyDispatch", "surveyReturns"];

describe.each(LANGUAGES)("the %s workbook plan, recalculated by LibreOffice", (language) => {
  const run = () => runOf(language);

  describe("the sample ledger", () => {
    it("holds at least 200 rows in every record table, and the holidays in the plan's Holidays table", () => {
      for (const key of RECORD_TABLES) expect(rowsOf(run(), key).length).toBeGreaterThanOrEqual(200);
      expect(holidaysOf(run()).size).toBeGreaterThanOrEqual(30);
    });

    it("is recalculated within the margin that keeps the overdue flags from changing", () => {
      const now = checkValue(run(), "now");
      expect(typeof now).toBe("number");
      expect(Math.abs((now as number) - run().generatedAt)).toBeLessThan(0.01);
      const closest = Math.min(
        ...rowsOf(run(), "complaints").flatMap((row) => {
          const due = complaintExpectation(run(), row);
          return [due.notifyDue, due.replyDue, due.proposalDue, due.eightDDue, due.followUpDue].flatMap((serial) =>
            serial === null ? [] : [Math.abs(serial - (now as number))],
          );
        }),
      );
      expect(closest).toBeGreaterThan(MARGIN_DAYS - 0.01);
    });
  });

  describe("Feedback", () => {
    it("computes a reply due 24 hours after receipt, 4 hours when urgent, blank without a received time", () => {
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
  });

  describe("Complaints", () => {
    const dueColumn = (column: "notifyDue" | "replyDue" | "proposalDue" | "eightDDue" | "followUpDue") =>
      mismatches(run(), "complaints", column, (row) => complaintExpectation(run(), row)[column] ?? "");

    it("computes when the owner must be notified: 30 minutes after receipt", () => {
      expect(dueColumn("notifyDue")).toEqual([]);
    });

    it("computes a complaint's reply due 24 hours after receipt, 4 hours when it is urgent", () => {
      expect(dueColumn("replyDue")).toEqual([]);
    });

    it("computes the handling proposal due 3 working days after receipt, over weekends and the Holidays table", () => {
      expect(dueColumn("proposalDue")).toEqual([]);
    });

    it("computes a complaint's 8D due date from the customer's own date when it set one, else 3 working days", () => {
      expect(dueColumn("eightDDue")).toEqual([]);
      const withCustomerDate = rowsOf(run(), "complaints").filter((row) => row.eightDCustomerDue !== null);
      expect(withCustomerDate.length).toBeGreaterThan(20);
    });

    it("computes the follow-up due 7 days after closing, blank while the complaint is open", () => {
      expect(dueColumn("followUpDue")).toEqual([]);
    });

    it("flags a closed complaint on time when it was replied to and every step was done by its due date", () => {
      expect(
        mismatches(run(), "complaints", "onTime", (row) =>
          asCell(() => complaintOnTime(complaintExpectation(run(), row).progress)),
        ),
      ).toEqual([]);
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
    });

    it("flags a complaint overdue at NOW() when a step owed is past due and not done, a closed one by its follow-up", () => {
      const now = checkValue(run(), "now") as number;
      expect(
        mismatches(run(), "complaints", "overdue", (row) =>
          asCell(() => complaintOverdue(complaintExpectation(run(), row).progress, now)),
        ),
      ).toEqual([]);
      expect(new Set(computedValues(run(), "complaints", "overdue"))).toEqual(new Set([true, false, ""]));
    });

    it("counts a complaint's reminder slips in the Reminders table", () => {
      const reminders = rowsOf(run(), "reminders");
      const counts = mismatches(
        run(),
        "complaints",
        "reminderCount",
        (row) => reminders.filter((reminder) => reminder.recordId === row.id).length,
      );
      expect(counts).toEqual([]);
      expect(Math.max(...(computedValues(run(), "complaints", "reminderCount") as number[]))).toBeGreaterThanOrEqual(3);
    });

    it.each(TYPED_ID_PAIRS)("counts the slips of a typed id literally: '%s' has slips, '%s' none", (first, second) => {
      const reminders = rowsOf(run(), "reminders");
      const at = (id: string) => rowsOf(run(), "complaints").findIndex((row) => row.id === id);
      const table = tablePlan(run().plan, "complaints");
      const count = (id: string) => computedCell(run(), table, at(id), "reminderCount");
      expect(count(`CC-${first}`)).toBe(reminders.filter((row) => row.recordId === `CC-${first}`).length);
      expect(count(`CC-${first}`)).toBeGreaterThan(0);
      expect(count(`CC-${second}`)).toBe(0);
    });
  });

  describe("SurveyDispatch", () => {
    it("computes a form's due back date 5 working days after it was sent, at the same time of day", () => {
      const holidays = holidaysOf(run());
      expect(
        mismatches(run(), "surveyDispatch", "dueBack", (row) =>
          asCell(() => dueDate(row.sentAt ?? null, SETTINGS.deadlines.surveyDueBack, holidays)),
        ),
      ).toEqual([]);
    });

    it("looks the returned date up in SurveyReturns by dispatch id (the first return keyed), blank when none", () => {
      expect(
        mismatches(run(), "surveyDispatch", "returnedAt", (row) => surveyReturnFor(run(), row.id)?.returnedAt ?? ""),
      ).toEqual([]);
      expect(computedValues(run(), "surveyDispatch", "returnedAt")).toContain("");
    });

    it.each(TYPED_ID_PAIRS)("looks a typed id up literally: '%s' was returned, '%s' not", (first, second) => {
      const at = (id: string) => rowsOf(run(), "surveyDispatch").findIndex((row) => row.id === id);
      const table = tablePlan(run().plan, "surveyDispatch");
      const returned = (id: string) => computedCell(run(), table, at(id), "returnedAt");
      expect(returned(`SD-${first}`)).toBe(surveyReturnFor(run(), `SD-${first}`)?.returnedAt);
      expect(returned(`SD-${second}`)).toBe("");
    });

    it("flags a form returned on time by the 5th working day, late or missing as not, #VALUE! before it was sent", () => {
      const holidays = holidaysOf(run());
      const days = surveyReturnDays(SETTINGS.deadlines);
      expect(
        mismatches(run(), "surveyDispatch", "onTime", (row) =>
          asCell(() =>
            returnedOnTime(row.sentAt ?? null, surveyReturnFor(run(), row.id)?.returnedAt ?? null, days, holidays),
          ),
        ),
      ).toEqual([]);
      expect(new Set(computedValues(run(), "surveyDispatch", "onTime"))).toEqual(new Set([true, false, "", "#VALUE!"]));
    });
  });

  describe("SurveyReturns", () => {
    it.each(SETTINGS.modules.map((module) => module.key))(
      "scores the %s module as the weighted mean of its answered items, blank when none was answered",
      (moduleKey) => {
        expect(
          mismatches(run(), "surveyReturns", `module_${moduleKey}`, (row) => moduleScore(row, moduleKey) ?? ""),
        ).toEqual([]);
        expect(computedValues(run(), "surveyReturns", `module_${moduleKey}`)).toContain("");
      },
    );

    it("weights the module scores into the total over the answered modules, blank when none was answered", () => {
      expect(mismatches(run(), "surveyReturns", "total", (row) => totalScore(row) ?? "")).toEqual([]);
    });

    it("reaches the grade boundaries exactly: totals of 80 and 70, and the highest total below each", () => {
      const totals = computedValues(run(), "surveyReturns", "total");
      expect(totals).toEqual(expect.arrayContaining([80, 79, 70, 69, 60]));
    });

    it("grades the total with the grade bands: A from 80, B from 70, C from 60, else D", () => {
      expect(
        mismatches(run(), "surveyReturns", "grade", (row) =>
          asCell(() => gradeFor(totalScore(row), SETTINGS.gradeBands)),
        ),
      ).toEqual([]);
      expect(new Set(computedValues(run(), "surveyReturns", "grade"))).toEqual(new Set(["A", "B", "C", "D", ""]));
    });
  });

  describe("the workbook's form, as LibreOffice keeps it", () => {
    it("has every sheet of the plan in order and hides the lists sheet", () => {
      const names = run().recalculated.worksheets.map((sheet) => sheet.name);
      expect(names).toEqual([...run().plan.sheets.map((sheet) => sheet.name), CHECK_SHEET]);
      for (const sheet of run().plan.sheets) {
        expect(run().recalculated.getWorksheet(sheet.name)?.state).toBe(sheet.visible ? "visible" : "hidden");
      }
    });

    it("freezes the header rows in the file written (LibreOffice's headless conversion drops frozen panes)", () => {
      for (const sheet of run().plan.sheets) {
        const written = run().reread.getWorksheet(sheet.name);
        expect(written?.views[0]).toMatchObject({ state: "frozen", ySplit: sheet.freezeRows });
        expect(run().recalculated.getWorksheet(sheet.name)?.views[0]?.state).not.toBe("frozen");
      }
    });

    it("keeps the columns' number formats and validation lists, and their widths are written", () => {
      const table = tablePlan(run().plan, "complaints");
      const sheet = run().recalculated.getWorksheet(table.sheet);
      for (const key of ["receivedAt", "replyDue", "defectRate", "urgent", "onTime"]) {
        const column = table.columns.find((candidate) => candidate.key === key);
        const cell = sheet?.getCell(tableCellAddress(table, 0, key));
        expect({ key, numFmt: cell?.numFmt ?? "General" }).toEqual({ key, numFmt: column?.numberFormat });
      }
      const urgent = sheet?.getCell(tableCellAddress(table, 0, "urgent"));
      expect(urgent?.dataValidation).toMatchObject({ type: "list", allowBlank: true });
      expect(urgent?.dataValidation.formulae?.[0]).toBe("VOC_List_yesNo");
      // Widths as written: LibreOffice re-measures them in its own units.
      const written = run().reread.getWorksheet(table.sheet);
      const widths = table.columns.map((_, index) => written?.getColumn(table.column + index + 1).width);
      // ExcelJS leaves out a width of 9, its own default (Excel then shows its default, 8.43).
      expect(widths).toEqual(table.columns.map((column) => (column.width === 9 ? undefined : column.width)));
    });
  });

  describe("the defined names and settings tables", () => {
    it("resolve the target names through the Targets table: VOC_Target_returnRate is 99", () => {
      expect(checkValue(run(), "returnRateTarget")).toBe(99);
      expect(checkValue(run(), "targets")).toBe(DEFAULT_TARGETS.map((target) => target.value).join("|"));
    });

    it("resolve the choice-list names to the hidden lists sheet: VOC_List_channel holds 13 channels", () => {
      expect(checkValue(run(), "channels")).toBe(13);
      expect(checkValue(run(), "yesNo")).toBe(choiceLabel("yesNo", "yes", language));
    });

    it("keep the language and the plan version as text names", () => {
      expect(checkValue(run(), "language")).toBe(language);
      expect(checkValue(run(), "version")).toBe(run().plan.version);
    });

    it("land the settings tables' initial rows where the plan puts them", () => {
      for (const sheet of run().plan.sheets) {
        for (const table of sheet.tables) {
          table.initialRows.forEach((values, index) => {
            const cells = table.columns.map((column) => computedCell(run(), table, index, column.key));
            expect(cells).toEqual(values);
          });
        }
      }
    });
  });
});
