/**
 * How the add-in's workbook scales in a real engine: the reports test's ledger (test/support/report-sample.ts) at
 * 1×, 4× and 10×, saved through src/excel onto the in-memory host as the forms and the import save records, the
 * dashboard refreshed and the review built, exported as .xlsx and loaded and fully recalculated by LibreOffice
 * headless. Run by `node scripts/lib/workbook-scale.mjs` and `npm run bench`.
 */
import { serialOf } from "../../src/domain/excel-date";
import { buildWorkbookPlan } from "../../src/domain/workbook-plan";
import { buildReview } from "../../src/excel/build-review";
import { refreshDashboard } from "../../src/excel/refresh-dashboard";
import { setupWorkbook } from "../../src/excel/setup-workbook";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { exportWorkbook } from "../../src/memory-host/export";
import { saveRecords } from "../spreadsheet/exported-support";
import { recalculateFile } from "./libreoffice";
import { reportSample } from "./report-sample";

/** The reports test's workbook: headers in zh-CN, quarters, "today" 2026-11-21, the review of 2026-Q3. */
const LANGUAGE = "zh-CN";
const TODAY = serialOf(2026, 11, 21);
const GRAIN = "Q";
const PERIOD = "2026-Q3";
export const FACTORS: readonly number[] = [1, 4, 10];
/** Before the formulas were made cheaper, 10× took over 400 s here. */
const TIMEOUT_MS = 900_000;

export interface WorkbookSize {
  readonly factor: number;
  readonly returns: number;
  readonly dispatches: number;
  readonly complaints: number;
  readonly customers: number;
  /** The exported file's size. */
  readonly bytes: number;
  /** LibreOffice's wall time to start, load the file, recalculate every formula and save it. */
  readonly seconds: number;
}

export interface WorkbookScale {
  readonly sizes: readonly WorkbookSize[];
  /**
   * How the time grows with the ledger, from the smallest size to the largest: the exponent k in
   * seconds ∝ records^k (1 linear, 2 quadratic; below 1 where the fixed start-up cost still weighs).
   */
  readonly growth: number;
  /** The time at each size over the time at the smallest, beside the records' ratio. */
  readonly ratios: readonly { readonly factor: number; readonly seconds: number; readonly records: number }[];
}

/** The reports test's workbook at `factor` times its ledger, as the add-in writes it, exported to .xlsx. */
export async function scaledWorkbook(factor: number) {
  const host = new MemoryExcel();
  const excel = memoryExcelRunner(host);
  const plan = buildWorkbookPlan(LANGUAGE);
  const sample = reportSample({ language: LANGUAGE, today: TODAY, scale: factor });
  await excel((context) => setupWorkbook(context, plan));
  await saveRecords(excel, plan, sample, 2026);
  await excel((context) => refreshDashboard(context, { grain: GRAIN, today: TODAY }));
  await excel((context) => buildReview(context, { period: PERIOD, grain: GRAIN, today: TODAY }));
  return {
    xlsx: await exportWorkbook(host.workbook),
    counts: {
      returns: sample.surveyReturns.length,
      dispatches: sample.surveyDispatch.length,
      complaints: sample.complaints.length,
      customers: sample.customers.length,
    },
  };
}

/** One size: the workbook built, then LibreOffice timed on it. */
export async function measureSize(factor: number): Promise<WorkbookSize> {
  const { xlsx, counts } = await scaledWorkbook(factor);
  const start = performance.now();
  await recalculateFile(xlsx, { timeoutMs: TIMEOUT_MS });
  const seconds = Math.round((performance.now() - start) / 100) / 10;
  return { factor, ...counts, bytes: xlsx.byteLength, seconds };
}

const recordsOf = (size: WorkbookSize) => size.returns + size.dispatches + size.complaints + size.customers;

export async function measureWorkbookScale(
  factors: readonly number[] = FACTORS,
  onSize: (size: WorkbookSize) => void = () => undefined,
): Promise<WorkbookScale> {
  const sizes: WorkbookSize[] = [];
  // One at a time: the machine has two cores, and LibreOffice's time is the figure.
  for (const factor of factors) {
    const size = await measureSize(factor);
    onSize(size);
    sizes.push(size);
  }
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  const growth =
    sizes.length < 2
      ? Number.NaN
      : Math.log(last.seconds / first.seconds) / Math.log(recordsOf(last) / recordsOf(first));
  return {
    sizes,
    growth: Math.round(growth * 100) / 100,
    ratios: sizes.map((size) => ({
      factor: size.factor,
      seconds: Math.round((size.seconds / first.seconds) * 100) / 100,
      records: Math.round((recordsOf(size) / recordsOf(first)) * 100) / 100,
    })),
  };
}
