/**
 * A workbook set up with the words of an earlier version (短期对策, 原因分析, 批示状态, 客户诉求, Mã lượt gửi; 已批示,
 * 终端使用顾客, Gặp gỡ riêng khách hàng…) keeps working: its columns are found under their old headers, its cells
 * holding old labels read as their choices, and setup gives the columns today's headers in place, adding no second
 * column and losing no data; new rows are written and read beside the old ones.
 */
import type { Language } from "../../src/domain/i18n/language";
import { type ChoiceListKey, choiceKeyForLabel, tableSpec } from "../../src/domain/schema";
import {
  NAMES,
  type TablePlan,
  type WorkbookPlan,
  buildWorkbookPlan,
  escapeColumnName,
  tablePlan,
} from "../../src/domain/workbook-plan";
import { appendRecord } from "../../src/excel/append-record";
import { readLedger } from "../../src/excel/read-ledger";
import { SchemaProblemsError } from "../../src/excel/schema-problems-error";
import { previewLedgerSetup, setUpLedger } from "../../src/excel/setup-ledger";
import { setupWorkbook } from "../../src/excel/setup-workbook";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { complaint, validRecord } from "../support/excel-fixtures";

/**
 * The plan an earlier version applied: every column that has a former header under it (the formulas naming it
 * so), the Targets and SlaDurations rows by key, the targets looked up by key, and an older plan version.
 */
function olderPlan(language: Language): WorkbookPlan {
  const current = buildWorkbookPlan(language);
  const renames = current.sheets
    .flatMap((sheet) => sheet.tables)
    .flatMap((table) => table.columns)
    .flatMap((column) => (column.formerHeaders?.[0] ? [[column.header, column.formerHeaders[0]] as const] : []));
  const older = (text: string) =>
    renames.reduce(
      (formula, [now, then]) => formula.split(`[${escapeColumnName(now)}]`).join(`[${escapeColumnName(then)}]`),
      text,
    );
  const oldRows = (table: TablePlan): TablePlan["initialRows"] => {
    if (table.key === "targets")
      return [
        ["returnRate", 99],
        ["closureRate", 80],
        ["satisfactionRate", 90],
        ["itemAlert", 70],
        ["customerAlert", 80],
      ];
    if (table.key === "slaDurations")
      return [
        ["reply", "24h"],
        ["urgentReply", "4h"],
        ["proposal", "3wd"],
        ["eightD", "3wd"],
        ["notifyOwner", "30m"],
        ["surveyDueBack", "5wd"],
        ["followUp", "7d"],
      ];
    return table.initialRows;
  };
  const targets = tablePlan(current, "targets");
  return {
    ...current,
    sheets: current.sheets.map((sheet) => ({
      ...sheet,
      tables: sheet.tables.map((table) => ({
        ...table,
        initialRows: oldRows(table),
        columns: table.columns.map(({ formerHeaders, ...column }) => ({
          ...column,
          header: formerHeaders?.[0] ?? column.header,
          ...(column.formula ? { formula: older(column.formula) } : {}),
        })),
      })),
    })),
    names: current.names.map((name) => {
      if (name.name === NAMES.planVersion) return { ...name, formula: '="0ld0ld00"' };
      const key = /^VOC_Target_(\w+)$/.exec(name.name)?.[1];
      const [keyHeader, valueHeader] = targets.columns.map((column) => column.header);
      return key
        ? { ...name, formula: `=INDEX(Targets[[${valueHeader}]],MATCH("${key}",Targets[[${keyHeader}]],0))` }
        : name;
    }),
    version: "0ld0ld00",
  };
}

/** Writes text into one column's first data cells, as the earlier version wrote its labels. */
async function writeCells(host: MemoryExcel, table: string, header: string, values: readonly string[]) {
  await memoryExcelRunner(host)(async (context) => {
    const body = context.workbook.tables.getItem(table).columns.getItem(header).getDataBodyRange();
    body.getCell(0, 0).getResizedRange(values.length - 1, 0).values = values.map((value) => [value]);
  });
}

/** The cells of a table's columns that people enter (not the calculated ones), by header position. */
function enteredCells(host: MemoryExcel, plan: TablePlan): unknown[][] {
  const contents = host.tables()[plan.name];
  const entered = contents.headers.map((_, index) => !plan.columns[index]?.formula);
  return contents.rows.map((row) => row.filter((_, index) => entered[index]));
}

function choiceOf(list: ChoiceListKey, value: unknown): string | undefined {
  return choiceKeyForLabel(list, value);
}

