import { DEFAULT_PLAN_SETTINGS, NAMES, buildWorkbookPlan, tablePlan } from "../../src/domain/workbook-plan";
import { appendRecord } from "../../src/excel/append-record";
import { setupWorkbook } from "../../src/excel/setup-workbook";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { complaint, setUpWorkbook, surveyReturn } from "../support/excel-fixtures";

const SETUP_SYNC_LIMIT = 8;
const RERUN_SYNC_LIMIT = 3;

describe("setting up a blank workbook", () => {
  const host = new MemoryExcel();
  const plan = buildWorkbookPlan("zh-CN");

  beforeAll(async () => {
    await memoryExcelRunner(host)((context) => setupWorkbook(context, plan));
  });

  it(`takes at most ${SETUP_SYNC_LIMIT} round trips`, () => {
    expect(host.syncCount).toBeLessThanOrEqual(SETUP_SYNC_LIMIT);
  });

  it("creates every planned sheet and table with the headers of the workbook's language", () => {
    for (const sheet of plan.sheets) {
      expect(host.workbook.sheet(sheet.name)).toBeDefined();
      for (const table of sheet.tables) {
        const created = host.workbook.table(table.name);
        expect(created?.sheet.name).toBe(sheet.name);
        expect(created?.headers).toEqual(table.columns.map((column) => column.header));
      }
    }
    expect(host.workbook.table("Complaints")?.headers[0]).toBe("投诉编号");
  });

  it("starts the settings tables with the procedures' defaults and leaves the record tables empty", () => {
    // Named in the workbook's language for people to read; the add-in reads them back by these names.
    expect(host.tables().Targets.rows).toContainEqual(["调查表回收率 ≥ (%)", 99]);
    expect(host.tables().SlaDurations.rows).toContainEqual(["答复", "24 小时"]);
    expect(host.tables().Modules.rows[0]).toEqual(["整体满意度", 0.3, "销售部"]);
    expect(host.tables().Complaints.rows).toEqual([]);
  });

  it("formats whole columns, so that rows added later are dates, numbers or text as planned", () => {
    const complaints = tablePlan(plan, "complaints");
    const at = (key: string) => complaints.columns.findIndex((column) => column.key === key);
    const column = (key: string) => String.fromCharCode(65 + at(key));
    expect(host.numberFormatAt("顾客投诉", `${column("receivedAt")}5000`)).toBe("yyyy-mm-dd hh:mm");
    expect(host.numberFormatAt("顾客投诉", `${column("product")}2`)).toBe("@");
  });

  it("offers the choice lists as drop-downs in the workbook's language", () => {
    const severity = tablePlan(plan, "complaints").columns.findIndex((column) => column.key === "severity");
    const address = `${String.fromCharCode(65 + severity)}12`;
    expect(host.validationAt("顾客投诉", address)?.rule?.list?.source).toBe(`=${NAMES.list("severity")}`);
    const lists = host.workbook.sheet("选项列表");
    expect(lists?.visibility).toBe("Hidden");
    expect(host.workbook.name(NAMES.list("severity"))?.formula).toMatch(/^='选项列表'!\$[A-Z]+\$2:\$[A-Z]+\$3$/);
  });

  it("keeps the header row in view and names the language and the plan's version", () => {
    expect(host.workbook.sheet("顾客投诉")?.frozenRows).toBe(1);
    expect(host.workbook.name(NAMES.language)?.formula).toBe('="zh-CN"');
    expect(host.workbook.name(NAMES.planVersion)?.formula).toBe(`="${plan.version}"`);
  });
});

