/**
 * A workbook has one data language, chosen at its first setup: whatever language the task pane speaks later, every
 * setup, save, dashboard, review and preparation for sending works in the workbook's own language, adds no header
 * set and allocates ids that follow the ones the register already has.
 */
import { serialOf } from "../../src/domain/excel-date";
import { LANGUAGES, type Language } from "../../src/domain/i18n/language";
import { NAMES } from "../../src/domain/workbook-plan";
import { appendRecord } from "../../src/excel/append-record";
import { buildReview } from "../../src/excel/build-review";
import { prepareForSending, restoreFormulas } from "../../src/excel/prepare-for-sending";
import { readLedger } from "../../src/excel/read-ledger";
import { refreshDashboard } from "../../src/excel/refresh-dashboard";
import { previewLedgerSetup, setUpLedger } from "../../src/excel/setup-ledger";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { complaint, validRecord } from "../support/excel-fixtures";

const TODAY = serialOf(2026, 11, 21);

/** The whole add-in as a user drives it from a pane in `pane`, on the workbook `host` holds. */
async function useTheAddIn(host: MemoryExcel, pane: Language): Promise<string[]> {
  const run = memoryExcelRunner(host);
  const setup = await run((context) => setUpLedger(context, pane));
  expect(setup.result.unchanged).toBe(true);
  const ids: string[] = [];
  for (const name of [`Customer in ${pane}`, `Second customer in ${pane}`]) {
    const ledger = await run((context) => readLedger(context, ["customers"]));
    const record = validRecord("customers", { name }, ledger.language);
    const saved = await run((context) =>
      appendRecord(context, ledger.plan, { table: "customers", record, year: 2026 }),
    );
    ids.push(saved.id);
  }
  const ledger = await run((context) => readLedger(context, ["complaints"]));
  const record = complaint({ customer: `Customer in ${pane}` }, ledger.language);
  ids.push(
    (await run((context) => appendRecord(context, ledger.plan, { table: "complaints", record, year: 2026 }))).id,
  );
  await run((context) => refreshDashboard(context, { grain: "Q", today: TODAY }));
  await run((context) => buildReview(context, { period: "2026-Q4", grain: "Q", today: TODAY }));
  await run((context) => prepareForSending(context));
  await run((context) => restoreFormulas(context));
  expect((await run((context) => setUpLedger(context, pane))).result.unchanged).toBe(true);
  return ids;
}

function shape(host: MemoryExcel) {
  return {
    sheets: host.workbook.sheets.map((sheet) => sheet.name),
    headers: Object.fromEntries(host.workbook.tables().map((table) => [table.name, [...table.headers]])),
  };
}

function idsOf(host: MemoryExcel, table: string): string[] {
  return host.tables()[table].rows.map((row) => String(row[0]));
}

describe.each(LANGUAGES)("a workbook first set up in %s", (data) => {
  const panes = LANGUAGES.filter((language) => language !== data);

  it.each(panes)("keeps its sheets, columns and ids when used from a pane in %s", async (pane) => {
    const reference = new MemoryExcel();
    await memoryExcelRunner(reference)((context) => setUpLedger(context, data));
    const referenceIds = await useTheAddIn(reference, data);

    const host = new MemoryExcel();
    await memoryExcelRunner(host)((context) => setUpLedger(context, data));
    const ids = await useTheAddIn(host, pane);

    expect(shape(host)).toEqual(shape(reference));
    expect(ids).toEqual(referenceIds);
    expect(idsOf(host, "Customers")).toEqual(["CU-2026-0001", "CU-2026-0002"]);
    expect(host.workbook.name(NAMES.language)?.formula).toBe(`="${data}"`);
  });
});

describe("the data language", () => {
  it("is the pane's for a blank workbook, and recorded in the workbook at its first setup", async () => {
    const host = new MemoryExcel();
    const run = memoryExcelRunner(host);
    const before = await run((context) => previewLedgerSetup(context, "vi"));
    expect(before).toMatchObject({ language: "vi", languageSource: "pane", result: { unchanged: false } });
    expect(before.result.createdSheets).toHaveLength(10);
    expect(host.writeCount).toBe(0);
    await run((context) => setUpLedger(context, "vi"));
    expect(await run((context) => previewLedgerSetup(context, "en"))).toMatchObject({
      language: "vi",
      languageSource: "recorded",
      result: { unchanged: true },
    });
  });

  it("is read off the headers of a workbook whose VOC_Language name was deleted", async () => {
    const host = new MemoryExcel();
    const run = memoryExcelRunner(host);
    await run((context) => setUpLedger(context, "zh-TW"));
    host.workbook.names.splice(
      host.workbook.names.findIndex((name) => name.name === NAMES.language),
      1,
    );
    const columns = host.workbook.tables().reduce((count, table) => count + table.headers.length, 0);
    const setup = await run((context) => setUpLedger(context, "en"));
    expect(setup).toMatchObject({ language: "zh-TW", languageSource: "headers" });
    expect(setup.result.createdSheets).toEqual([]);
    expect(setup.result.addedColumns).toEqual([]);
    expect(host.workbook.tables().reduce((count, table) => count + table.headers.length, 0)).toBe(columns);
    expect(host.workbook.name(NAMES.language)?.formula).toBe('="zh-TW"');
  });

  it("keeps the organisation's own questionnaire when setup runs again", async () => {
    const host = new MemoryExcel();
    const run = memoryExcelRunner(host);
    await run((context) => setUpLedger(context, "en"));
    const instrument = host.workbook.table("Instrument");
    const weightColumn = instrument?.headers.findIndex((header) => header === "Weight") ?? -1;
    expect(weightColumn).toBeGreaterThan(0);
    if (!instrument) throw new Error("setup made no Instrument table");
    instrument.sheet.setCell(instrument.top + 1, instrument.left + weightColumn, { value: 3 });
    const formulasBefore = host.workbook.table("SurveyReturns")?.headers.length;
    const setup = await run((context) => setUpLedger(context, "zh-CN"));
    expect(setup.language).toBe("en");
    expect(host.workbook.table("SurveyReturns")?.headers.length).toBe(formulasBefore);
    const again = await run((context) => previewLedgerSetup(context, "zh-CN"));
    expect(again.result.unchanged).toBe(true);
  });
});

describe("an interrupted first setup (Excel does not roll back a failed request)", () => {
  it("is finished by setting up again, whichever operation of its write failed", async () => {
    const reference = new MemoryExcel();
    await memoryExcelRunner(reference)((context) => setUpLedger(context, "en"));
    const [writeSync] = reference.operationCounts.flatMap((count, sync) => (count > 100 ? [sync] : []));
    const operations = reference.operationCounts[writeSync];
    for (let operation = 0; operation < operations; operation += 1) {
      const host = new MemoryExcel();
      const run = memoryExcelRunner(host);
      host.failOperation(operation, { after: writeSync });
      await expect(run((context) => setUpLedger(context, "en"))).rejects.toThrow();
      const setup = await run((context) => setUpLedger(context, "en"));
      expect({ operation, problems: setup.result.problems }).toEqual({ operation, problems: [] });
      expect(snapshot(host)).toEqual(snapshot(reference));
    }
  });
});

/** Everything setup writes: sheets with their cells, formats and visibility, tables, names. */
function snapshot(host: MemoryExcel) {
  return {
    ...shape(host),
    tables: host.tables(),
    names: host.workbook.names.map((name) => `${name.name}=${name.formula}`).sort(),
    visibility: host.workbook.sheets.map((sheet) => sheet.visibility),
    frozen: host.workbook.sheets.map((sheet) => sheet.frozenRows),
  };
}
