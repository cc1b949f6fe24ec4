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
