/**
 * The CorrectiveActions table (REQ 15, 16, 18): a new workbook gets it, a workbook set up before it existed gets it
 * added by Set up without anything else changing, and a taken alert is one row in the workbook's own language.
 */
import { actionBoard, takeAlertInput } from "../../src/domain/actions";
import { serialOf } from "../../src/domain/excel-date";
import type { Language } from "../../src/domain/i18n/language";
import { validateRecord } from "../../src/domain/records";
import { TABLES } from "../../src/domain/schema";
import { NAMES, type WorkbookPlan, buildWorkbookPlan } from "../../src/domain/workbook-plan";
import { appendRecord } from "../../src/excel/append-record";
import { readLedger } from "../../src/excel/read-ledger";
import { readRecords } from "../../src/excel/read-records";
import { previewLedgerSetup, setUpLedger } from "../../src/excel/setup-ledger";
import { setupWorkbook } from "../../src/excel/setup-workbook";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { validRecord } from "../support/excel-fixtures";

/** The plan as it was before the table existed: every sheet but the corrective actions', an older version. */
function planWithoutActions(language: Language): WorkbookPlan {
  const plan = buildWorkbookPlan(language);
  return {
    ...plan,
    sheets: plan.sheets.filter((sheet) => !sheet.tables.some((table) => table.key === "actions")),
    names: plan.names.map((name) => (name.name === NAMES.planVersion ? { ...name, formula: '="older"' } : name)),
    version: "older",
  };
}

/** Ratings 3 3 4 / 4 4 4 / 3 3: a total of 68 with four items at 60. */
const LOW_RETURN = { OV1: 3, OV2: 3, OV3: 4, SV1: 4, SV2: 4, SV3: 4, PQ1: 3, PQ2: 3 };

function lowReturn(language: Language) {
  const items = Object.fromEntries(Object.entries(LOW_RETURN).map(([code, rating]) => [`item_${code}`, rating]));
  const columns = buildWorkbookPlan(language).sheets.flatMap((sheet) => sheet.tables);
  const returns = columns.find((table) => table.key === "surveyReturns");
  const checked = validateRecord(
    TABLES.surveyReturns,
    { period: "2026-Q1", customer: "Công ty Hòa Phát", returnedAt: serialOf(2026, 3, 10), ...items },
    { language, columns: returns?.columns.map((column) => column.spec) },
  );
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return checked.row;
}

describe("the CorrectiveActions table", () => {
  it("is created by the first setup, on its own sheet, headed in the workbook's language", async () => {
    const host = new MemoryExcel();
    await memoryExcelRunner(host)((context) => setUpLedger(context, "zh-TW"));
    const table = host.workbook.table("CorrectiveActions");
    expect(table?.sheet.name).toBe("改善措施");
    expect(table?.headers.slice(0, 4)).toEqual(["措施編號", "預警代碼", "須採取的措施", "調查期間"]);
    expect(host.tables().CorrectiveActions.rows).toEqual([]);
  });

  it("is added to a workbook set up before it existed, leaving its records and settings as they were", async () => {
    const host = new MemoryExcel();
    const run = memoryExcelRunner(host);
    await run((context) => setupWorkbook(context, planWithoutActions("vi")));
    const plan = buildWorkbookPlan("vi");
    const record = validRecord("customers", { name: "Công ty Hòa Phát" }, "vi");
    await run((context) => appendRecord(context, plan, { table: "customers", record, year: 2026 }));
    await expect(run((context) => readRecords(context, plan, "actions"))).rejects.toMatchObject({
      code: "ItemNotFound",
    });
    const before = host.tables();

    const preview = await run((context) => previewLedgerSetup(context, "en"));
    expect(preview.result).toMatchObject({ unchanged: false, createdSheets: ["Hành động khắc phục"] });
    const setup = await run((context) => setUpLedger(context, "en"));
    expect(setup.result).toMatchObject({
      createdSheets: ["Hành động khắc phục"],
      createdTables: ["CorrectiveActions"],
      addedColumns: [],
      problems: [],
    });
    const after = host.tables();
    const { CorrectiveActions, ...rest } = after;
    expect(rest).toEqual(before);
    expect(CorrectiveActions.headers[0]).toBe("Mã hành động");
    expect((await run((context) => previewLedgerSetup(context, "en"))).result.unchanged).toBe(true);
  });

  it("takes an alert as one row in the workbook's language in 2 round trips, and the alert is then taken", async () => {
    const host = new MemoryExcel();
    const run = memoryExcelRunner(host);
    await run((context) => setUpLedger(context, "zh-CN"));
    const plan = buildWorkbookPlan("zh-CN");
    await run((context) =>
      appendRecord(context, plan, { table: "surveyReturns", record: lowReturn("zh-CN"), year: 2026 }),
    );
    const ledger = await run((context) => readLedger(context, ["surveyReturns", "surveyDispatch", "actions"]));
    const { plan: settingsPlan, holidays, targets } = ledger.settings;
    const settings = { language: ledger.language, plan: settingsPlan, holidays, targets };
    const sources = () => ({
      surveyReturns: ledger.records.surveyReturns ?? [],
      surveyDispatch: ledger.records.surveyDispatch ?? [],
      actions: [] as const,
    });
    const now = serialOf(2026, 4, 10) + 0.4;
    const [first] = actionBoard(sources(), settings, now).alerts;
    const input = takeAlertInput(first, { owner: "王芳", dueDate: "2026-04-17" }, now, ledger.language);
    const checked = validateRecord(TABLES.actions, input, { language: ledger.language });
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));

    host.resetMeters();
    const saved = await run((context) =>
      appendRecord(context, ledger.plan, { table: "actions", record: checked.row, year: 2026 }),
    );
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(saved.id).toBe("CA-2026-0001");
    const rows = await run((context) => readRecords(context, ledger.plan, "actions"));
    expect(rows).toEqual([
      expect.objectContaining({ id: "CA-2026-0001", kind: "改善报告（综合得分）", status: "进行中" }),
    ]);
    const board = actionBoard({ ...sources(), actions: rows }, settings, now);
    expect(board.alerts.map((alert) => alert.key)).not.toContain(first.key);
    expect(board.actions.map((action) => action.alertKey)).toEqual([first.key]);
  });
});
