import type { MemoryExcel } from "../memory-host";

/** A small workbook to look at: a customer table, written through the same Office.js calls the add-in uses. */
export async function seedDemoWorkbook(host: MemoryExcel): Promise<void> {
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.add("Customers");
    sheet.getRange("A1:D4").values = [
      ["Id", "Name", "Category", "Region"],
      ["KH-0001", "Công ty Hòa Phát", "long-term", "Hà Nội"],
      ["KH-0002", "深圳华强电子", "referred", "广东"],
      ["KH-0003", "台北精密工業", "first-time", "台北"],
    ];
    context.workbook.tables.add("Customers!A1:D4", true).name = "Customers";
  });
  host.resetMeters();
}
