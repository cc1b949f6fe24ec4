import { columnLetter, tablePlan } from "../../src/domain/workbook-plan";
import { appendRecord } from "../../src/excel/append-record";
import { SchemaProblemsError } from "../../src/excel/schema-problems-error";
import { selectRecord } from "../../src/excel/select-record";
import { RecordNotFoundError } from "../../src/excel/update-record";
import { type TestWorkbook, complaint, setUpWorkbook } from "../support/excel-fixtures";

const SELECT_SYNC_LIMIT = 2;

async function withComplaints(language: Parameters<typeof setUpWorkbook>[0], count: number): Promise<TestWorkbook> {
  const workbook = await setUpWorkbook(language);
  for (let index = 0; index < count; index++) {
    const record = complaint({ customer: `Customer ${index}` }, language);
    await workbook.run((context) => appendRecord(context, workbook.plan, { table: "complaints", record, year: 2026 }));
  }
  workbook.host.resetMeters();
  return workbook;
}

/** The whole table row of the n-th record (0-based), as A1 text: the table starts at A1. */
function rowAddress(workbook: TestWorkbook, index: number): string {
  const last = columnLetter(workbook.host.tables().Complaints.headers.length - 1);
  return `A${index + 2}:${last}${index + 2}`;
}

describe("showing a record in the sheet", () => {
  it(`activates its sheet and selects its whole table row, in ${SELECT_SYNC_LIMIT} round trips`, async () => {
    const workbook = await withComplaints("en", 3);
    const shown = await workbook.run((context) => selectRecord(context, workbook.plan, "complaints", "CC-2026-0002"));
    expect(shown).toEqual({ sheet: "Complaints", address: rowAddress(workbook, 1) });
    expect(workbook.host.selection()).toEqual(shown);
    expect(workbook.host.syncCount).toBe(SELECT_SYNC_LIMIT);
    expect(workbook.host.writeCount).toBe(0);
  });

  it("finds the row after the table was sorted, and on a sheet named in Chinese", async () => {
    const workbook = await withComplaints("zh-CN", 3);
    workbook.host.sortTable("Complaints", "顾客名称", false);
    const shown = await workbook.run((context) => selectRecord(context, workbook.plan, "complaints", "CC-2026-0001"));
    expect(shown).toEqual({ sheet: "顾客投诉", address: rowAddress(workbook, 2) });
    expect(workbook.host.selection()).toEqual(shown);
  });

  it(`finds the id column where it was moved, still in ${SELECT_SYNC_LIMIT} round trips`, async () => {
    const workbook = await withComplaints("en", 2);
    const idHeader = tablePlan(workbook.plan, "complaints").columns[0].header;
    workbook.host.moveColumn("Complaints", idHeader, 3);
    const shown = await workbook.run((context) => selectRecord(context, workbook.plan, "complaints", " CC-2026-0002 "));
    expect(shown.address).toBe(rowAddress(workbook, 1));
    expect(workbook.host.syncCount).toBe(SELECT_SYNC_LIMIT);
  });

  it("selects on a protected sheet and in a filtered table: selecting changes nothing", async () => {
    const workbook = await withComplaints("en", 2);
    workbook.host.protectSheet("Complaints");
    workbook.host.filterTable("Complaints", "Customer", () => true);
    const shown = await workbook.run((context) => selectRecord(context, workbook.plan, "complaints", "CC-2026-0001"));
    expect(shown.address).toBe(rowAddress(workbook, 0));
  });

  it("says so when no record has the id, leaving the selection alone", async () => {
    const workbook = await withComplaints("en", 1);
    const before = workbook.host.selection();
    await expect(
      workbook.run((context) => selectRecord(context, workbook.plan, "complaints", "CC-2026-0042")),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(workbook.host.selection()).toEqual(before);
    expect(workbook.host.syncCount).toBe(1);
  });

  it("explains a missing table or a renamed id column", async () => {
    const workbook = await withComplaints("en", 1);
    workbook.host.renameColumn("Complaints", "Complaint ID", "No.");
    const renamed = (await workbook
      .run((context) => selectRecord(context, workbook.plan, "complaints", "CC-2026-0001"))
      .catch((error: unknown) => error)) as SchemaProblemsError;
    expect(renamed).toBeInstanceOf(SchemaProblemsError);
    expect(renamed.problems.map((problem) => problem.kind)).toEqual(["renamedColumn"]);

    workbook.host.convertTableToRange("Complaints");
    const missing = (await workbook
      .run((context) => selectRecord(context, workbook.plan, "complaints", "CC-2026-0001"))
      .catch((error: unknown) => error)) as SchemaProblemsError;
    expect(missing.problems.map((problem) => problem.kind)).toEqual(["missingTable"]); // its header row no longer holds the planned headers
  });
});
