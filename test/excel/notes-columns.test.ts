/**
 * Issue 13: every record table ends with a notes column, where a correction's reason is kept. A workbook set up
 * before has them only in Customers: Set up adds the others at the end of their tables, and nothing else moves.
 */
import type { RecordRow } from "../../src/domain/records";
import type { TableKey } from "../../src/domain/schema";
import { buildWorkbookPlan } from "../../src/domain/workbook-plan";
import { appendRecord } from "../../src/excel/append-record";
import { checkSchema } from "../../src/excel/check-schema";
import { SchemaProblemsError } from "../../src/excel/schema-problems-error";
import { setupWorkbook } from "../../src/excel/setup-workbook";
import { complaint, feedback, surveyReturn, validRecord } from "../support/excel-fixtures";
import { TABLES_GIVEN_NOTES, setUpBeforeNotes } from "../support/former-schema";

/** A workbook set up before the notes columns, with a record in each record table. */
async function formerWorkbook(language: "en" | "vi" = "en") {
  const workbook = await setUpBeforeNotes(language);
  const add = (table: TableKey, record: RecordRow) =>
    workbook.run((context) => appendRecord(context, workbook.plan, { table, record, year: 2026 }));
  const closed = await add("complaints", complaint({ status: "closed", closedAt: "2026-11-24T10:00" }, language));
  await add("feedback", feedback({}, language));
  await add(
    "reminders",
    validRecord(
      "reminders",
      { recordId: closed.id, issuedAt: "2026-11-23T10:00", department: "quality", overdueStep: "proposal" },
      language,
    ),
  );
  const dispatch = await add(
    "surveyDispatch",
    validRecord(
      "surveyDispatch",
      { period: "2026-Q4", customer: "A", instrument: "customer", sentAt: "2026-11-02T10:00" },
      language,
    ),
  );
  await add("surveyReturns", surveyReturn(1, { dispatchId: dispatch.id, customer: "A" }));
  await add(
    "actions",
    validRecord(
      "actions",
      {
        alertKey: "surveyTotal|2026-Q4|A",
        kind: "surveyTotal",
        period: "2026-Q4",
        raisedAt: "2026-11-25T10:00",
        owner: "Lan",
        dueDate: "2026-12-10",
        status: "open",
      },
      language,
    ),
  );
  return workbook;
}

describe("a workbook set up before the notes columns", () => {
  it("is told what is missing: each table's Notes column, which Set up can add", async () => {
    const { run } = await formerWorkbook();
    const problems = await run((context) => checkSchema(context, buildWorkbookPlan("en")));
    expect(problems).toEqual(TABLES_GIVEN_NOTES.map((table) => ({ kind: "missingColumn", table, column: "Notes" })));
  });

  it("takes no write to such a table until Set up, so nothing lands beside a missing column", async () => {
    const { run, host } = await formerWorkbook();
    const writes = host.writeCount;
    const save = run((context) =>
      appendRecord(context, buildWorkbookPlan("en"), { table: "complaints", record: complaint(), year: 2026 }),
    );
    await expect(save).rejects.toBeInstanceOf(SchemaProblemsError);
    expect(host.writeCount).toBe(writes);
  });

  it("gets the Notes columns from Set up, each at the end of its table, every record and formula kept", async () => {
    const { run, host } = await formerWorkbook("vi");
    const before = host.tables();
    const formulasOf = (name: string) => {
      const table = host.workbook.table(name);
      return (table?.headers ?? []).map((_, column) => table?.sheet.cell(1, column).formula);
    };
    const formulas = Object.fromEntries(TABLES_GIVEN_NOTES.map((table) => [table, formulasOf(table)]));
    expect(formulas.Complaints.filter((formula) => String(formula).startsWith("="))).toHaveLength(8);
    const plan = buildWorkbookPlan("vi");
    const result = await run((context) => setupWorkbook(context, plan));

    expect(result.addedColumns).toEqual(TABLES_GIVEN_NOTES.map((table) => ({ table, column: "Ghi chú" })));
    const after = host.tables();
    for (const table of TABLES_GIVEN_NOTES) {
      expect(after[table].headers).toEqual([...before[table].headers, "Ghi chú"]);
      expect(after[table].rows).toEqual(before[table].rows.map((row) => [...row, ""]));
      expect(formulasOf(table).slice(0, -1)).toEqual(formulas[table]);
    }
    expect(after.Customers).toEqual(before.Customers);
    expect(await run((context) => checkSchema(context, plan))).toEqual([]);
    expect((await run((context) => setupWorkbook(context, plan))).unchanged).toBe(true);
  });

  it("keeps a column of the user's own at the end of a table, and adds Notes after it", async () => {
    const { run, host } = await formerWorkbook();
    await run(async (context) => {
      context.workbook.tables.getItem("Complaints").columns.add(-1, undefined, "My remarks");
    });
    const plan = buildWorkbookPlan("en");
    const result = await run((context) => setupWorkbook(context, plan));
    expect(result.addedColumns).toContainEqual({ table: "Complaints", column: "Notes" });
    expect(host.tables().Complaints.headers.slice(-2)).toEqual(["My remarks", "Notes"]);
    expect(await run((context) => checkSchema(context, plan, ["complaints"]))).toEqual([]);
  });
});
