import { format } from "numfmt";
import type { Cell } from "../memory-host/model";

/**
 * What a cell shows in Excel: its value in its number format (dates as dates, percentages as percentages), read by
 * numfmt as Excel reads the format. The host computes no formula: a formula without a value shows its text.
 */
export function shownText(cell: Cell, numberFormat: string): string {
  if (cell.formula !== undefined && cell.value === "") return cell.formula;
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  if (typeof cell.value === "string") return cell.value;
  try {
    return format(numberFormat, cell.value);
  } catch {
    // A format numfmt cannot read: the number as General shows it.
    return format("General", cell.value);
  }
}
