import {
  FROZEN_AT_NAME,
  FROZEN_STORE_SHEET,
  type FrozenCell,
  cellAddress,
  cellPosition,
  decodeFrozenRows,
} from "../../src/domain/reports/frozen-formulas";
import type { ExcelRunner } from "../../src/excel/excel-runner";
import { prepareForSending, restoreFormulas } from "../../src/excel/prepare-for-sending";
import { CELLS_PER_READ } from "../../src/excel/read-records";
import { MemoryExcel, RESPONSE_LIMIT_BYTES, memoryExcelRunner } from "../../src/memory-host";

type Scalar = string | number | boolean;

const CHUNK_BUDGET_BYTES = 3.5 * 1024 * 1024;

interface Workbook {
  readonly host: MemoryExcel;
  readonly run: ExcelRunner;
}

function sheetOf(host: MemoryExcel, name: string) {
  const sheet = host.workbook.sheet(name);
  if (!sheet) throw new Error(`No sheet '${name}'.`);
  return sheet;
}

/**
 * What Excel's calculation leaves in formula cells: the host computes no formula, so a test gives each VOC.* cell
 * the result Excel would show (the cells keep their formulas).
 */
function calculated(host: MemoryExcel, sheetName: string, results: Record<string, Scalar>): void {
  const sheet = sheetOf(host, sheetName);
  for (const [address, value] of Object.entries(results)) {
    const position = cellPosition(address);
    const formula = position && sheet.cell(position.row, position.column).formula;
    if (!position || formula === undefined) throw new Error(`${sheetName}!${address} holds no formula.`);
    sheet.setCell(position.row, position.column, { formula, value });
  }
}

/**
 * A workbook as staff leave it: a survey table whose Score column calls VOC.SCORE beside a native Grade column, a
 * summary with VOC.* formulas among native formulas and text that merely mentions VOC.SCORE, a VOC.* formula still
 * computing (#BUSY!), and a workbook name that calls VOC.POINTS.
 */
async function staffWorkbook(): Promise<Workbook> {
  const host = new MemoryExcel();
  const run = memoryExcelRunner(host);
  await run(async (context) => {
    const first = context.workbook.worksheets.getItem("Sheet1");
    first.getRange("A1:B1").values = [["Prepared by", '=CONCATENATE("Quality"," team")']];
    const returns = context.workbook.worksheets.add("Returns");
    returns.getRange("A1:F1").values = [["Customer", "Q1", "Q2", "Q3", "Score", "Grade"]];
    const table = context.workbook.tables.add("Returns!A1:F1", true);
    table.name = "Returns";
    const score = "=VOC.SCORE(Returns[@[Q1]:[Q3]])";
    const grade = '=IF([@Score]>=80,"A","B")';
    table.rows.add(undefined, [
      ["Lan", 5, 4, 3, score, grade],
      ["深圳华强电子", 5, 5, 4, score, grade],
      ["Hà Nội Motors", 3, 3, 3, score, grade],
    ]);
    const summary = context.workbook.worksheets.add("Summary");
    summary.getRange("A1:B6").values = [
      ["Total", "=ROUND(voc.total(Returns[Score],{1;1;1}),1)"],
      ["Year", '=VOC.PERIOD(DATE(2026,7,1),"Y")'],
      ["Average", "=AVERAGE(Returns[Score])"],
      ["'=VOC.SCORE(B2:E2)", "=VOC.GRADE(B1)"],
      ['="Use VOC.SCORE(B2:E2) in your own sheets"', "=VOC.SPARK(Returns[Score])"],
      ["VOC.SCORE is the add-in's own function", ""],
    ];
    const pending = context.workbook.worksheets.add("Pending");
    pending.getRange("A1").values = [["=VOC.SCORE(B1:D1)"]];
    context.workbook.names.add("VOC_Target", "=VOC.POINTS(4)");
  });
  calculated(host, "Returns", { E2: 80, E3: 93.33333333333333, E4: 60, F2: "A", F3: "A", F4: "B" });
  calculated(host, "Summary", {
    B1: 77.8,
    B2: "2026",
    B3: 77.77777777777777,
    B4: "C",
    A5: "Use VOC.SCORE(B2:E2) in your own sheets",
    B5: "▅█▁",
  });
  calculated(host, "Sheet1", { B1: "Quality team" });
  calculated(host, "Pending", { A1: "#BUSY!" });
  host.resetMeters();
  return { host, run };
}

