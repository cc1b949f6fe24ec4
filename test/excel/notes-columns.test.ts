/**
 * Issue 13: every record table ends with a notes column, where a correction's reason is kept. A workbook set up
 * before has them only in Customers: Set up adds the others at the end of their tables, and nothing else moves.
 * Until then the workbook is written and read as before (the column is one added later: ColumnSpec.addedLater).
 */
import type { RecordRow } from "../../src/domain/records";
import { RECORD_KINDS } from "../../src/domain/records-search";
import type { TableKey } from "../../src/domain/schema";
import { type WorkbookPlan, buildWorkbookPlan } from "../../src/domain/workbook-plan";
import { appendMany } from "../../src/excel/append-many";
import { appendRecord } from "../../src/excel/append-record";
import { checkSchema } from "../../src/excel/check-schema";
import { readLedger } from "../../src/excel/read-ledger";
import { readRecords } from "../../src/excel/read-records";
import { SchemaProblemsError } from "../../src/excel/schema-problems-error";
import { previewLedgerSetup } from "../../src/excel/setup-ledger";
import { setupWorkbook } from "../../src/excel/setup-workbook";
import { type LastSave, undoLastSave } from "../../src/excel/undo-last-save";
import { updateRecord } from "../../src/excel/update-record";
import { type TestWorkbook, complaint, feedback, surveyReturn, validRecord } from "../support/excel-fixtures";
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

/** The tables the saves below write, by their Excel names. */
const SAVED_TABLES = ["Complaints", "Feedback", "SurveyDispatch", "SurveyReturns"];

/**
 * A complaint, a feedback, a dispatch to two customers and a return of it, saved with `plan` as the forms save
 * them; the syncs each save took, and what Undo would be handed for each.
 */
async function saveFour(workbook: TestWorkbook, plan: WorkbookPlan) {
  const { host, run } = workbook;
  const syncs: number[] = [];
  const counted = async <T>(save: () => Promise<T>): Promise<T> => {
    const before = host.syncCount;
    const result = await save();
    syncs.push(host.syncCount - before);
    return result;
  };
  const one = async (table: TableKey, record: RecordRow): Promise<LastSave> => {
    const saved = await counted(() => run((context) => appendRecord(context, plan, { table, record, year: 2026 })));
    return { table, id: saved.id, rowIndex: saved.rowIndex, record };
  };
  const complaintSave = await one("complaints", complaint());
  const feedbackSave = await one("feedback", feedback());
  const records = ["A", "B"].map((customer) =>
    validRecord("surveyDispatch", { period: "2026-Q4", customer, instrument: "customer", sentAt: "2026-11-02T10:00" }),
  );
  const dispatch = await counted(() =>
    run((context) => appendMany(context, plan, { table: "surveyDispatch", records, year: 2026 })),
  );
  const dispatchSave: LastSave = {
    table: "surveyDispatch",
    rows: dispatch.ids.map((id, index) => ({ id, record: records[index], rowIndex: dispatch.rowIndexes[index] })),
  };
  const returnSave = await one("surveyReturns", surveyReturn(1, { dispatchId: dispatch.ids[0], customer: "A" }));
  return { syncs, saves: [complaintSave, feedbackSave, dispatchSave, returnSave] };
}

const savedTables = (workbook: TestWorkbook) =>
  Object.fromEntries(SAVED_TABLES.map((table) => [table, workbook.host.tables()[table]]));

