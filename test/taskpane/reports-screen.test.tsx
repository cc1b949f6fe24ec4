import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { Language } from "../../src/domain/i18n/language";
import type { ExcelRunner } from "../../src/excel/excel-runner";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { seedDemoWorkbook } from "../../src/preview/demo-workbook";
import { ExcelProvider } from "../../src/taskpane/excel-context";
import { I18nProvider } from "../../src/taskpane/i18n";
import { ReportsScreen } from "../../src/taskpane/screens/ReportsScreen";
import { StorageProvider } from "../../src/taskpane/storage-context";
import { countingRunner } from "../support/counting-runner";
import { memoryStorage, openSection, renderTaskpane } from "../support/render-taskpane";

jest.setTimeout(30_000);

/** Wednesday 2026-11-25: the latest quarter is 2026-Q4, the latest half-year 2026-H2. */
const NOW = new Date(2026, 10, 25, 10, 0);

async function demoWorkbook(): Promise<MemoryExcel> {
  const host = new MemoryExcel();
  await seedDemoWorkbook(host, "en");
  return host;
}

/** A runner that holds every batch until `release` is called: the moment an action is under way. */
function heldRunner(host: MemoryExcel): { runner: ExcelRunner; release: () => void } {
  const run = memoryExcelRunner(host);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  return { runner: async (batch) => held.then(() => run(batch)), release: () => release() };
}

/** A runner whose syncs after the first wait, one by one, for `step`: a long action seen half done. */
function steppedRunner(host: MemoryExcel): { runner: ExcelRunner; step: () => Promise<void>; releaseAll: () => void } {
  const run = memoryExcelRunner(host);
  const waiting: (() => void)[] = [];
  let free = false;
  const runner: ExcelRunner = (batch) =>
    run((context) => {
      const sync = context.sync.bind(context);
      let syncs = 0;
      const stepped = async () => {
        syncs += 1;
        if (syncs > 1 && !free) await new Promise<void>((resolve) => waiting.push(resolve));
        return sync();
      };
      return batch(Object.assign(context, { sync: stepped }));
    });
  const step = async () => {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      waiting.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  };
  const releaseAll = () => {
    free = true;
    waiting.splice(0).forEach((resolve) => resolve());
  };
  return { runner, step, releaseAll };
}

interface Options {
  readonly runner?: ExcelRunner;
  readonly storage?: Storage;
  readonly language?: Language;
}

function renderReports(host: MemoryExcel, { runner, storage = memoryStorage(), language = "en" }: Options = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={language}>
        <ExcelProvider runner={runner ?? memoryExcelRunner(host)}>
          <StorageProvider storage={storage}>
            <ReportsScreen now={() => NOW} />
          </StorageProvider>
        </ExcelProvider>
      </I18nProvider>
    </FluentProvider>,
  );
}

function card(name: string): HTMLElement {
  return screen.getByRole("region", { name });
}

async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}

function periodChoices(): string[] {
  const select = within(card("Management review")).getByLabelText("Period") as HTMLSelectElement;
  return [...select.options].map((option) => option.value);
}

