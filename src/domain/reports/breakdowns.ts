/**
 * Figures broken down by customer and by questionnaire item (REQUIREMENTS 16, 34): a customer's average total
 * score in a period and an item's average points, each as a native formula and as the domain's aggregate.
 */
import type { InstrumentItem } from "../schema";
import { mean, meanIn, returnsIn } from "./figures";
import type { LedgerColumns } from "./ledger-columns";
import type { ReportLedger } from "./report-ledger";
import { exactCriterion } from "../workbook-plan/exact-criterion";
import type { ReportGrain } from "./types";

/**
 * A customer's mean total score over its returns of the period ("" when it has none): AVERAGEIFS with the name as an
 * exact criterion (see meanIn), not SUMPRODUCT over the whole table: the matrix holds one per customer and
 * period, and an array expression over every return costs LibreOffice several times a criteria scan.
 */
export function customerAverageFormula(
  columns: LedgerColumns,
  customerCell: string,
  periodCell: string,
  grain: ReportGrain,
): string {
  const { total, period, customer } = columns.returns;
  const cells = { period: periodCell, start: "", end: "" };
  return `=IFERROR(${meanIn(total, period, cells, grain, customer, exactCriterion(customerCell))},"")`;
}

export function customerAverage(ledger: ReportLedger, customer: string, period: string, grain: ReportGrain) {
  const name = customer.toLowerCase();
  return mean(
    returnsIn(ledger, period, grain)
      .filter((row) => row.customer.toLowerCase() === name)
      .map((row) => row.total),
  );
}

/** An item's mean answer in points 0–100 over the period's returns ("" when nobody answered it). */
export function itemAverageFormula(
  columns: LedgerColumns,
  item: InstrumentItem,
  periodCell: string,
  grain: ReportGrain,
): string {
  const column = columns.returns.items[item.code];
  const cells = { period: periodCell, start: "", end: "" };
  return `=IFERROR(${meanIn(column, columns.returns.period, cells, grain)}/${item.scale}*100,"")`;
}

export function itemAverage(ledger: ReportLedger, item: InstrumentItem, period: string, grain: ReportGrain) {
  const answers = returnsIn(ledger, period, grain).map((row) => row.items[item.code] ?? null);
  const average = mean(answers);
  return average === null ? null : (average / item.scale) * 100;
}