describe("a workbook set up before the notes columns", () => {
  it("is told what is missing: each table's Notes column, which Set up can add", async () => {
    const { run } = await formerWorkbook();
    const problems = await run((context) => checkSchema(context, buildWorkbookPlan("en")));
    expect(problems).toEqual(
      TABLES_GIVEN_NOTES.map((table) => ({ kind: "missingColumn", table, column: "Notes", addedLater: true })),
    );
  });

  it("saves a complaint, a feedback, a survey return and a dispatch into a workbook set up before Notes existed, in 2 round trips, its rows as before", async () => {
    const before = await setUpBeforeNotes();
    const today = await setUpBeforeNotes();
    await saveFour(before, before.plan);
    const { syncs } = await saveFour(today, buildWorkbookPlan("en"));

    expect(syncs).toEqual([2, 2, 2, 2]);
    expect(savedTables(today)).toEqual(savedTables(before));
    expect(today.host.tables().Complaints.rows).toHaveLength(1);
    expect(today.host.tables().SurveyDispatch.rows).toHaveLength(2);
  });

  it("undoes such a save, a dispatch's rows together, in 2 round trips", async () => {
    const workbook = await setUpBeforeNotes();
    const plan = buildWorkbookPlan("en");
    const empty = savedTables(workbook);
    const { saves } = await saveFour(workbook, plan);
    for (const save of [...saves].reverse()) {
      workbook.host.resetMeters();
      await workbook.run((context) => undoLastSave(context, plan, save));
      expect(workbook.host.syncCount).toBeLessThanOrEqual(2);
    }
    expect(savedTables(workbook)).toEqual(empty);
  });

  it("reads it on Cases and Records: every record as the earlier version read it", async () => {
    const workbook = await formerWorkbook();
    // Records asks for every ledger, Cases for the same ones; CorrectiveActions is optional to both.
    const required = RECORD_KINDS.filter((kind) => kind !== "actions");
    const ledger = await workbook.run((context) => readLedger(context, required, undefined, ["actions"]));
    expect(ledger.missing).toEqual([]);
    for (const key of RECORD_KINDS) {
      const asBefore = await workbook.run((context) => readRecords(context, workbook.plan, key));
      expect(ledger.records[key]).toEqual(asBefore);
    }
    for (const key of RECORD_KINDS.filter((kind) => kind !== "customers")) {
      expect(ledger.records[key]).toHaveLength(1);
      expect(ledger.records[key]?.[0]).not.toHaveProperty("notes");
    }
  });

  it("corrects a stored record's cells by header, and refuses a note, writing nothing, until Set up adds its place", async () => {
    const { run, host } = await formerWorkbook();
    const plan = buildWorkbookPlan("en");
    const [id] = host.tables().Complaints.rows.map((row) => String(row[0]));
    await run((context) =>
      updateRecord(context, plan, { table: "complaints", id, changes: { rootCause: "Worn die" } }),
    );
    const { headers, rows } = host.tables().Complaints;
    expect(rows[0][headers.indexOf("Root cause")]).toBe("Worn die");

    const writes = host.writeCount;
    const withNote = (table: TableKey, record: RecordRow) => ({ table, record: { ...record, notes: "Called back" } });
    const refused = [
      run((context) => appendRecord(context, plan, { ...withNote("complaints", complaint()), year: 2026 })),
      run((context) =>
        appendMany(context, plan, {
          table: "feedback",
          records: [withNote("feedback", feedback()).record],
          year: 2026,
        }),
      ),
      run((context) => updateRecord(context, plan, { table: "complaints", id, changes: { notes: "Called back" } })),
    ];
    for (const save of refused) {
      await expect(save).rejects.toEqual(
        expect.objectContaining({ problems: [expect.objectContaining({ kind: "missingColumn", column: "Notes" })] }),
      );
      await expect(save).rejects.toBeInstanceOf(SchemaProblemsError);
    }
    expect(host.writeCount).toBe(writes);
  });

  it("still has Home offer Set up to add the columns after such saves", async () => {
    const workbook = await setUpBeforeNotes();
    const plan = buildWorkbookPlan("en");
    await saveFour(workbook, plan);
    const { result } = await workbook.run((context) => previewLedgerSetup(context, "en"));
    expect(result.unchanged).toBe(false);
    expect(result.addedColumns).toEqual(TABLES_GIVEN_NOTES.map((table) => ({ table, column: "Notes" })));
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
