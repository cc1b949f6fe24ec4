import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { hostWithTable } from "./helpers";

const addRow = (host: MemoryExcel, id: string, options?: { delayForCellEdit?: boolean }) =>
  host.run(
    async (context) => void context.workbook.tables.getItem("Complaints").rows.add(null, [[id, "A", 1]]),
    options,
  );

describe("a user typing in a cell (cell edit mode)", () => {
  it("fails a batch sent while the user edits a cell with InvalidOperationInCellEditMode, applying nothing", async () => {
    const host = await hostWithTable();
    host.startCellEdit();
    await expect(addRow(host, "CC-1")).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    await expect(addRow(host, "CC-1", { delayForCellEdit: false })).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    expect(host.tables().Complaints.rows).toEqual([]);
    host.endCellEdit();
    await addRow(host, "CC-1");
    expect(host.tables().Complaints.rows).toEqual([["CC-1", "A", 1]]);
  });

  it("holds a batch run with delayForCellEdit until the edit ends, then applies it", async () => {
    const host = await hostWithTable();
    host.startCellEdit();
    let done = false;
    const pending = addRow(host, "CC-1", { delayForCellEdit: true }).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect([done, host.tables().Complaints.rows]).toEqual([false, []]);
    host.endCellEdit();
    await pending;
    expect(host.tables().Complaints.rows).toEqual([["CC-1", "A", 1]]);
  });

  it("runs a batch with delayForCellEdit at once when nobody is editing", async () => {
    const host = await hostWithTable();
    await addRow(host, "CC-1", { delayForCellEdit: true });
    expect(host.isEditingCell).toBe(false);
    expect(host.tables().Complaints.rows).toHaveLength(1);
  });

  it("holds the second sync of a batch when the user starts editing between its syncs", async () => {
    const host = await hostWithTable([["CC-1", "A", 1]]);
    let count = 0;
    const pending = host.run(
      async (context) => {
        const rows = context.workbook.tables.getItem("Complaints").rows.getCount();
        await context.sync();
        count = rows.value;
        host.startCellEdit();
        context.workbook.tables.getItem("Complaints").rows.add(null, [[`CC-${count + 1}`, "B", 2]]);
      },
      { delayForCellEdit: true },
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(host.tables().Complaints.rows).toHaveLength(1);
    host.endCellEdit();
    await pending;
    expect(host.tables().Complaints.rows.map(([id]) => id)).toEqual(["CC-1", "CC-2"]);
  });

  it("is waited for by the add-in's runner, which runs every batch with delayForCellEdit", async () => {
    const host = await hostWithTable();
    host.startCellEdit();
    const pending = memoryExcelRunner(host)(async (context: Excel.RequestContext) => {
      context.workbook.tables.getItem("Complaints").rows.add(undefined, [["CC-1", "A", 1]]);
    });
    setTimeout(() => host.endCellEdit(), 5);
    await pending;
    expect(host.tables().Complaints.rows).toEqual([["CC-1", "A", 1]]);
  });
});
