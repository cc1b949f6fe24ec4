/** A batch of Office.js work against one request context. */
export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Runs a batch: Excel.run inside Excel, the in-memory host in the preview page and tests. */
export type ExcelRunner = <T>(batch: ExcelBatch<T>) => Promise<T>;

export const officeExcelRunner: ExcelRunner = (batch) => Excel.run(batch);
