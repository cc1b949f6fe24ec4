/** What the Home screen shows of the open workbook. */
export interface WorkbookSummary {
  readonly sheetNames: string[];
  readonly tables: { readonly name: string; readonly rowCount: number }[];
}

/** Two round trips: the names, then every table's row count in one batch. */
export async function readWorkbookSummary(context: Excel.RequestContext): Promise<WorkbookSummary> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const rowCounts = tables.items.map((table) => ({ name: table.name, count: table.rows.getCount() }));
  await context.sync();
  return {
    sheetNames: sheets.items.map((sheet) => sheet.name),
    tables: rowCounts.map(({ name, count }) => ({ name, rowCount: count.value })),
  };
}
