/**
 * Before any write: is every table the add-in will touch where the plan says, with its columns, writable? Two
 * round trips; the problems are typed and explained in the UI language by src/domain/schema-problems.
 */
import { type TableKey, excelNameKey, tableSpec } from "../domain/schema";
import { type SchemaProblem, columnProblems } from "../domain/schema-problems";
import type { WorkbookPlan } from "../domain/workbook-plan";
import { type TableState, type WorkbookState, holdsPlannedHeaders, readWorkbookState } from "./workbook-state";

/** The ids that appear more than once, each once, in order of first appearance. */
export function duplicateIds(ids: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) {
    const text = String(id ?? "").trim();
    if (text === "") continue;
    if (seen.has(text)) repeated.add(text);
    seen.add(text);
  }
  return [...repeated];
}

function tableProblems(state: TableState, workbook: WorkbookState): SchemaProblem[] {
  const { plan, existing, absent } = state;
  if (!existing) {
    if (!workbook.sheets.has(excelNameKey(plan.sheet))) {
      return [
        { kind: "missingSheet", sheet: plan.sheet },
        { kind: "missingTable", table: plan.name },
      ];
    }
    const headersStayed = holdsPlannedHeaders(plan, absent?.cellsAtPlace ?? []);
    return [
      headersStayed
        ? { kind: "convertedToRange", table: plan.name, sheet: plan.sheet }
        : { kind: "missingTable", table: plan.name },
    ];
  }
  const problems: SchemaProblem[] = columnProblems(plan.name, plan.columns, existing.headers);
  if (existing.sheetProtected) problems.push({ kind: "protectedSheet", sheet: existing.sheet });
  if (existing.filtered) problems.push({ kind: "filteredTable", table: plan.name });
  if (existing.sorted) problems.push({ kind: "sortedTable", table: plan.name });
  if (tableSpec(plan.key).idPrefix !== undefined) {
    for (const id of duplicateIds(existing.ids ?? [])) problems.push({ kind: "duplicateId", table: plan.name, id });
  }
  return problems;
}

/** The problems of the given tables (all planned tables by default), each sheet reported once. */
export async function checkSchema(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  only?: readonly TableKey[],
): Promise<SchemaProblem[]> {
  const state = await readWorkbookState(context, plan, { ...(only ? { only } : {}), withIds: true });
  const problems = state.tables.flatMap((table) => tableProblems(table, state));
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = JSON.stringify(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
