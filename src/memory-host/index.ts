import type { ExcelRunner } from "../excel/excel-runner";
import type { MemoryExcel } from "./memory-excel";

export { MemoryExcel, type TableContents } from "./memory-excel";

/** The host as src/excel sees it: the proxies stand in for Office.js objects at this one boundary. */
export function memoryExcelRunner(host: MemoryExcel): ExcelRunner {
  return (batch) => host.run((context) => batch(context as unknown as Excel.RequestContext));
}
