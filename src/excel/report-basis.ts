/** What both reports are built from: the ledger's language and settings, the customer register, the sheet names. */
import { type Ledger, readLedger } from "./read-ledger";

export interface ReportBasis {
  readonly ledger: Ledger;
  /** The register's customer names, in its order, without blanks or repeats. */
  readonly customers: readonly string[];
  /** The workbook's sheets, tables and names now: what exists, so nothing is read through a null object. */
  readonly existing: ExistingObjects;
}

export interface ExistingObjects {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
  /** Defined names with their formulas. */
  readonly names: ReadonlyMap<string, string>;
}

/** 2 round trips: the sheet, table and name lists ride along with readLedger's first read. */
export async function readReportBasis(context: Excel.RequestContext): Promise<ReportBasis> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name,items/formula");
  const ledger = await readLedger(context, ["customers"]);
  const seen = new Set<string>();
  const customers: string[] = [];
  for (const record of ledger.records.customers ?? []) {
    const name = record.name;
    if (typeof name !== "string" || name.trim() === "" || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    customers.push(name);
  }
  return {
    ledger,
    customers,
    existing: {
      sheets: worksheets.items.map((sheet) => sheet.name),
      tables: tables.items.map((table) => table.name),
      names: new Map(names.items.map((name) => [name.name.toLowerCase(), String(name.formula)])),
    },
  };
}
