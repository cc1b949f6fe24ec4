import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";

type Context = Parameters<Parameters<MemoryExcel["run"]>[0]>[0];
const dashboard = (context: Context) => context.workbook.worksheets.getItem("Dashboard");

/** A host with a Dashboard sheet and a protected Locked sheet, so that a sync can be made to fail halfway. */
async function hostWithDashboard(): Promise<MemoryExcel> {
  const host = new MemoryExcel();
  await host.run(async (context) => {
    context.workbook.worksheets.add("Dashboard");
    context.workbook.worksheets.add("Locked").protection.protect();
  });
  host.resetMeters();
  return host;
}

/** Adds a red "below zero" custom format over `address`. */
function addBelowZero(context: Context, address: string) {
  const format = dashboard(context).getRange(address).conditionalFormats.add("Custom");
  format.custom.rule.formula = "=C2<0";
  format.custom.format.fill.color = "#FFC7CE";
  format.custom.format.font.color = "#9C0006";
  return format;
}

const failingWrite = (context: Context) =>
  void (context.workbook.worksheets.getItem("Locked").getRange("A1").values = [["x"]]);

describe("conditional formats", () => {
  it("adds a custom format whose formula, fill and font colour read back after sync", async () => {
    const host = await hostWithDashboard();
    await host.run(async (context) => {
      addBelowZero(context, "C2:C9");
      await context.sync();
      const format = dashboard(context).getRange("C2:C9").conditionalFormats.getItemAt(0).load("type");
      const rule = format.custom.rule.load("formula");
      const fill = format.custom.format.fill.load("color");
      const font = format.custom.format.font.load("color");
      const range = format.getRange().load("address");
      await context.sync();
      expect([format.type, rule.formula, fill.color, font.color]).toEqual(["Custom", "=C2<0", "#FFC7CE", "#9C0006"]);
      expect(range.address).toBe("Dashboard!C2:C9");
    });
    expect(host.conditionalFormats("Dashboard")).toEqual([
      { type: "Custom", address: "Dashboard!C2:C9", formula: "=C2<0", fillColor: "#FFC7CE", fontColor: "#9C0006" },
    ]);
  });

  it("lists the formats that touch a range, the newest first, with getCount and loadable items", async () => {
    const host = await hostWithDashboard();
    await host.run(async (context) => {
      addBelowZero(context, "C2:C9");
      dashboard(context).getRange("D2:D9").conditionalFormats.add("CellValue").cellValue.rule = {
        formula1: "0.1",
        operator: "GreaterThan",
      };
      const both = dashboard(context).getRange("C5:D5").conditionalFormats.load("items/type");
      const count = dashboard(context).getRange("C5:D5").conditionalFormats.getCount();
      const onlyC = dashboard(context).getRange("C1:C2").conditionalFormats.getCount();
      const none = dashboard(context).getRange("F1:F9").conditionalFormats.getCount();
      await context.sync();
      expect(both.items.map((format) => format.type)).toEqual(["CellValue", "Custom"]);
      expect([count.value, onlyC.value, none.value]).toEqual([2, 1, 0]);
    });
  });

  it("keeps the criteria of a CellValue format and refuses its custom part", async () => {
    const host = await hostWithDashboard();
    await host.run(async (context) => {
      const format = dashboard(context).getRange("D2:D9").conditionalFormats.add("CellValue");
      format.cellValue.rule = { formula1: "0", formula2: "0.05", operator: "Between" };
      format.cellValue.format.font.bold = true;
      const criteria = format.cellValue.load("rule");
      await context.sync();
      expect(criteria.rule).toEqual({ formula1: "0", formula2: "0.05", operator: "Between" });
    });
    expect(host.conditionalFormats("Dashboard")).toEqual([
      {
        type: "CellValue",
        address: "Dashboard!D2:D9",
        rule: { formula1: "0", formula2: "0.05", operator: "Between" },
        bold: true,
      },
    ]);
    await expect(
      host.run(async (context) => {
        dashboard(context).getRange("D2").conditionalFormats.getItemAt(0).custom.rule.formula = "=TRUE";
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("clears every format of the sheet when clearAll is called on the whole sheet", async () => {
    const host = await hostWithDashboard();
    await host.run(async (context) => {
      addBelowZero(context, "C2:C9");
      addBelowZero(context, "H20:H30");
    });
    await host.run(async (context) => dashboard(context).getRange().conditionalFormats.clearAll());
    expect(host.conditionalFormats("Dashboard")).toEqual([]);
  });

  it("takes only the range's cells out of a format on clearAll, as Excel does", async () => {
    const host = await hostWithDashboard();
    await host.run(async (context) => {
      addBelowZero(context, "C2:C9");
      addBelowZero(context, "E2:E9");
    });
    await host.run(async (context) => dashboard(context).getRange("C2:C3").conditionalFormats.clearAll());
    expect(host.conditionalFormats("Dashboard").map((format) => format.address)).toEqual([
      "Dashboard!E2:E9",
      "Dashboard!C4:C9",
    ]);
    await host.run(async (context) => dashboard(context).getRange("C5").conditionalFormats.clearAll());
    await host.run(async (context) => {
      const split = dashboard(context).getRange("C:C").conditionalFormats.getItemAt(0);
      const range = split.getRangeOrNullObject();
      await context.sync();
      expect(range.isNullObject).toBe(true);
      split.getRange().load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
    expect(host.conditionalFormats("Dashboard")[1].address).toBe("Dashboard!C4,Dashboard!C6:C9");
  });

  it("deletes one format", async () => {
    const host = await hostWithDashboard();
    await host.run(async (context) => {
      addBelowZero(context, "C2:C9");
      addBelowZero(context, "E2:E9");
    });
    await host.run(async (context) => dashboard(context).getRange("E2").conditionalFormats.getItemAt(0).delete());
    expect(host.conditionalFormats("Dashboard").map((format) => format.address)).toEqual(["Dashboard!C2:C9"]);
  });

  it("keeps the formats added or changed before a failing operation, and clears nothing queued after it", async () => {
    const host = await hostWithDashboard();
    await host.run(async (context) => void addBelowZero(context, "C2:C9"));
    host.resetMeters();
    await expect(
      host.run(async (context) => {
        const format = dashboard(context).getRange("C2").conditionalFormats.getItemAt(0);
        format.custom.rule.formula = "=C2>0";
        addBelowZero(context, "E2:E9");
        failingWrite(context);
        format.custom.format.font.bold = true;
        dashboard(context).getRange("C2:C4").conditionalFormats.clearAll();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    const formats = host.conditionalFormats("Dashboard");
    expect(formats.map((format) => [format.address, format.formula, format.bold])).toEqual([
      ["Dashboard!E2:E9", "=C2<0", undefined],
      ["Dashboard!C2:C9", "=C2>0", undefined],
    ]);
    expect(host.writeCount).toBeGreaterThan(0);
  });

  it("refuses to add, change, clear or delete formats on a protected sheet", async () => {
    const host = await hostWithDashboard();
    await host.run(async (context) => void addBelowZero(context, "C2:C9"));
    host.protectSheet("Dashboard");
    const changes = [
      (context: Context) => void addBelowZero(context, "E2:E9"),
      (context: Context) =>
        void (dashboard(context).getRange("C2").conditionalFormats.getItemAt(0).custom.format.fill.color = "#000000"),
      (context: Context) => dashboard(context).getRange().conditionalFormats.clearAll(),
      (context: Context) => dashboard(context).getRange("C2").conditionalFormats.getItemAt(0).delete(),
    ];
    for (const change of changes)
      await expect(host.run(async (context) => change(context))).rejects.toMatchObject({ code: "AccessDenied" });
    expect(host.conditionalFormats("Dashboard")).toHaveLength(1);
  });

  it("runs code written against Office.js types", async () => {
    const host = await hostWithDashboard();
    const run = memoryExcelRunner(host);
    const count = await run(async (context: Excel.RequestContext) => {
      const range = context.workbook.worksheets.getItem("Dashboard").getRange("B2:B9");
      range.conditionalFormats.clearAll();
      const format = range.conditionalFormats.add("Custom");
      format.custom.rule.formula = "=B2>$B$1";
      format.custom.format.fill.color = "#C6EFCE";
      const total = range.conditionalFormats.getCount();
      await context.sync();
      return total.value;
    });
    expect(count).toBe(1);
    expect(host.conditionalFormats("Dashboard")[0]).toMatchObject({ formula: "=B2>$B$1", fillColor: "#C6EFCE" });
  });
});
