import { MemoryExcel } from "../../src/memory-host";

async function withCustomersTable(host: MemoryExcel): Promise<void> {
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("B2:C2").values = [["Id", "Name"]];
    context.workbook.tables.add("Sheet1!B2:C2", true).name = "Customers";
  });
}

describe("the in-memory Excel host", () => {
  it("refuses to read a property that was not loaded and synced, as Excel does", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      expect(() => sheets.items).toThrow(/not available/);
      await context.sync();
      expect(sheets.items.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
    });
  });

  it("applies queued writes only on sync and counts each sync", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      context.workbook.worksheets.add("Ledger").getRange("A1").values = [["x"]];
      expect(host.workbook.sheet("Ledger")).toBeUndefined();
      await context.sync();
      expect(host.workbook.sheet("Ledger")?.cell(0, 0).value).toBe("x");
    });
    expect(host.syncCount).toBe(1); // the closing sync of run() has nothing queued: no round trip
  });

  it("counts a sync with nothing queued as no round trip, as Office.js sends no request for it", async () => {
    const host = new MemoryExcel();
    host.rejectNextSync();
    await host.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(host.syncCount).toBe(0);
    await expect(
      host.run(async (context) => void context.workbook.worksheets.load("items/name")),
    ).rejects.toMatchObject({
      code: "GeneralException",
    });
  });

  it("turns text beginning with = into a formula, but not when quoted with an apostrophe", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["=1+1", "'=1+1"]];
    });
    const sheet = host.workbook.sheet("Sheet1");
    expect(sheet?.cell(0, 0).formula).toBe("=1+1");
    expect(sheet?.cell(0, 1).formula).toBeUndefined();
    expect(sheet?.cell(0, 1).value).toBe("=1+1");
  });

  it("keeps text beginning with = as text in a cell formatted as text", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.numberFormat = [["@"]];
      range.values = [['=HYPERLINK("x")']];
    });
    expect(host.workbook.sheet("Sheet1")?.cell(0, 0).formula).toBeUndefined();
  });

  it("appends table rows below the header and reports the table's contents", async () => {
    const host = new MemoryExcel();
    await withCustomersTable(host);
    await host.run(async (context) => {
      context.workbook.tables.getItem("Customers").rows.add(null, [
        ["C-1", "Hòa Phát"],
        ["C-2", "华为"],
      ]);
    });
    expect(host.tables()).toEqual({
      Customers: {
        headers: ["Id", "Name"],
        rows: [
          ["C-1", "Hòa Phát"],
          ["C-2", "华为"],
        ],
      },
    });
  });

  it("pushes the cells below a table down when rows are added", async () => {
    const host = new MemoryExcel();
    await withCustomersTable(host);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B5").values = [["note below"]];
      context.workbook.tables.getItem("Customers").rows.add(null, [["C-1", "A"]]);
    });
    expect(host.workbook.sheet("Sheet1")?.cell(5, 1).value).toBe("note below");
  });

  it("rejects rows whose width does not match the table", async () => {
    const host = new MemoryExcel();
    await withCustomersTable(host);
    await expect(
      host.run(async (context) => context.workbook.tables.getItem("Customers").rows.add(null, [["only one"]])),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(host.tables().Customers.rows).toEqual([]);
  });

  it("reports a missing table as ItemNotFound at sync time", async () => {
    const host = new MemoryExcel();
    await expect(
      host.run(async (context) => context.workbook.tables.getItem("Complaints").rows.add(null, [["x"]])),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("can reject a sync without applying any of its operations", async () => {
    const host = new MemoryExcel();
    await withCustomersTable(host);
    host.rejectNextSync();
    await expect(
      host.run(async (context) => context.workbook.tables.getItem("Customers").rows.add(null, [["C-1", "A"]])),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(host.tables().Customers.rows).toEqual([]);
  });

  it("meters the size of each request", async () => {
    const host = new MemoryExcel();
    await withCustomersTable(host);
    host.resetMeters();
    const rows = Array.from({ length: 1000 }, (_, i) => [`C-${i}`, "x".repeat(100)]);
    await host.run(async (context) => context.workbook.tables.getItem("Customers").rows.add(null, rows));
    expect(host.syncCount).toBe(1);
    expect(host.maxRequestBytes).toBeGreaterThan(100 * 1000);
    expect(host.maxRequestBytes).toBeLessThan(120 * 1000);
  });
});
