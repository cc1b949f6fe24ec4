/** A batch of Office.js work against one request context. */
export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Runs a batch: Excel.run inside Excel, the in-memory host in the preview page and tests. */
export type ExcelRunner = <T>(batch: ExcelBatch<T>) => Promise<T>;

/**
 * Every batch waits while the user is typing in a cell instead of failing with InvalidOperationInCellEditMode
 * (https://learn.microsoft.com/javascript/api/excel/excel.runoptions). Excel versions that do not know the option
 * ignore it and fail as before; the failure is then reported like any other and the action can be retried.
 */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

export const officeExcelRunner: ExcelRunner = (batch) => Excel.run(RUN_OPTIONS, batch);
