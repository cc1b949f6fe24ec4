/**
 * Excel has no rollback: a request that fails at one operation keeps the operations before it. Saving, updating
 * and importing records must leave every table whole whichever operation fails (a row is there complete, with its
 * calculated formulas, or not at all), and doing it again must finish the job: the workbook a run without failure
 * gives, no row twice, ids unique. Every operation of every sync is failed in turn, with Excel's "fill formulas in
 * tables" option on and off.
 */
import { type TableKey } from "../../src/domain/schema";
import { type WorkbookPlan, buildWorkbookPlan, tablePlan } from "../../src/domain/workbook-plan";
import { BulkAppendFailedError, appendMany } from "../../src/excel/append-many";
import { AppendFailedError, appendRecord } from "../../src/excel/append-record";
import type { ExcelRunner } from "../../src/excel/excel-runner";
import { setupWorkbook } from "../../src/excel/setup-workbook";
import { updateRecord } from "../../src/excel/update-record";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import type { Scalar } from "../../src/memory-host/model";
import { complaint, surveyReturn } from "../support/excel-fixtures";
import { type Fault, everyOperation, inject, sweep, workbookSnapshot } from "./fault-sweep";

interface Workbook {
  readonly host: MemoryExcel;
  readonly run: ExcelRunner;
  readonly plan: WorkbookPlan;
}

/** A set-up workbook with two complaints and three survey returns, its meters reset. */
async function sampleWorkbook(fillFormulasInTables: boolean): Promise<Workbook> {
  const host = new MemoryExcel(undefined, { fillFormulasInTables });
  const run = memoryExcelRunner(host);
  const plan = buildWorkbookPlan("en");
  await run((context) => setupWorkbook(context, plan));
  const complaints = [complaint(), complaint({ customer: "深圳华强电子", description: "=cracked housing" })];
  await run((context) => appendMany(context, plan, { table: "complaints", records: complaints, year: 2026 }));
  const returns = [0, 1, 2].map((index) => surveyReturn(index));
  await run((context) => appendMany(context, plan, { table: "surveyReturns", records: returns, year: 2026 }));
  host.resetMeters();
  return { host, run, plan };
}

const rowsOf = (host: MemoryExcel, table: string): Scalar[][] => host.tables()[table].rows;

/** The cells of a table's rows as formulas where they have one: a row without its formulas reads differently. */
function formulaRows(host: MemoryExcel, tableName: string): (Scalar | undefined)[][] {
  const table = host.workbook.table(tableName);
  if (!table) throw new Error(`No table ${tableName}.`);
  return Array.from({ length: table.rowCount }, (_, row) =>
    Array.from({ length: table.columnCount }, (_, column) => {
      const cell = table.sheet.cell(table.top + 1 + row, table.left + column);
      return cell.formula ?? cell.value;
    }),
  );
}

/** Every calculated column's cell in every row holds the column's planned formula. */
function missingFormulas(workbook: Workbook, key: TableKey): string[] {
  const planned = tablePlan(workbook.plan, key);
  const table = workbook.host.workbook.table(planned.name);
  if (!table) throw new Error(`No table ${planned.name}.`);
  const missing: string[] = [];
  for (const column of planned.columns.filter((candidate) => candidate.formula !== undefined)) {
    const at = table.headers.indexOf(column.header);
    for (let row = 0; row < table.rowCount; row++)
      if (table.sheet.cell(table.top + 1 + row, table.left + at).formula !== column.formula)
        missing.push(`${column.key} of row ${row + 1}`);
  }
  return missing;
}

async function rejection(action: Promise<unknown>): Promise<unknown> {
  try {
    await action;
  } catch (error) {
    return error;
  }
  throw new Error("The action did not fail.");
}

/** Runs the action on a fresh workbook, measured, and returns the workbook and the syncs' operation counts. */
async function measured(fill: boolean, action: (workbook: Workbook) => Promise<unknown>) {
  const workbook = await sampleWorkbook(fill);
  await action(workbook);
  return { expected: workbook, counts: workbook.host.operationCounts };
}

