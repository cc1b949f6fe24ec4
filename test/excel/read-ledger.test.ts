import { DEFAULT_SLA_DURATIONS, type TableKey } from "../../src/domain/schema";
import { DEFAULT_PLAN_SETTINGS, NAMES, buildWorkbookPlan, tablePlan } from "../../src/domain/workbook-plan";
import { appendMany } from "../../src/excel/append-many";
import { appendRecord } from "../../src/excel/append-record";
import { LedgerNotSetUpError, readLedger } from "../../src/excel/read-ledger";
import { CELLS_PER_READ, readRecords } from "../../src/excel/read-records";
import { setupWorkbook } from "../../src/excel/setup-workbook";
import { MemoryExcel, RESPONSE_LIMIT_BYTES, memoryExcelRunner } from "../../src/memory-host";
import {
  type TestWorkbook,
  complaint,
  feedback,
  setUpWorkbook,
  surveyReturn,
  validRecord,
} from "../support/excel-fixtures";

const OPEN_SYNC_LIMIT = 2;
const RECORD_TABLES: readonly TableKey[] = [
  "customers",
  "feedback",
  "complaints",
  "reminders",
  "surveyDispatch",
  "surveyReturns",
];

async function withRecords(language: Parameters<typeof setUpWorkbook>[0] = "en"): Promise<TestWorkbook> {
  const workbook = await setUpWorkbook(language);
  for (const record of [complaint({}, language), complaint({ customer: "Lan" }, language)]) {
    await workbook.run((context) => appendRecord(context, workbook.plan, { table: "complaints", record, year: 2026 }));
  }
  await workbook.run((context) =>
    appendRecord(context, workbook.plan, { table: "feedback", record: feedback({}, language), year: 2026 }),
  );
  workbook.host.resetMeters();
  return workbook;
}

/** A CorrectiveActions row as Take action writes it: an alert on the n-th customer's total, `done` what was done. */
function action(index: number, done: string | null = null, language: Parameters<typeof setUpWorkbook>[0] = "en") {
  const customer = `Customer ${index}`;
  return validRecord(
    "actions",
    {
      alertKey: `surveyTotal|2026-Q3|${customer}`,
      kind: "surveyTotal",
      period: "2026-Q3",
      customer,
      finding: "Total score 68, below 80",
      raisedAt: 46_300,
      owner: "Trần Văn Minh",
      dueDate: 46_307,
      status: done === null ? "open" : "done",
      ...(done === null ? {} : { doneAt: 46_306, actionTaken: done }),
    },
    language,
  );
}

/** A user's edit of a settings table's cell: the n-th data row, under a header. */
async function editCell(workbook: TestWorkbook, table: string, row: number, header: string, value: unknown) {
  await workbook.run(async (context) => {
    const column = context.workbook.tables.getItem(table).columns.getItem(header);
    column.getDataBodyRange().getCell(row, 0).values = [[value as string]];
  });
}

