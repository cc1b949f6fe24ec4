import { hostWithTable } from "./helpers";
import { MemoryExcel } from "../../src/memory-host";

async function onSheet1<T>(host: MemoryExcel, batch: (sheet: ReturnType<typeof sheet1>) => Promise<T>): Promise<T> {
  return host.run(async (context) => batch(sheet1(context)));
}
const sheet1 = (context: Parameters<Parameters<MemoryExcel["run"]>[0]>[0]) =>
  context.workbook.worksheets.getItem("Sheet1");

describe("ranges", () => {
  it("reports address, size and position, with whole columns written as C:C", async () => {
    const host = new MemoryExcel();
    await onSheet1(host, async (sheet) => {
      const block = sheet.getRange("B2:D5").load("address,rowCount,columnCount,rowIndex,columnIndex");
      const column = sheet.getRange("C:C").load("address,rowCount");
      const byIndexes = sheet.getRangeByIndexes(1, 1, 2, 3).load("address");
      await sheet.context.sync();
      expect([block.address, block.rowCount, block.columnCount, block.rowIndex, block.columnIndex]).toEqual([
        "Sheet1!B2:D5",
        4,
        3,
        1,
        1,
      ]);
      expect([column.address, column.rowCount]).toEqual(["Sheet1!C:C", 1048576]);
      expect(byIndexes.address).toBe("Sheet1!B2:D3");
    });
  });

  it("navigates like Office.js: cell, row, column, resized, offset and entire column", async () => {
    const host = new MemoryExcel();
    await onSheet1(host, async (sheet) => {
      const range = sheet.getRange("B2:D5");
      const addresses = [
        range.getCell(1, 1),
        range.getRow(0),
        range.getColumn(2),
        range.getResizedRange(1, -1),
        range.getOffsetRange(1, 1),
        range.getEntireColumn(),
      ].map((derived) => derived.load("address"));
      await sheet.context.sync();
      expect(addresses.map((derived) => derived.address)).toEqual([
        "Sheet1!C3",
        "Sheet1!B2:D2",
        "Sheet1!D2:D5",
        "Sheet1!B2:C6",
        "Sheet1!C3:E6",
        "Sheet1!B:D",
      ]);
    });
  });

  it("rejects a 2-D array whose shape differs from the range at sync, writing none of its cells", async () => {
    const host = new MemoryExcel();
    await expect(
      onSheet1(host, async (sheet) => {
        sheet.getRange("A1").values = [["kept"]];
        sheet.getRange("A2:B2").values = [["one"]];
        sheet.getRange("A3").values = [["not run"]];
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(host.workbook.sheet("Sheet1")?.read({ top: 0, left: 0, bottom: 2, right: 1 })).toEqual([
      [{ value: "kept" }, { value: "" }],
      [{ value: "" }, { value: "" }],
      [{ value: "" }, { value: "" }],
    ]);
  });

  it("refuses a single value for values, formulas and numberFormat: the range takes a 2-D array of its shape", async () => {
    const host = new MemoryExcel();
    const writes: ((range: Excel.Range) => void)[] = [
      (range) => void ((range as unknown as { values: unknown }).values = "x"),
      (range) => void ((range as unknown as { formulas: unknown }).formulas = "=A1"),
      (range) => void ((range as unknown as { numberFormat: unknown }).numberFormat = "0.0"),
      (range) => void (range.values = [["x"]]),
    ];
    for (const write of writes)
      await onSheet1(host, async (sheet) => {
        write(sheet.getRange("A1:B2") as unknown as Excel.Range);
        await expect(sheet.context.sync()).rejects.toMatchObject({
          code: "InvalidArgument",
          message: expect.stringMatching(/2-D array|the range is 2×2/),
        });
      });
    expect(host.workbook.sheet("Sheet1")?.cells.size).toBe(0);
  });

  it("takes a 1×1 number format over a column down to the sheet's last row, the one exception", async () => {
    const host = new MemoryExcel();
    await onSheet1(host, async (sheet) => {
      sheet.getRange("C2:C1048576").numberFormat = [["0.0"]];
      sheet.getRange("D2:D100").numberFormat = [["0.0"]];
      await expect(sheet.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(host.numberFormatAt("Sheet1", "C1048576")).toBe("0.0");
    expect(host.numberFormatAt("Sheet1", "D2")).toBe("General");
  });

  it("refuses a single value in rows.add, and appends at the end for index -1", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => {
      context.workbook.tables.getItem("Complaints").rows.add(-1, [["CC-1", "A", 1]]);
      context.workbook.tables.getItem("Complaints").rows.add(-1, "x");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(host.tables().Complaints.rows).toEqual([["CC-1", "A", 1]]);
  });

  it("keeps a number format over a whole column as one area rule, not a million cells", async () => {
    const host = new MemoryExcel();
    await onSheet1(host, async (sheet) => {
      sheet.getRange("C:C").numberFormat = [["yyyy-mm-dd"]];
      sheet.getRange("C2:C1048576").numberFormat = [["yyyy-mm-dd hh:mm"]];
    });
    expect(host.workbook.sheet("Sheet1")?.numberFormats.list()).toHaveLength(2);
    expect(host.numberFormatAt("Sheet1", "C1")).toBe("yyyy-mm-dd");
    expect(host.numberFormatAt("Sheet1", "C900000")).toBe("yyyy-mm-dd hh:mm");
    expect(host.numberFormatAt("Sheet1", "D2")).toBe("General");
  });

  it("stores a 2-D array of number formats as runs per column", async () => {
    const host = new MemoryExcel();
    await onSheet1(host, async (sheet) => {
      sheet.getRange("A1:B3").numberFormat = [
        ["@", "0"],
        ["@", "0"],
        ["@", "0.00"],
      ];
    });
    expect(host.workbook.sheet("Sheet1")?.numberFormats.list()).toHaveLength(3);
    expect(host.numberFormatAt("Sheet1", "B3")).toBe("0.00");
  });

  it("leaves cells whose input is null unchanged", async () => {
    const host = new MemoryExcel();
    await onSheet1(host, async (sheet) => {
      sheet.getRange("A1:B1").values = [["a", "b"]];
      sheet.getRange("A1:B1").values = [[null, "c"]];
    });
    expect(
      host.workbook
        .sheet("Sheet1")
        ?.read({ top: 0, left: 0, bottom: 0, right: 1 })[0]
        .map((cell) => cell.value),
    ).toEqual(["a", "c"]);
  });

  it("clears contents and formats", async () => {
    const host = new MemoryExcel();
    await onSheet1(host, async (sheet) => {
      sheet.getRange("A1").values = [["a"]];
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange("A:A").clear();
    });
    expect(host.workbook.sheet("Sheet1")?.cells.size).toBe(0);
    expect(host.workbook.sheet("Sheet1")?.format("font/bold").list()).toEqual([]);
  });
});

describe("range formats", () => {
  it("stores column widths in points, wrapping, bold and fill, and reads them back", async () => {
    const host = new MemoryExcel();
    await onSheet1(host, async (sheet) => {
      const range = sheet.getRange("A1:B2");
      range.format.columnWidth = 120;
      range.format.wrapText = true;
      range.format.font.bold = true;
      range.format.fill.color = "#E7E6E6";
      range.format.autofitColumns();
      const format = range.format.load("columnWidth,wrapText");
      const font = range.format.font.load("bold");
      const fill = range.format.fill.load("color");
      const mixed = sheet.getRange("B1:C1").format.load("columnWidth");
      await sheet.context.sync();
      expect([format.columnWidth, format.wrapText, font.bold, fill.color]).toEqual([120, true, true, "#E7E6E6"]);
      expect(mixed.columnWidth).toBeNull();
    });
  });
});

describe("data validation", () => {
  const list = { list: { inCellDropDown: true, source: "=Choices!$A$2:$A$9" } };

  it("sets a list rule over a whole column as one rule and reads its type and rule", async () => {
    const host = new MemoryExcel();
    await onSheet1(host, async (sheet) => {
      const column = sheet.getRange("C2:C1048576");
      column.dataValidation.rule = list;
      column.dataValidation.errorAlert = { message: "Pick one", title: "Status", showAlert: true, style: "Stop" };
      const validation = sheet.getRange("C5").dataValidation.load("type,rule,errorAlert");
      await sheet.context.sync();
      expect(validation.type).toBe("List");
      expect(validation.rule).toEqual(list);
      expect(validation.errorAlert).toEqual({ message: "Pick one", title: "Status", showAlert: true, style: "Stop" });
    });
    expect(host.workbook.sheet("Sheet1")?.validations.list()).toHaveLength(1);
  });

  it("replaces the rule of cells that had one, never keeping two", async () => {
    const host = new MemoryExcel();
    await onSheet1(host, async (sheet) => {
      sheet.getRange("C:C").dataValidation.rule = list;
      sheet.getRange("C:C").dataValidation.rule = { list: { inCellDropDown: true, source: "Yes,No" } };
    });
    expect(host.workbook.sheet("Sheet1")?.validations.list()).toHaveLength(1);
    expect(host.validationAt("Sheet1", "C7")?.rule).toEqual({ list: { inCellDropDown: true, source: "Yes,No" } });
  });

  it("supports decimal, whole number, date and text length criteria", async () => {
    const host = new MemoryExcel();
    const rules = [
      { decimal: { formula1: 0, formula2: 1, operator: "Between" } },
      { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
      { date: { formula1: "=TODAY()", operator: "LessThanOrEqualTo" } },
      { textLength: { formula1: 200, operator: "LessThanOrEqualTo" } },
    ];
    await onSheet1(host, async (sheet) => {
      rules.forEach((rule, i) => (sheet.getRangeByIndexes(0, i, 10, 1).dataValidation.rule = rule));
      const types = rules.map((_, i) => sheet.getRangeByIndexes(0, i, 1, 1).dataValidation.load("type"));
      await sheet.context.sync();
      expect(types.map((validation) => validation.type)).toEqual(["Decimal", "WholeNumber", "Date", "TextLength"]);
    });
  });

  it("reports None, MixedCriteria and Inconsistent as Excel does", async () => {
    const host = new MemoryExcel();
    await onSheet1(host, async (sheet) => {
      sheet.getRange("A1").dataValidation.rule = list;
      sheet.getRange("B1").dataValidation.rule = { list: { inCellDropDown: true, source: "Yes,No" } };
      const types = ["C1", "A1:C1", "A1:B1"].map((address) => sheet.getRange(address).dataValidation.load("type"));
      await sheet.context.sync();
      expect(types.map((validation) => validation.type)).toEqual(["None", "MixedCriteria", "Inconsistent"]);
    });
  });

  it("clears validation and rejects a rule with no or two kinds of criteria", async () => {
    const host = new MemoryExcel();
    await onSheet1(host, async (sheet) => {
      sheet.getRange("A:A").dataValidation.rule = list;
      sheet.getRange("A:A").dataValidation.clear();
    });
    expect(host.validationAt("Sheet1", "A1")).toBeUndefined();
    await expect(
      onSheet1(host, async (sheet) => void (sheet.getRange("A1").dataValidation.rule = {})),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
