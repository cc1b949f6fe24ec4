/**
 * Excel has no rollback: a review build that fails at one operation keeps the operations before it. The sheet must stay
 * whole (each cell holds its old content or its new one, never a blank that the report does not mean), the ledger
 * untouched, the proposed actions people typed kept, and a second run must give the workbook a run without failure gives. Every operation of the
 * writing sync is failed in turn; a read changes nothing, so the first operation of each reading sync stands for
 * the rest.
 */
import {
  ledger,
  REVIEW,
  ACTIONS,
  actionsInWorkbook,
  otherSheets,
  neitherOldNorNew,
  review,
  rejection,
  withReview,
} from "./report-faults";
import { REVIEW_ACTIONS_TABLE } from "../../src/domain/reports/review-plan";
import { cellsOf, everyOperation, inject, sweep, workbookSnapshot } from "./fault-sweep";

const faultsOf = (counts: readonly number[]) =>
  everyOperation(counts).filter(({ sync, operation }) => sync === counts.length - 1 || operation === 0);

describe("building the review, under a failure at any one operation", () => {
  it("keeps the proposed actions and each cell old or new, and a second build gives the same review", async () => {
    const expected = await withReview();
    await review(expected);
    const counts = expected.host.operationCounts;
    expect(counts).toHaveLength(4);
    expect(expected.host.tables()[REVIEW_ACTIONS_TABLE].rows).toEqual(ACTIONS);
    const start = await withReview();
    const [before, others] = [cellsOf(start.host, REVIEW), otherSheets(start.host, REVIEW)];
    const done = cellsOf(expected.host, REVIEW);

    const failures = await sweep(faultsOf(counts), async (fault) => {
      const workbook = await withReview();
      inject(workbook.host, fault);
      await rejection(review(workbook));
      expect(neitherOldNorNew(before, cellsOf(workbook.host, REVIEW), done)).toEqual([]);
      expect(otherSheets(workbook.host, REVIEW)).toEqual(others);
      const kept = actionsInWorkbook(workbook.host);
      for (const action of ACTIONS) expect(kept).toContainEqual(action);
      await review(workbook);
      expect(workbookSnapshot(workbook.host)).toEqual(workbookSnapshot(expected.host));
    });
    expect(failures).toEqual([]);
  });

  it("made for the first time, is finished by a second build (every 4th operation of the write failed)", async () => {
    const first = async () => {
      const workbook = await ledger();
      workbook.host.resetMeters();
      return workbook;
    };
    const expected = await first();
    await review(expected);
    const counts = expected.host.operationCounts;

    const write = everyOperation(counts, (sync) => sync === counts.length - 1);
    const failures = await sweep(
      write.filter((_, index) => index % 4 === 0),
      async (fault) => {
        const workbook = await first();
        inject(workbook.host, fault);
        await rejection(review(workbook));
        await review(workbook);
        expect(workbookSnapshot(workbook.host)).toEqual(workbookSnapshot(expected.host));
      },
    );
    expect(failures).toEqual([]);
  });
});
