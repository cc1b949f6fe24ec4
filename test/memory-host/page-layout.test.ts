import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";

type Context = Parameters<Parameters<MemoryExcel["run"]>[0]>[0];
const review = (context: Context) => context.workbook.worksheets.getItem("Review");

/** A host with a Review sheet and a protected Locked sheet, so that a sync can be made to fail halfway. */
async function hostWithReview(): Promise<MemoryExcel> {
  const host = new MemoryExcel();
  await host.run(async (context) => {
    context.workbook.worksheets.add("Review");
    context.workbook.worksheets.add("Locked").protection.protect();
  });
  host.resetMeters();
  return host;
}

const failingWrite = (context: Context) =>
  void (context.workbook.worksheets.getItem("Locked").getRange("A1").values = [["x"]]);

describe("page layout", () => {
  it("starts portrait on Letter at 100%, centred nowhere, without print area or header", async () => {
    const host = await hostWithReview();
    await host.run(async (context) => {
      const layout = review(context).pageLayout.load("orientation,paperSize,centerHorizontally,zoom");
      const header = review(context).pageLayout.headersFooters.defaultForAllPages.load("centerHeader");
      const printArea = review(context).pageLayout.getPrintAreaOrNullObject();
      await context.sync();
      expect([layout.orientation, layout.paperSize, layout.centerHorizontally, layout.zoom]).toEqual([
        "Portrait",
        "Letter",
        false,
        { scale: 100 },
      ]);
      expect([header.centerHeader, printArea.isNullObject]).toEqual(["", true]);
    });
  });

  it("sets orientation, paper, centring, fit-to-pages zoom, print area and header, and reads them back", async () => {
    const host = await hostWithReview();
    await host.run(async (context) => {
      const layout = review(context).pageLayout;
      layout.orientation = "Landscape";
      layout.paperSize = "A4";
      layout.centerHorizontally = true;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintArea("A1:H40");
      layout.headersFooters.defaultForAllPages.centerHeader = "Quarterly review 2025-Q3";
      layout.load("orientation,paperSize,centerHorizontally,zoom");
      const printArea = layout.getPrintAreaOrNullObject().load("address");
      const header = layout.headersFooters.defaultForAllPages.load("centerHeader");
      await context.sync();
      expect([layout.orientation, layout.paperSize, layout.centerHorizontally]).toEqual(["Landscape", "A4", true]);
      expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      expect([printArea.isNullObject, printArea.address]).toEqual([false, "Review!A1:H40"]);
      expect(header.centerHeader).toBe("Quarterly review 2025-Q3");
    });
    expect(host.pageLayout("Review")).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: "A1:H40",
      headerFooter: { centerHeader: "Quarterly review 2025-Q3", leftHeader: "" },
    });
  });

  it("takes the print area as a range too, and refuses one on another sheet", async () => {
    const host = await hostWithReview();
    await host.run(async (context) => review(context).pageLayout.setPrintArea(review(context).getRange("A1:F30")));
    expect(host.pageLayout("Review").printArea).toBe("A1:F30");
    await expect(
      host.run(async (context) => review(context).pageLayout.setPrintArea("Locked!A1:B2")),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses a paper size, orientation or zoom Excel does not have", async () => {
    const host = await hostWithReview();
    const changes = [
      (context: Context) => void (review(context).pageLayout.paperSize = "A9"),
      (context: Context) => void (review(context).pageLayout.orientation = "Sideways"),
      (context: Context) => void (review(context).pageLayout.zoom = { scale: 5 }),
      (context: Context) => void (review(context).pageLayout.zoom = { horizontalFitToPages: 1.5 }),
    ];
    for (const change of changes)
      await expect(host.run(async (context) => change(context))).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("keeps the page setup changes before a failing operation, not those after it, and refuses them on a protected sheet", async () => {
    const host = await hostWithReview();
    await expect(
      host.run(async (context) => {
        review(context).pageLayout.orientation = "Landscape";
        review(context).pageLayout.setPrintArea("A1:H40");
        failingWrite(context);
        review(context).pageLayout.headersFooters.defaultForAllPages.centerHeader = "Review";
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(host.pageLayout("Review")).toMatchObject({ orientation: "Landscape", printArea: "A1:H40" });
    expect(host.pageLayout("Review").headerFooter.centerHeader).toBe("");
    host.protectSheet("Review");
    await expect(
      host.run(async (context) => void (review(context).pageLayout.orientation = "Landscape")),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("runs code written against Office.js types", async () => {
    const host = await hostWithReview();
    await memoryExcelRunner(host)(async (context: Excel.RequestContext) => {
      const sheet = context.workbook.worksheets.getItem("Review");
      sheet.pageLayout.orientation = "Landscape";
      sheet.pageLayout.paperSize = "A4";
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintArea(sheet.getRange("A1:H40"));
      sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = "Review";
      sheet.getRange("C:D").columnHidden = true;
      sheet.getRange("A1:H1").format.font.size = 14;
      sheet.getRange("A1:H1").format.font.name = "Arial";
      sheet.getRange("A1:H1").format.verticalAlignment = "Center";
    });
    expect(host.pageLayout("Review")).toMatchObject({ orientation: "Landscape", printArea: "A1:H40" });
    expect(host.hiddenColumns("Review")).toEqual(["C:D"]);
  });
});

describe("hidden rows and columns", () => {
  it("hides the whole columns and rows a range spans, and reads null where only some are hidden", async () => {
    const host = await hostWithReview();
    await host.run(async (context) => {
      review(context).getRange("C2:D2").columnHidden = true;
      review(context).getRange("F:F").columnHidden = true;
      review(context).getRange("A3:A5").rowHidden = true;
      const hidden = review(context).getRange("C:D").load("columnHidden,rowHidden");
      const mixed = review(context).getRange("D1:E1").load("columnHidden");
      const rows = review(context).getRange("B4:B5").load("rowHidden");
      await context.sync();
      expect([hidden.columnHidden, hidden.rowHidden, mixed.columnHidden, rows.rowHidden]).toEqual([
        true,
        null,
        null,
        true,
      ]);
    });
    expect(host.hiddenColumns("Review")).toEqual(["C:D", "F:F"]);
    expect(host.hiddenRows("Review")).toEqual(["3:5"]);
    await host.run(async (context) => void (review(context).getRange("D1").columnHidden = false));
    expect(host.hiddenColumns("Review")).toEqual(["C:C", "F:F"]);
  });

  it("keeps the hiding before a failing operation, not the hiding after it, and refuses it on a protected sheet", async () => {
    const host = await hostWithReview();
    await expect(
      host.run(async (context) => {
        review(context).getRange("C:C").columnHidden = true;
        failingWrite(context);
        review(context).getRange("2:2").rowHidden = true;
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect([host.hiddenColumns("Review"), host.hiddenRows("Review")]).toEqual([["C:C"], []]);
    host.protectSheet("Review");
    await expect(
      host.run(async (context) => void (review(context).getRange("C:C").columnHidden = true)),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("font size and name, vertical alignment", () => {
  it("reads Calibri 11 aligned to the bottom until set, then what was set", async () => {
    const host = await hostWithReview();
    await host.run(async (context) => {
      const before = review(context).getRange("A1:B1").format.font.load("size,name");
      const title = review(context).getRange("A1");
      title.format.font.size = 16;
      title.format.font.name = "Arial";
      title.format.verticalAlignment = "Center";
      const font = title.format.font.load("size,name");
      const format = title.format.load("verticalAlignment");
      const mixed = review(context).getRange("A1:B1").format.font.load("size");
      await context.sync();
      expect([before.size, before.name]).toEqual([11, "Calibri"]);
      expect([font.size, font.name, format.verticalAlignment, mixed.size]).toEqual([16, "Arial", "Center", null]);
    });
  });

  it("refuses a font size Excel does not have", async () => {
    const host = await hostWithReview();
    await expect(
      host.run(async (context) => void (review(context).getRange("A1").format.font.size = 500)),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("deleting a worksheet", () => {
  it("deletes a sheet, also when a later operation of the same sync fails, and keeps it when an earlier one fails", async () => {
    const host = await hostWithReview();
    await expect(
      host.run(async (context) => {
        failingWrite(context);
        review(context).delete();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(host.workbook.sheet("Review")).toBeDefined();
    await expect(
      host.run(async (context) => {
        review(context).delete();
        failingWrite(context);
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(host.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "Locked"]);
  });

  it("refuses to delete the last visible sheet", async () => {
    const host = new MemoryExcel();
    await expect(
      host.run(async (context) => context.workbook.worksheets.getItem("Sheet1").delete()),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