describe("a Simplified Chinese workbook set up with the earlier words", () => {
  const host = new MemoryExcel();
  const run = memoryExcelRunner(host);
  const older = olderPlan("zh-CN");
  const current = buildWorkbookPlan("zh-CN");
  let before: { complaints: unknown[][]; customers: unknown[][]; width: { [table: string]: number } };

  beforeAll(async () => {
    await run((context) => setupWorkbook(context, older));
    for (const name of ["深圳华强电子", "广州五金"]) {
      const record = validRecord("customers", { name, type: "endUser" }, "zh-CN");
      await run((context) => appendRecord(context, older, { table: "customers", record, year: 2026 }));
    }
    const record = complaint(
      {
        customer: "深圳华强电子",
        severity: "major",
        customerDemand: "return",
        approvedBy: "王主任",
        rootCause: "模具磨损",
        containment: "隔离库存 200 件",
      },
      "zh-CN",
    );
    await run((context) => appendRecord(context, older, { table: "complaints", record, year: 2026 }));
    await writeCells(host, "Complaints", "批示状态", ["已批示"]);
    await writeCells(host, "Customers", "顾客类型", ["终端使用顾客", "终端使用顾客"]);
    const tables = host.tables();
    before = {
      complaints: enteredCells(host, tablePlan(older, "complaints")),
      customers: enteredCells(host, tablePlan(older, "customers")),
      width: Object.fromEntries(Object.entries(tables).map(([name, table]) => [name, table.headers.length])),
    };
  });

  it("holds the old headers and labels to begin with", () => {
    const headers = host.tables().Complaints.headers;
    expect(headers).toEqual(expect.arrayContaining(["短期对策", "原因分析", "批示状态", "批示人", "客户诉求"]));
    expect(headers).not.toContain("临时措施");
  });

  it("is read as it is: each column under its old header, old labels as their choices", async () => {
    const ledger = await run((context) => readLedger(context, ["complaints", "customers"]));
    const [record] = ledger.records.complaints ?? [];
    expect(record).toMatchObject({ containment: "隔离库存 200 件", rootCause: "模具磨损", approvedBy: "王主任" });
    expect(choiceOf("approvalStatus", record.approval)).toBe("approved");
    expect(choiceOf("customerDemand", record.customerDemand)).toBe("return");
    expect((ledger.records.customers ?? []).map((row) => choiceOf("customerType", row.type))).toEqual([
      "endUser",
      "endUser",
    ]);
  });

  it("takes a complaint before setup, each value under its old header", async () => {
    const ledger = await run((context) => readLedger(context, ["complaints"]));
    const record = complaint({ customer: "广州五金", containment: "先发替换件" }, "zh-CN");
    await run((context) => appendRecord(context, ledger.plan, { table: "complaints", record, year: 2026 }));
    const { headers, rows } = host.tables().Complaints;
    expect(rows).toHaveLength(2);
    expect(rows[1][headers.indexOf("短期对策")]).toBe("先发替换件");
    expect(headers).toHaveLength(before.width.Complaints);
    before.complaints = enteredCells(host, tablePlan(older, "complaints"));
  });

  it("is offered a setup that gives the old headers today's, and adds no column", async () => {
    const preview = await run((context) => previewLedgerSetup(context, "en"));
    expect(preview.language).toBe("zh-CN");
    expect(preview.result.addedColumns).toEqual([]);
    expect(preview.result.renamedColumns).toEqual(
      expect.arrayContaining([
        { table: "Complaints", from: "短期对策", to: "临时措施" },
        { table: "Complaints", from: "原因分析", to: "根本原因" },
        { table: "Complaints", from: "批示状态", to: "审批状态" },
        { table: "Complaints", from: "批示人", to: "审批人" },
        { table: "Complaints", from: "客户诉求", to: "顾客诉求" },
      ]),
    );
    expect(preview.result.renamedColumns).toHaveLength(5);
  });

  it("keeps every column and every cell through setup, under today's headers", async () => {
    const setup = await run((context) => setUpLedger(context, "en"));
    expect(setup.result.addedColumns).toEqual([]);
    expect(setup.result.createdTables).toEqual([]);
    const tables = host.tables();
    for (const [name, width] of Object.entries(before.width))
      expect([name, tables[name].headers.length]).toEqual([name, width]);
    expect(tables.Complaints.headers).toEqual(tablePlan(current, "complaints").columns.map((column) => column.header));
    expect(enteredCells(host, tablePlan(current, "complaints"))).toEqual(before.complaints);
    expect(enteredCells(host, tablePlan(current, "customers"))).toEqual(before.customers);
    expect(tables.Targets.rows.map((row) => row[0])).toEqual([
      "returnRate",
      "closureRate",
      "satisfactionRate",
      "itemAlert",
      "customerAlert",
    ]);
    expect((await run((context) => setUpLedger(context, "en"))).result.unchanged).toBe(true);
  });

  it("reads the old rows and a new one alike after setup", async () => {
    const ledger = await run((context) => readLedger(context, ["complaints"]));
    expect(ledger.settings.problems).toEqual([]);
    expect(ledger.settings.plan.deadlines).toMatchObject({ reply: "24h", proposal: "3wd" });
    const record = complaint({ customer: "深圳华强电子", containment: "全检", rootCause: "来料不良" }, "zh-CN");
    await run((context) => appendRecord(context, ledger.plan, { table: "complaints", record, year: 2026 }));
    const after = await run((context) => readLedger(context, ["complaints"]));
    const rows = after.records.complaints ?? [];
    expect(rows.map((row) => [row.id, row.containment, choiceOf("approvalStatus", row.approval) ?? null])).toEqual([
      ["CC-2026-0001", "隔离库存 200 件", "approved"],
      ["CC-2026-0002", "先发替换件", null],
      ["CC-2026-0003", "全检", null],
    ]);
    expect(host.tables().Complaints.headers).toHaveLength(before.width.Complaints);
  });
});

