import { MemoryExcel } from "../../src/memory-host";
import { hostWithTable } from "./helpers";

describe("tables in the in-memory host", () => {
  it("creates a table on a quoted sheet name and takes its column names from the header cells", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      context.workbook.worksheets.add("顾客投诉").getRange("A1:B1").values = [["编号", "客户"]];
      context.workbook.tables.add("'顾客投诉'!A1:B1", true).name = "Complaints";
    });
    expect(host.tables()).toEqual({ Complaints: { headers: ["编号", "客户"], rows: [] } });
  });

  it("names blank headers ColumnN and makes duplicate headers unique, as Excel does", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").values = [["Name", "", "name"]];
      context.workbook.tables.add("Sheet1!A1:C1", true);
    });
    expect(host.tables().Table1.headers).toEqual(["Name", "Column2", "name2"]);
  });

  it("inserts a header row when the range has none, pushing the cells down", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["x", "y"]];
      context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B1", false);
    });
    expect(host.tables().Table1).toEqual({ headers: ["Column1", "Column2"], rows: [["x", "y"]] });
  });

  it("refuses a table that overlaps another", async () => {
    const host = await hostWithTable();
    await expect(
      host.run(async (context) => void context.workbook.tables.add("Complaints!B1:D3", true)),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("keeps table names unique case-insensitively, also against defined names", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => void context.workbook.names.add("Targets", "=Complaints!$A$1"));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["h"]];
      context.workbook.tables.add("Sheet1!A1", true).name = "Draft";
    });
    for (const name of ["complaints", "TARGETS", "A1", "has space"])
      await expect(
        host.run(async (context) => void (context.workbook.tables.getItem("Draft").name = name)),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(Object.keys(host.tables()).sort()).toEqual(["Complaints", "Draft"]);
  });

  it("reads names, ids, style and row counts only after sync", async () => {
    const host = await hostWithTable([["CC-1", "A", 5]]);
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem("complaints").load("name,id,style,showHeaders");
      const rows = table.rows.load("count");
      expect(() => table.name).toThrow(/not available/);
      await context.sync();
      expect([table.name, table.style, table.showHeaders, rows.count]).toEqual([
        "Complaints",
        "TableStyleMedium2",
        true,
        1,
      ]);
      expect(typeof table.id).toBe("string");
    });
  });

  it("reports a missing table as a null object from getItemOrNullObject", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("Feedback");
      const present = context.workbook.tables.getItemOrNullObject("Complaints");
      expect(() => missing.isNullObject).toThrow(/not available/);
      await context.sync();
      expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
    });
  });

  it("gives the header, body and whole ranges of a table, with Excel's insert row when it has no data", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem("Complaints");
      const body = table.getDataBodyRange().load("address,values");
      const header = table.getHeaderRowRange().load("values");
      await context.sync();
      expect(body.address).toBe("Complaints!A2:C2");
      expect(body.values).toEqual([["", "", ""]]);
      expect(header.values).toEqual([["Id", "Customer", "Amount"]]);
      table.rows.add(null, [["CC-1", "A", 1]]);
      const whole = table.getRange().load("address");
      await context.sync();
      expect(whole.address).toBe("Complaints!A1:C2");
    });
  });

  it("renames a column when its header cell is written, and reads names from the header", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => {
      context.workbook.tables.getItem("Complaints").getHeaderRowRange().values = [["Id", "Client", 2026]];
    });
    expect(host.tables().Complaints.headers).toEqual(["Id", "Client", "2026"]);
  });

  it("renames the table and keeps using the same proxy", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem("Complaints");
      table.name = "Cases";
      table.rows.add(null, [["CC-1", "A", 1]]);
    });
    expect(host.tables().Cases.rows).toEqual([["CC-1", "A", 1]]);
  });
});

