import { readWorkbookSummary } from "../../src/excel/workbook-summary";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";

describe("reading the workbook summary for the Home screen", () => {
  it("lists sheets and tables with their row counts in two syncs", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      context.workbook.worksheets.add("Complaints").getRange("A1:B3").values = [
        ["Id", "Customer"],
        ["CC-2026-0001", "A"],
        ["CC-2026-0002", "B"],
      ];
      context.workbook.tables.add("Complaints!A1:B3", true).name = "Complaints";
    });
    host.resetMeters();

    const summary = await memoryExcelRunner(host)(readWorkbookSummary);

    expect(summary).toEqual({ sheetNames: ["Sheet1", "Complaints"], tables: [{ name: "Complaints", rowCount: 2 }] });
    expect(host.syncCount).toBe(2); // the empty closing sync of run() is no round trip, as in Office.js
  });
});