/** The VOC.* cells of the staff workbook and the values they showed. */
const VOC_CELLS: readonly FrozenCell[] = [
  { sheet: "Returns", address: "E2", formula: "=VOC.SCORE(Returns[@[Q1]:[Q3]])", value: 80 },
  { sheet: "Returns", address: "E3", formula: "=VOC.SCORE(Returns[@[Q1]:[Q3]])", value: 93.33333333333333 },
  { sheet: "Returns", address: "E4", formula: "=VOC.SCORE(Returns[@[Q1]:[Q3]])", value: 60 },
  { sheet: "Summary", address: "B1", formula: "=ROUND(voc.total(Returns[Score],{1;1;1}),1)", value: 77.8 },
  { sheet: "Summary", address: "B2", formula: '=VOC.PERIOD(DATE(2026,7,1),"Y")', value: "2026" },
  { sheet: "Summary", address: "B4", formula: "=VOC.GRADE(B1)", value: "C" },
  { sheet: "Summary", address: "B5", formula: "=VOC.SPARK(Returns[Score])", value: "▅█▁" },
];

/** Every cell of every sheet but the store, as the formula bar shows it: the formula, else the value. */
function formulasGrid(host: MemoryExcel): Record<string, Record<string, Scalar>> {
  const grid: Record<string, Record<string, Scalar>> = {};
  for (const sheet of host.workbook.sheets) {
    if (sheet.name === FROZEN_STORE_SHEET) continue;
    grid[sheet.name] = {};
    for (const [key, cell] of sheet.cells) {
      const [row, column] = key.split(",").map(Number);
      grid[sheet.name][cellAddress(row, column)] = cell.formula ?? cell.value;
    }
  }
  return grid;
}

/** Everything a failed sync must leave as it was: sheets, their visibility and cells, and the names. */
function snapshot(host: MemoryExcel) {
  return {
    sheets: host.workbook.sheets.map((sheet) => ({
      name: sheet.name,
      visibility: sheet.visibility,
      cells: [...sheet.cells.entries()],
    })),
    names: host.workbook.names.map((item) => ({ ...item })),
  };
}

function cellAt(host: MemoryExcel, sheet: string, address: string) {
  const position = cellPosition(address);
  if (!position) throw new Error(`${address} is no cell.`);
  return sheetOf(host, sheet).cell(position.row, position.column);
}

/** The frozen cells the hidden store holds, read as restoring reads them. */
function stored(host: MemoryExcel): FrozenCell[] {
  const sheet = sheetOf(host, FROZEN_STORE_SHEET);
  const bottom = [...sheet.cells.keys()].reduce((last, key) => Math.max(last, Number(key.split(",")[0])), 0);
  const rows = sheet.read({ top: 1, left: 0, bottom: Math.max(1, bottom), right: 3 });
  return decodeFrozenRows(rows.map((row) => row.map((cell) => cell.value))).map(({ cell }) => cell);
}

const prepare = (workbook: Workbook, onProgress?: (done: number, total: number) => void) =>
  workbook.run((context) => prepareForSending(context, onProgress));
const restore = (workbook: Workbook) => workbook.run((context) => restoreFormulas(context));

