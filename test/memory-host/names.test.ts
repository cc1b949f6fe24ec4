import { MemoryExcel } from "../../src/memory-host";

describe("defined names", () => {
  it("adds names from a formula, a structured reference or a range, and lists them after sync", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      const names = context.workbook.names;
      names.add("ReturnTarget", "=Sheet1!$B$2", "Target return rate");
      names.add("HolidayDates", "=Holidays[Date]");
      names.add("Choices", context.workbook.worksheets.getItem("Sheet1").getRange("A2:A9"));
      names.load("items/name,items/formula,items/comment,items/visible");
      await context.sync();
      expect(names.items.map(({ name, formula, comment, visible }) => ({ name, formula, comment, visible }))).toEqual([
        { name: "ReturnTarget", formula: "=Sheet1!$B$2", comment: "Target return rate", visible: true },
        { name: "HolidayDates", formula: "=Holidays[Date]", comment: "", visible: true },
        { name: "Choices", formula: "=Sheet1!$A$2:$A$9", comment: "", visible: true },
      ]);
    });
    expect(host.workbook.name("returntarget")?.formula).toBe("=Sheet1!$B$2");
  });

  it("rejects a name that exists in any casing, or is taken by a table, with InvalidArgument", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      context.workbook.names.add("Target", "=Sheet1!$B$2");
      context.workbook.worksheets.getItem("Sheet1").getRange("D1").values = [["h"]];
      context.workbook.tables.add("Sheet1!D1", true).name = "Holidays";
    });
    for (const name of ["TARGET", "holidays", "B2", "two words"])
      await expect(host.run(async (context) => void context.workbook.names.add(name, "=1"))).rejects.toMatchObject({
        code: "InvalidArgument",
      });
    expect(host.workbook.names).toHaveLength(1);
  });

  it("finds names case-insensitively, null objects for missing ones, and changes formula and visibility", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => void context.workbook.names.add("Target", "=Sheet1!$B$2"));
    await host.run(async (context) => {
      const item = context.workbook.names.getItem("target");
      item.formula = "=Sheet1!$B$3";
      item.visible = false;
      const missing = context.workbook.names.getItemOrNullObject("Nothing");
      const read = context.workbook.names.getItem("TARGET").load("formula,visible,type,value");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect([read.formula, read.visible, read.type, read.value]).toEqual([
        "=Sheet1!$B$3",
        false,
        "Range",
        "Sheet1!$B$3",
      ]);
    });
  });

  it("resolves a name's range and deletes a name", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => void context.workbook.names.add("Target", "=Sheet1!$B$2"));
    await host.run(async (context) => {
      const range = context.workbook.names.getItem("Target").getRange().load("address");
      await context.sync();
      expect(range.address).toBe("Sheet1!B2");
      context.workbook.names.getItem("Target").delete();
    });
    expect(host.workbook.names).toEqual([]);
  });

  it("reports a missing name from getItem as ItemNotFound", async () => {
    const host = new MemoryExcel();
    await expect(
      host.run(async (context) => void context.workbook.names.getItem("Nothing").load("formula")),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
