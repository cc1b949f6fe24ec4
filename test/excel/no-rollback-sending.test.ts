/**
 * Excel has no rollback: "Prepare for sending" and "Restore formulas" must never leave a VOC.* formula frozen
 * without its restore copy in the store, whichever operation fails, and doing the action again must give the
 * workbook a run without failure gives. Every operation of every sync is failed in turn.
 */
import {
  FROZEN_AT_NAME,
  FROZEN_STORE_SHEET,
  type FrozenCell,
  cellPosition,
  decodeFrozenRows,
} from "../../src/domain/reports/frozen-formulas";
import type { ExcelRunner } from "../../src/excel/excel-runner";
import { prepareForSending, restoreFormulas } from "../../src/excel/prepare-for-sending";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import type { Scalar } from "../../src/memory-host/model";
import { everyOperation, inject, sweep, workbookSnapshot } from "./fault-sweep";

interface Workbook {
  readonly host: MemoryExcel;
  readonly run: ExcelRunner;
}

/** The VOC.* cells of the sample and what Excel showed in them. */
const VOC_CELLS: readonly FrozenCell[] = [
  { sheet: "Returns", address: "C2", formula: "=VOC.SCORE(Returns[@[Q1]:[Q2]])", value: 80 },
  { sheet: "Returns", address: "C3", formula: "=VOC.SCORE(Returns[@[Q1]:[Q2]])", value: 90 },
  { sheet: "Summary", address: "B1", formula: "=VOC.TOTAL(Returns[Score],{1;1})", value: 85 },
  { sheet: "Summary", address: "B2", formula: '=VOC.PERIOD(DATE(2026,7,1),"Y")', value: "2026" },
  { sheet: "Summary", address: "D4", formula: "=VOC.GRADE(B1)", value: "A" },
];

/** Staff's workbook: a table with a VOC.* column, a summary sheet with VOC.* and native formulas. */
async function sampleWorkbook(): Promise<Workbook> {
  const host = new MemoryExcel();
  const run = memoryExcelRunner(host);
  await run(async (context) => {
    const returns = context.workbook.worksheets.add("Returns");
    returns.getRange("A1:D1").values = [["Q1", "Q2", "Score", "Grade"]];
    const table = context.workbook.tables.add("Returns!A1:D1", true);
    table.name = "Returns";
    const [score, grade] = [VOC_CELLS[0].formula, '=IF([@Score]>=85,"A","B")'];
    table.rows.add(undefined, [
      [4, 4, score, grade],
      [5, 4, score, grade],
    ]);
    const summary = context.workbook.worksheets.add("Summary");
    summary.getRange("A1:B3").values = [
      ["Total", VOC_CELLS[2].formula],
      ["Year", VOC_CELLS[3].formula],
      ["Average", "=AVERAGE(Returns[Score])"],
    ];
    summary.getRange("D4").values = [[VOC_CELLS[4].formula]];
  });
  for (const { sheet, address, formula, value } of VOC_CELLS) {
    const position = cellPosition(address);
    if (!position) throw new Error(`${address} is no cell.`);
    host.workbook.sheet(sheet)?.setCell(position.row, position.column, { formula, value });
  }
  host.resetMeters();
  return { host, run };
}

async function preparedWorkbook(): Promise<Workbook> {
  const workbook = await sampleWorkbook();
  await workbook.run((context) => prepareForSending(context));
  workbook.host.resetMeters();
  return workbook;
}

const prepare = (workbook: Workbook) => workbook.run((context) => prepareForSending(context));
const restore = (workbook: Workbook) => workbook.run((context) => restoreFormulas(context));

/** The frozen cells the store holds (none without a store). */
function stored(host: MemoryExcel): FrozenCell[] {
  const sheet = host.workbook.sheet(FROZEN_STORE_SHEET);
  if (!sheet) return [];
  const rows = sheet.read({ top: 1, left: 0, bottom: 40, right: 3 });
  return decodeFrozenRows(rows.map((row) => row.map((cell) => cell.value))).map(({ cell }) => cell);
}

/**
 * What a failed run may leave: each VOC.* cell holds its formula, or its frozen value with the formula in the store.
 * Returns the cells that do neither.
 */
function lostFormulas(host: MemoryExcel): string[] {
  const store = stored(host);
  return VOC_CELLS.flatMap(({ sheet, address, formula, value }) => {
    const position = cellPosition(address);
    const cell = position && host.workbook.sheet(sheet)?.cell(position.row, position.column);
    if (cell?.formula === formula) return [];
    const kept = store.some((item) => item.sheet === sheet && item.address === address && item.formula === formula);
    return cell?.formula === undefined && cell?.value === (value as Scalar) && kept ? [] : [`${sheet}!${address}`];
  });
}

/** The name's formula says when the freeze was made: the moment differs between runs. */
const withoutMoment = (formula: string) => formula.replace(/ at \d{4}-\d\d-\d\dT[\d:.]+Z/, " at <moment>");
const snapshot = (host: MemoryExcel) => workbookSnapshot(host, { name: withoutMoment });

async function rejection(action: Promise<unknown>): Promise<void> {
  await action.then(
    () => Promise.reject(new Error("The action did not fail.")),
    () => undefined,
  );
}

describe("preparing for sending, under a failure at any one operation", () => {
  it("never leaves a formula frozen without its copy in the store, and a second run finishes the freeze", async () => {
    const expected = await sampleWorkbook();
    await prepare(expected);
    const counts = expected.host.operationCounts;
    expect(counts.length).toBeGreaterThanOrEqual(3);
    expect(expected.host.workbook.name(FROZEN_AT_NAME)).toBeDefined();

    const failures = await sweep(everyOperation(counts), async (fault) => {
      const workbook = await sampleWorkbook();
      inject(workbook.host, fault);
      await rejection(prepare(workbook));
      expect(lostFormulas(workbook.host)).toEqual([]);
      await prepare(workbook);
      expect(snapshot(workbook.host)).toEqual(snapshot(expected.host));
    });
    expect(failures).toEqual([]);
  });
});

describe("restoring the formulas, under a failure at any one operation", () => {
  it("never loses a formula that is not back in its cell, and a second run finishes the restore", async () => {
    const expected = await preparedWorkbook();
    await restore(expected);
    const counts = expected.host.operationCounts;
    expect(counts).toHaveLength(3);
    expect(expected.host.workbook.sheet(FROZEN_STORE_SHEET)).toBeUndefined();

    const failures = await sweep(everyOperation(counts), async (fault) => {
      const workbook = await preparedWorkbook();
      inject(workbook.host, fault);
      await rejection(restore(workbook));
      expect(lostFormulas(workbook.host)).toEqual([]);
      await restore(workbook);
      expect(snapshot(workbook.host)).toEqual(snapshot(expected.host));
    });
    expect(failures).toEqual([]);
  });
});