describe("preparing a workbook for sending", () => {
  it("turns every VOC.* formula on every sheet into the value it showed, in 4 round trips", async () => {
    const workbook = await staffWorkbook();

    const prepared = await prepare(workbook);

    expect(workbook.host.syncCount).toBe(4);
    expect(prepared.frozen).toEqual([
      { sheet: "Returns", formulas: 3 },
      { sheet: "Summary", formulas: 4 },
    ]);
    expect(prepared.total).toBe(7);
    expect(prepared.alreadyPrepared).toBe(false);
    for (const { sheet, address, value } of VOC_CELLS) expect(cellAt(workbook.host, sheet, address)).toEqual({ value });
    // The year stays the text "2026", the sparkline its characters.
    expect(cellAt(workbook.host, "Summary", "B2").value).toBe("2026");
  });

  it("leaves native formulas, text that mentions VOC.SCORE and every other cell as they were", async () => {
    const workbook = await staffWorkbook();
    const before = formulasGrid(workbook.host);
    await prepare(workbook);
    const after = formulasGrid(workbook.host);
    const vocCells = new Set(VOC_CELLS.map(({ sheet, address }) => `${sheet}!${address}`));
    for (const [sheet, cells] of Object.entries(before))
      for (const [address, formula] of Object.entries(cells))
        if (!vocCells.has(`${sheet}!${address}`))
          expect([sheet, address, after[sheet][address]]).toEqual([sheet, address, formula]);
    expect(after.Returns.F2).toBe('=IF([@Score]>=80,"A","B")');
    expect(after.Summary.A4).toBe("=VOC.SCORE(B2:E2)"); // text, not a formula
    expect(cellAt(workbook.host, "Summary", "A4").formula).toBeUndefined();
    expect(after.Summary.A5).toBe('="Use VOC.SCORE(B2:E2) in your own sheets"');
  });

  it("keeps each formula and its value in a hidden sheet, and names the freeze", async () => {
    const workbook = await staffWorkbook();
    await prepare(workbook);
    expect(sheetOf(workbook.host, FROZEN_STORE_SHEET).visibility).toBe("Hidden");
    expect(stored(workbook.host)).toEqual(VOC_CELLS);
    expect(workbook.host.workbook.name(FROZEN_AT_NAME)).toMatchObject({
      formula: expect.stringMatching(/^="VOC Ledger froze 7 formulas at /),
      visible: false,
    });
  });

  it("does not freeze a VOC.* formula showing an error, and reports it with names that call VOC.*", async () => {
    const workbook = await staffWorkbook();
    const prepared = await prepare(workbook);
    expect(prepared.addinDependencies).toEqual([
      { sheet: "Pending", address: "A1", formula: "=VOC.SCORE(B1:D1)" },
      { sheet: "", address: "VOC_Target", formula: "=VOC.POINTS(4)" },
    ]);
    expect(cellAt(workbook.host, "Pending", "A1")).toEqual({ formula: "=VOC.SCORE(B1:D1)", value: "#BUSY!" });
  });

  it("leaves a protected sheet's VOC.* formulas and reports them", async () => {
    const workbook = await staffWorkbook();
    workbook.host.protectSheet("Summary");
    const prepared = await prepare(workbook);
    expect(prepared.frozen).toEqual([{ sheet: "Returns", formulas: 3 }]);
    expect(prepared.addinDependencies.filter(({ sheet }) => sheet === "Summary").map(({ address }) => address)).toEqual(
      ["B1", "B2", "B4", "B5"],
    );
    expect(cellAt(workbook.host, "Summary", "B1").formula).toBe("=ROUND(voc.total(Returns[Score],{1;1;1}),1)");
  });

  it("says so when a freeze is in place and there is nothing new, in 3 round trips without writing", async () => {
    const workbook = await staffWorkbook();
    await prepare(workbook);
    const store = stored(workbook.host);
    workbook.host.resetMeters();

    const again = await prepare(workbook);

    expect(again).toMatchObject({ frozen: [], total: 0, alreadyPrepared: true });
    expect(workbook.host.syncCount).toBe(3);
    expect(workbook.host.writeCount).toBe(0);
    expect(stored(workbook.host)).toEqual(store);
    expect(workbook.host.workbook.sheets.filter((sheet) => sheet.name === FROZEN_STORE_SHEET)).toHaveLength(1);
  });

  it("freezes only the VOC.* formulas written since, and adds them to the store", async () => {
    const workbook = await staffWorkbook();
    await prepare(workbook);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Summary").getRange("C1").values = [["=VOC.NPS(Returns[Q1])"]];
    });
    calculated(workbook.host, "Summary", { C1: 33.3 });

    const again = await prepare(workbook);

    expect(again).toMatchObject({ frozen: [{ sheet: "Summary", formulas: 1 }], total: 1, alreadyPrepared: false });
    expect(stored(workbook.host)).toEqual([
      ...VOC_CELLS,
      { sheet: "Summary", address: "C1", formula: "=VOC.NPS(Returns[Q1])", value: 33.3 },
    ]);
    expect(workbook.host.workbook.name(FROZEN_AT_NAME)?.formula).toContain("froze 8 formulas");
  });

  it("does nothing to a workbook without VOC.* formulas", async () => {
    const host = new MemoryExcel();
    const workbook = { host, run: memoryExcelRunner(host) };
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[1, "=A1*2"]];
    });
    host.resetMeters();
    expect(await prepare(workbook)).toEqual({ frozen: [], total: 0, alreadyPrepared: false, addinDependencies: [] });
    expect(host.syncCount).toBe(3);
    expect(host.workbook.sheet(FROZEN_STORE_SHEET)).toBeUndefined();
    expect(host.workbook.name(FROZEN_AT_NAME)).toBeUndefined();
  });

  it("leaves the workbook unchanged when the write is rejected, and a retry freezes everything", async () => {
    const workbook = await staffWorkbook();
    const before = snapshot(workbook.host);
    workbook.host.rejectNextSync("The request could not be sent to Excel.", { after: 3 });

    await expect(prepare(workbook)).rejects.toThrow("could not be sent");
    expect(snapshot(workbook.host)).toEqual(before);

    const retried = await prepare(workbook);
    expect(retried.total).toBe(7);
    expect(stored(workbook.host)).toEqual(VOC_CELLS);
  });

  it("reports its progress by round trip, ending at the total", async () => {
    const workbook = await staffWorkbook();
    const progress: [number, number][] = [];
    await prepare(workbook, (done, total) => progress.push([done, total]));
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});