describe("opening a set-up workbook", () => {
  it(`reads the language, the settings and the records asked for in ${OPEN_SYNC_LIMIT} round trips`, async () => {
    const workbook = await withRecords("en");
    const ledger = await workbook.run((context) => readLedger(context, ["complaints", "feedback"]));
    expect(workbook.host.syncCount).toBe(OPEN_SYNC_LIMIT);
    expect(ledger.language).toBe("en");
    expect(ledger.settings.plan).toEqual(DEFAULT_PLAN_SETTINGS);
    expect(ledger.settings.problems).toEqual([]);
    expect(ledger.plan.version).toBe(workbook.plan.version);
    expect(ledger.records.complaints?.map((record) => [record.id, record.customer])).toEqual([
      ["CC-2026-0001", "Hà Nội Motors"],
      ["CC-2026-0002", "Lan"],
    ]);
    expect(ledger.records.feedback).toHaveLength(1);
    expect(ledger.records.customers).toBeUndefined();
    expect(workbook.host.writeCount).toBe(0);
  });

  it(`reads every record table at once in ${OPEN_SYNC_LIMIT} round trips, and one when none has rows`, async () => {
    const workbook = await withRecords("en");
    const ledger = await workbook.run((context) => readLedger(context, RECORD_TABLES));
    expect(workbook.host.syncCount).toBe(OPEN_SYNC_LIMIT);
    expect(Object.keys(ledger.records).sort()).toEqual([...RECORD_TABLES].sort());
    expect(ledger.records.customers).toEqual([]);

    const blank = await setUpWorkbook("en");
    await blank.run((context) => readLedger(context, RECORD_TABLES));
    expect(blank.host.syncCount).toBe(1);
  });

  it("reads a workbook set up in Simplified Chinese by its Chinese headers", async () => {
    const workbook = await withRecords("zh-CN");
    const ledger = await workbook.run((context) => readLedger(context, ["complaints"]));
    expect(workbook.host.syncCount).toBe(OPEN_SYNC_LIMIT);
    expect(ledger.language).toBe("zh-CN");
    expect(ledger.settings.plan).toEqual(DEFAULT_PLAN_SETTINGS);
    expect(ledger.plan.version).toBe(buildWorkbookPlan("zh-CN").version);
    expect(tablePlan(ledger.plan, "complaints").columns[0].header).toBe("投诉编号");
    expect(ledger.records.complaints?.[1]).toMatchObject({ id: "CC-2026-0002", customer: "Lan", channel: "电话" });
  });

  it("carries edited settings into the plan: a module weight, a holiday, the urgent reply deadline", async () => {
    const workbook = await withRecords("en");
    await editCell(workbook, "Modules", 0, "Weight", 0.5);
    await workbook.run(async (context) => {
      context.workbook.tables.getItem("Holidays").rows.add(null as unknown as number, [[46_296, "New Year"]]);
    });
    const urgent = DEFAULT_SLA_DURATIONS.findIndex((sla) => sla.key === "urgentReply");
    await editCell(workbook, "SlaDurations", urgent, "Duration", "2h");
    workbook.host.resetMeters();

    const ledger = await workbook.run((context) => readLedger(context, ["complaints"]));
    expect(workbook.host.syncCount).toBeLessThanOrEqual(OPEN_SYNC_LIMIT);
    expect(ledger.settings.plan.modules[0]).toMatchObject({ key: "overall", weight: 0.5 });
    expect([...ledger.settings.holidays]).toEqual([46_296]);
    expect(ledger.settings.plan.deadlines.urgentReply).toBe("2h");
    expect(ledger.plan).toEqual(buildWorkbookPlan("en", ledger.settings.plan));
    expect(ledger.plan.version).not.toBe(workbook.plan.version);
    const replyDue = tablePlan(ledger.plan, "complaints").columns.find((column) => column.key === "replyDue");
    expect(replyDue?.formula).toContain("+2/24");
    const total = tablePlan(ledger.plan, "surveyReturns").columns.find((column) => column.key === "total");
    expect(total?.formula).toContain("{0.5,0.3,0.4}");

    // The plan it gives is one the record functions accept.
    const saved = await workbook.run((context) =>
      appendRecord(context, ledger.plan, { table: "complaints", record: complaint(), year: 2026 }),
    );
    expect(saved.id).toBe("CC-2026-0003");
  });

  it("reads what it can of damaged settings and names the rest", async () => {
    const workbook = await withRecords("en");
    await editCell(workbook, "Instrument", 0, "Scale (max points)", "five");
    await editCell(workbook, "Targets", 0, "Value", "all");
    workbook.host.resetMeters();
    const ledger = await workbook.run((context) => readLedger(context, []));
    expect(workbook.host.syncCount).toBe(1);
    expect(ledger.settings.plan.instrument.map((item) => item.code)).not.toContain("OV1");
    expect(ledger.settings.targets.returnRate).toBe(99);
    expect(ledger.settings.problems).toEqual([
      "Row 1 of the Instrument table (OV1): the scale must be a whole number 1 or more; the item was left out.",
      "Row 1 of the Targets table (returnRate): the value must be a number; the default 99 is used.",
    ]);
  });

  it("gives the rows of a settings table asked for as records from the first round trip", async () => {
    const workbook = await withRecords("vi");
    const ledger = await workbook.run((context) => readLedger(context, ["modules", "targets"]));
    expect(workbook.host.syncCount).toBe(1);
    expect(ledger.records.modules?.map((row) => row.module)).toEqual(["Tổng thể", "Dịch vụ", "Chất lượng sản phẩm"]);
    expect(ledger.records.targets).toHaveLength(5);
  });

  it("reads 12,000 survey returns in chunks of about 100,000 cells, as readRecords does", async () => {
    const workbook = await withRecords("en");
    const returns = Array.from({ length: 12_000 }, (_, index) => surveyReturn(index));
    await workbook.run((context) =>
      appendMany(context, workbook.plan, { table: "surveyReturns", records: returns, year: 2026 }),
    );
    workbook.host.resetMeters();
    const progress: number[] = [];
    const ledger = await workbook.run((context) =>
      readLedger(context, ["surveyReturns", "complaints"], (read) => progress.push(read)),
    );
    const columns = workbook.host.tables().SurveyReturns.headers.length;
    const chunks = Math.ceil((12_000 * columns) / CELLS_PER_READ);
    expect(workbook.host.syncCount).toBe(1 + chunks);
    expect(chunks).toBeGreaterThan(1);
    expect(progress[progress.length - 1]).toBe(12_002);
    expect(ledger.records.surveyReturns).toHaveLength(12_000);
    expect(ledger.records.surveyReturns?.[11_999]).toMatchObject({ id: "SR-2026-12000", customer: "Customer 299" });
    expect(ledger.records.complaints).toHaveLength(2);

    const alone = await workbook.run((context) => readRecords(context, workbook.plan, "surveyReturns"));
    expect(ledger.records.surveyReturns).toEqual(alone);
  });
});

