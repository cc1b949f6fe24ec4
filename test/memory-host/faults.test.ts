import { MemoryExcel, REQUEST_LIMIT_BYTES, RESPONSE_LIMIT_BYTES } from "../../src/memory-host";
import { hostWithTable } from "./helpers";

describe("a failed sync is not rolled back", () => {
  it("rejects a write to a protected sheet with AccessDenied, keeping the writes before it and running none after", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    host.protectSheet("Complaints");
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["before"]];
        context.workbook.tables.getItem("Complaints").rows.add(null, [["CC-2", "B", 2]]);
        context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [["after"]];
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(host.workbook.sheet("Sheet1")?.cell(0, 0).value).toBe("before");
    expect(host.workbook.sheet("Sheet1")?.cells.size).toBe(1);
    expect(host.tables().Complaints.rows).toHaveLength(1);
    expect(host.writeCount).toBe(1);
  });

  it("rejects any value, format, validation or table change on a protected sheet", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    host.protectSheet("Complaints");
    const changes = [
      (sheet: Excel.Worksheet) => (sheet.getRange("A2").values = [["x"]]),
      (sheet: Excel.Worksheet) => (sheet.getRange("A2").numberFormat = [["@"]]),
      (sheet: Excel.Worksheet) => (sheet.getRange("A2").format.font.bold = true),
      (sheet: Excel.Worksheet) =>
        (sheet.getRange("A:A").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } }),
      (sheet: Excel.Worksheet) => (sheet.tables.getItem("Complaints").name = "Cases"),
    ];
    for (const change of changes)
      await expect(
        host.run(async (context) => {
          change(context.workbook.worksheets.getItem("Complaints") as unknown as Excel.Worksheet);
        }),
      ).rejects.toMatchObject({ code: "AccessDenied" });
    host.unprotectSheet("Complaints");
    await host.run(
      async (context) => void (context.workbook.worksheets.getItem("Complaints").getRange("A2").values = [["x"]]),
    );
    expect(host.tables().Complaints.rows[0][0]).toBe("x");
  });

  it("rejects a row added to a filtered table with InvalidOperation, keeping the write before it", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    host.filterTable("Complaints", "Customer", (value) => value === "A");
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["before"]];
        context.workbook.tables.getItem("Complaints").rows.add(null, [["CC-2", "B", 2]]);
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(host.workbook.sheet("Sheet1")?.cell(0, 0).value).toBe("before");
    expect(host.tables().Complaints.rows).toHaveLength(1);
  });

  it("fills no load of a failed sync, neither before nor after the failing operation", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    host.protectSheet("Complaints");
    await host.run(async (context) => {
      const names = context.workbook.worksheets.load("items/name");
      context.workbook.worksheets.getItem("Complaints").getRange("A2").values = [["x"]];
      const table = context.workbook.tables.getItem("Complaints").load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      expect(() => names.items).toThrow(/not available/);
      expect(() => table.name).toThrow(/not available/);
    });
  });

  it("rejects a sync on request without applying any of it (rejectNextSync)", async () => {
    const host = await hostWithTable();
    host.rejectNextSync("Excel is busy.");
    await expect(
      host.run(
        async (context) => void context.workbook.tables.getItem("Complaints").rows.add(null, [["CC-1", "A", 1]]),
      ),
    ).rejects.toMatchObject({ code: "GeneralException", message: "Excel is busy." });
    expect(host.tables().Complaints.rows).toEqual([]);
  });

  it("applies a sync whose response is lost, yet rejects the call (loseNextSyncResponse)", async () => {
    const host = await hostWithTable();
    host.loseNextSyncResponse();
    await expect(
      host.run(
        async (context) => void context.workbook.tables.getItem("Complaints").rows.add(null, [["CC-1", "A", 1]]),
      ),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(host.tables().Complaints.rows).toEqual([["CC-1", "A", 1]]);
    expect(host.writeCount).toBe(1);
  });
});

