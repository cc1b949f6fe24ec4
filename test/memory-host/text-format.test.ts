import { MemoryExcel } from "../../src/memory-host";
import { hostWithTable } from "./helpers";

const cellAt = (host: MemoryExcel, sheet: string, row: number, column: number) =>
  host.workbook.sheet(sheet)?.cell(row, column);

describe("cells formatted as text (@)", () => {
  it("keeps a formula written through values as text, as typing it would", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A2").numberFormat = [["@"], ["General"]];
      sheet.getRange("A1:A2").values = [["=$A7"], ["=$A7"]];
    });
    expect(cellAt(host, "Sheet1", 0, 0)).toEqual({ value: "=$A7" });
    expect(cellAt(host, "Sheet1", 1, 0)).toEqual({ value: "", formula: "=$A7" });
  });

  it("keeps a formula written through formulas as text, and reads it back as text", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
      range.numberFormat = [["@"]];
      range.formulas = [["=SUM(1,2)"]];
      const read = range.load("values,formulas");
      await context.sync();
      expect([read.values, read.formulas]).toEqual([[["=SUM(1,2)"]], [["=SUM(1,2)"]]]);
    });
    expect(cellAt(host, "Sheet1", 1, 1)?.formula).toBeUndefined();
  });

  it("uses the format set earlier in the same sync, and not one set later", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").numberFormat = [["@"]];
      sheet.getRange("A1:B1").values = [["=1+1", "=1+1"]];
      sheet.getRange("B1").numberFormat = [["@"]];
    });
    expect(cellAt(host, "Sheet1", 0, 0)).toEqual({ value: "=1+1" });
    expect(cellAt(host, "Sheet1", 0, 1)).toEqual({ value: "", formula: "=1+1" });
  });

  it("keeps formula-like text added by rows.add in a text column as text, with no apostrophe needed", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    await host.run(async (context) => {
      const customer = context.workbook.tables.getItem("Complaints").columns.getItem("Customer");
      customer.getDataBodyRange().numberFormat = [["@"]];
      context.workbook.tables.getItem("Complaints").rows.add(null, [["=1", '=HYPERLINK("x")', "=1"]]);
    });
    expect(cellAt(host, "Complaints", 2, 1)).toEqual({ value: '=HYPERLINK("x")' });
    expect(cellAt(host, "Complaints", 2, 0)).toEqual({ value: "", formula: "=1" });
  });

  it("keeps text numbers and leading + - @ in a text column as the text typed", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    await host.run(async (context) => {
      const body = context.workbook.tables.getItem("Complaints").getDataBodyRange();
      body.numberFormat = [["@", "@", "@"]];
      context.workbook.tables.getItem("Complaints").rows.add(null, [["0912", "+86 10", "@home"]]);
    });
    expect(host.tables().Complaints.rows[1]).toEqual(["0912", "+86 10", "@home"]);
  });
});
