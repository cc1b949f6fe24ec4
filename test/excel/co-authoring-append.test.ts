/**
 * Saving in a co-authored workbook. rows.add causes merge conflicts there; Microsoft recommends writing the values
 * into the row just below the table, which Excel's "Include new rows and columns in table" option makes part of it
 * (https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins#avoid-table-row-conflicts-in-coauthoring-scenarios).
 * A co-author's rows reach the workbook late (the host's coAuthor({ deliverAfter })).
 */
import { type WorkbookPlan, buildWorkbookPlan, tablePlan } from "../../src/domain/workbook-plan";
import { BulkAppendFailedError, appendMany } from "../../src/excel/append-many";
import { AppendFailedError, appendRecord } from "../../src/excel/append-record";
import type { ExcelRunner } from "../../src/excel/excel-runner";
import { setupWorkbook } from "../../src/excel/setup-workbook";
import { type RecordValues, layoutOf, rowInputs } from "../../src/excel/table-layout";
import { type HostSettings, MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import type { MemoryTable } from "../../src/memory-host/table-model";
import { TableRowCollectionProxy } from "../../src/memory-host/table-parts";
import { complaint } from "../support/excel-fixtures";
import { everyOperation, inject, sweep, workbookSnapshot } from "./fault-sweep";

interface Workbook {
  readonly host: MemoryExcel;
  readonly run: ExcelRunner;
  readonly plan: WorkbookPlan;
}

async function workbook(settings: Partial<HostSettings> = {}): Promise<Workbook> {
  const host = new MemoryExcel(undefined, settings);
  const run = memoryExcelRunner(host);
  const plan = buildWorkbookPlan("en");
  await run((context) => setupWorkbook(context, plan));
  host.resetMeters();
  return { host, run, plan };
}

const save = ({ run, plan }: Workbook, record: RecordValues, previousAttemptId?: string) =>
  run((context) => appendRecord(context, plan, { table: "complaints", record, year: 2026, previousAttemptId }));

function complaints(host: MemoryExcel): MemoryTable {
  const table = host.workbook.table("Complaints");
  if (!table) throw new Error("No Complaints table.");
  return table;
}

const idsOf = (host: MemoryExcel) => host.tables().Complaints.rows.map((row) => row[0]);
const customersOf = (host: MemoryExcel) => {
  const { headers, rows } = host.tables().Complaints;
  return rows.map((row) => row[headers.indexOf("Customer")]);
};

/** The cells of the sheet's row `row` within the table's columns. */
function sheetRow(table: MemoryTable, row: number) {
  return Array.from({ length: table.columnCount }, (_, column) => table.sheet.cell(row, table.left + column));
}

/** Calculated columns whose planned formula the table's row `index` lacks. */
function missingFormulas({ host, plan }: Workbook, index: number): string[] {
  const table = complaints(host);
  return tablePlan(plan, "complaints")
    .columns.filter((column) => column.formula !== undefined)
    .filter(
      (column) =>
        table.sheet.cell(table.top + 1 + index, table.left + table.headers.indexOf(column.header)).formula !==
        column.formula,
    )
    .map((column) => column.key);
}

/** The row a co-author's save writes just below the table, as appendRecord writes it. */
function coAuthorsRow(book: Workbook, record: RecordValues, id: string) {
  const layout = layoutOf(tablePlan(book.plan, "complaints"), complaints(book.host).headers);
  return rowInputs(layout, { ...record, id });
}

afterEach(() => jest.restoreAllMocks());

describe("a save in a co-authored workbook", () => {
  it("writes the row just below the table, which grows over it, in 2 round trips and without rows.add", async () => {
    const book = await workbook();
    const rowsAdd = jest.spyOn(TableRowCollectionProxy.prototype, "add");
    // An empty table: the row below its range is the one under the header.
    const first = await save(book, complaint({ customer: "First" }));
    expect(book.host.syncCount).toBe(2);
    const table = complaints(book.host);
    const note = table.top + 3; // one empty row between the table and a note
    table.sheet.setCell(note, table.left, { value: "note" });
    book.host.resetMeters();
    const second = await save(book, complaint({ customer: "Second" }));

    expect(book.host.syncCount).toBe(2);
    expect(rowsAdd).not.toHaveBeenCalled();
    expect([first, second]).toEqual([
      { id: "CC-2026-0001", rowIndex: 0, alreadySaved: false },
      { id: "CC-2026-0002", rowIndex: 1, alreadySaved: false },
    ]);
    expect(customersOf(book.host)).toEqual(["First", "Second"]);
    // The table grew into the row below it; nothing under it moved.
    expect(table.sheet.cell(note, table.left)).toEqual({ value: "note" });
    expect(table.area.bottom).toBe(note - 1);
    expect(missingFormulas(book, 0)).toEqual([]);
    expect(missingFormulas(book, 1)).toEqual([]);
  });

  it("leaves data under the table alone: rows.add moves it down, intact and outside the table", async () => {
    const book = await workbook();
    await save(book, complaint({ customer: "First" }));
    const table = complaints(book.host);
    const under = table.area.bottom + 1;
    table.sheet.setCell(under, table.left, { value: "my notes" });
    table.sheet.setCell(under, table.left + 2, { value: 42 });
    book.host.resetMeters();
    const rowsAdd = jest.spyOn(TableRowCollectionProxy.prototype, "add");

    const saved = await save(book, complaint({ customer: "Second" }));

    expect(book.host.syncCount).toBe(2);
    expect(rowsAdd).toHaveBeenCalledTimes(1);
    expect(saved).toEqual({ id: "CC-2026-0002", rowIndex: 1, alreadySaved: false });
    expect(customersOf(book.host)).toEqual(["First", "Second"]);
    const moved = table.area.bottom + 1;
    expect(moved).toBe(under + 1);
    expect(table.sheet.cell(moved, table.left)).toEqual({ value: "my notes" });
    expect(table.sheet.cell(moved, table.left + 2)).toEqual({ value: 42 });
  });

  describe.each([
    [true, true, 2],
    [true, false, 2],
    [false, true, 3],
    [false, false, 3],
  ])(
    "with 'Include new rows and columns in table' %s and 'fill formulas in tables' %s",
    (includeNewRowsInTables, fillFormulasInTables, syncs) => {
      it(`saves each record once, complete, nothing left below the table, in ${syncs} round trips`, async () => {
        const book = await workbook({ includeNewRowsInTables, fillFormulasInTables });
        const results = [];
        for (const customer of ["First", "Second"]) {
          book.host.resetMeters();
          results.push(await save(book, complaint({ customer })));
          expect(book.host.syncCount).toBe(syncs);
        }
        expect(results.map(({ id }) => id)).toEqual(["CC-2026-0001", "CC-2026-0002"]);
        expect(customersOf(book.host)).toEqual(["First", "Second"]);
        expect([missingFormulas(book, 0), missingFormulas(book, 1)]).toEqual([[], []]);
        const table = complaints(book.host);
        expect(sheetRow(table, table.area.bottom + 1).every((cell) => cell.value === "" && !cell.formula)).toBe(true);
      });

      it("recognises a retried save whichever operation failed, and never adds it twice", async () => {
        const record = complaint({ customer: "Star* Trading", description: "=cracked" });
        const fresh = async () => {
          const book = await workbook({ includeNewRowsInTables, fillFormulasInTables });
          await save(book, complaint({ customer: "Before" }));
          book.host.resetMeters();
          return book;
        };
        const expected = await fresh();
        await save(expected, record);
        const counts = expected.host.operationCounts;
        expect(counts).toHaveLength(syncs);

        const failures = await sweep(everyOperation(counts), async (fault) => {
          const book = await fresh();
          inject(book.host, fault);
          const error = await save(book, record).then(
            () => undefined,
            (caught: unknown) => caught,
          );
          await save(book, record, error instanceof AppendFailedError ? error.attemptedId : undefined);
          expect(workbookSnapshot(book.host)).toEqual(workbookSnapshot(expected.host));
        });
        expect(failures).toEqual([]);
      });
    },
  );
});

describe.each([true, false])("a settings table without ids, 'Include new rows and columns in table' %s", (include) => {
  const holiday = (date: number, name: string) => ({ date, name });
  const holidaysOf = (host: MemoryExcel) => host.tables().Holidays.rows;

  it("adds a holiday saved one by one once, its date untouched", async () => {
    const book = await workbook({ includeNewRowsInTables: include });
    const before = holidaysOf(book.host).length;
    const saveHoliday = (record: RecordValues) =>
      book.run((context) => appendRecord(context, book.plan, { table: "holidays", record, year: 2026 }));
    await saveHoliday(holiday(46357, "First"));
    await saveHoliday(holiday(46358, "Second"));
    expect(holidaysOf(book.host).slice(before)).toEqual([
      [46357, "First"],
      [46358, "Second"],
    ]);
    const table = book.host.workbook.table("Holidays");
    if (!table) throw new Error("No Holidays table.");
    expect(sheetRow(table, table.area.bottom + 1).every((cell) => cell.value === "")).toBe(true);
  });

  it("imports holidays once, their dates untouched", async () => {
    const book = await workbook({ includeNewRowsInTables: include });
    const before = holidaysOf(book.host).length;
    const records = [holiday(46357, "First"), holiday(46358, "Second"), holiday(46359, "Third")];
    await book.run((context) => appendMany(context, book.plan, { table: "holidays", records, year: 2026 }));
    expect(
      holidaysOf(book.host)
        .slice(before)
        .map((row) => row[0]),
    ).toEqual([46357, 46358, 46359]);
  });
});

describe("two people saving at once when the co-author's row arrives late", () => {
  it("renumbers this save's row when the co-author's row with the same id arrives first", async () => {
    const book = await workbook();
    const colleague = book.host.coAuthor({ deliverAfter: 1 });
    const theirs = complaint({ customer: "Theirs" });
    // Both saw an empty table and took CC-2026-0001; their row reaches this workbook at its second round trip.
    const row = coAuthorsRow(book, theirs, "CC-2026-0001");
    await colleague.run(async (context) => {
      context.workbook.tables.getItem("Complaints").getRange().getRowsBelow(1).values = [row];
    });
    const mine = await save(book, complaint({ customer: "Mine" }));

    expect(mine).toEqual({ id: "CC-2026-0002", rowIndex: 1, alreadySaved: false });
    expect(idsOf(book.host)).toEqual(["CC-2026-0001", "CC-2026-0002"]);
    expect(customersOf(book.host)).toEqual(["Theirs", "Mine"]);
    expect(book.host.syncCount).toBe(3);
  });

  it("finishes a renumbering that failed at any operation when the save is retried, once", async () => {
    const record = complaint({ customer: "Mine" });
    const racing = async () => {
      const book = await workbook();
      const colleague = book.host.coAuthor({ deliverAfter: 1 });
      const row = coAuthorsRow(book, complaint({ customer: "Theirs" }), "CC-2026-0001");
      await colleague.run(async (context) => {
        context.workbook.tables.getItem("Complaints").getRange().getRowsBelow(1).values = [row];
      });
      return book;
    };
    const expected = await racing();
    await save(expected, record);
    const counts = expected.host.operationCounts;
    expect(counts).toHaveLength(3);

    const failures = await sweep(everyOperation(counts), async (fault) => {
      const book = await racing();
      inject(book.host, fault);
      const error = await save(book, record).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      const retried = await save(book, record, error instanceof AppendFailedError ? error.attemptedId : undefined);
      expect(retried.id).toBe("CC-2026-0002");
      expect(workbookSnapshot(book.host)).toEqual(workbookSnapshot(expected.host));
    });
    expect(failures).toEqual([]);
  });

  it("leaves no two rows with one id when the co-author's row arrives after this save had checked", async () => {
    const book = await workbook();
    const colleague = book.host.coAuthor({ deliverAfter: 1 });
    const row = coAuthorsRow(book, complaint({ customer: "Theirs" }), "CC-2026-0001");
    // Their row is sent while this save is between its read and its write: it lands after this save's check.
    const mine = await book.run(async (context) => {
      const saving = appendRecord(context, book.plan, {
        table: "complaints",
        record: complaint({ customer: "Mine" }),
        year: 2026,
      });
      await colleague.run(async (other) => {
        other.workbook.tables.getItem("Complaints").getRange().getRowsBelow(1).values = [row];
      });
      return saving;
    });
    expect(mine.id).toBe("CC-2026-0001");
    const next = await save(book, complaint({ customer: "Next" }));

    // Their row is further down: it takes the next free id in the next save's write, and that save the one after.
    expect(customersOf(book.host)).toEqual(["Mine", "Theirs", "Next"]);
    expect(idsOf(book.host)).toEqual(["CC-2026-0001", "CC-2026-0002", "CC-2026-0003"]);
    expect(next.id).toBe("CC-2026-0003");
  });

  it("keeps the first id when both rows land in one round trip, in the order they arrived", async () => {
    const book = await workbook();
    const colleague = book.host.coAuthor();
    const [mine, theirs] = await Promise.all([
      save(book, complaint({ customer: "Mine" })),
      memoryExcelRunner(colleague)((context) =>
        appendRecord(context, book.plan, {
          table: "complaints",
          record: complaint({ customer: "Theirs" }),
          year: 2026,
        }),
      ),
    ]);
    expect(new Set(idsOf(book.host)).size).toBe(2);
    expect([mine.id, theirs.id].sort()).toEqual(["CC-2026-0001", "CC-2026-0002"]);
  });
});

describe("an import in a co-authored workbook", () => {
  const records = ["One", "Two", "Three"].map((customer) => complaint({ customer }));
  const importing = ({ run, plan }: Workbook, ids?: readonly string[]) =>
    run((context) => appendMany(context, plan, { table: "complaints", records, year: 2026, ids }));

  describe.each([
    [true, 2],
    [false, 3],
  ])("with 'Include new rows and columns in table' %s", (includeNewRowsInTables, syncs) => {
    it(`adds each record once, complete, nothing left below the table, in ${syncs} round trips`, async () => {
      const book = await workbook({ includeNewRowsInTables });
      await save(book, complaint({ customer: "Before" }));
      book.host.resetMeters();
      const rowsAdd = jest.spyOn(TableRowCollectionProxy.prototype, "add");
      await importing(book);
      expect(book.host.syncCount).toBe(syncs);
      expect(rowsAdd).toHaveBeenCalledTimes(includeNewRowsInTables ? 0 : 1);
      expect(customersOf(book.host)).toEqual(["Before", "One", "Two", "Three"]);
      expect(idsOf(book.host)).toEqual(["CC-2026-0001", "CC-2026-0002", "CC-2026-0003", "CC-2026-0004"]);
      expect([1, 2, 3].flatMap((index) => missingFormulas(book, index))).toEqual([]);
      const table = complaints(book.host);
      expect(sheetRow(table, table.area.bottom + 1).every((cell) => cell.value === "" && !cell.formula)).toBe(true);
    });

    it("finishes an import that failed at any operation when retried with its ids, each record once", async () => {
      const fresh = async () => {
        const book = await workbook({ includeNewRowsInTables });
        await save(book, complaint({ customer: "Before" }));
        book.host.resetMeters();
        return book;
      };
      const expected = await fresh();
      await importing(expected);
      const failures = await sweep(everyOperation(expected.host.operationCounts), async (fault) => {
        const book = await fresh();
        inject(book.host, fault);
        const error = await importing(book).then(
          () => undefined,
          (caught: unknown) => caught,
        );
        await importing(book, error instanceof BulkAppendFailedError ? error.ids : undefined);
        expect(workbookSnapshot(book.host)).toEqual(workbookSnapshot(expected.host));
      });
      expect(failures).toEqual([]);
    });
  });

  it("leaves data under the table alone: the chunk goes with rows.add, which moves it down", async () => {
    const book = await workbook();
    await save(book, complaint({ customer: "Before" }));
    const table = complaints(book.host);
    const under = table.area.bottom + 2;
    table.sheet.setCell(under, table.left + 1, { value: "my notes" });
    book.host.resetMeters();
    await importing(book);
    expect(book.host.syncCount).toBe(2);
    expect(customersOf(book.host)).toEqual(["Before", "One", "Two", "Three"]);
    expect(table.sheet.cell(under + 3, table.left + 1)).toEqual({ value: "my notes" });
    expect(table.area.bottom).toBe(under + 1);
  });
});
