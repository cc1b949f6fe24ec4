/**
 * The preview's Download workbook (.xlsx): the simulated workbook as a file, written by the exporter in its own
 * chunk; the file read back holds every table the page's workbook holds, with its rows.
 */
import { readFile } from "fs/promises";
import { join } from "path";
import { readXlsx } from "../support/exported-xlsx";
import { PreviewSession, RESULTS } from "./preview-page";

jest.setTimeout(120_000);

const session = new PreviewSession();
beforeAll(() => session.start());
afterAll(() => session.stop());
afterEach(() => {
  expect(session.errors.splice(0)).toEqual([]);
});

it("downloads the simulated workbook as an .xlsx file with its tables and rows", async () => {
  const page = await session.open("lang=en");
  const button = page.getByRole("button", { name: "Download workbook (.xlsx)" });
  await button.waitFor();
  const exporter = page.waitForResponse((response) => /workbook-export/.test(response.url()));
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  expect((await exporter).ok()).toBe(true);
  expect(download.suggestedFilename()).toBe("VOC Ledger (preview).xlsx");
  const path = join(RESULTS, "preview-download.xlsx");
  await download.saveAs(path);

  const tables = await page.evaluate(() => window.vocPreview.tables());
  const book = await readXlsx(await readFile(path));
  // ExcelJS 4.4 returns its Table objects, whose model is `table` (its typings say otherwise).
  type Read = { readonly table: { readonly name: string; readonly columns: readonly { readonly name: string }[] } };
  const written = book.worksheets.flatMap((sheet) =>
    (sheet.getTables() as unknown as Read[]).map(({ table }) => ({
      name: table.name,
      headers: table.columns.map((column) => column.name),
    })),
  );
  expect(written.map((table) => table.name).sort()).toEqual(Object.keys(tables).sort());
  for (const table of written) expect(table.headers).toEqual(tables[table.name].headers);
  const customers = book.getWorksheet("Customers");
  const names = tables.Customers.rows.map((row) => row[1]);
  expect(names).toHaveLength(3);
  expect(names.map((_, index) => customers?.getCell(index + 2, 2).value)).toEqual(names);
});