describe("the dashboard", () => {
  it("refreshes the Dashboard sheet by quarters in at most 4 round trips, and says what it now holds", async () => {
    const host = await demoWorkbook();
    const batches: number[] = [];
    renderReports(host, { runner: countingRunner(host, batches) });
    const dashboard = card("Dashboard");
    expect((within(dashboard).getByLabelText("Quarters") as HTMLInputElement).checked).toBe(true);

    await click(within(dashboard).getByRole("button", { name: "Refresh dashboard" }));
    const outcome = await within(dashboard).findByText(
      /^Dashboard refreshed: 8 periods \(2025-Q1 to 2026-Q4\), \d+ customers, \d+ items, (\d+) charts\.$/,
    );
    expect(within(dashboard).getByText("The sheet “Dashboard” was created.")).toBeTruthy();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toBeLessThanOrEqual(4);
    const charts = Number(/(\d+) charts/.exec(outcome.textContent ?? "")?.[1]);
    expect(charts).toBeGreaterThan(0);
    expect(host.workbook.sheet("Dashboard")).toBeDefined();
    expect(host.charts("Dashboard")).toHaveLength(charts);

    await click(within(dashboard).getByRole("button", { name: "Refresh dashboard" }));
    expect(await within(dashboard).findByText("The sheet “Dashboard” was updated.")).toBeTruthy();
    expect(batches[1]).toBeLessThanOrEqual(4);
    expect(host.charts("Dashboard")).toHaveLength(charts);
  });

  it("counts by years when chosen, remembers the choice, and the review offers years too", async () => {
    const host = await demoWorkbook();
    const storage = memoryStorage();
    const first = renderReports(host, { storage });
    fireEvent.click(within(card("Dashboard")).getByLabelText("Years"));
    expect(periodChoices()).toEqual(["2026", "2025", "2024", "2023", "2022"]);
    await click(within(card("Dashboard")).getByRole("button", { name: "Refresh dashboard" }));
    expect(await screen.findByText(/^Dashboard refreshed: 5 periods \(2022 to 2026\),/)).toBeTruthy();
    first.unmount();

    renderReports(host, { storage });
    expect((within(card("Dashboard")).getByLabelText("Years") as HTMLInputElement).checked).toBe(true);
    expect((within(card("Management review")).getByLabelText("Period") as HTMLSelectElement).value).toBe("2026");
  });

  it("holds every action back while one runs, with its button still focused, then lets them run again", async () => {
    const host = await demoWorkbook();
    const { runner, release } = heldRunner(host);
    renderReports(host, { runner });
    const refresh = within(card("Dashboard")).getByRole("button", { name: "Refresh dashboard" });
    refresh.focus();
    await click(refresh);

    expect(within(card("Dashboard")).getByText("Refreshing the dashboard…")).toBeTruthy();
    const actions = ["Refresh dashboard", "Build review sheet", "Prepare for sending", "Restore formulas"];
    for (const name of actions) expect(screen.getByRole("button", { name }).getAttribute("aria-disabled")).toBe("true");
    expect(document.activeElement).toBe(refresh);
    const syncs = host.syncCount;
    await click(screen.getByRole("button", { name: "Build review sheet" }));
    await click(refresh);
    expect(host.syncCount).toBe(syncs);

    await act(async () => release());
    expect(await screen.findByText(/^Dashboard refreshed:/)).toBeTruthy();
    expect(screen.queryByText("Refreshing the dashboard…")).toBeNull();
    expect(screen.queryByText(/^Review sheet for/)).toBeNull();
    for (const name of actions)
      expect(screen.getByRole("button", { name }).getAttribute("aria-disabled")).not.toBe("true");
  });

  it("says why in plain words when Excel refuses, and refreshes on the next try", async () => {
    const host = await demoWorkbook();
    renderReports(host);
    host.rejectNextSync("Excel is busy.");
    await click(screen.getByRole("button", { name: "Refresh dashboard" }));
    expect(await screen.findByText("The dashboard could not be refreshed: Excel is busy.")).toBeTruthy();
    await click(screen.getByRole("button", { name: "Refresh dashboard" }));
    expect(await screen.findByText(/^Dashboard refreshed:/)).toBeTruthy();
    expect(screen.queryByText(/could not be refreshed/)).toBeNull();
  });

  it("speaks the task pane's language", async () => {
    const host = await demoWorkbook();
    renderReports(host, { language: "zh-CN" });
    expect(within(card("仪表板")).getByLabelText("按季度")).toBeTruthy();
    expect(within(card("管理评审")).getByRole("button", { name: "生成管理评审表" })).toBeTruthy();
    await click(within(card("仪表板")).getByRole("button", { name: "刷新仪表板" }));
    expect(await screen.findByText(/^仪表板已刷新：8 个期间（2025-Q1 至 2026-Q4），/)).toBeTruthy();
  });
});

describe("a workbook that is not set up", () => {
  it("asks to set the workbook up first, and the button leads Home", async () => {
    renderTaskpane(new MemoryExcel());
    await openSection("Reports");
    await click(screen.getByRole("button", { name: "Refresh dashboard" }));
    expect(
      await screen.findByText(/^This workbook is not set up for VOC Ledger yet: set up the workbook on Home first\./),
    ).toBeTruthy();
    await click(screen.getByRole("button", { name: "Go to Home" }));
    expect(screen.getByRole("tab", { name: "Home" }).getAttribute("aria-selected")).toBe("true");
  });
});

describe("the management review", () => {
  it("offers the last 8 quarters, newest first, and builds the one chosen against the one before", async () => {
    const host = await demoWorkbook();
    renderReports(host);
    const review = card("Management review");
    expect(periodChoices()).toEqual([
      "2026-Q4",
      "2026-Q3",
      "2026-Q2",
      "2026-Q1",
      "2025-Q4",
      "2025-Q3",
      "2025-Q2",
      "2025-Q1",
    ]);
    expect((within(review).getByLabelText("Period") as HTMLSelectElement).value).toBe("2026-Q4");
    fireEvent.change(within(review).getByLabelText("Period"), { target: { value: "2026-Q3" } });
    await click(within(review).getByRole("button", { name: "Build review sheet" }));
    expect(
      await within(review).findByText(
        /^Review sheet for 2026-Q3 \(compared with 2026-Q2\) is ready to print on A4; \d+ proposed actions kept\.$/,
      ),
    ).toBeTruthy();
    expect(host.workbook.sheet("Management review")).toBeDefined();
    expect(host.selection()?.sheet).toBe("Management review");
  });

  it("follows the dashboard's grain: half-years, the latest chosen", async () => {
    const host = await demoWorkbook();
    renderReports(host);
    fireEvent.change(within(card("Management review")).getByLabelText("Period"), { target: { value: "2026-Q2" } });
    fireEvent.click(within(card("Dashboard")).getByLabelText("Half-years"));
    expect(periodChoices()).toEqual(["2026-H2", "2026-H1", "2025-H2", "2025-H1", "2024-H2", "2024-H1"]);
    await click(within(card("Management review")).getByRole("button", { name: "Build review sheet" }));
    expect(await screen.findByText(/^Review sheet for 2026-H2 \(compared with 2026-H1\)/)).toBeTruthy();
  });
});

