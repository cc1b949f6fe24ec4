import { MemoryExcel } from "../../src/memory-host";
import { hostWithTable } from "./helpers";

type Context = Parameters<Parameters<MemoryExcel["run"]>[0]>[0];
const complaints = (context: Context) => context.workbook.worksheets.getItem("Complaints");

/** Runs one batch and says whether its sync was refused with AccessDenied. */
async function refused(host: MemoryExcel, batch: (context: Context) => void): Promise<boolean> {
  return host
    .run(async (context) => {
      batch(context);
      await context.sync();
    })
    .then(
      () => false,
      (error: { code?: string }) => {
        if (error.code !== "AccessDenied") throw error;
        return true;
      },
    );
}

describe("a protected sheet", () => {
  it("locks every cell by default and refuses writes to locked cells", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    host.protectSheet("Complaints");
    expect(await refused(host, (context) => (complaints(context).getRange("E1").values = [["x"]]))).toBe(true);
    expect(await refused(host, (context) => (complaints(context).getRange("E1").formulas = [["=1"]]))).toBe(true);
    expect(await refused(host, (context) => complaints(context).getRange("A2:C2").clear("Contents"))).toBe(true);
  });

  it("takes values and formulas in cells unlocked before it was protected", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    await host.run(async (context) => {
      const format = complaints(context).getRange("B2:C100").format.protection;
      format.locked = false;
      const locked = complaints(context).getRange("B2:B3").format.protection.load("locked");
      const mixed = complaints(context).getRange("A2:B2").format.protection.load("locked");
      await context.sync();
      expect([locked.locked, mixed.locked]).toEqual([false, null]);
      complaints(context).protection.protect();
    });
    expect(await refused(host, (context) => (complaints(context).getRange("B2:C2").values = [["B", 2]]))).toBe(false);
    expect(await refused(host, (context) => (complaints(context).getRange("A2:B2").values = [["X", "B"]]))).toBe(true);
    expect(host.tables().Complaints.rows).toEqual([["CC-1", "B", 2]]);
  });

  it("refuses a change of the Locked format while it is protected", async () => {
    const host = await hostWithTable();
    host.protectSheet("Complaints", { allowFormatCells: true });
    expect(
      await refused(host, (context) => (complaints(context).getRange("B2").format.protection.locked = false)),
    ).toBe(true);
  });

  it("allows what its options allow, and only that", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    const format = (context: Context) => (complaints(context).getRange("C2").numberFormat = [["0.0"]]);
    const width = (context: Context) => (complaints(context).getRange("C1").format.columnWidth = 80);
    const hideRow = (context: Context) => (complaints(context).getRange("A2").rowHidden = true);
    const filter = (context: Context) =>
      context.workbook.tables.getItem("Complaints").autoFilter.apply(undefined, 1, {});
    host.protectSheet("Complaints");
    for (const batch of [format, width, hideRow, filter]) expect(await refused(host, batch)).toBe(true);
    host.unprotectSheet("Complaints");
    host.protectSheet("Complaints", {
      allowFormatCells: true,
      allowFormatColumns: true,
      allowFormatRows: true,
      allowAutoFilter: true,
    });
    for (const batch of [format, width, hideRow, filter]) expect(await refused(host, batch)).toBe(false);
    expect(host.numberFormatAt("Complaints", "C2")).toBe("0.0");
  });

  it("sorts a table with allowSort only where the cells to move are unlocked", async () => {
    const host = await hostWithTable([
      ["CC-2", "B", 2],
      ["CC-1", "A", 1],
    ]);
    const sort = (context: Context) => context.workbook.tables.getItem("Complaints").sort.apply([{ key: 0 }]);
    host.protectSheet("Complaints", { allowSort: true });
    expect(await refused(host, sort)).toBe(true);
    host.unprotectSheet("Complaints");
    host.unlockCells("Complaints", "A2:C3");
    host.protectSheet("Complaints", { allowSort: true });
    expect(await refused(host, sort)).toBe(false);
    expect(host.tables().Complaints.rows.map(([id]) => id)).toEqual(["CC-1", "CC-2"]);
  });

  it("refuses table changes whatever its options: Excel does not grow a table on a protected sheet", async () => {
    const host = await hostWithTable();
    host.unlockCells("Complaints", "A1:C100");
    host.protectSheet("Complaints", { allowInsertRows: true, allowDeleteRows: true, allowFormatCells: true });
    const table = (context: Context) => context.workbook.tables.getItem("Complaints");
    expect(await refused(host, (context) => table(context).rows.add(-1, [["CC-1", "A", 1]]))).toBe(true);
    expect(await refused(host, (context) => table(context).columns.add(-1, undefined, "Notes"))).toBe(true);
    expect(await refused(host, (context) => (table(context).style = "TableStyleLight1"))).toBe(true);
  });

  it("allows charts to be changed with allowEditObjects", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    const add = (context: Context) =>
      complaints(context).charts.add("ColumnClustered", complaints(context).getRange("B1:C2"));
    host.protectSheet("Complaints");
    expect(await refused(host, add)).toBe(true);
    host.unprotectSheet("Complaints");
    host.protectSheet("Complaints", { allowEditObjects: true });
    expect(await refused(host, add)).toBe(false);
  });

  it("is protected through its protection object with options, and once only", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => {
      const protection = complaints(context).protection;
      protection.protect({ allowAutoFilter: true });
      protection.load("protected,options");
      await context.sync();
      expect(protection.protected).toBe(true);
      expect(protection.options).toMatchObject({ allowAutoFilter: true, allowSort: false, allowFormatCells: false });
      protection.protect();
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      protection.unprotect();
      protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(false);
    });
  });
});
