/**
 * Repairs what can be repaired without risk to anyone's data: missing sheets, tables and columns are re-created and
 * a table converted to a range is re-made from its cells (setupWorkbook); an id given twice (two people saving at
 * the same moment) is kept by its first row and the later rows get the next free ids. Nothing is deleted or
 * renamed; what cannot be repaired so is left for the user, with its explanation.
 */
import { nextRecordId, parseRecordId } from "../domain/records";
import { type SchemaProblem, repairable } from "../domain/schema-problems";
import { type TableKey, tableByName } from "../domain/schema";
import type { WorkbookPlan } from "../domain/workbook-plan";
import { checkSchema } from "./check-schema";
import { openRecordTable } from "./record-table";
import { setupWorkbook } from "./setup-workbook";
import { positionOf } from "./table-layout";

/** The key of a record table (one with ids) by its Excel name. */
function recordTableKey(name: string): TableKey | undefined {
  const table = tableByName(name);
  return table?.idPrefix === undefined ? undefined : table.key;
}

async function renumberDuplicates(context: Excel.RequestContext, plan: WorkbookPlan, key: TableKey): Promise<void> {
  const table = await openRecordTable(context, plan, key);
  const ids = [...table.ids];
  const seen = new Set<string>();
  const column = positionOf(table.layout, table.plan.columns[0].key);
  const body = table.table.getDataBodyRange();
  ids.forEach((id, index) => {
    const text = String(id ?? "").trim();
    const parsed = parseRecordId(text);
    if (text === "" || !seen.has(text) || !parsed) {
      seen.add(text);
      return;
    }
    const renumbered = nextRecordId(parsed.prefix, parsed.year, ids);
    ids[index] = renumbered;
    body.getCell(index, column).values = [[renumbered]];
  });
  await context.sync();
}

/** Repairs the repairable problems and returns what is still wrong afterwards. */
export async function repairSchema(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  problems: readonly SchemaProblem[],
): Promise<SchemaProblem[]> {
  const fixable = problems.filter(repairable);
  if (fixable.some((problem) => problem.kind !== "duplicateId")) await setupWorkbook(context, plan);
  const duplicated = new Set(
    fixable.flatMap((problem) => (problem.kind === "duplicateId" ? [recordTableKey(problem.table)] : [])),
  );
  for (const key of duplicated) if (key) await renumberDuplicates(context, plan, key);
  return checkSchema(context, plan);
}