describe("setting up a workbook that is already set up", () => {
  it(`changes nothing, in at most ${RERUN_SYNC_LIMIT} round trips`, async () => {
    const { host, run, plan } = await setUpWorkbook("vi");
    const writes = host.writeCount;
    const result = await run((context) => setupWorkbook(context, plan));
    expect(result.unchanged).toBe(true);
    expect(host.writeCount).toBe(writes);
    expect(host.syncCount).toBeLessThanOrEqual(RERUN_SYNC_LIMIT);
    expect(host.workbook.sheets.filter((sheet) => sheet.name === "Khiếu nại")).toHaveLength(1);
  });

  it("keeps every record and the user's own columns when the settings change", async () => {
    const { host, run, plan } = await setUpWorkbook("en");
    await run((context) => appendRecord(context, plan, { table: "complaints", record: complaint(), year: 2026 }));
    const before = host.tables().Complaints.rows;
    const urgentIn2h = buildWorkbookPlan("en", {
      ...DEFAULT_PLAN_SETTINGS,
      deadlines: { ...DEFAULT_PLAN_SETTINGS.deadlines, urgentReply: "2h" },
    });
    const result = await run((context) => setupWorkbook(context, urgentIn2h));
    expect(result.unchanged).toBe(false);
    expect(result.createdTables).toEqual([]);
    expect(host.tables().Complaints.rows).toEqual(before);
    const replyDue = tablePlan(urgentIn2h, "complaints").columns.find((column) => column.key === "replyDue");
    const table = host.workbook.table("Complaints");
    const at = table?.headers.indexOf(replyDue?.header ?? "") ?? -1;
    expect(table?.sheet.cell(1, at).formula).toBe(replyDue?.formula);
    expect(replyDue?.formula).toContain("+2/24");
  });

  it("gives a workbook set up by an earlier version the new calculated-column formulas, keeping its records", async () => {
    const { host, run, plan } = await setUpWorkbook("en");
    await run((context) =>
      appendRecord(context, plan, { table: "surveyReturns", record: surveyReturn(3), year: 2026 }),
    );
    const total = tablePlan(plan, "surveyReturns").columns.find((column) => column.key === "total");
    const older = '=IF(SUMPRODUCT(--(SurveyReturns[[#This Row],[Overall score]]<>""))=0,"",1)';
    await run(async (context) => {
      const column = context.workbook.tables.getItem("SurveyReturns").columns.getItem(total?.header ?? "");
      column.getDataBodyRange().formulas = [[older]];
      context.workbook.names.getItem(NAMES.planVersion).formula = '="earlier"';
    });
    const before = host.tables().SurveyReturns.rows;
    const result = await run((context) => setupWorkbook(context, plan));
    expect(result.unchanged).toBe(false);
    const table = host.workbook.table("SurveyReturns");
    const at = table?.headers.indexOf(total?.header ?? "") ?? -1;
    expect(table?.sheet.cell(1, at).formula).toBe(total?.formula);
    expect(total?.formula).toMatch(/^=IF\(COUNTBLANK\(/);
    expect(host.tables().SurveyReturns.rows.length).toBe(before.length);
  });
});

describe("repairing a workbook", () => {
  it("re-adds a deleted column at the end of its table, keeping every other column where it is", async () => {
    const { host, run, plan } = await setUpWorkbook("en");
    host.deleteColumn("Feedback", "Topic");
    const result = await run((context) => setupWorkbook(context, plan));
    expect(result.addedColumns).toEqual([{ table: "Feedback", column: "Topic" }]);
    const headers = host.workbook.table("Feedback")?.headers ?? [];
    expect(headers[headers.length - 1]).toBe("Topic");
  });

  it("re-makes a table that was converted to a range, from its own cells", async () => {
    const { host, run, plan } = await setUpWorkbook("en");
    await run((context) => appendRecord(context, plan, { table: "complaints", record: complaint(), year: 2026 }));
    host.convertTableToRange("Complaints");
    expect(host.workbook.table("Complaints")).toBeUndefined();
    const result = await run((context) => setupWorkbook(context, plan));
    expect(result.restoredTables).toEqual(["Complaints"]);
    expect(host.tables().Complaints.rows).toHaveLength(1);
    expect(host.tables().Complaints.rows[0][0]).toBe("CC-2026-0001");
  });

  it("does not build a table over someone else's cells, and says so", async () => {
    const { host, run, plan } = await setUpWorkbook("en");
    host.convertTableToRange("Reminders");
    host.workbook.sheet("Reminder slips")?.setCell(0, 0, { value: "My own list" });
    const result = await run((context) => setupWorkbook(context, plan));
    expect(result.problems).toEqual([{ kind: "missingTable", table: "Reminders" }]);
    expect(host.workbook.sheet("Reminder slips")?.cell(0, 0).value).toBe("My own list");
  });
});
