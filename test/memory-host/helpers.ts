import { MemoryExcel } from "../../src/memory-host";

/** A host with a Complaints sheet whose table "Complaints" has the given rows under Id, Customer, Amount. */
export async function hostWithTable(rows: (string | number)[][] = []): Promise<MemoryExcel> {
  const host = new MemoryExcel();
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.add("Complaints");
    sheet.getRange("A1:C1").values = [["Id", "Customer", "Amount"]];
    const table = context.workbook.tables.add("Complaints!A1:C1", true);
    table.name = "Complaints";
    if (rows.length) table.rows.add(null, rows);
  });
  host.resetMeters();
  return host;
}
