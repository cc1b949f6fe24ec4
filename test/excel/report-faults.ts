/** The workbooks and checks of the no-rollback specs of the dashboard and the review. */
import { serialOf } from "../../src/domain/excel-date";
import { REVIEW_ACTIONS_TABLE } from "../../src/domain/reports/review-plan";
import { appendMany } from "../../src/excel/append-many";
import { appendRecord } from "../../src/excel/append-record";
import { buildReview } from "../../src/excel/build-review";
import { refreshDashboard } from "../../src/excel/refresh-dashboard";
import { holdingSheetName } from "../../src/excel/report-sheet";
import type { MemoryExcel } from "../../src/memory-host";
import { type TestWorkbook, setUpWorkbook, validRecord } from "../support/excel-fixtures";
import { type CellSnapshot, sheetSnapshot } from "./fault-sweep";

export const TODAY = serialOf(2026, 11, 21);
export const REVIEW = "Management review";
export const ACTIONS = [
  [1, "Return rate 97 %", "Call back the three customers", "Sales", 46400, "Open"],
  [2, "=Item PQ2 at 68 (typed as text)", "Root-cause analysis with the supplier", "Quality", 46410, "Open"],
  [3, "", "", "", "", ""],
  [4, "Closure rate 77 %", "Weekly review of overdue complaints", "Quality", 46420, "Open"],
];

/** A set-up ledger with its customers: the reports' layout depends on them, not on the other records. */
export async function ledger(): Promise<TestWorkbook> {
  const workbook = await setUpWorkbook("en");
  const { run, plan } = workbook;
  const customers = ["Hà Nội Motors", "深圳华强电子", "Star* Trading"].map((name) =>
    validRecord("customers", { name }),
  );
  await run((context) => appendMany(context, plan, { table: "customers", records: customers, year: 2026 }));
  return workbook;
}

/** The ledger with a half-yearly dashboard and the user's own chart on it. */
export async function withDashboard(): Promise<TestWorkbook> {
  const workbook = await ledger();
  await workbook.run((context) => refreshDashboard(context, { grain: "H", today: TODAY }));
  await workbook.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Dashboard");
    sheet.charts.add("Pie", sheet.getRange("A6:B8"), "Auto").name = "My own chart";
    await context.sync();
  });
  workbook.host.resetMeters();
  return workbook;
}

/** The ledger with last quarter's review, four proposed actions typed in, and a customer registered since. */
export async function withReview(): Promise<TestWorkbook> {
  const workbook = await ledger();
  const { run, plan } = workbook;
  await run((context) => buildReview(context, { period: "2026-Q3", grain: "Q", today: TODAY }));
  await run(async (context) => {
    const table = context.workbook.tables.getItem(REVIEW_ACTIONS_TABLE);
    const typed = ACTIONS.map((row) => row.map((cell) => (cell === ACTIONS[1][1] ? `'${cell}` : cell)));
    table.getDataBodyRange().values = typed.slice(0, 3);
    table.rows.add(undefined, typed.slice(3));
    await context.sync();
  });
  const customer = validRecord("customers", { name: "Lan Anh Foods" });
  await run((context) => appendRecord(context, plan, { table: "customers", record: customer, year: 2026 }));
  workbook.host.resetMeters();
  return workbook;
}

export const refresh = ({ run }: TestWorkbook) =>
  run((context) => refreshDashboard(context, { grain: "Q", today: TODAY }));
export const review = ({ run }: TestWorkbook) =>
  run((context) => buildReview(context, { period: "2026-Q4", grain: "Q", today: TODAY }));

export async function rejection(action: Promise<unknown>): Promise<void> {
  await action.then(
    () => Promise.reject(new Error("The action did not fail.")),
    () => undefined,
  );
}

/** The report's cells that hold neither what they held before nor what the finished report puts there. */
export function neitherOldNorNew(
  before: Record<string, CellSnapshot>,
  after: Record<string, CellSnapshot>,
  done: Record<string, CellSnapshot>,
): string[] {
  const empty: CellSnapshot = { value: "" };
  const same = (a: CellSnapshot = empty, b: CellSnapshot = empty) => a.value === b.value && a.formula === b.formula;
  const keys = new Set([...Object.keys(before), ...Object.keys(after), ...Object.keys(done)]);
  return [...keys].filter((key) => !same(after[key], before[key]) && !same(after[key], done[key]));
}

/** Every sheet but the report and its holding sheets, as it was. */
export function otherSheets(host: MemoryExcel, report: string) {
  return host.workbook.sheets
    .map((sheet) => sheet.name)
    .filter((name) => name !== report && !name.endsWith("_Rows"))
    .map((name) => sheetSnapshot(host, name));
}

/** The proposed actions that are in the workbook: in their table, or on the holding sheet while it is re-made. */
export function actionsInWorkbook(host: MemoryExcel): unknown[][] {
  const rows = host.tables()[REVIEW_ACTIONS_TABLE]?.rows ?? [];
  const holding = host.workbook.sheet(holdingSheetName(REVIEW_ACTIONS_TABLE));
  const held = holding?.read({ top: 1, left: 0, bottom: 10, right: 5 }).map((row) => row.map((cell) => cell.value));
  return [...rows, ...(held ?? [])];
}