describe("table rows", () => {
  it("keeps '=…' as a formula whose value stays empty (the host does not compute) and \"'…\" as text", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => {
      context.workbook.tables.getItem("Complaints").rows.add(null, [["'=SUM(1)", "=1+1", "'007"]]);
    });
    const sheet = host.workbook.sheet("Complaints");
    expect(sheet?.cell(1, 0)).toEqual({ value: "=SUM(1)" });
    expect(sheet?.cell(1, 1)).toEqual({ value: "", formula: "=1+1" });
    expect(sheet?.cell(1, 2)).toEqual({ value: "007" });
  });

  it("turns numeric text into numbers as Excel does, unless the cell is formatted as text", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Complaints").getRange("A:A").numberFormat = [["@"]];
      context.workbook.tables.getItem("Complaints").rows.add(null, [["0912", "TRUE", "0912"]]);
    });
    expect(host.tables().Complaints.rows).toEqual([["0912", true, 912]]);
  });

  it("inserts rows at an index, counts them and reads one back", async () => {
    const host = await hostWithTable([
      ["CC-1", "A", 1],
      ["CC-3", "C", 3],
    ]);
    await host.run(async (context) => {
      const rows = context.workbook.tables.getItem("Complaints").rows;
      rows.add(1, [["CC-2", "B", 2]]);
      const count = rows.getCount();
      const second = rows.getItemAt(1).getRange().load("values,address");
      await context.sync();
      expect(count.value).toBe(3);
      expect(second.values).toEqual([["CC-2", "B", 2]]);
      expect(second.address).toBe("Complaints!A3:C3");
    });
  });

  describe('calculated columns and Excel\'s "Fill formulas in tables" option', () => {
    /** Complaints with one row whose Amount holds a formula: a calculated column. */
    async function calculated(fillFormulasInTables?: boolean): Promise<MemoryExcel> {
      const setUp = await hostWithTable([["CC-1", "A", "=[@Id]"]]);
      return new MemoryExcel(setUp.workbook, fillFormulasInTables === undefined ? {} : { fillFormulasInTables });
    }
    const add = (host: MemoryExcel, row: (string | null)[]) =>
      host.run(async (context) => void context.workbook.tables.getItem("Complaints").rows.add(null, [row]));
    const amount = (host: MemoryExcel) => host.workbook.sheet("Complaints")?.cell(2, 2);

    it("is on by default, as in Excel", () => {
      expect(new MemoryExcel().settings.fillFormulasInTables).toBe(true);
    });

    it("with the option on, fills the column's formula into a new row's cell given as null", async () => {
      const host = await calculated();
      await add(host, ["CC-2", "B", null]);
      expect(amount(host)).toEqual({ value: "", formula: "=[@Id]" });
    });

    it('with the option on, writes "" as an empty cell, not the formula', async () => {
      const host = await calculated(true);
      await add(host, ["CC-2", "B", ""]);
      expect(amount(host)).toEqual({ value: "" });
    });

    it("with the option off, fills no formula: the new row's cell stays empty", async () => {
      const host = await calculated(false);
      await add(host, ["CC-2", "B", null]);
      expect(amount(host)).toEqual({ value: "" });
    });

    it("with the option on or off, keeps a formula the add-in writes itself", async () => {
      for (const fill of [true, false]) {
        const host = await calculated(fill);
        await add(host, ["CC-2", "B", "=[@Id]"]);
        expect(amount(host)).toEqual({ value: "", formula: "=[@Id]" });
      }
    });
  });

  it("lets new rows inherit number formats and validation that covered the body exactly", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    await host.run(async (context) => {
      const body = context.workbook.tables.getItem("Complaints").columns.getItem("Amount").getDataBodyRange();
      body.numberFormat = [["0.00"]];
      body.dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      context.workbook.tables.getItem("Complaints").rows.add(null, [["CC-2", "B", 2]]);
    });
    expect(host.numberFormatAt("Complaints", "C3")).toBe("0.00");
    expect(host.validationAt("Complaints", "C3")?.rule).toEqual({
      decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    });
  });

  it("keeps whole-column rules below the header as they are when rows are added", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Complaints");
      sheet.getRange("C2:C1048576").numberFormat = [["#,##0"]];
      context.workbook.tables.getItem("Complaints").rows.add(null, [
        ["CC-1", "A", 1],
        ["CC-2", "B", 2],
      ]);
    });
    const rules = host.workbook.sheet("Complaints")?.numberFormats.list();
    expect(rules).toEqual([{ area: { top: 1, left: 2, bottom: 1048575, right: 2 }, value: "#,##0" }]);
  });

  it("moves the formats of cells below the table down with them", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Complaints").getRange("A5").format.fill.color = "#FF0000";
      context.workbook.tables.getItem("Complaints").rows.add(null, [["CC-1", "A", 1]]);
      const moved = context.workbook.worksheets.getItem("Complaints").getRange("A5:A6").format.fill.load("color");
      const below = context.workbook.worksheets.getItem("Complaints").getRange("A6").format.fill.load("color");
      await context.sync();
      expect(moved.color).toBeNull(); // mixed
      expect(below.color).toBe("#FF0000");
    });
  });

  it("rejects rows whose width does not match the table", async () => {
    const host = await hostWithTable();
    await expect(
      host.run(async (context) => void context.workbook.tables.getItem("Complaints").rows.add(null, [["only one"]])),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("table columns", () => {
  it("lists columns with names and indexes, and finds one by name case-insensitively", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    await host.run(async (context) => {
      const columns = context.workbook.tables.getItem("Complaints").columns.load("items/name,items/index");
      const amount = context.workbook.tables
        .getItem("Complaints")
        .columns.getItem("amount")
        .getDataBodyRange()
        .load("address");
      const missing = context.workbook.tables.getItem("Complaints").columns.getItemOrNullObject("Owner");
      await context.sync();
      expect(columns.items.map((column) => [column.name, column.index])).toEqual([
        ["Id", 0],
        ["Customer", 1],
        ["Amount", 2],
      ]);
      expect(amount.address).toBe("Complaints!C2");
      expect(missing.isNullObject).toBe(true);
    });
  });

  it("adds a column at the end with its header and renames one through TableColumn.name", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    await host.run(async (context) => {
      const columns = context.workbook.tables.getItem("Complaints").columns;
      columns.add(null, null, "Owner");
      columns.getItemAt(1).name = "Client";
    });
    expect(host.tables().Complaints).toEqual({
      headers: ["Id", "Client", "Amount", "Owner"],
      rows: [["CC-1", "A", 1, ""]],
    });
  });

  it("adds a column with values (header first) and deletes one, moving the cells to its right", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    await host.run(async (context) => {
      const columns = context.workbook.tables.getItem("Complaints").columns;
      columns.add(1, [["Owner"], ["Lan"]]);
      columns.getItem("Customer").delete();
    });
    expect(host.tables().Complaints).toEqual({ headers: ["Id", "Owner", "Amount"], rows: [["CC-1", "Lan", 1]] });
  });
});

