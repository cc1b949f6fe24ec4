import { MAX_REQUEST_BYTES } from "../../src/excel/request-size";
import { type SyncFigures, measureSyncFigures } from "../support/sync-figures";

describe("the round trips of the workbook actions (the figures `npm run bench` reports)", () => {
  let figures: SyncFigures;
  beforeAll(async () => {
    figures = await measureSyncFigures();
  });

  it("sets up a blank workbook in at most 8 and an already set-up one in at most 3", () => {
    expect(figures.syncs.setup).toBeLessThanOrEqual(8);
    expect(figures.syncs.setupAgain).toBeLessThanOrEqual(3);
  });

  it("saves or updates one record in at most 2", () => {
    const { appendFeedback, appendComplaint, appendSurveyReturn, updateComplaint } = figures.syncs;
    expect(Math.max(appendFeedback, appendComplaint, appendSurveyReturn, updateComplaint)).toBeLessThanOrEqual(2);
  });

  it("opens the case list and shows a record in its sheet in at most 2 each", () => {
    expect(figures.syncs.readLedger).toBeLessThanOrEqual(2);
    expect(figures.syncs.selectRecord).toBeLessThanOrEqual(2);
  });

  it("imports 10,000 survey returns in at most 11, every request under 4 MB", () => {
    // 1 read and 10 chunks: each row carries its five calculated formulas (about 3.4 KB a row), so that a chunk
    // lands whole with Excel's "fill formulas in tables" on or off and an import stopped midway has right rows.
    expect(figures.syncs.bulkReturns10k).toBeLessThanOrEqual(11);
    expect(figures.maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  });

  it("refreshes the dashboard and builds the review in at most 4 each, over 10,000 returns", () => {
    expect(figures.syncs.dashboardRefresh).toBeLessThanOrEqual(4);
    expect(figures.syncs.buildReview).toBeLessThanOrEqual(4);
  });

  it("prepares a workbook of 10,000 returns for sending in at most 14 and restores its formulas in at most 3", () => {
    // 2 to find the used ranges, then reads of values and formulas under the 5 MB response limit (the returns'
    // calculated formulas are about 34 MB: some 10 rounds, and a first round refused as too large is read again
    // smaller), then 1 write.
    expect(figures.syncs.prepareForSending).toBeLessThanOrEqual(14);
    expect(figures.syncs.restoreFormulas).toBeLessThanOrEqual(3);
  });
});
