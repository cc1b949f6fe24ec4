/** A runner over an in-memory workbook that counts the round trips of each batch: for the task-pane specs. */
import type { ExcelRunner } from "../../src/excel/excel-runner";
import { type MemoryExcel, memoryExcelRunner } from "../../src/memory-host";

/** A runner that notes how many syncs each batch took, in order. */
export function countingRunner(host: MemoryExcel, batches: number[]): ExcelRunner {
  const run = memoryExcelRunner(host);
  return async (batch) => {
    const before = host.syncCount;
    try {
      return await run(batch);
    } finally {
      batches.push(host.syncCount - before);
    }
  };
}
