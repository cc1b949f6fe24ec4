/**
 * The round trips and request sizes of the add-in's workbook actions, measured on the in-memory host: asserted by
 * test/excel/sync-figures.test.ts and printed by `npm run bench`.
 */
import type { TableKey } from "../../src/domain/schema";
import { buildWorkbookPlan } from "../../src/domain/workbook-plan";
import { appendMany } from "../../src/excel/append-many";
import { appendRecord } from "../../src/excel/append-record";
import { buildReview } from "../../src/excel/build-review";
import { prepareForSending, restoreFormulas } from "../../src/excel/prepare-for-sending";
import { refreshDashboard } from "../../src/excel/refresh-dashboard";
import { readLedger } from "../../src/excel/read-ledger";
import { selectRecord } from "../../src/excel/select-record";
import { setUpLedger } from "../../src/excel/setup-ledger";
import { updateRecord } from "../../src/excel/update-record";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { complaint, feedback, surveyReturn } from "./excel-fixtures";

export interface SyncFigures {
  readonly syncs: {
    readonly setup: number;
    readonly setupAgain: number;
    readonly appendFeedback: number;
    readonly appendComplaint: number;
    readonly appendSurveyReturn: number;
    readonly updateComplaint: number;
    /** Opening the Cases screen: the workbook's language, settings and the six tables it lists. */
    readonly readLedger: number;
    /** "Show in sheet" after a save. */
    readonly selectRecord: number;
    readonly bulkReturns10k: number;
    /** Refreshing the dashboard over those 10,000 returns: formulas do the counting. */
    readonly dashboardRefresh: number;
    readonly buildReview: number;
    /** Freezing VOC.* formulas to values over the whole workbook (10,000 returns), and back. */
    readonly prepareForSending: number;
    readonly restoreFormulas: number;
  };
  /** The largest request of all these actions, in bytes. */
  readonly maxRequestBytes: number;
}

export const BULK_RETURNS = 10_000;
/** 2026-11-21 as a date serial: the reports' "today". */
const TODAY = 46_347;
const CASE_TABLES: readonly TableKey[] = [
  "complaints",
  "feedback",
  "surveyDispatch",
  "surveyReturns",
  "reminders",
  "customers",
];

export async function measureSyncFigures(): Promise<SyncFigures> {
  const host = new MemoryExcel();
  const run = memoryExcelRunner(host);
  const plan = buildWorkbookPlan("en");
  const largest: number[] = [];
  const measure = async (action: () => Promise<unknown>): Promise<number> => {
    host.resetMeters();
    await action();
    largest.push(host.maxRequestBytes);
    return host.syncCount;
  };
  const returns = Array.from({ length: BULK_RETURNS }, (_, index) => surveyReturn(index));
  const status = complaint({ status: "inProgress", ownerPerson: "Nguyễn Thị Lan" });
  const syncs = {
    // As Home runs it: in the workbook's own language, from its own settings.
    setup: await measure(() => run((context) => setUpLedger(context, "en"))),
    setupAgain: await measure(() => run((context) => setUpLedger(context, "en"))),
    appendFeedback: await measure(() =>
      run((context) => appendRecord(context, plan, { table: "feedback", record: feedback(), year: 2026 })),
    ),
    appendComplaint: await measure(() =>
      run((context) => appendRecord(context, plan, { table: "complaints", record: complaint(), year: 2026 })),
    ),
    appendSurveyReturn: await measure(() =>
      run((context) => appendRecord(context, plan, { table: "surveyReturns", record: surveyReturn(1), year: 2026 })),
    ),
    updateComplaint: await measure(() =>
      run((context) =>
        updateRecord(context, plan, {
          table: "complaints",
          id: "CC-2026-0001",
          changes: { status: status.status, ownerPerson: status.ownerPerson },
        }),
      ),
    ),
    // As Cases opens it: the case tables and the corrective actions, read when the workbook has them.
    readLedger: await measure(() => run((context) => readLedger(context, CASE_TABLES, undefined, ["actions"]))),
    selectRecord: await measure(() => run((context) => selectRecord(context, plan, "complaints", "CC-2026-0001"))),
    bulkReturns10k: await measure(() =>
      run((context) => appendMany(context, plan, { table: "surveyReturns", records: returns, year: 2026 })),
    ),
    dashboardRefresh: await measure(() => run((context) => refreshDashboard(context, { grain: "Q", today: TODAY }))),
    buildReview: await measure(() =>
      run((context) => buildReview(context, { period: "2026-Q4", grain: "Q", today: TODAY })),
    ),
    prepareForSending: await measure(async () => {
      await run(async (context) => {
        context.workbook.worksheets.getItem("Dashboard").getRange("A200:B200").formulas = [
          ["=VOC.SCORE(B5:I5)", "=VOC.PERIOD(TODAY())"],
        ];
        await context.sync();
      });
      host.resetMeters();
      return run((context) => prepareForSending(context));
    }),
    restoreFormulas: await measure(() => run((context) => restoreFormulas(context))),
  };
  return { syncs, maxRequestBytes: Math.max(...largest) };
}
