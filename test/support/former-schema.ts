/**
 * A workbook as an earlier version set it up: the record tables without the notes columns (only Customers had
 * one), so that the specs can show what Set up adds and what the pane says until then.
 */
import type { Language } from "../../src/domain/i18n/language";
import { ALL_TABLES } from "../../src/domain/schema";
import { NAMES, type WorkbookPlan, buildWorkbookPlan } from "../../src/domain/workbook-plan";
import { setupWorkbook } from "../../src/excel/setup-workbook";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import type { TestWorkbook } from "./excel-fixtures";

/** The record tables Set up gives a notes column in such a workbook, by their Excel names. */
export const TABLES_GIVEN_NOTES = ALL_TABLES.filter(
  (table) => table.idPrefix !== undefined && table.key !== "customers",
).map((table) => table.name);

/** The version name a plan before the notes columns left in the workbook (any other than today's). */
const FORMER_VERSION = "before-notes";

/** Today's plan for `language` without the notes columns Customers did not have. */
export function planBeforeNotes(language: Language): WorkbookPlan {
  const plan = buildWorkbookPlan(language);
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      tables: sheet.tables.map((table) =>
        table.key === "customers" ? table : { ...table, columns: table.columns.filter((c) => c.key !== "notes") },
      ),
    })),
    names: plan.names.map((name) =>
      name.name === NAMES.planVersion ? { ...name, formula: `="${FORMER_VERSION}"` } : name,
    ),
    version: FORMER_VERSION,
  };
}

/** A workbook set up before the notes columns; `plan` is that old plan, for writing records as it did. */
export async function setUpBeforeNotes(language: Language = "en"): Promise<TestWorkbook> {
  const host = new MemoryExcel();
  const run = memoryExcelRunner(host);
  const plan = planBeforeNotes(language);
  await run((context) => setupWorkbook(context, plan));
  host.resetMeters();
  return { host, run, plan };
}