describe("a failure injected at one operation (failOperation)", () => {
  const threeWrites = (host: MemoryExcel) =>
    host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["one"]];
      sheet.getRange("A2").values = [["two"]];
      sheet.getRange("A3").values = [["three"]];
    });
  const column = (host: MemoryExcel) => [0, 1, 2].map((row) => host.workbook.sheet("Sheet1")?.cell(row, 0).value);

  it("fails the next sync at that operation: those before it stay applied, it and those after it do not", async () => {
    const host = new MemoryExcel();
    host.failOperation(1, { message: "Excel stopped." });
    await expect(threeWrites(host)).rejects.toMatchObject({ code: "GeneralException", message: "Excel stopped." });
    expect(column(host)).toEqual(["one", "", ""]);
    expect(host.writeCount).toBe(1);
  });

  it("fails before anything is applied at operation 0, and only once", async () => {
    const host = new MemoryExcel();
    host.failOperation(0);
    await expect(threeWrites(host)).rejects.toMatchObject({ code: "GeneralException" });
    expect(host.workbook.sheet("Sheet1")?.cells.size).toBe(0);
    await threeWrites(host);
    expect(column(host)).toEqual(["one", "two", "three"]);
  });

  it("waits `after` syncs before failing, so the write of a two-step action can be hit", async () => {
    const host = new MemoryExcel();
    host.failOperation(2, { after: 1 });
    await threeWrites(host);
    [0, 1, 2].forEach((row) => host.workbook.sheet("Sheet1")?.setCell(row, 0, { value: "" }));
    await expect(threeWrites(host)).rejects.toMatchObject({ code: "GeneralException" });
    expect(column(host)).toEqual(["one", "two", ""]);
    expect(host.syncCount).toBe(2);
  });

  it("does not fill the loads queued before the failing operation", async () => {
    const host = new MemoryExcel();
    host.failOperation(1);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1").load("name");
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
      expect(() => sheet.name).toThrow(/not available/);
    });
  });

  it("passes over an empty sync, which is no round trip", async () => {
    const host = new MemoryExcel();
    host.failOperation(0);
    await host.run(async (context) => context.sync());
    await expect(threeWrites(host)).rejects.toMatchObject({ code: "GeneralException" });
  });
});

describe("meters", () => {
  it("counts the operations of every sync since the last reset (operationCounts)", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem("Complaints");
      table.load("name");
      table.rows.add(null, [["CC-1", "A", 1]]);
      await context.sync();
      table.getHeaderRowRange().load("values");
    });
    await host.run(async (context) => context.sync());
    expect(host.operationCounts).toEqual([2, 1]);
    expect(host.syncCount).toBe(2);
    host.resetMeters();
    expect(host.operationCounts).toEqual([]);
  });

  it("rejects a request over 5 MB with RequestPayloadSizeLimitExceeded, as Excel on the web does", async () => {
    const host = await hostWithTable();
    const rows = Array.from({ length: 6000 }, (_, i) => [`CC-${i}`, "x".repeat(1000), i]);
    await expect(
      host.run(async (context) => void context.workbook.tables.getItem("Complaints").rows.add(null, rows)),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.requestBytes[0]).toBeGreaterThan(REQUEST_LIMIT_BYTES);
    expect(host.tables().Complaints.rows).toEqual([]);
  });

  it("meters responses: the loaded values as JSON, in bytes of UTF-8", async () => {
    const host = await hostWithTable([["CC-1", "客户", 1]]);
    await host.run(
      async (context) => void context.workbook.tables.getItem("Complaints").getDataBodyRange().load("values"),
    );
    expect(host.responseBytes).toEqual([
      new TextEncoder().encode(JSON.stringify([{ isNullObject: false, values: [["CC-1", "客户", 1]] }])).length,
    ]);
  });

  it("refuses a response over 5 MB with ResponsePayloadSizeLimitExceeded, keeping the writes, filling no load", async () => {
    const host = await hostWithTable();
    const rows = Array.from({ length: 2_000 }, (_, i) => [`CC-${i}`, "长".repeat(1_000), i]);
    for (let start = 0; start < rows.length; start += 500)
      await host.run(
        async (context) =>
          void context.workbook.tables.getItem("Complaints").rows.add(null, rows.slice(start, start + 500)),
      );
    await host.run(async (context) => {
      const body = context.workbook.tables.getItem("Complaints").getDataBodyRange().load("values");
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["written"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      expect(() => body.values).toThrow(/not available/);
    });
    expect(host.responseBytes[host.responseBytes.length - 1]).toBeGreaterThan(RESPONSE_LIMIT_BYTES);
    expect(host.workbook.sheet("Sheet1")?.cell(0, 0).value).toBe("written");
  });

  it("refuses to read more than 5,000,000 cells with RangeExceedsLimit", async () => {
    const host = new MemoryExcel();
    await expect(
      host.run(async (context) => void context.workbook.worksheets.getItem("Sheet1").getRange("A:E").load("values")),
    ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    await host.run(
      async (context) => void context.workbook.worksheets.getItem("Sheet1").getRange("A:D").load("address"),
    );
  });

  it("counts the operations that changed the workbook, so a rerun that changes nothing is visible", async () => {
    const host = new MemoryExcel();
    const setup = () =>
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1:B1").values = [["Id", "Name"]];
        sheet.getRange("B:B").numberFormat = [["@"]];
        sheet.getRange("A2:A1048576").dataValidation.rule = {
          textLength: { formula1: 20, operator: "LessThanOrEqualTo" },
        };
        sheet.getRange("A:B").format.columnWidth = 90;
        sheet.freezePanes.freezeRows(1);
      });
    await setup();
    expect(host.writeCount).toBe(5);
    host.resetMeters();
    await setup();
    expect(host.writeCount).toBe(0);
    expect(host.syncCount).toBe(1);
    expect(host.requestBytes).toHaveLength(1);
  });
});

