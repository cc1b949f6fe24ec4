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

  it("imports 10,000 survey returns in at most 6, every request under 4 MB", () => {
    expect(figures.syncs.bulkReturns10k).toBeLessThanOrEqual(6);
    expect(figures.maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  });
});
