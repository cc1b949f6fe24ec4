/**
 * What can be wrong with a workbook's tables before the add-in writes (DESIGN principle 4), explained in the UI
 * language. The checks that need only headers are pure and live here; src/excel gathers the facts.
 */
import { type Language } from "./i18n/language";
import { type MessageKey, translate } from "./i18n/translate";
import { type ColumnSpec, excelNameKey, sameExcelName } from "./schema";

export type SchemaProblem =
  | { readonly kind: "missingSheet"; readonly sheet: string }
  | { readonly kind: "missingTable"; readonly table: string }
  | { readonly kind: "convertedToRange"; readonly table: string; readonly sheet: string }
  /** `addedLater`: a column a workbook set up before it existed lacks (ColumnSpec.addedLater). */
  | { readonly kind: "missingColumn"; readonly table: string; readonly column: string; readonly addedLater?: true }
  | { readonly kind: "renamedColumn"; readonly table: string; readonly column: string; readonly found: string }
  | { readonly kind: "movedColumn"; readonly table: string; readonly column: string }
  /** A column under the header an earlier version gave it, where a formula of the table needs today's header. */
  | { readonly kind: "formerHeader"; readonly table: string; readonly column: string; readonly found: string }
  | { readonly kind: "protectedSheet"; readonly sheet: string }
  | { readonly kind: "filteredTable"; readonly table: string }
  | { readonly kind: "sortedTable"; readonly table: string }
  | { readonly kind: "duplicateId"; readonly table: string; readonly id: string };

export type SchemaProblemKind = SchemaProblem["kind"];

/**
 * Whether the add-in must not write while the problem lasts. It writes by header, so a moved column, a sorted
 * table or a column added later that the workbook lacks (skipped; a value for it is refused) is only worth knowing;
 * any other missing or renamed column, a protected sheet or a filter stop it.
 */
export function blocksWriting(problem: SchemaProblem): boolean {
  if (problem.kind === "missingColumn" && problem.addedLater) return false;
  return !["movedColumn", "sortedTable", "duplicateId"].includes(problem.kind);
}

/** Repaired by the add-in without risk to anyone's data: nothing is deleted, renamed or overwritten. */
export function repairable(problem: SchemaProblem): boolean {
  return ["missingSheet", "missingTable", "convertedToRange", "missingColumn", "duplicateId", "formerHeader"].includes(
    problem.kind,
  );
}

/** What is wrong, and how to put it right, in `language`. */
export function explainProblem(problem: SchemaProblem, language: Language): { what: string; fix: string } {
  const { kind, ...facts } = problem;
  // The placeholders are the problem's texts; a flag (addedLater) is none.
  const values = Object.fromEntries(
    Object.entries(facts).filter((fact): fact is [string, string] => typeof fact[1] === "string"),
  );
  return {
    what: translate(language, `schema.${kind}` as MessageKey, values),
    // A column this version added is put right by Set up, not by undoing a deletion nobody made.
    fix: translate(
      language,
      (kind === "missingColumn" && problem.addedLater
        ? "schema.missingColumn.addedLater.fix"
        : `schema.${kind}.fix`) as MessageKey,
      values,
    ),
  };
}

/** A planned column's header, and the headers earlier versions gave it (a ColumnPlan is one). */
export interface PlannedHeader {
  readonly header: string;
  readonly formerHeaders?: readonly string[];
  readonly spec?: Pick<ColumnSpec, "addedLater">;
}

/**
 * Where a planned column stands among the headers: under its header, else under one it had in earlier versions
 * (a workbook set up then); -1 when it is not there.
 */
export function plannedPosition(planned: string | PlannedHeader, actual: readonly unknown[]): number {
  const { header, formerHeaders = [] } = typeof planned === "string" ? { header: planned } : planned;
  const current = actual.findIndex((candidate) => sameExcelName(candidate, header));
  if (current >= 0) return current;
  return actual.findIndex((candidate) => formerHeaders.some((former) => sameExcelName(candidate, former)));
}

/**
 * The column problems of a table from its headers: a planned header that is absent is "renamed" when an unknown
 * header stands where it was expected (its planned neighbours around it), else "missing"; planned columns out of
 * their planned order are "moved" (the fewest columns that explain the new order). Extra columns of the user's own
 * are no problem, and neither is a column under the header an earlier version gave it (setup renames it).
 */
export function columnProblems(
  table: string,
  plannedColumns: readonly (string | PlannedHeader)[],
  actual: readonly string[],
): SchemaProblem[] {
  const columns = plannedColumns.map((column) => (typeof column === "string" ? { header: column } : column));
  const planned = columns.map((column) => column.header);
  const byHeader = new Map<string, PlannedHeader>(columns.map((column) => [column.header, column]));
  const position = (header: string) => plannedPosition(byHeader.get(header) ?? header, actual);
  const known = new Set(
    columns.flatMap((column) => [column.header, ...(column.formerHeaders ?? [])]).map(excelNameKey),
  );
  const present = planned.filter((header) => position(header) >= 0);
  const inOrder = longestIncreasing(present.map(position));
  // A missing column's place is judged from its neighbours that stayed in order, not from moved ones.
  const steadyPosition = (header: string) => (inOrder.has(position(header)) ? position(header) : -1);
  const problems: SchemaProblem[] = [];
  planned.forEach((header, index) => {
    if (position(header) >= 0) return;
    const found = renamedAs(planned, actual, index, steadyPosition, known);
    const addedLater = byHeader.get(header)?.spec?.addedLater ? { addedLater: true as const } : {};
    problems.push(
      found === undefined
        ? { kind: "missingColumn", table, column: header, ...addedLater }
        : { kind: "renamedColumn", table, column: header, found },
    );
  });
  present.forEach((header) => {
    if (!inOrder.has(position(header))) problems.push({ kind: "movedColumn", table, column: header });
  });
  return problems;
}

/**
 * The unknown header between the planned neighbours of a missing column, if exactly one stands there. A missing
 * last column has no neighbour after it: a header past the table's planned columns is the user's own (added at the
 * table's end, where a later version also adds its new columns), never the missing column renamed.
 */
function renamedAs(
  planned: readonly string[],
  actual: readonly string[],
  index: number,
  position: (header: string) => number,
  known: ReadonlySet<string>,
): string | undefined {
  const before = planned
    .slice(0, index)
    .map(position)
    .filter((at) => at >= 0);
  const after = planned
    .slice(index + 1)
    .map(position)
    .filter((at) => at >= 0);
  if (after.length === 0 && index > 0) return undefined;
  const from = before.length > 0 ? Math.max(...before) + 1 : 0;
  const to = after.length > 0 ? Math.min(...after) : actual.length;
  const unknown = actual.slice(from, to).filter((header) => !known.has(excelNameKey(header)));
  return unknown.length === 1 ? unknown[0] : undefined;
}

/** The values of a longest strictly increasing subsequence. */
function longestIncreasing(values: readonly number[]): Set<number> {
  const best: number[][] = [];
  for (const value of values) {
    const longest = best.filter((run) => run[run.length - 1] < value).sort((a, b) => b.length - a.length)[0];
    best.push([...(longest ?? []), value]);
  }
  const winner = best.sort((a, b) => b.length - a.length)[0] ?? [];
  return new Set(winner);
}