describe("sending the workbook", () => {
  /** A sheet of the user's own VOC formulas, which show #NAME? where the add-in is not installed. */
  async function withVocFormulas(host: MemoryExcel): Promise<void> {
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Notes");
      sheet.getRange("A1:A2").formulas = [["=VOC.GRADE(85)"], ["=VOC.SATRATE(B1:B3)"]];
    });
  }

  const formulaAt = (host: MemoryExcel, row: number) => host.workbook.sheet("Notes")?.cell(row, 0).formula;

  it("freezes the VOC formulas sheet by sheet, says nothing depends on the add-in, and restores them", async () => {
    const host = await demoWorkbook();
    await withVocFormulas(host);
    renderReports(host);
    const sending = card("Sending the workbook");

    await click(within(sending).getByRole("button", { name: "Prepare for sending" }));
    expect(await within(sending).findByText(/^Prepared for sending: 2 VOC formulas frozen to values\.$/)).toBeTruthy();
    expect(within(sending).getByText("Notes: 2 formulas")).toBeTruthy();
    expect(within(sending).getByText(/^Nothing in the workbook depends on the add-in/)).toBeTruthy();
    expect(formulaAt(host, 0)).toBeUndefined();

    await click(within(sending).getByRole("button", { name: "Prepare for sending" }));
    expect(await within(sending).findByText(/^Already prepared for sending:/)).toBeTruthy();

    await click(within(sending).getByRole("button", { name: "Restore formulas" }));
    expect(await within(sending).findByText("2 formulas restored.")).toBeTruthy();
    expect(formulaAt(host, 0)).toBe("=VOC.GRADE(85)");
    expect(formulaAt(host, 1)).toBe("=VOC.SATRATE(B1:B3)");
  });

  it("leaves a frozen cell edited since as it is, and names it", async () => {
    const host = await demoWorkbook();
    await withVocFormulas(host);
    renderReports(host);
    const sending = card("Sending the workbook");
    await click(within(sending).getByRole("button", { name: "Prepare for sending" }));
    await within(sending).findByText(/^Prepared for sending:/);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").getRange("A1").values = [["B"]];
    });

    await click(within(sending).getByRole("button", { name: "Restore formulas" }));
    expect(await within(sending).findByText("1 formulas restored.")).toBeTruthy();
    expect(within(sending).getByText("Left as they are, because they were edited after freezing:")).toBeTruthy();
    expect(within(sending).getByText(/^Notes!\$?A\$?1$/)).toBeTruthy();
    expect(host.workbook.sheet("Notes")?.cell(0, 0).value).toBe("B");
    expect(formulaAt(host, 1)).toBe("=VOC.SATRATE(B1:B3)");
  });

  it("shows how far the freeze has got while it runs", async () => {
    const host = await demoWorkbook();
    await withVocFormulas(host);
    const { runner, step, releaseAll } = steppedRunner(host);
    renderReports(host, { runner });
    const sending = card("Sending the workbook");
    await click(within(sending).getByRole("button", { name: "Prepare for sending" }));
    expect(within(sending).getByText("Freezing VOC formulas…")).toBeTruthy();
    const progressName = /^Freezing VOC formulas: \d+ of \d+$/;
    for (let syncs = 0; syncs < 10 && !within(sending).queryByRole("progressbar", { name: progressName }); syncs += 1)
      await step();
    const progress = within(sending).getByRole("progressbar", { name: progressName });
    expect(Number(progress.getAttribute("aria-valuenow"))).toBeGreaterThan(0);
    expect(within(sending).getByRole("button", { name: "Prepare for sending" }).getAttribute("aria-disabled")).toBe(
      "true",
    );
    await act(async () => releaseAll());
    expect(await within(sending).findByText(/^Prepared for sending: 2 VOC formulas frozen to values\.$/)).toBeTruthy();
    expect(within(sending).queryByRole("progressbar")).toBeNull();
  });

  it("says when there is nothing to restore", async () => {
    const host = await demoWorkbook();
    renderReports(host);
    await click(screen.getByRole("button", { name: "Restore formulas" }));
    expect(await screen.findByText("Nothing to restore: no frozen formulas were found in this workbook.")).toBeTruthy();
  });

  it("says why when the freeze fails", async () => {
    const host = await demoWorkbook();
    await withVocFormulas(host);
    renderReports(host);
    host.rejectNextSync("The network connection was lost.");
    await click(screen.getByRole("button", { name: "Prepare for sending" }));
    expect(
      await screen.findByText("The workbook could not be prepared for sending: The network connection was lost."),
    ).toBeTruthy();
  });
});