describe("filters, sorting and conversion", () => {
  it("reports a user's filter and clears it through autoFilter.clearCriteria", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    host.filterTable("Complaints", "Customer", (value) => value === "A");
    await host.run(async (context) => {
      const filter = context.workbook.tables.getItem("Complaints").autoFilter.load("enabled,isDataFiltered");
      await context.sync();
      expect([filter.enabled, filter.isDataFiltered]).toEqual([true, true]);
      filter.clearCriteria();
      filter.load("isDataFiltered");
      await context.sync();
      expect(filter.isDataFiltered).toBe(false);
    });
  });

  it("sorts the data rows with sort.apply, reports the fields and forgets them on clear", async () => {
    const host = await hostWithTable([
      ["CC-2", "B", 2],
      ["CC-1", "A", 1],
      ["CC-3", "", 3],
    ]);
    await host.run(async (context) => {
      const sort = context.workbook.tables.getItem("Complaints").sort;
      sort.apply([{ key: 1, ascending: false }]);
      sort.load("fields");
      await context.sync();
      expect(sort.fields).toEqual([{ key: 1, ascending: false }]);
      sort.clear();
    });
    expect(host.tables().Complaints.rows.map(([id]) => id)).toEqual(["CC-2", "CC-1", "CC-3"]);
    expect(host.workbook.table("Complaints")?.sortFields).toEqual([]);
  });

  it("converts a table to a range, keeping its cells", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    await host.run(async (context) => {
      const range = context.workbook.tables.getItem("Complaints").convertToRange().load("address");
      await context.sync();
      expect(range.address).toBe("Complaints!A1:C2");
    });
    expect(host.tables()).toEqual({});
    expect(host.workbook.sheet("Complaints")?.cell(1, 0).value).toBe("CC-1");
  });

  it("deletes a table together with its cells", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    await host.run(async (context) => context.workbook.tables.getItem("Complaints").delete());
    expect(host.tables()).toEqual({});
    expect(host.workbook.sheet("Complaints")?.cells.size).toBe(0);
  });
});
