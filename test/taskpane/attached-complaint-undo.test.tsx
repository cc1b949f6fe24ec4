import { configure, fireEvent, screen } from "@testing-library/react";
import { MemoryExcel } from "../../src/memory-host";
import { seedDemoWorkbook } from "../../src/preview/demo-workbook";
import { addRecord, at, attachComplaint, closedComplaint, tableRows } from "../support/render-cases";

// The machines are shared: a first render and a ledger read can take seconds when others run their tests too.
jest.setTimeout(90_000);
configure({ asyncUtilTimeout: 20_000 });

/** A complaint closed five days ago, its follow-up call due: the customer is dissatisfied. */
/** The complaint the specs attach a new one to, closed (closedComplaint). */
const ORIGINAL = {
  channel: "phone",
  customer: "深圳华强电子",
  product: "Pump P-200",
  severity: "general",
  description: "Seal leaks after two days.",
};

const complaintIds = (host: MemoryExcel) => tableRows(host, "Complaints").map((row) => Object.values(row)[0]);

describe("undoing a complaint attached to a case", () => {
  it("offers Undo beside the saved message: the new complaint goes in 2 round trips, its id is never given again", async () => {
    const host = new MemoryExcel();
    await seedDemoWorkbook(host, "en");
    const original = await closedComplaint(host, ORIGINAL);
    const batches: number[] = [];
    const newId = await attachComplaint(host, original, batches);
    expect(complaintIds(host)).toContain(newId);

    batches.length = 0;
    fireEvent.click(screen.getByRole("button", { name: "Undo this save" }));
    const done = await screen.findByText(
      `${newId} was removed. Its ID will not be given again: the next save takes a new one.`,
    );
    expect(batches[0]).toBeLessThanOrEqual(2);
    expect(done.closest("[tabindex='-1']")).toBe(document.activeElement);
    expect(complaintIds(host)).not.toContain(newId);
    // The call itself stays recorded on the original.
    const followedUp = tableRows(host, "Complaints").find((row) => Object.values(row)[0] === original);
    expect(followedUp?.["Follow-up result"]).toBe("Dissatisfied");
    expect(screen.queryByRole("button", { name: "Undo this save" })).toBeNull();

    const next = await addRecord(host, "complaints", {
      channel: "phone",
      customer: "深圳华强电子",
      product: "Pump P-200",
      severity: "general",
      description: "Noise at start-up.",
      receivedAt: at(11, 25, 9),
      status: "open",
    });
    expect(next).toBe(`CC-2026-${String(Number(newId.slice(-4)) + 1).padStart(4, "0")}`);
  });

  it("refuses when the new complaint was edited in the sheet since, and deletes nothing", async () => {
    const host = new MemoryExcel();
    await seedDemoWorkbook(host, "en");
    const original = await closedComplaint(host, ORIGINAL);
    const newId = await attachComplaint(host, original, []);
    const { headers } = host.tables().Complaints;
    const at = complaintIds(host).indexOf(newId);
    await host.run(async (context) => {
      const body = context.workbook.tables.getItem("Complaints").getDataBodyRange();
      body.getCell(at, headers.indexOf("Batch / lot no.")).values = [["B-2612"]];
    });

    fireEvent.click(screen.getByRole("button", { name: "Undo this save" }));
    expect(
      await screen.findByText(
        `${newId} was not removed: it was changed after it was saved (Batch / lot no.). Check the row in the sheet and delete it there if it is still wrong.`,
      ),
    ).toBeTruthy();
    expect(complaintIds(host)).toContain(newId);
  });
});
