/**
 * The first round trip of every record write: the table's headers, its ids, and whether it can be written
 * (sheet protection, filter). When the table cannot even be read, the full schema check says why.
 */
import { type SchemaProblem, columnProblems } from "../domain/schema-problems";
import { type TableKey, sameExcelName } from "../domain/schema";
import { type TablePlan, type WorkbookPlan, escapeColumnName, tablePlan } from "../domain/workbook-plan";
import { checkSchema } from "./check-schema";
import { SchemaProblemsError, assertWritable } from "./schema-problems-error";
import { type RecordValues, type TableLayout, layoutOf, positionOf } from "./table-layout";

export interface RecordTable {
  readonly plan: TablePlan;
  readonly table: Excel.Table;
  readonly layout: TableLayout;
  /** The record ids in row order (the id column's data). */
  readonly ids: readonly unknown[];
  /**
   * The formulas (constants as themselves) of the rows just below the table, as wide as it, when asked for
   * (`rowsBelow`): where a new row can be written for the table to grow over it (see append-record.ts).
   */
  readonly below: readonly (readonly unknown[])[];
}

export interface OpenOptions {
  /** Also read this many rows just below the table, in the same round trip. */
  readonly rowsBelow?: number;
}

/** Queues a read of the id column: the table's first column, which is checked against the header afterwards. */
function queueIds(table: Excel.Table, position: number): Excel.Range {
  return table.getRange().getColumn(position).load("values");
}

/**
 * Columns still under the header an earlier version gave them, where a calculated column of this table names them
 * by today's header: the formula a new row gets would not find them, so setup must rename them first. (Other
 * columns under their former headers are written as they are; setup renames them too.)
 */
function formerHeaderProblems(plan: TablePlan, layout: TableLayout): SchemaProblem[] {
  return plan.columns.flatMap((column): SchemaProblem[] => {
    const at = positionOf(layout, column.key);
    if (at < 0 || sameExcelName(layout.headers[at], column.header)) return [];
    const reference = `[${escapeColumnName(column.header)}]`;
    if (!plan.columns.some((other) => other.formula?.includes(reference))) return [];
    return [{ kind: "formerHeader", table: plan.name, column: column.header, found: layout.headers[at] }];
  });
}

function writeProblems(plan: TablePlan, layout: TableLayout, sheet: string, locked: boolean, filtered: boolean) {
  const problems: SchemaProblem[] = [
    ...columnProblems(plan.name, plan.columns, layout.headers),
    ...formerHeaderProblems(plan, layout),
  ];
  if (locked) problems.push({ kind: "protectedSheet", sheet });
  if (filtered) problems.push({ kind: "filteredTable", table: plan.name });
  return problems;
}

/**
 * Reads a record table for writing, in one round trip (two if its id column was moved). Throws
 * SchemaProblemsError when anything stops writing, so nothing lands in a wrong column.
 */
export async function openRecordTable(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  key: TableKey,
  { rowsBelow = 0 }: OpenOptions = {},
): Promise<RecordTable> {
  const planned = tablePlan(plan, key);
  const table = context.workbook.tables.getItem(planned.name);
  const header = table.getHeaderRowRange().load("values");
  const firstColumn = queueIds(table, 0);
  const below = rowsBelow > 0 ? table.getRange().getRowsBelow(rowsBelow).load("formulas") : undefined;
  const sheet = table.worksheet.load("name");
  const protection = table.worksheet.protection.load("protected");
  const filter = table.autoFilter.load("isDataFiltered");
  try {
    await context.sync();
  } catch (error) {
    // The table could not be read: say why when the schema check can; otherwise it was something else.
    assertWritable(await checkSchema(context, plan, [key]));
    throw error;
  }
  const layout = layoutOf(planned, header.values[0]);
  assertWritable(writeProblems(planned, layout, sheet.name, protection.protected, filter.isDataFiltered));
  const idAt = positionOf(layout, planned.columns[0].key);
  let idColumn = firstColumn;
  if (idAt !== 0) {
    idColumn = queueIds(table, idAt);
    await context.sync();
  }
  return {
    plan: planned,
    table,
    layout,
    ids: idColumn.values.slice(1).map((row) => row[0]),
    below: below?.formulas ?? [],
  };
}

const blank = (value: unknown) => value === null || value === undefined || value === "";

/**
 * Throws SchemaProblemsError, before anything is written, when values are given for planned columns the table
 * lacks (a column added later, until Set up adds it): writing by header would skip them, and nothing entered is
 * ever dropped silently.
 */
export function assertPlaced(record: RecordTable, values: RecordValues): void {
  const problems = record.plan.columns.flatMap((column): SchemaProblem[] =>
    positionOf(record.layout, column.key) < 0 && !blank(values[column.key])
      ? [{ kind: "missingColumn", table: record.plan.name, column: column.header }]
      : [],
  );
  if (problems.length > 0) throw new SchemaProblemsError(problems);
}

/** The id column's position in the table. */
export function idColumnOf(record: RecordTable): number {
  return positionOf(record.layout, record.plan.columns[0].key);
}

/** Queues a fresh read of the ids (after a write, to see what else landed meanwhile). */
export function queueIdsOf(record: RecordTable): Excel.Range {
  return queueIds(record.table, idColumnOf(record));
}
