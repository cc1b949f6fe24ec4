/**
 * Excel has no rollback: a dashboard refresh that fails at one operation keeps the operations before it. The sheet must stay
 * whole (each cell holds its old content or its new one, never a blank that the report does not mean), the ledger
 * untouched, and a second run must give the workbook a run without failure gives. Every operation of the
 * writing sync is failed in turn; a read changes nothing, so the first operation of each reading sync stands for
 * the rest.
 */
import { cellsOf, everyOperation, inject, sweep, workbookSnapshot } from "./fault-sweep";
import { otherSheets, neitherOldNorNew, refresh, rejection, withDashboard } from "./report-faults";

const faultsOf = (counts: readonly number[]) =>
  everyOperation(counts).filter(({ sync, operation }) => sync === counts.length - 1 || operation === 0);

describe("refreshing the dashboard, under a failure at any one operation", () => {
  it("leaves each cell old or new and the ledger untouched, and a second refresh gives the same dashboard", async () => {
    const expected = await withDashboard();
    await refresh(expected);
    const counts = expected.host.operationCounts;
    expect(counts).toHaveLength(4);
    const start = await withDashboard();
    const [before, others] = [cellsOf(start.host, "Dashboard"), otherSheets(start.host, "Dashboard")];
    const done = cellsOf(expected.host, "Dashboard");
    expect(done).not.toEqual(before);

    const failures = await sweep(faultsOf(counts), async (fault) => {
      const workbook = await withDashboard();
      inject(workbook.host, fault);
      await rejection(refresh(workbook));
      expect(neitherOldNorNew(before, cellsOf(workbook.host, "Dashboard"), done)).toEqual([]);
      expect(otherSheets(workbook.host, "Dashboard")).toEqual(others);
      await refresh(workbook);
      expect(workbookSnapshot(workbook.host)).toEqual(workbookSnapshot(expected.host));
    });
    expect(failures).toEqual([]);
  });
});