describe.each([
  ["on", true],
  ["off", false],
])("with Excel's 'fill formulas in tables' %s, under a failure at any one operation", (_, fill) => {
  it("saving a complaint leaves the table whole and a second save with the attempted id finishes it once", async () => {
    const record = complaint({ description: '=HYPERLINK("http://evil.example")', customer: "Star* Trading" });
    const save = (workbook: Workbook, previousAttemptId?: string) =>
      workbook.run((context) =>
        appendRecord(context, workbook.plan, { table: "complaints", record, year: 2026, previousAttemptId }),
      );
    const { expected, counts } = await measured(fill, (workbook) => save(workbook));
    expect(counts).toHaveLength(2);
    const before = formulaRows((await sampleWorkbook(fill)).host, "Complaints");
    const saved = formulaRows(expected.host, "Complaints");

    const failures = await sweep(everyOperation(counts), async (fault: Fault) => {
      const workbook = await sampleWorkbook(fill);
      inject(workbook.host, fault);
      const error = await rejection(save(workbook));
      // Whole: as before, or with the new row complete, formulas and all.
      expect([before, saved]).toContainEqual(formulaRows(workbook.host, "Complaints"));
      await save(workbook, error instanceof AppendFailedError ? error.attemptedId : undefined);
      expect(workbookSnapshot(workbook.host)).toEqual(workbookSnapshot(expected.host));
    });
    expect(failures).toEqual([]);
    expect(missingFormulas(expected, "complaints")).toEqual([]);
  });

  it("updating a complaint changes all of its cells or none, and a second update finishes it", async () => {
    const changes = { status: "closed", rootCause: "=seal worn", ownerPerson: "Trần Minh", closedAt: 46345.5 };
    const update = (workbook: Workbook) =>
      workbook.run((context) =>
        updateRecord(context, workbook.plan, { table: "complaints", id: "CC-2026-0002", changes }),
      );
    const { expected, counts } = await measured(fill, update);
    expect(counts).toHaveLength(2);
    const before = formulaRows((await sampleWorkbook(fill)).host, "Complaints");
    const updated = formulaRows(expected.host, "Complaints");
    expect(updated).not.toEqual(before);

    const failures = await sweep(everyOperation(counts), async (fault) => {
      const workbook = await sampleWorkbook(fill);
      inject(workbook.host, fault);
      await rejection(update(workbook));
      expect([before, updated]).toContainEqual(formulaRows(workbook.host, "Complaints"));
      await update(workbook);
      expect(workbookSnapshot(workbook.host)).toEqual(workbookSnapshot(expected.host));
    });
    expect(failures).toEqual([]);
  });

  it("importing survey returns adds each row complete or not at all, and the retry with the ids adds the rest once", async () => {
    const records = [3, 4, 5, 6, 7].map((index) => surveyReturn(index));
    const importing = (workbook: Workbook, ids?: readonly string[]) =>
      workbook.run((context) =>
        appendMany(context, workbook.plan, { table: "surveyReturns", records, year: 2026, ids }),
      );
    const { expected, counts } = await measured(fill, (workbook) => importing(workbook));
    const imported = formulaRows(expected.host, "SurveyReturns");

    const failures = await sweep(everyOperation(counts), async (fault) => {
      const workbook = await sampleWorkbook(fill);
      inject(workbook.host, fault);
      const error = await rejection(importing(workbook));
      const rows = formulaRows(workbook.host, "SurveyReturns");
      expect(rows).toEqual(imported.slice(0, rows.length));
      await importing(workbook, error instanceof BulkAppendFailedError ? error.ids : undefined);
      expect(workbookSnapshot(workbook.host)).toEqual(workbookSnapshot(expected.host));
    });
    expect(failures).toEqual([]);
    expect(missingFormulas(expected, "surveyReturns")).toEqual([]);
  });
});

describe.each([
  ["on", true],
  ["off", false],
])("calculated columns, with Excel's 'fill formulas in tables' %s", (_, fill) => {
  it("a saved record gets every calculated column's formula from the add-in", async () => {
    const workbook = await sampleWorkbook(fill);
    await workbook.run((context) =>
      appendRecord(context, workbook.plan, { table: "complaints", record: complaint(), year: 2026 }),
    );
    expect(rowsOf(workbook.host, "Complaints")).toHaveLength(3);
    expect(missingFormulas(workbook, "complaints")).toEqual([]);
  });

  it("an import that stopped midway has every landed row's formulas, and its retry every row's", async () => {
    // About 3.4 KB a row with its formulas: 1,300 rows take two requests under 4 MB.
    const records = Array.from({ length: 1_300 }, (_, index) => surveyReturn(index));
    const workbook = await sampleWorkbook(fill);
    workbook.host.failOperation(0, { after: 2 });
    const error = await rejection(
      workbook.run((context) => appendMany(context, workbook.plan, { table: "surveyReturns", records, year: 2026 })),
    );
    expect(error).toBeInstanceOf(BulkAppendFailedError);
    const landed = rowsOf(workbook.host, "SurveyReturns").length;
    expect(landed).toBeGreaterThan(3);
    expect(landed).toBeLessThan(3 + records.length);
    expect(missingFormulas(workbook, "surveyReturns")).toEqual([]);

    const { ids } = error as BulkAppendFailedError;
    await workbook.run((context) =>
      appendMany(context, workbook.plan, { table: "surveyReturns", records, year: 2026, ids }),
    );
    const rows = rowsOf(workbook.host, "SurveyReturns");
    expect(rows).toHaveLength(3 + records.length);
    expect(new Set(rows.map((row) => row[0])).size).toBe(rows.length);
    expect(missingFormulas(workbook, "surveyReturns")).toEqual([]);
  });

  it("an update gives back the formulas a row had lost", async () => {
    const workbook = await sampleWorkbook(fill);
    const table = workbook.host.workbook.table("Complaints");
    if (!table) throw new Error("No Complaints table.");
    // A row added by hand with the option off: its calculated cells hold nothing.
    for (const column of tablePlan(workbook.plan, "complaints").columns.filter((spec) => spec.formula))
      table.sheet.setCell(table.top + 2, table.left + table.headers.indexOf(column.header), { value: "" });
    expect(missingFormulas(workbook, "complaints")).not.toEqual([]);
    await workbook.run((context) =>
      updateRecord(context, workbook.plan, { table: "complaints", id: "CC-2026-0002", changes: { status: "closed" } }),
    );
    expect(missingFormulas(workbook, "complaints")).toEqual([]);
  });
});