describe("restoring the formulas", () => {
  it("puts every formula back exactly as it was and removes the store, in 3 round trips", async () => {
    const workbook = await staffWorkbook();
    const before = formulasGrid(workbook.host);
    await prepare(workbook);
    workbook.host.resetMeters();

    const restored = await restore(workbook);

    expect(workbook.host.syncCount).toBe(3);
    expect(restored).toEqual({ restored: 7, nothingToRestore: false, changedSinceFreezing: [] });
    expect(formulasGrid(workbook.host)).toEqual(before);
    expect(workbook.host.workbook.sheet(FROZEN_STORE_SHEET)).toBeUndefined();
    expect(workbook.host.workbook.name(FROZEN_AT_NAME)).toBeUndefined();
  });

  it("leaves a cell edited after freezing as it is, and lists it", async () => {
    const workbook = await staffWorkbook();
    await prepare(workbook);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Summary").getRange("B1").values = [[90]];
    });

    const restored = await restore(workbook);

    expect(restored).toEqual({
      restored: 6,
      nothingToRestore: false,
      changedSinceFreezing: [{ sheet: "Summary", address: "B1" }],
    });
    expect(cellAt(workbook.host, "Summary", "B1")).toEqual({ value: 90 });
    expect(cellAt(workbook.host, "Summary", "B4").formula).toBe("=VOC.GRADE(B1)");
  });

  it("lists the cells of a sheet deleted since freezing", async () => {
    const workbook = await staffWorkbook();
    await prepare(workbook);
    await workbook.run(async (context) => context.workbook.worksheets.getItem("Returns").delete());

    const restored = await restore(workbook);

    expect(restored.restored).toBe(4);
    expect(restored.changedSinceFreezing).toEqual([
      { sheet: "Returns", address: "E2" },
      { sheet: "Returns", address: "E3" },
      { sheet: "Returns", address: "E4" },
    ]);
  });

  // 2: the store sheet is got with getItem (nothing is read through a null object), so its absence is learnt from
  // the ItemNotFound of the first read, and the lists are read again alone.
  it("says there is nothing to restore in a workbook never prepared, in 2 round trips", async () => {
    const workbook = await staffWorkbook();
    const before = snapshot(workbook.host);
    expect(await restore(workbook)).toEqual({ restored: 0, nothingToRestore: true, changedSinceFreezing: [] });
    expect(workbook.host.syncCount).toBe(2);
    expect(snapshot(workbook.host)).toEqual(before);
  });

  it("leaves the workbook frozen when the write is rejected, and a retry restores everything", async () => {
    const workbook = await staffWorkbook();
    const original = formulasGrid(workbook.host);
    await prepare(workbook);
    const frozen = snapshot(workbook.host);
    workbook.host.rejectNextSync("The request could not be sent to Excel.", { after: 2 });

    await expect(restore(workbook)).rejects.toThrow("could not be sent");
    expect(snapshot(workbook.host)).toEqual(frozen);

    expect((await restore(workbook)).restored).toBe(7);
    expect(formulasGrid(workbook.host)).toEqual(original);
  });
});

