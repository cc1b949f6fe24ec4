import { hostWithTable } from "./helpers";

const ROWS = [
  ["CC-1", "Alpha", 1],
  ["CC-2", "Beta", 2],
  ["CC-3", "Gamma", 3],
  ["CC-4", "Delta", 4],
];

describe("deleting table rows in the in-memory host", () => {
  it('deletes whole data rows of a table with Range.delete("Up"), the rows below moving up', async () => {
    const host = await hostWithTable(ROWS);
    await host.run(async (context) => {
      const body = context.workbook.tables.getItem("Complaints").getDataBodyRange();
      body.getRow(1).getResizedRange(1, 0).delete("Up");
    });
    expect(host.tables().Complaints.rows).toEqual([ROWS[0], ROWS[3]]);
  });

  it("leaves nothing of a deleted row behind, where the row below it had empty cells", async () => {
    const host = await hostWithTable([ROWS[0], ["CC-2", "", ""]]);
    await host.run(async (context) => {
      context.workbook.tables.getItem("Complaints").rows.getItemAt(0).delete();
    });
    expect(host.tables().Complaints.rows).toEqual([["CC-2", "", ""]]);
    await host.run(async (context) => {
      context.workbook.tables.getItem("Complaints").rows.getItemAt(0).delete();
    });
    const below = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Complaints").getRange("A2:C3").load("values");
      await context.sync();
      return range.values;
    });
    expect(below).toEqual([
      ["", "", ""],
      ["", "", ""],
    ]);
  });

  it("refuses a range delete over part of a table's width, as Excel refuses shifting part of a table", async () => {
    const host = await hostWithTable(ROWS);
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Complaints").getRange("A2:B3").delete("Up");
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(host.tables().Complaints.rows).toEqual(ROWS);
  });

  it("refuses a range delete while the table is filtered, and on a protected sheet", async () => {
    const deleteFirstRows = (host: Awaited<ReturnType<typeof hostWithTable>>) =>
      host.run(async (context) => {
        context.workbook.tables.getItem("Complaints").getDataBodyRange().getRow(0).getResizedRange(1, 0).delete("Up");
      });
    const filtered = await hostWithTable(ROWS);
    filtered.filterTable("Complaints", "Customer", (value) => value !== "Beta");
    await expect(deleteFirstRows(filtered)).rejects.toMatchObject({ code: "InvalidOperation" });
    const locked = await hostWithTable(ROWS);
    locked.protectSheet("Complaints");
    await expect(deleteFirstRows(locked)).rejects.toMatchObject({ code: "AccessDenied" });
    expect(filtered.tables().Complaints.rows).toEqual(ROWS);
    expect(locked.tables().Complaints.rows).toEqual(ROWS);
  });
});
