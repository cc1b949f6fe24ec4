/** What both reports are built from: the ledger's language and settings, the customer register, the sheet names. */
import { type Ledger, readLedger } from "./read-ledger";

export interface ReportBasis {
  readonly ledger: Ledger;
  /** The register's customer names, in its order, without blanks or repeats. */
  readonly customers: readonly string[];
  /** The workbook's sheet names now. */
  readonly sheets: readonly string[];
}

/** 2 round trips: the sheet names ride along with readLedger's first read. */
export async function readReportBasis(context: Excel.RequestContext): Promise<ReportBasis> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const ledger = await readLedger(context, ["customers"]);
  const seen = new Set<string>();
  const customers: string[] = [];
  for (const record of ledger.records.customers ?? []) {
    const name = record.name;
    if (typeof name !== "string" || name.trim() === "" || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    customers.push(name);
  }
  return { ledger, customers, sheets: worksheets.items.map((sheet) => sheet.name) };
}
