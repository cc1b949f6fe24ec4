import { explainProblem } from "../../src/domain/schema-problems";
import { appendRecord } from "../../src/excel/append-record";
import { checkSchema } from "../../src/excel/check-schema";
import { repairSchema } from "../../src/excel/repair-schema";
import { setupWorkbook } from "../../src/excel/setup-workbook";
import { memoryExcelRunner } from "../../src/memory-host";
import { complaint, setUpWorkbook } from "../support/excel-fixtures";

const CHECK_SYNC_LIMIT = 2;

describe("checking the workbook before writing", () => {
  it(`finds nothing wrong in a workbook just set up, in ${CHECK_SYNC_LIMIT} round trips`, async () => {
    const { host, run, plan } = await setUpWorkbook("en");
    expect(await run((context) => checkSchema(context, plan))).toEqual([]);
    expect(host.syncCount).toBeLessThanOrEqual(CHECK_SYNC_LIMIT);
  });

  it("finds a renamed, a deleted and a moved column", async () => {
    const { host, run, plan } = await setUpWorkbook("en");
    host.renameColumn("Complaints", "Customer", "Client");
    host.deleteColumn("Complaints", "Batch / lot no.");
    host.moveColumn("Complaints", "Status", 1);
    expect(await run((context) => checkSchema(context, plan, ["complaints"]))).toEqual([
      { kind: "renamedColumn", table: "Complaints", column: "Customer", found: "Client" },
      { kind: "missingColumn", table: "Complaints", column: "Batch / lot no." },
      { kind: "movedColumn", table: "Complaints", column: "Status" },
    ]);
  });

  it("finds a protected sheet, a filtered table and a sorted one", async () => {
    const { host, run, plan } = await setUpWorkbook("en");
    host.protectSheet("Feedback");
    host.filterTable("Complaints", "Status", () => true);
    host.sortTable("SurveyReturns", "Customer");
    const kinds = (await run((context) => checkSchema(context, plan))).map((problem) => problem.kind);
    expect(kinds.sort()).toEqual(["filteredTable", "protectedSheet", "sortedTable"]);
  });

  it("tells a table converted to a range from a deleted sheet", async () => {
    const { host, run, plan } = await setUpWorkbook("en");
    host.convertTableToRange("Reminders");
    const sheets = host.workbook.sheets;
    sheets.splice(
      sheets.findIndex((sheet) => sheet.name === "Customers"),
      1,
    );
    expect(await run((context) => checkSchema(context, plan, ["reminders", "customers"]))).toEqual([
      { kind: "missingSheet", sheet: "Customers" },
      { kind: "missingTable", table: "Customers" },
      { kind: "convertedToRange", table: "Reminders", sheet: "Reminder slips" },
    ]);
  });

  it("finds ids given twice, and explains each problem in the user's language", async () => {
    const { host, run, plan } = await setUpWorkbook("zh-TW");
    await run((context) =>
      appendRecord(context, plan, { table: "complaints", record: complaint({}, "zh-TW"), year: 2026 }),
    );
    await run((context) =>
      appendRecord(context, plan, { table: "complaints", record: complaint({}, "zh-TW"), year: 2026 }),
    );
    host.workbook.table("Complaints")?.sheet.setCell(2, 0, { value: "CC-2026-0001" });
    const problems = await run((context) => checkSchema(context, plan, ["complaints"]));
    expect(problems).toEqual([{ kind: "duplicateId", table: "Complaints", id: "CC-2026-0001" }]);
    expect(explainProblem(problems[0], "zh-TW").what).toContain("CC-2026-0001");
  });

  it("finds nothing left to repair after setting up again, only the re-added column at the table's end", async () => {
    const { host, plan } = await setUpWorkbook("en");
    host.deleteColumn("Customers", "Region");
    host.convertTableToRange("Holidays");
    const run = memoryExcelRunner(host);
    await run((context) => setupWorkbook(context, plan));
    expect(await run((context) => checkSchema(context, plan))).toEqual([
      { kind: "movedColumn", table: "Customers", column: "Region" },
    ]);
  });
});

describe("repairing what the check found", () => {
  it("keeps the first row of an id given twice and gives the later one the next free id", async () => {
    const { host, run, plan } = await setUpWorkbook("en");
    for (let index = 0; index < 3; index++) {
      await run((context) => appendRecord(context, plan, { table: "complaints", record: complaint(), year: 2026 }));
    }
    host.workbook.table("Complaints")?.sheet.setCell(3, 0, { value: "CC-2026-0001" });
    const problems = await run((context) => checkSchema(context, plan, ["complaints"]));
    const left = await run((context) => repairSchema(context, plan, problems));
    expect(left).toEqual([]);
    expect(host.tables().Complaints.rows.map((row) => row[0])).toEqual([
      "CC-2026-0001",
      "CC-2026-0002",
      "CC-2026-0003",
    ]);
  });

  it("re-creates a deleted sheet's table and leaves a renamed column for the user to rename back", async () => {
    const { host, run, plan } = await setUpWorkbook("en");
    host.workbook.sheets.splice(
      host.workbook.sheets.findIndex((sheet) => sheet.name === "Customers"),
      1,
    );
    host.renameColumn("Feedback", "Topic", "Subject");
    const problems = await run((context) => checkSchema(context, plan));
    const left = await run((context) => repairSchema(context, plan, problems));
    expect(host.workbook.table("Customers")).toBeDefined();
    expect(left).toEqual([{ kind: "renamedColumn", table: "Feedback", column: "Topic", found: "Subject" }]);
  });
});
