import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useLayoutEffect } from "react";
import { translate } from "../../src/domain/i18n/translate";
import type { ExcelRunner } from "../../src/excel/excel-runner";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { TaskpaneApp } from "../../src/taskpane/App";
import { memoryStorage } from "../support/render-taskpane";

// Home's setup panel is its own chunk (import() of SetupCard). Offline, fetching it fails, as a chunk does when the
// network drops; jest asks this factory again on the next import after a failure.
let mockOffline = false;
jest.mock("../../src/taskpane/components/SetupCard", () => {
  if (mockOffline) throw new Error("Loading chunk home-setup failed.");
  return jest.requireActual("../../src/taskpane/components/SetupCard");
});

/** A runner that holds the first batch (Home's summary) until `release`, and counts the batches asked for. */
function heldRunner(host: MemoryExcel) {
  const run = memoryExcelRunner(host);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const counted = { batches: 0 };
  const runner: ExcelRunner = async (batch) => {
    counted.batches += 1;
    if (counted.batches === 1) await held;
    return run(batch);
  };
  return { runner, release, counted };
}

const renderPane = (runner: ExcelRunner) =>
  render(<TaskpaneApp runner={runner} officeDisplayLanguage="en-US" theme="light" storage={memoryStorage()} />);

const notSetUp = translate("en", "setup.notSetUp", { language: "English" });
/** Home reads the workbook, then fetches its setup panel and checks: on a busy machine that takes seconds. */
const SETTLING = { timeout: 5000 };

afterEach(() => {
  mockOffline = false;
});

describe("Home", () => {
  it("says so when its setup panel cannot be fetched, and fetches it again on Try again", async () => {
    mockOffline = true;
    renderPane(memoryExcelRunner(new MemoryExcel()));
    expect(await screen.findByText("This workbook has no tables yet.")).toBeTruthy();
    expect(
      await screen.findByText(
        translate("en", "nav.openFailed", {
          section: translate("en", "setup.title"),
          reason: "Loading chunk home-setup failed.",
        }),
        undefined,
        SETTLING,
      ),
    ).toBeTruthy();
    // Said at once to a screen reader, as an alert.
    expect(screen.getByRole("alert").textContent).toContain("Loading chunk home-setup failed.");
    mockOffline = false;
    fireEvent.click(screen.getByRole("button", { name: translate("en", "nav.retry") }));
    expect(await screen.findByText(notSetUp, undefined, SETTLING)).toBeTruthy();
    expect(screen.getByRole("button", { name: translate("en", "setup.action") }).hasAttribute("disabled")).toBe(false);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("reads the workbook first, and only then checks what Set up would change", async () => {
    const { runner, release, counted } = heldRunner(new MemoryExcel());
    renderPane(runner);
    expect(await screen.findByText(translate("en", "home.reading"))).toBeTruthy();
    // Meanwhile the setup panel stands as it does while checking: its title, the busy ring, Set up disabled. Both
    // waits are statuses, so a screen reader says what the pane is doing, in its language.
    expect(screen.getByRole("heading", { name: translate("en", "setup.title") })).toBeTruthy();
    expect(screen.getAllByRole("status").map((status) => status.textContent)).toEqual([
      translate("en", "home.reading"),
      translate("en", "setup.checking"),
    ]);
    expect(screen.getByRole("button", { name: translate("en", "setup.action") }).hasAttribute("disabled")).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100)); // time enough for a chunk and a check to start
    expect(counted.batches).toBe(1);

    release();
    expect(await screen.findByText("This workbook has no tables yet.")).toBeTruthy();
    expect(await screen.findByText(notSetUp, undefined, SETTLING)).toBeTruthy();
    expect(counted.batches).toBe(2);
  });

  it("asks Excel for its first read before the browser first paints Home, and only once", async () => {
    const { runner, release, counted } = heldRunner(new MemoryExcel());
    let askedBeforePaint: number | undefined;
    // Layout effects run after React has put Home in the page and before the browser paints it.
    function Painting() {
      useLayoutEffect(() => {
        askedBeforePaint ??= counted.batches;
      }, []);
      return null;
    }
    render(
      <>
        <TaskpaneApp runner={runner} officeDisplayLanguage="en-US" theme="light" storage={memoryStorage()} />
        <Painting />
      </>,
    );
    expect(screen.getByText(translate("en", "home.reading"))).toBeTruthy();
    expect(askedBeforePaint).toBe(1);
    release();
    expect(await screen.findByText("This workbook has no tables yet.")).toBeTruthy();
    expect(await screen.findByText(notSetUp, undefined, SETTLING)).toBeTruthy();
    expect(counted.batches).toBe(2); // the summary, then the setup check: the first read was not asked for twice
  });

  it("says why it could not read the workbook, in the pane's language, and reads it again on Refresh", async () => {
    const run = memoryExcelRunner(new MemoryExcel());
    let batches = 0;
    const runner: ExcelRunner = (batch) => {
      batches += 1;
      return batches === 1 ? Promise.reject(new Error("The workbook is busy.")) : run(batch);
    };
    renderPane(runner);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(translate("en", "home.readFailed", { reason: "The workbook is busy." }));
    fireEvent.click(screen.getByRole("button", { name: translate("en", "home.refresh") }));
    expect(await screen.findByText("This workbook has no tables yet.")).toBeTruthy();
    expect(screen.queryByText(translate("en", "home.readFailed", { reason: "The workbook is busy." }))).toBeNull();
  });

  it("names the ledger's tables by their titles and the user's own by their Excel names", async () => {
    const host = new MemoryExcel();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A2").values = [["Id"], ["CU-2026-0001"]];
      sheet.getRange("C1:C3").values = [["Item"], ["a"], ["b"]];
      context.workbook.tables.add("Sheet1!A1:A2", true).name = "customers"; // Excel's names ignore case
      context.workbook.tables.add("Sheet1!C1:C3", true).name = "MyList";
    });
    renderPane(memoryExcelRunner(host));
    const tables = await screen.findByRole("list", { name: "Tables" });
    await waitFor(() =>
      expect([...tables.querySelectorAll("li")].map((item) => item.textContent)).toEqual([
        "Customers — 1 rows",
        "MyList — 2 rows",
      ]),
    );
  });
});