describe("the corrective actions, read with the ledger", () => {
  it(`reads the actions rows in the same batches as the other tables: still ${OPEN_SYNC_LIMIT} round trips`, async () => {
    const workbook = await withRecords("en");
    const records = [action(1), action(2, "Delivery slots agreed")];
    await workbook.run((context) => appendMany(context, workbook.plan, { table: "actions", records, year: 2026 }));
    workbook.host.resetMeters();
    const ledger = await workbook.run((context) => readLedger(context, RECORD_TABLES, undefined, ["actions"]));
    expect(workbook.host.syncCount).toBe(OPEN_SYNC_LIMIT);
    expect(ledger.missing).toEqual([]);
    expect(ledger.records.actions?.map((row) => [row.id, row.customer, row.status])).toEqual([
      ["CA-2026-0001", "Customer 1", "Open"],
      ["CA-2026-0002", "Customer 2", "Done"],
    ]);
    expect(ledger.records.complaints).toHaveLength(2);
    expect(workbook.host.writeCount).toBe(0);
  });

  it("reads a big CorrectiveActions table in chunks under the response budget, with the other tables", async () => {
    const workbook = await withRecords("zh-CN");
    const done = (index: number) => `${index}：`.padEnd(1_500, "与客户确认交付时段，调整包装并培训仓库人员。");
    const records = Array.from({ length: 1_800 }, (_, index) => action(index, done(index), "zh-CN"));
    await workbook.run((context) => appendMany(context, workbook.plan, { table: "actions", records, year: 2026 }));
    workbook.host.resetMeters();
    const ledger = await workbook.run((context) => readLedger(context, ["complaints"], undefined, ["actions"]));
    expect(ledger.records.actions).toHaveLength(1_800);
    expect(ledger.records.actions?.map((row) => row.actionTaken)).toEqual(records.map((_, index) => done(index)));
    expect(ledger.records.complaints).toHaveLength(2);
    // By cells it is one round; Excel refuses that response once, and the rest is read in pieces that fit.
    const columns = workbook.host.tables().CorrectiveActions.headers.length;
    expect(Math.ceil((1_800 * columns) / CELLS_PER_READ)).toBe(1);
    const [, firstRound, ...rest] = workbook.host.responseBytes;
    expect(firstRound).toBeGreaterThan(RESPONSE_LIMIT_BYTES);
    expect(rest.length).toBeGreaterThan(1);
    expect(Math.max(...rest)).toBeLessThanOrEqual(RESPONSE_LIMIT_BYTES);

    const alone = await workbook.run((context) => readRecords(context, ledger.plan, "actions"));
    expect(ledger.records.actions).toEqual(alone);
  });

  it("opens a workbook set up before the table existed, naming it missing (Set up on Home adds it)", async () => {
    const host = new MemoryExcel();
    const run = memoryExcelRunner(host);
    const plan = buildWorkbookPlan("en");
    const older = { ...plan, sheets: plan.sheets.filter((sheet) => !sheet.tables.some((t) => t.key === "actions")) };
    await run((context) => setupWorkbook(context, older));
    await run((context) => appendRecord(context, plan, { table: "complaints", record: complaint(), year: 2026 }));
    host.resetMeters();
    const ledger = await run((context) => readLedger(context, ["complaints"], undefined, ["actions"]));
    expect(ledger.missing).toEqual(["actions"]);
    expect(ledger.records.actions).toBeUndefined();
    expect(ledger.records.complaints).toHaveLength(1);
    // The read that stops at the table and the list that names it, once, before the usual 2.
    expect(host.syncCount).toBe(OPEN_SYNC_LIMIT + 2);
  });

  it("still says a workbook is not set up when an asked table is missing beside the optional one", async () => {
    const workbook = await setUpWorkbook("en");
    workbook.host.convertTableToRange("CorrectiveActions");
    workbook.host.convertTableToRange("Reminders");
    const failure = (await workbook
      .run((context) => readLedger(context, ["reminders"], undefined, ["actions"]))
      .catch((error: unknown) => error)) as LedgerNotSetUpError;
    expect(failure).toBeInstanceOf(LedgerNotSetUpError);
    expect(failure.missing).toEqual(["Reminders", "CorrectiveActions"]);
  });
});