describe("a workbook of 60,000 VOC.* cells", () => {
  const ROWS = 20_000;
  const COLUMNS = 3;
  const CELLS = ROWS * COLUMNS;

  /** One sheet of VOC.TOTAL formulas, 20,000 rows by 3 columns, each showing a long decimal. */
  async function bigWorkbook(): Promise<Workbook> {
    const host = new MemoryExcel();
    const run = memoryExcelRunner(host);
    await run(async (context) => {
      const sheet = context.workbook.worksheets.add("Scores");
      sheet.getRangeByIndexes(0, 0, ROWS, COLUMNS).formulas = Array.from({ length: ROWS }, (_, row) =>
        Array.from(
          { length: COLUMNS },
          (_, column) => `=VOC.TOTAL(Data!B${row + 1}:D${row + 1},Weights!$B$${column + 1}:$D$${column + 1})`,
        ),
      );
    });
    const sheet = sheetOf(host, "Scores");
    for (const [key, cell] of sheet.cells) {
      const [row, column] = key.split(",").map(Number);
      sheet.setCell(row, column, { formula: cell.formula, value: 60 + (row * COLUMNS + column) / 7 });
    }
    host.resetMeters();
    return { host, run };
  }

  it("is prepared with a round trip more per 100,000 cells read and per 3.5 MB written", async () => {
    const workbook = await bigWorkbook();
    const before = formulasGrid(workbook.host);

    const prepared = await prepare(workbook);

    // 2 to find the sheets and their used ranges; formulas and values of 60,000 cells in reads of ≤ 100,000 cells;
    // about 5 MB of values and store rows in writes under 3.5 MB.
    const readRounds = Math.ceil((2 * CELLS) / CELLS_PER_READ);
    expect(readRounds).toBe(2);
    expect(workbook.host.syncCount).toBe(2 + readRounds + 2);
    expect(workbook.host.maxRequestBytes).toBeLessThan(CHUNK_BUDGET_BYTES);
    expect(prepared.total).toBe(CELLS);
    expect(cellAt(workbook.host, "Scores", "C20000")).toEqual({ value: 60 + (CELLS - 1) / 7 });

    workbook.host.resetMeters();
    const restored = await restore(workbook);

    // The store in reads of 25,000 rows (3), the cells checked in reads of ≤ 100,000 cells (2), one write.
    expect(workbook.host.syncCount).toBe(3 + 2 + 1);
    expect(workbook.host.maxRequestBytes).toBeLessThan(CHUNK_BUDGET_BYTES);
    expect(restored).toEqual({ restored: CELLS, nothingToRestore: false, changedSinceFreezing: [] });
    expect(formulasGrid(workbook.host)).toEqual(before);
  });

  it("keeps what the first write froze when the second is rejected, and a retry freezes the rest", async () => {
    const workbook = await bigWorkbook();
    const before = formulasGrid(workbook.host);
    workbook.host.rejectNextSync("The request could not be sent to Excel.", { after: 5 });

    await expect(prepare(workbook)).rejects.toThrow("could not be sent");
    const firstChunk = stored(workbook.host).length;
    expect(firstChunk).toBeGreaterThan(0);
    expect(firstChunk).toBeLessThan(CELLS);

    expect((await prepare(workbook)).total).toBe(CELLS - firstChunk);
    expect(stored(workbook.host)).toHaveLength(CELLS);
    expect((await restore(workbook)).restored).toBe(CELLS);
    expect(formulasGrid(workbook.host)).toEqual(before);
  });

  it("takes as many round trips as the small workbook when its VOC.* cells fit one read and one write", async () => {
    const workbook = await staffWorkbook();
    await prepare(workbook);
    const small = workbook.host.syncCount;

    const host = new MemoryExcel();
    const big = { host, run: memoryExcelRunner(host) };
    await big.run(async (context) => {
      // 45,000 plain cells and 5,000 VOC.* cells: 50,000 cells of formulas and values fit one read.
      const sheet = context.workbook.worksheets.add("Data");
      sheet.getRangeByIndexes(0, 0, 5_000, 9).values = Array.from({ length: 5_000 }, (_, row) =>
        Array.from({ length: 9 }, (_, column) => row * 9 + column),
      );
      sheet.getRangeByIndexes(0, 9, 5_000, 1).formulas = Array.from({ length: 5_000 }, (_, row) => [
        `=VOC.SCORE(A${row + 1}:I${row + 1})`,
      ]);
    });
    const sheet = sheetOf(host, "Data");
    for (let row = 0; row < 5_000; row++) sheet.setCell(row, 9, { formula: sheet.cell(row, 9).formula, value: 80 });
    host.resetMeters();

    expect((await prepare(big)).total).toBe(5_000);
    expect(host.syncCount).toBe(small);
  });
});

