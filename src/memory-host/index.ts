import { type ExcelRunner, RUN_OPTIONS } from "../excel/excel-runner";
import type { MemoryExcel } from "./memory-excel";

export {
  type ChartDetails,
  type ConditionalFormatSummary,
  DEFAULT_SETTINGS,
  MemoryExcel,
  MemoryRequestContext,
  REQUEST_LIMIT_BYTES,
  RESPONSE_LIMIT_BYTES,
  type RunOptions,
  type TableContents,
} from "./memory-excel";
export {
  MemoryWorkbook,
  type MemoryChart,
  type MemoryConditionalFormat,
  type MemoryName,
  type PageLayout,
  type Validation,
} from "./model";
export { HostError } from "./errors";
export type { HostSettings } from "./client-object";

/** The host as src/excel sees it: the proxies stand in for Office.js objects at this one boundary. */
export function memoryExcelRunner(host: MemoryExcel): ExcelRunner {
  return (batch) => host.run((context) => batch(context as unknown as Excel.RequestContext), RUN_OPTIONS);
}
