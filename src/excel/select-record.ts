/**
 * Shows a record in the sheet: finds its row by id, activates its sheet and selects the whole table row. Two round
 * trips: the id column, found by its header wherever it was moved; then the activation and the selection. Unlike a
 * write, a protected sheet or a filtered table does not stop it, since selecting changes nothing.
 */
import type { SchemaProblem } from "../domain/schema-problems";
import type { TableKey } from "../domain/schema";
import { type TablePlan, type WorkbookPlan, tablePlan } from "../domain/workbook-plan";
import { checkSchema } from "./check-schema";
import { SchemaProblemsError } from "./schema-problems-error";
import { RecordNotFoundError } from "./update-record";

/** The problems that keep a table's ids from being read: the table, its sheet or its id column is gone. */
function stopsReading(plan: TablePlan, problem: SchemaProblem): boolean {
  if (problem.kind === "missingColumn" || problem.kind === "renamedColumn") {
    return problem.column === plan.columns[0].header;
  }
  return ["missingSheet", "missingTable", "convertedToRange"].includes(problem.kind);
}

/** Ids compare as update-record compares them: as text, without outer spaces. */
function sameId(cell: unknown, id: string): boolean {
  return String(cell ?? "").trim() === id.trim();
}

/** "A3:F3" from "'顾客投诉'!A3:F3": the sheet is returned on its own. */
function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

export async function selectRecord(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  table: TableKey,
  id: string,
): Promise<{ sheet: string; address: string }> {
  const planned = tablePlan(plan, table);
  const found = context.workbook.tables.getItem(planned.name);
  const idColumn = planned.columns[0];
  let ids: Excel.Range | undefined;
  let failure: unknown;
  // Under its header; in a workbook set up with older words (not set up again since), under its former header.
  for (const header of [idColumn.header, ...(idColumn.formerHeaders ?? [])]) {
    const read = found.columns.getItem(header).getDataBodyRange().load("values");
    try {
      await context.sync();
      ids = read;
      break;
    } catch (error) {
      failure = error;
    }
  }
  if (!ids) {
    // Say why when the schema check can; otherwise it was something else (a lost connection).
    const problems = (await checkSchema(context, plan, [table])).filter((problem) => stopsReading(planned, problem));
    throw problems.length > 0 ? new SchemaProblemsError(problems) : failure;
  }
  const index = ids.values.findIndex(([cell]) => sameId(cell, id));
  if (index < 0) throw new RecordNotFoundError(planned.name, id);

  const row = found.getDataBodyRange().getRow(index).load("address");
  const sheet = found.worksheet.load("name");
  found.worksheet.activate();
  row.select();
  await context.sync();
  return { sheet: sheet.name, address: localAddress(row.address) };
}