describe("restoring long Chinese formulas and text, more than Excel on the web's 5 MB response holds", () => {
  const CELLS = 1_000;
  const REMARK = "客户反馈产品在使用两周后出现漏水现象，要求更换并说明原因。";
  const longText = (row: number, length: number) => `${row}：`.padEnd(length, REMARK);
  const utf8Bytes = (json: unknown) => new TextEncoder().encode(JSON.stringify(json)).length;

  /** 1,000 VOC.* cells down column A, each showing `shown` Chinese characters. */
  async function chineseWorkbook(
    formula: (row: number) => string,
    shown: number,
  ): Promise<Workbook & { readonly values: string[] }> {
    const host = new MemoryExcel();
    const run = memoryExcelRunner(host);
    await run(async (context) => {
      context.workbook.worksheets.add("意见").getRangeByIndexes(0, 0, CELLS, 1).formulas = Array.from(
        { length: CELLS },
        (_, row) => [formula(row)],
      );
    });
    const sheet = sheetOf(host, "意见");
    const values = Array.from({ length: CELLS }, (_, row) => longText(row, shown));
    for (let row = 0; row < CELLS; row++) sheet.setCell(row, 0, { formula: formula(row), value: values[row] });
    host.resetMeters();
    return { host, run, values };
  }

  it("restores every formula when the store is over 5 MB, reading it again in smaller pieces", async () => {
    // Formulas of 1,500 Chinese characters showing 1,200: about 8 MB of store.
    const workbook = await chineseWorkbook((row) => `=VOC.GRADE(B${row + 1},"${longText(row, 1_500)}")`, 1_200);
    const before = formulasGrid(workbook.host);
    expect((await prepare(workbook)).total).toBe(CELLS);
    expect(utf8Bytes(stored(workbook.host).map((cell) => Object.values(cell)))).toBeGreaterThan(RESPONSE_LIMIT_BYTES);
    workbook.host.resetMeters();

    const restored = await restore(workbook);

    expect(restored).toEqual({ restored: CELLS, nothingToRestore: false, changedSinceFreezing: [] });
    expect(formulasGrid(workbook.host)).toEqual(before);
    expect(workbook.host.workbook.sheet(FROZEN_STORE_SHEET)).toBeUndefined();
    expect(workbook.host.workbook.name(FROZEN_AT_NAME)).toBeUndefined();
    // Excel refused the store's first read and the check's first read as too large, once each; the rest fit.
    const responses = workbook.host.responseBytes;
    expect(responses[0]).toBeGreaterThan(RESPONSE_LIMIT_BYTES);
    expect(responses.filter((bytes) => bytes > RESPONSE_LIMIT_BYTES)).toHaveLength(2);
  });

  it("restores every formula when the store fits one read but the cells' text is over 5 MB to check", async () => {
    // Short formulas showing 1,000 Chinese characters: about 3 MB of store, but a frozen cell shows its text as
    // formula and value both, about 6 MB to check.
    const workbook = await chineseWorkbook((row) => `=VOC.GRADE(B${row + 1})`, 1_000);
    const before = formulasGrid(workbook.host);
    await prepare(workbook);
    expect(utf8Bytes(stored(workbook.host).map((cell) => Object.values(cell)))).toBeLessThan(RESPONSE_LIMIT_BYTES);
    const column = workbook.values.map((text) => [text]);
    expect(utf8Bytes({ formulas: column, values: column })).toBeGreaterThan(RESPONSE_LIMIT_BYTES);
    workbook.host.resetMeters();

    expect((await restore(workbook)).restored).toBe(CELLS);
    expect(formulasGrid(workbook.host)).toEqual(before);
    expect(workbook.host.responseBytes[0]).toBeLessThanOrEqual(RESPONSE_LIMIT_BYTES);
  });
});
