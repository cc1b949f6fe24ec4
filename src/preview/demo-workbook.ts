import type { Language } from "../domain/i18n/language";
import { type RecordInput, type RecordRow, validateRecord } from "../domain/records";
import { TABLES } from "../domain/schema";
import { appendMany } from "../excel/append-many";
import { setupWorkbook } from "../excel/setup-workbook";
import { defaultPlan } from "../excel/workbook-settings";
import { type MemoryExcel, memoryExcelRunner } from "../memory-host";

const DEMO_CUSTOMERS: readonly RecordInput[] = [
  { name: "Công ty Hòa Phát", category: "longTerm", type: "agent", region: "Hà Nội", phone: "0912 345 678" },
  { name: "深圳华强电子", category: "referred", type: "endUser", region: "广东", phone: "138 0013 8000" },
  { name: "台北精密工業", category: "firstTime", type: "endUser", region: "台北", email: "qa@example.com.tw" },
];

function customer(input: RecordInput, language: Language): RecordRow {
  const result = validateRecord(TABLES.customers, input, { language });
  if (!result.ok) throw new Error(`The demo customer ${String(input.name)} is not valid.`);
  return result.row;
}

/**
 * A workbook set up as the add-in sets one up, in the headers' `language`, with three customers written through
 * the same Office.js calls and validation the add-in uses.
 */
export async function seedDemoWorkbook(host: MemoryExcel, language: Language = "en"): Promise<void> {
  const run = memoryExcelRunner(host);
  // The default plan as the pane builds it (once per language, cached): Home's setup check reuses it.
  const plan = defaultPlan(language);
  await run((context) => setupWorkbook(context, plan));
  const records = DEMO_CUSTOMERS.map((input) => customer(input, language));
  await run((context) => appendMany(context, plan, { table: "customers", records, year: 2026 }));
  host.resetMeters();
}
