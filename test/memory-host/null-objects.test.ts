import { hostWithTable } from "./helpers";

/**
 * Microsoft documents only isNullObject for an object a *OrNullObject method did not find; the host refuses every
 * other use of it when the sync applies it (InvalidOperation), as the stricter reading (see Locator).
 */
describe("an object a *OrNullObject method did not find", () => {
  it("tells after the sync that it is null, without loading anything", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("Nowhere");
      const found = context.workbook.tables.getItemOrNullObject("Complaints");
      const explicit = context.workbook.worksheets.getItemOrNullObject("Nowhere").load("isNullObject");
      expect(() => missing.isNullObject).toThrow(/not available/);
      await context.sync();
      expect([missing.isNullObject, found.isNullObject, explicit.isNullObject]).toEqual([true, false, true]);
    });
  });

  it("refuses a load of any other property of it", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => {
      context.workbook.names.getItemOrNullObject("Nowhere").load("formula");
      await expect(context.sync()).rejects.toMatchObject({
        code: "InvalidOperation",
        message: expect.stringMatching(/The name 'Nowhere' does not exist \(isNullObject is true\)/),
      });
    });
  });

  it("refuses a chained method, a chained *OrNullObject method and a load through it", async () => {
    const host = await hostWithTable();
    const chains = [
      (context: Excel.RequestContext) =>
        context.workbook.tables.getItemOrNullObject("Nowhere").getRange().load("values"),
      (context: Excel.RequestContext) =>
        context.workbook.worksheets.getItemOrNullObject("Nowhere").getUsedRangeOrNullObject(true),
      (context: Excel.RequestContext) => context.workbook.tables.getItemOrNullObject("Nowhere").rows.load("items"),
    ];
    for (const chain of chains)
      await host.run(async (context) => {
        chain(context as unknown as Excel.RequestContext);
        await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      });
  });

  it("refuses a change through it, keeping the operations before it (no rollback)", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Complaints").getRange("E1").values = [["before"]];
      context.workbook.worksheets.getItemOrNullObject("Nowhere").getRange("A1").values = [["lost"]];
      context.workbook.worksheets.getItem("Complaints").getRange("E2").values = [["after"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
    await host.run(async (context) => {
      const cells = context.workbook.worksheets.getItem("Complaints").getRange("E1:E2").load("values");
      await context.sync();
      expect(cells.values).toEqual([["before"], [""]]);
    });
  });

  it("works as the object it found when it exists", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    await host.run(async (context) => {
      const range = context.workbook.tables.getItemOrNullObject("Complaints").getDataBodyRange().load("values");
      const used = context.workbook.worksheets.getItem("Complaints").getUsedRangeOrNullObject().load("address");
      await context.sync();
      expect([range.values, used.address]).toEqual([[["CC-1", "A", 1]], "Complaints!A1:C2"]);
    });
  });

  it("is still ItemNotFound for a getItem that finds nothing", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => {
      context.workbook.tables.getItem("Nowhere").getRange().load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });
});
