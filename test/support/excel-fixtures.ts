/** A set-up in-memory workbook and validated records to write into it, for the src/excel specs and the bench. */
import type { Language } from "../../src/domain/i18n/language";
import { type RecordInput, type RecordRow, fieldErrorMessage, validateRecord } from "../../src/domain/records";
import { type TableKey, TABLES, surveyReturnColumns } from "../../src/domain/schema";
import { DEFAULT_PLAN_SETTINGS, type WorkbookPlan, buildWorkbookPlan } from "../../src/domain/workbook-plan";
import type { ExcelRunner } from "../../src/excel/excel-runner";
import { setupWorkbook } from "../../src/excel/setup-workbook";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";

export interface TestWorkbook {
  readonly host: MemoryExcel;
  readonly run: ExcelRunner;
  readonly plan: WorkbookPlan;
}

/** A workbook set up for `language`, its meters reset. */
export async function setUpWorkbook(language: Language = "en"): Promise<TestWorkbook> {
  const host = new MemoryExcel();
  const run = memoryExcelRunner(host);
  const plan = buildWorkbookPlan(language);
  await run((context) => setupWorkbook(context, plan));
  host.resetMeters();
  return { host, run, plan };
}

/** The record a form would save, validated by the domain's rules; throws with the messages if it is invalid. */
export function validRecord(table: TableKey, input: RecordInput, language: Language = "en"): RecordRow {
  const columns =
    table === "surveyReturns"
      ? surveyReturnColumns(DEFAULT_PLAN_SETTINGS.instrument, DEFAULT_PLAN_SETTINGS.modules)
      : TABLES[table].columns;
  const result = validateRecord(TABLES[table], input, { language, columns });
  if (!result.ok) throw new Error(result.errors.map((error) => fieldErrorMessage(error, "en")).join(" "));
  return result.row;
}

export function complaint(overrides: RecordInput = {}, language: Language = "en"): RecordRow {
  return validRecord(
    "complaints",
    {
      receivedAt: "2026-11-20T16:00",
      channel: "phone",
      customer: "Hà Nội Motors",
      product: "Pump P-200",
      severity: "general",
      description: "Leaks after two weeks of use.",
      status: "open",
      ...overrides,
    },
    language,
  );
}

export function feedback(overrides: RecordInput = {}, language: Language = "en"): RecordRow {
  return validRecord(
    "feedback",
    {
      receivedAt: "2026-11-20T09:15",
      channel: "email",
      customer: "深圳华强电子",
      kind: "suggestion",
      content: "Please send the invoices by email.",
      status: "open",
      ...overrides,
    },
    language,
  );
}

export function surveyReturn(index: number, overrides: RecordInput = {}): RecordRow {
  const rating = (offset: number) => String((index + offset) % 6);
  return validRecord("surveyReturns", {
    period: "2026-Q4",
    customer: `Customer ${index % 300}`,
    returnedAt: "2026-11-18",
    item_OV1: rating(0),
    item_OV2: rating(1),
    item_OV3: rating(2),
    item_SV1: rating(3),
    item_SV2: rating(4),
    item_SV3: rating(5),
    item_PQ1: rating(1),
    item_PQ2: rating(2),
    comments: index % 7 === 0 ? '=HYPERLINK("http://example.com")' : "",
    ...overrides,
  });
}
