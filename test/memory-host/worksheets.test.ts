import { MemoryExcel } from "../../src/memory-host";

describe("worksheets", () => {
  it("adds sheets, counts them and reads name, position and visibility", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      context.workbook.worksheets.add("Settings").visibility = "Hidden";
      const count = context.workbook.worksheets.getCount();
      const settings = context.workbook.worksheets.getItem("settings").load("name,position,visibility");
      await context.sync();
      expect(count.value).toBe(2);
      expect([settings.name, settings.position, settings.visibility]).toEqual(["Settings", 1, "Hidden"]);
    });
  });

  it("reports a missing sheet as a null object, and refuses a duplicate or invalid sheet name", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Dashboard");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
    await expect(host.run(async (context) => void context.workbook.worksheets.add("sheet1"))).rejects.toMatchObject({
      code: "ItemAlreadyExists",
    });
    await expect(host.run(async (context) => void context.workbook.worksheets.add("a/b"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });

  it("fails a write through getItem of a missing sheet with ItemNotFound", async () => {
    const host = new MemoryExcel();
    await expect(
      host.run(async (context) => void (context.workbook.worksheets.getItem("Nope").getRange("A1").values = [["x"]])),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("freezes rows and reports the frozen range, or a null object when nothing is frozen", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      const panes = context.workbook.worksheets.getItem("Sheet1").freezePanes;
      const before = panes.getLocationOrNullObject();
      panes.freezeRows(1);
      const after = panes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(before.isNullObject).toBe(true);
      expect(after.address).toBe("Sheet1!1:1");
      panes.unfreeze();
    });
    expect(host.workbook.sheet("Sheet1")?.frozenRows).toBe(0);
  });

  it("protects and unprotects a sheet through its protection object", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Sheet1").protection;
      protection.protect();
      protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(true);
      protection.unprotect();
      protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(false);
    });
  });

  it("gives the used range of values, or a null object for an empty sheet", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const empty = sheet.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(empty.isNullObject).toBe(true);
      sheet.getRange("B2").values = [["x"]];
      sheet.getRange("D5").values = [[1]];
      const used = sheet.getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      expect(used.address).toBe("Sheet1!B2:D5");
    });
  });
});

describe("charts", () => {
  it("adds a chart with a type and source, names, titles and positions it", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Dashboard");
      const chart = sheet.charts.add("Line", sheet.getRange("A1:C13"), "Columns");
      chart.name = "ReturnRateTrend";
      chart.title.text = "Return rate";
      chart.setPosition("E2", "L20");
      const found = sheet.charts.getItemOrNullObject("ReturnRateTrend");
      const missing = sheet.charts.getItemOrNullObject("Nothing");
      const all = sheet.charts.load("items/name");
      await context.sync();
      expect([found.isNullObject, missing.isNullObject]).toEqual([false, true]);
      expect(all.items.map((item) => item.name)).toEqual(["ReturnRateTrend"]);
    });
    expect(host.charts("Dashboard")).toEqual([
      {
        name: "ReturnRateTrend",
        type: "Line",
        source: "Dashboard!A1:C13",
        seriesBy: "Columns",
        title: "Return rate",
        position: { start: "Dashboard!E2", end: "Dashboard!L20" },
      },
    ]);
  });

  it("names new charts Chart 1, Chart 2 and deletes them", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"));
      sheet.charts.add("Pie", sheet.getRange("A1:B3"));
    });
    expect(host.charts("Sheet1").map((chart) => chart.name)).toEqual(["Chart 1", "Chart 2"]);
    await host.run(async (context) => context.workbook.worksheets.getItem("Sheet1").charts.getItem("Chart 1").delete());
    expect(host.charts("Sheet1").map((chart) => chart.name)).toEqual(["Chart 2"]);
  });
});
