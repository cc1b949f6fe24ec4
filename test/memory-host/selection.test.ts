import { MemoryExcel } from "../../src/memory-host";
import { hostWithTable } from "./helpers";

describe("the active sheet and the selection", () => {
  it("starts on A1 of the first visible sheet", () => {
    expect(new MemoryExcel().selection()).toEqual({ sheet: "Sheet1", address: "A1" });
  });

  it("selects a range in one sync, showing its sheet, without counting as a write", async () => {
    const host = await hostWithTable([["CC-1", "Lan", 3]]);
    await host.run(async (context) => {
      context.workbook.tables.getItem("Complaints").getDataBodyRange().getRow(0).select();
    });
    expect(host.selection()).toEqual({ sheet: "Complaints", address: "A2:C2" });
    expect(host.syncCount).toBe(1);
    expect(host.writeCount).toBe(0);
  });

  it("activates a sheet, which keeps its own selection, and reports it as the active one", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Complaints").getRange("B2:C4").select();
      context.workbook.worksheets.getItem("Sheet1").activate();
    });
    expect(host.selection()).toEqual({ sheet: "Sheet1", address: "A1" });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Complaints").activate();
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(active.name).toBe("Complaints");
      expect(selected.address).toBe("Complaints!B2:C4");
    });
  });

  it("refuses to show a hidden sheet, keeping a selection made earlier in the same sync", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Complaints").visibility = "Hidden";
    });
    await expect(
      host.run(async (context) => void context.workbook.worksheets.getItem("Complaints").activate()),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("D4").select();
        context.workbook.worksheets.getItem("Complaints").getRange("A1").select();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(host.selection()).toEqual({ sheet: "Sheet1", address: "D4" });
  });

  it("falls back to the first visible sheet when the active one is hidden", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Complaints").activate();
      context.workbook.worksheets.getItem("Complaints").visibility = "Hidden";
    });
    expect(host.selection()?.sheet).toBe("Sheet1");
  });
});