describe("a workbook that is not set up", () => {
  it("says so for a blank workbook in two round trips: the read stops at a missing table, a list names them", async () => {
    const host = new MemoryExcel();
    const failure = await memoryExcelRunner(host)((context) => readLedger(context, ["complaints"])).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(LedgerNotSetUpError);
    expect((failure as LedgerNotSetUpError).missing).toEqual(expect.arrayContaining([NAMES.language, "Complaints"]));
    expect(host.syncCount).toBe(2);
  });

  it("says which table is missing, a settings table or one asked for", async () => {
    const workbook = await setUpWorkbook("en");
    workbook.host.convertTableToRange("Targets");
    workbook.host.convertTableToRange("Reminders");
    const failure = (await workbook
      .run((context) => readLedger(context, ["reminders"]))
      .catch((error: unknown) => error)) as LedgerNotSetUpError;
    expect(failure).toBeInstanceOf(LedgerNotSetUpError);
    expect(failure.missing).toEqual(["Targets", "Reminders"]);
  });

  it("needs the language name to be one of the four languages", async () => {
    const workbook = await setUpWorkbook("en");
    await workbook.run(async (context) => {
      context.workbook.names.getItem(NAMES.language).formula = '="fr"';
    });
    await expect(workbook.run((context) => readLedger(context, []))).rejects.toBeInstanceOf(LedgerNotSetUpError);
  });
});
