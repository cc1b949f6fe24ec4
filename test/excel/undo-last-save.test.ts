import { tablePlan } from "../../src/domain/workbook-plan";
import { appendMany } from "../../src/excel/append-many";
import { appendRecord } from "../../src/excel/append-record";
import { issuedIdsName } from "../../src/excel/issued-ids";
import { SchemaProblemsError } from "../../src/excel/schema-problems-error";
import { type SavedRecord, type SavedRecords, UndoRefusedError, undoLastSave } from "../../src/excel/undo-last-save";
import type { MemoryExcel } from "../../src/memory-host";
import { type TestWorkbook, complaint, setUpWorkbook, validRecord } from "../support/excel-fixtures";

/** Undoing a save is one user action: at most two round trips (DESIGN principle 3). */
const UNDO_SYNC_LIMIT = 2;

/** Saves a complaint as a form does; what the form would hand to Undo. */
async function save(
  workbook: TestWorkbook,
  overrides: Parameters<typeof complaint>[0] = {},
  year = 2026,
): Promise<SavedRecord> {
  const record = complaint(overrides);
  const result = await workbook.run((context) =>
    appendRecord(context, workbook.plan, { table: "complaints", record, year }),
  );
  return { table: "complaints", id: result.id, rowIndex: result.rowIndex, record };
}

const ids = (host: MemoryExcel) => host.tables().Complaints.rows.map((row) => row[0]);

async function undo(workbook: TestWorkbook, saved: SavedRecord) {
  workbook.host.resetMeters();
  return workbook.run((context) => undoLastSave(context, workbook.plan, saved));
}

/** Types into a complaint's cell as a person in Excel would. */
async function typeInto(host: MemoryExcel, row: number, header: string, value: string | number) {
  const headers = host.tables().Complaints.headers;
  await host.run(async (context) => {
    context.workbook.tables.getItem("Complaints").getDataBodyRange().getCell(row, headers.indexOf(header)).values = [
      [value],
    ];
  });
}

/** A co-author sorts the table by customer; the sort arrives after this session's next sync. Returns the rows before. */
async function sortedByCoAuthor(host: MemoryExcel, table: string) {
  const before = host.tables()[table];
  const customer = before.headers.indexOf("Customer");
  await host.coAuthor({ deliverAfter: 1 }).run(async (context) => {
    context.workbook.tables.getItem(table).sort.apply([{ key: customer, ascending: true }]);
  });
  return before;
}

async function refusal(promise: Promise<unknown>): Promise<UndoRefusedError> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof UndoRefusedError)) throw new Error(`Expected an UndoRefusedError, got ${String(error)}`);
  return error;
}