describe("a Vietnamese workbook whose dispatch ids are headed “Mã lượt gửi”", () => {
  const host = new MemoryExcel();
  const run = memoryExcelRunner(host);
  const older = olderPlan("vi");
  const dispatch = (customer: string) =>
    validRecord(
      "surveyDispatch",
      { period: "2026-Q4", customer, instrument: "customer", sentAt: "2026-11-02T09:00" },
      "vi",
    );

  beforeAll(async () => {
    await run((context) => setupWorkbook(context, older));
    await run((context) =>
      appendRecord(context, older, { table: "surveyDispatch", record: dispatch("Hòa Phát"), year: 2026 }),
    );
    await writeCells(host, "SurveyDispatch", "Cách gửi", ["Gặp gỡ riêng khách hàng"]);
  });

  it("is not given a dispatch whose due-back formula needs today's header, and says how to repair it", async () => {
    const ledger = await run((context) => readLedger(context, ["surveyDispatch"]));
    const saving = run((context) =>
      appendRecord(context, ledger.plan, { table: "surveyDispatch", record: dispatch("Vinamilk"), year: 2026 }),
    );
    await expect(saving).rejects.toBeInstanceOf(SchemaProblemsError);
    await expect(saving).rejects.toMatchObject({
      problems: [{ kind: "formerHeader", table: "SurveyDispatch", column: "Mã phiếu gửi", found: "Mã lượt gửi" }],
    });
    expect(host.tables().SurveyDispatch.rows).toHaveLength(1);
  });

  it("takes a return before setup, its dispatch id under the old header", async () => {
    const ledger = await run((context) => readLedger(context, ["surveyReturns"]));
    const record = validRecord(
      "surveyReturns",
      { dispatchId: "SD-2026-0001", period: "2026-Q4", customer: "Hòa Phát", returnedAt: "2026-11-05", item_OV1: "4" },
      "vi",
    );
    await run((context) => appendRecord(context, ledger.plan, { table: "surveyReturns", record, year: 2026 }));
    const { headers, rows } = host.tables().SurveyReturns;
    expect(rows[0][headers.indexOf("Mã lượt gửi")]).toBe("SD-2026-0001");
  });

  it("gets today's header from setup and then takes the dispatch, the old rows read as before", async () => {
    const widths = {
      dispatch: host.tables().SurveyDispatch.headers.length,
      returns: host.tables().SurveyReturns.headers.length,
    };
    const setup = await run((context) => setUpLedger(context, "vi"));
    expect(setup.result.addedColumns).toEqual([]);
    expect(setup.result.renamedColumns).toEqual([
      { table: "SurveyDispatch", from: "Mã lượt gửi", to: "Mã phiếu gửi" },
      { table: "SurveyReturns", from: "Mã lượt gửi", to: "Mã phiếu gửi" },
    ]);
    expect(host.tables().SurveyDispatch.headers).toHaveLength(widths.dispatch);
    expect(host.tables().SurveyReturns.headers).toHaveLength(widths.returns);

    const ledger = await run((context) => readLedger(context, ["surveyDispatch", "surveyReturns"]));
    await run((context) =>
      appendRecord(context, ledger.plan, { table: "surveyDispatch", record: dispatch("Vinamilk"), year: 2026 }),
    );
    const after = await run((context) => readLedger(context, ["surveyDispatch", "surveyReturns"]));
    expect((after.records.surveyDispatch ?? []).map((row) => [row.id, row.customer])).toEqual([
      ["SD-2026-0001", "Hòa Phát"],
      ["SD-2026-0002", "Vinamilk"],
    ]);
    expect(choiceOf("dispatchMethod", after.records.surveyDispatch?.[0].channel)).toBe("visit");
    expect(after.records.surveyReturns?.[0].dispatchId).toBe("SD-2026-0001");
    expect(tableSpec("surveyDispatch").columns[0].header.vi).toBe("Mã phiếu gửi");
  });
});
