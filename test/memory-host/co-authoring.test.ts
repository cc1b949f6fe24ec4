import { MemoryExcel } from "../../src/memory-host";
import { hostWithTable } from "./helpers";

describe("two writers on one workbook", () => {
  it("lets a co-author see the other's synced rows, with separate meters", async () => {
    const a = await hostWithTable();
    const b = a.coAuthor();
    await a.run(
      async (context) => void context.workbook.tables.getItem("Complaints").rows.add(null, [["CC-1", "A", 1]]),
    );
    await b.run(
      async (context) => void context.workbook.tables.getItem("Complaints").rows.add(null, [["CC-2", "B", 2]]),
    );
    expect(a.tables().Complaints.rows.map(([id]) => id)).toEqual(["CC-1", "CC-2"]);
    expect([a.syncCount, b.syncCount, a.writeCount, b.writeCount]).toEqual([1, 1, 1, 1]);
  });

  it("interleaves syncs: both read the same count, both append, and both rows land", async () => {
    const a = await hostWithTable([["CC-1", "A", 1]]);
    const b = new MemoryExcel(a.workbook);
    let releaseA: () => void = () => undefined;
    const aRead = new Promise<void>((resolve) => (releaseA = resolve));
    const counts: number[] = [];
    const writerA = a.run(async (context) => {
      const count = context.workbook.tables.getItem("Complaints").rows.getCount();
      await context.sync();
      counts.push(count.value);
      await aRead; // B reads before A writes
      context.workbook.tables.getItem("Complaints").rows.add(null, [[`CC-${count.value + 1}`, "A", 2]]);
    });
    await b.run(async (context) => {
      const count = context.workbook.tables.getItem("Complaints").rows.getCount();
      await context.sync();
      counts.push(count.value);
      releaseA();
      await writerA; // A writes, then B
      context.workbook.tables.getItem("Complaints").rows.add(null, [[`CC-${count.value + 1}`, "B", 3]]);
    });
    expect(counts).toEqual([1, 1]);
    expect(a.tables().Complaints.rows.map(([id]) => id)).toEqual(["CC-1", "CC-2", "CC-2"]); // the duplicate id race
  });

  it("keeps faults to the writer they were injected on", async () => {
    const a = await hostWithTable();
    const b = a.coAuthor();
    b.rejectNextSync();
    await a.run(
      async (context) => void context.workbook.tables.getItem("Complaints").rows.add(null, [["CC-1", "A", 1]]),
    );
    await expect(
      b.run(async (context) => void context.workbook.tables.getItem("Complaints").load("name")),
    ).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect(a.tables().Complaints.rows).toHaveLength(1);
  });

  it("sees a column the other writer renamed at its next sync", async () => {
    const a = await hostWithTable([["CC-1", "A", 1]]);
    const b = a.coAuthor();
    await b.run(
      async (context) =>
        void (context.workbook.tables.getItem("Complaints").columns.getItem("Customer").name = "Client"),
    );
    await a.run(async (context) => {
      const header = context.workbook.tables.getItem("Complaints").getHeaderRowRange().load("values");
      await context.sync();
      expect(header.values).toEqual([["Id", "Client", "Amount"]]);
    });
  });
});

describe("a co-author whose rows arrive late", () => {
  const addRow = (id: string) => async (context: Parameters<Parameters<MemoryExcel["run"]>[0]>[0]) =>
    void context.workbook.tables.getItem("Complaints").rows.add(-1, [[id, "B", 2]]);
  const ids = async (host: MemoryExcel) =>
    host.run(async (context) => {
      const body = context.workbook.tables.getItem("Complaints").getDataBodyRange().load("values");
      await context.sync();
      return body.values.map(([id]) => id);
    });

  it("becomes visible to this host only after the given number of its own syncs", async () => {
    const a = await hostWithTable([["CC-1", "A", 1]]);
    const b = a.coAuthor({ deliverAfter: 2 });
    await b.run(addRow("CC-2"));
    expect(b.syncCount).toBe(1);
    expect(await ids(a)).toEqual(["CC-1"]); // a's 1st sync since
    expect(await ids(a)).toEqual(["CC-1"]); // 2nd
    expect(await ids(a)).toEqual(["CC-1", "CC-2"]); // 3rd: delivered before a's own operations
  });

  it("lands after this host's own row when this host wrote in between, as a merge does", async () => {
    const a = await hostWithTable([["CC-1", "A", 1]]);
    const b = a.coAuthor({ deliverAfter: 1 });
    await b.run(addRow("CC-2"));
    await a.run(addRow("CC-2")); // the same next id: a did not see b's row yet
    expect(await ids(a)).toEqual(["CC-1", "CC-2", "CC-2"]);
  });
});

describe("the row just below a table", () => {
  it("is Range.getRowsBelow of the table's range, as wide as it", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    await host.run(async (context) => {
      const below = context.workbook.tables.getItem("Complaints").getRange().getRowsBelow(1).load("address");
      const two = context.workbook.tables.getItem("Complaints").getDataBodyRange().getRowsBelow(2).load("address");
      await context.sync();
      expect([below.address, two.address]).toEqual(["Complaints!A3:C3", "Complaints!A3:C4"]);
    });
  });

  it("joins the table when values are written into it (Include new rows and columns in table, on by default)", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem("Complaints");
      table.getRange().getRowsBelow(1).values = [["CC-2", "B", 2]];
      table.getDataBodyRange().getRowsBelow(2).values = [
        ["CC-3", "C", 3],
        ["CC-4", "D", 4],
      ];
    });
    expect(host.tables().Complaints.rows.map(([id]) => id)).toEqual(["CC-1", "CC-2", "CC-3", "CC-4"]);
  });

  it("gets the calculated columns' formulas in cells it leaves empty when 'fill formulas in tables' is on", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Complaints").getRange("C2").formulas = [["=LEN([@Id])"]];
      context.workbook.worksheets.getItem("Complaints").getRange("A3:B3").values = [["CC-2", "B"]];
    });
    expect(host.workbook.sheet("Complaints")?.cell(2, 2)).toEqual({ value: "", formula: "=LEN([@Id])" });
  });

  it("stays outside the table with the option off, on a protected sheet, or when the write is not just below", async () => {
    const off = await hostWithTable([["CC-1", "A", 1]]);
    const offHost = new MemoryExcel(off.workbook, { includeNewRowsInTables: false });
    await offHost.run(async (context) => {
      context.workbook.tables.getItem("Complaints").getRange().getRowsBelow(1).values = [["CC-2", "B", 2]];
    });
    expect(offHost.tables().Complaints.rows).toHaveLength(1);

    const gap = await hostWithTable([["CC-1", "A", 1]]);
    await gap.run(async (context) => {
      context.workbook.worksheets.getItem("Complaints").getRange("A4:C4").values = [["CC-9", "Z", 9]];
      context.workbook.worksheets.getItem("Complaints").getRange("E3").values = [["beside"]];
    });
    expect(gap.tables().Complaints.rows).toHaveLength(1);

    const locked = await hostWithTable([["CC-1", "A", 1]]);
    locked.unlockCells("Complaints", "A3:C3");
    locked.protectSheet("Complaints");
    await locked.run(async (context) => {
      context.workbook.worksheets.getItem("Complaints").getRange("A3:C3").values = [["CC-2", "B", 2]];
    });
    expect(locked.tables().Complaints.rows).toHaveLength(1);
  });
});