describe("undoing the last save", () => {
  it(`undoes the last save when nobody changed the row, in at most ${UNDO_SYNC_LIMIT} round trips, and the next save takes a new id`, async () => {
    const workbook = await setUpWorkbook("en");
    await save(workbook);
    const last = await save(workbook, { customer: "深圳华强电子", description: "=cracked housing" });
    expect(last.id).toBe("CC-2026-0002");

    await expect(undo(workbook, last)).resolves.toEqual({ ids: ["CC-2026-0002"] });
    expect(workbook.host.syncCount).toBeLessThanOrEqual(UNDO_SYNC_LIMIT);
    expect(ids(workbook.host)).toEqual(["CC-2026-0001"]);

    const next = await save(workbook);
    expect(next.id).toBe("CC-2026-0003");
    expect(ids(workbook.host)).toEqual(["CC-2026-0001", "CC-2026-0003"]);
  });

  it("never gives an undone id again, to an import either, and keeps it in a hidden name", async () => {
    const workbook = await setUpWorkbook("zh-CN");
    const only = await save(workbook);
    await undo(workbook, only);
    expect(ids(workbook.host)).toEqual([]);
    const name = workbook.host.workbook.name(issuedIdsName("complaints"));
    expect(name).toMatchObject({ formula: '="CC-2026-0001"', visible: false });

    const imported = await workbook.run((context) =>
      appendMany(context, workbook.plan, { table: "complaints", records: [complaint(), complaint()], year: 2026 }),
    );
    expect(imported.ids).toEqual(["CC-2026-0002", "CC-2026-0003"]);
  });

  it("keeps the undone ids of every year: undoing a save of another year does not forget this year's", async () => {
    const workbook = await setUpWorkbook("en");
    await save(workbook);
    await undo(workbook, await save(workbook)); // CC-2026-0002 taken back
    const older = await save(workbook, { receivedAt: "2025-12-30T10:00" }, 2025);
    expect(older.id).toBe("CC-2025-0001");
    await undo(workbook, older);
    expect(workbook.host.workbook.name(issuedIdsName("complaints"))?.formula).toBe('="CC-2026-0002 CC-2025-0001"');
    expect((await save(workbook)).id).toBe("CC-2026-0003");
    expect((await save(workbook, { receivedAt: "2025-12-31T10:00" }, 2025)).id).toBe("CC-2025-0002");
  });

  it("refuses to undo a row someone edited since, and says which cells changed", async () => {
    const workbook = await setUpWorkbook("en");
    const last = await save(workbook);
    await typeInto(workbook.host, last.rowIndex ?? 0, "Responsible person", "Lan");

    const refused = await refusal(undo(workbook, last));
    expect(refused.reason).toBe("changed");
    expect(refused.changedHeaders).toEqual(["Responsible person"]);
    expect(ids(workbook.host)).toEqual(["CC-2026-0001"]);
    expect(workbook.host.workbook.name(issuedIdsName("complaints"))).toBeUndefined();
  });

  it("refuses when a calculated cell was typed over", async () => {
    const workbook = await setUpWorkbook("en");
    const last = await save(workbook);
    const replyDue = tablePlan(workbook.plan, "complaints").columns.find((column) => column.key === "replyDue");
    await typeInto(workbook.host, 0, replyDue?.header ?? "", 46_400);
    const refused = await refusal(undo(workbook, last));
    expect(refused).toMatchObject({ reason: "changed", changedHeaders: ["Reply due"] });
  });

  it("refuses a row that moved since the save (the table was sorted), and deletes nothing", async () => {
    const workbook = await setUpWorkbook("en");
    await save(workbook, { customer: "Zeta Works" });
    const last = await save(workbook, { customer: "Alpha Trading" });
    workbook.host.sortTable("Complaints", "Customer");

    const refused = await refusal(undo(workbook, last));
    expect(refused.reason).toBe("moved");
    expect(ids(workbook.host)).toEqual(["CC-2026-0002", "CC-2026-0001"]);
  });

  it("says the row is gone when someone deleted it", async () => {
    const workbook = await setUpWorkbook("en");
    const last = await save(workbook);
    await workbook.host.run(async (context) => {
      context.workbook.tables.getItem("Complaints").rows.getItemAt(0).delete();
    });
    expect((await refusal(undo(workbook, last))).reason).toBe("gone");
  });

  it("finds the row as the table's last when the form did not say where it landed", async () => {
    const workbook = await setUpWorkbook("en");
    await save(workbook);
    const last = await save(workbook);
    await undo(workbook, { ...last, rowIndex: undefined });
    expect(workbook.host.syncCount).toBeLessThanOrEqual(UNDO_SYNC_LIMIT);
    expect(ids(workbook.host)).toEqual(["CC-2026-0001"]);
  });

  it("puts the row back and refuses when a co-author sorted the table between the read and the delete", async () => {
    const workbook = await setUpWorkbook("en");
    await save(workbook, { customer: "Zeta Works" });
    const last = await save(workbook, { customer: "Alpha Trading" });
    const before = await sortedByCoAuthor(workbook.host, "Complaints");

    const refused = await refusal(undo(workbook, last));
    expect(refused.reason).toBe("moved");
    expect(workbook.host.syncCount).toBe(3); // read, delete, put back
    const after = workbook.host.tables().Complaints;
    expect(after.rows.map((row) => row[0]).sort()).toEqual(["CC-2026-0001", "CC-2026-0002"]);
    expect(after.rows.find((row) => row[0] === "CC-2026-0001")).toEqual(
      before.rows.find((row) => row[0] === "CC-2026-0001"),
    );
  });

  it("stops without deleting when the sheet is protected", async () => {
    const workbook = await setUpWorkbook("en");
    const last = await save(workbook);
    workbook.host.protectSheet("Complaints");
    await expect(undo(workbook, last)).rejects.toBeInstanceOf(SchemaProblemsError);
    expect(ids(workbook.host)).toEqual(["CC-2026-0001"]);
  });

  it("leaves the row and the id safe whichever operation of the delete fails, and undoing again finishes", async () => {
    const probe = await setUpWorkbook("en");
    await undo(probe, await save(probe));
    const operations = probe.host.operationCounts[1];
    expect(operations).toBeGreaterThanOrEqual(3);
    for (let operation = 0; operation < operations; operation++) {
      const workbook = await setUpWorkbook("en");
      const last = await save(workbook);
      workbook.host.resetMeters();
      workbook.host.failOperation(operation, { after: 1 });
      await expect(workbook.run((context) => undoLastSave(context, workbook.plan, last))).rejects.toThrow();
      const name = workbook.host.workbook.name(issuedIdsName("complaints"));
      if (ids(workbook.host).length === 0) expect(name).toBeDefined(); // deleted only with the id kept

      if (ids(workbook.host).length > 0) await undo(workbook, last);
      expect(ids(workbook.host)).toEqual([]);
      expect((await save(workbook)).id).toBe("CC-2026-0002");
    }
  });
});