describe("a user's edits between syncs", () => {
  it("renames a column", async () => {
    const host = await hostWithTable();
    host.renameColumn("Complaints", "Customer", "Client");
    expect(host.tables().Complaints.headers).toEqual(["Id", "Client", "Amount"]);
  });

  it("deletes a column, moving the cells to its right", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    host.deleteColumn("Complaints", "Customer");
    expect(host.tables().Complaints).toEqual({ headers: ["Id", "Amount"], rows: [["CC-1", 1]] });
  });

  it("moves a column with its cells and formats", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    await host.run(async (context) => {
      context.workbook.tables.getItem("Complaints").columns.getItem("Amount").getDataBodyRange().numberFormat = [
        ["0.00"],
      ];
    });
    host.moveColumn("Complaints", "Amount", 0);
    expect(host.tables().Complaints).toEqual({ headers: ["Amount", "Id", "Customer"], rows: [[1, "CC-1", "A"]] });
    expect(host.numberFormatAt("Complaints", "A2")).toBe("0.00");
    expect(host.numberFormatAt("Complaints", "C2")).toBe("General");
  });

  it("sorts a table by a column and records the sort field", async () => {
    const host = await hostWithTable([
      ["CC-2", "B", 2],
      ["CC-1", "A", 1],
    ]);
    host.sortTable("Complaints", "Amount");
    expect(host.tables().Complaints.rows.map(([id]) => id)).toEqual(["CC-1", "CC-2"]);
    await host.run(async (context) => {
      const sort = context.workbook.tables.getItem("Complaints").sort.load("fields");
      await context.sync();
      expect(sort.fields).toEqual([{ key: 2, ascending: true }]);
    });
  });

  it("converts a table to a range, after which the add-in finds no table", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    host.convertTableToRange("Complaints");
    await host.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("Complaints");
      await context.sync();
      expect(table.isNullObject).toBe(true);
    });
    expect(host.workbook.sheet("Complaints")?.cell(1, 0).value).toBe("CC-1");
  });

  it("does not count a user's edits as the add-in's writes", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    host.renameColumn("Complaints", "Customer", "Client");
    await host.run(async (context) => void context.workbook.tables.getItem("Complaints").load("name"));
    expect(host.writeCount).toBe(0);
  });
});
