import { officeExcelRunner } from "../../src/excel/excel-runner";

describe("the Office runner", () => {
  it("runs every batch with delayForCellEdit, so a batch waits while the user types in a cell", async () => {
    const run = jest.fn((_options: Excel.RunOptions, batch: (context: unknown) => Promise<unknown>) => batch({}));
    (globalThis as unknown as { Excel: { run: typeof run } }).Excel = { run };
    await expect(officeExcelRunner(async () => "done")).resolves.toBe("done");
    expect(run.mock.calls[0][0]).toEqual({ delayForCellEdit: true });
  });
});