/** One survey form sent to each customer, saved in one call as the dispatch form does; what it hands to Undo. */
async function dispatch(workbook: TestWorkbook, customers: readonly string[]): Promise<SavedRecords> {
  const records = customers.map((customer) =>
    validRecord("surveyDispatch", { period: "2026-Q4", customer, instrument: "customer", sentAt: "2026-11-24T10:00" }),
  );
  const result = await workbook.run((context) =>
    appendMany(context, workbook.plan, { table: "surveyDispatch", records, year: 2026 }),
  );
  return {
    table: "surveyDispatch",
    rows: records.map((record, index) => ({ id: result.ids[index], record, rowIndex: result.rowIndexes[index] })),
  };
}

const dispatchIds = (host: MemoryExcel) => host.tables().SurveyDispatch.rows.map((row) => row[0]);

async function undoMany(workbook: TestWorkbook, saved: SavedRecords) {
  workbook.host.resetMeters();
  return workbook.run((context) => undoLastSave(context, workbook.plan, saved));
}

describe("undoing a save of several rows", () => {
  it(`takes back every row of the save in ${UNDO_SYNC_LIMIT} round trips, and the next save never gets their ids`, async () => {
    const workbook = await setUpWorkbook("en");
    const earlier = await dispatch(workbook, ["Hà Nội Motors"]);
    const saved = await dispatch(workbook, ["深圳华强电子", "台北精密工業", "Công ty Hòa Phát"]);
    expect(saved.rows.map((row) => row.rowIndex)).toEqual([1, 2, 3]);

    await expect(undoMany(workbook, saved)).resolves.toEqual({ ids: saved.rows.map((row) => row.id) });
    expect(workbook.host.syncCount).toBe(UNDO_SYNC_LIMIT);
    expect(dispatchIds(workbook.host)).toEqual([earlier.rows[0].id]);
    expect(workbook.host.workbook.name(issuedIdsName("surveyDispatch"))?.formula).toBe(`="${saved.rows[2].id}"`);

    const next = await dispatch(workbook, ["深圳华强电子", "台北精密工業"]);
    const taken = new Set(saved.rows.map((row) => row.id));
    expect(next.rows.map((row) => row.id).filter((id) => taken.has(id))).toEqual([]);
    expect(next.rows.map((row) => row.id)).toEqual(["SD-2026-0005", "SD-2026-0006"]);
  });

  it("keeps 2 round trips for a dispatch to a hundred customers", async () => {
    const workbook = await setUpWorkbook("vi");
    const saved = await dispatch(
      workbook,
      Array.from({ length: 100 }, (_, index) => `Khách hàng ${index + 1}`),
    );
    await undoMany(workbook, saved);
    expect(workbook.host.syncCount).toBe(UNDO_SYNC_LIMIT);
    expect(dispatchIds(workbook.host)).toEqual([]);
  });

  it("refuses the whole save when one of its rows was edited, says which, and deletes none", async () => {
    const workbook = await setUpWorkbook("en");
    const saved = await dispatch(workbook, ["深圳华强电子", "台北精密工業", "Công ty Hòa Phát"]);
    const { headers } = workbook.host.tables().SurveyDispatch;
    await workbook.host.run(async (context) => {
      const body = context.workbook.tables.getItem("SurveyDispatch").getDataBodyRange();
      body.getCell(1, headers.indexOf("Customer")).values = [["台北精密工业"]];
    });

    const refused = await refusal(undoMany(workbook, saved));
    expect(refused).toMatchObject({
      reason: "changed",
      id: saved.rows[1].id,
      changedHeaders: ["Customer"],
      rowCount: 3,
    });
    expect(dispatchIds(workbook.host)).toEqual(saved.rows.map((row) => row.id));
    expect(workbook.host.workbook.name(issuedIdsName("surveyDispatch"))).toBeUndefined();
  });

  it("refuses the whole save when one of its rows is gone, and deletes none", async () => {
    const workbook = await setUpWorkbook("en");
    const saved = await dispatch(workbook, ["深圳华强电子", "台北精密工業"]);
    await workbook.host.run(async (context) => {
      context.workbook.tables.getItem("SurveyDispatch").rows.getItemAt(0).delete();
    });
    const refused = await refusal(undoMany(workbook, saved));
    expect(refused).toMatchObject({ reason: "gone", id: saved.rows[0].id, rowCount: 2 });
    expect(dispatchIds(workbook.host)).toEqual([saved.rows[1].id]);
  });

  it("deletes rows that are not next to each other from the bottom up, leaving the row between them", async () => {
    const workbook = await setUpWorkbook("en");
    const all = await dispatch(workbook, ["A Co", "B Co", "C Co", "D Co", "E Co"]);
    const saved: SavedRecords = { table: "surveyDispatch", rows: [all.rows[0], all.rows[1], all.rows[3]] };
    await undoMany(workbook, saved);
    expect(workbook.host.syncCount).toBe(UNDO_SYNC_LIMIT);
    expect(dispatchIds(workbook.host)).toEqual([all.rows[2].id, all.rows[4].id]);
  });

  it("puts every row back and refuses when a co-author sorted the table between the read and the delete", async () => {
    const workbook = await setUpWorkbook("en");
    await dispatch(workbook, ["Zeta Works", "Yarrow Ltd"]);
    const saved = await dispatch(workbook, ["Beta Trading", "Alpha Trading"]);
    const before = await sortedByCoAuthor(workbook.host, "SurveyDispatch");

    const refused = await refusal(undoMany(workbook, saved));
    expect(refused).toMatchObject({ reason: "moved", rowCount: 2 });
    expect(workbook.host.syncCount).toBe(3); // read, delete, put back
    const after = workbook.host.tables().SurveyDispatch;
    expect([...after.rows].sort()).toEqual([...before.rows].sort());
  });

  it("leaves every row and the ids safe whichever operation of the delete fails, and undoing again finishes", async () => {
    const probe = await setUpWorkbook("en");
    await undoMany(probe, await dispatch(probe, ["A Co", "B Co", "C Co"]));
    const operations = probe.host.operationCounts[1];
    for (let operation = 0; operation < operations; operation++) {
      const workbook = await setUpWorkbook("en");
      const saved = await dispatch(workbook, ["A Co", "B Co", "C Co"]);
      workbook.host.resetMeters();
      workbook.host.failOperation(operation, { after: 1 });
      await expect(workbook.run((context) => undoLastSave(context, workbook.plan, saved))).rejects.toThrow();
      const left = dispatchIds(workbook.host);
      expect([0, 3]).toContain(left.length); // all or nothing
      if (left.length === 0) expect(workbook.host.workbook.name(issuedIdsName("surveyDispatch"))).toBeDefined();
      if (left.length > 0) await undoMany(workbook, saved);
      expect(dispatchIds(workbook.host)).toEqual([]);
      expect((await dispatch(workbook, ["D Co"])).rows[0].id).toBe("SD-2026-0004");
    }
  });
});
