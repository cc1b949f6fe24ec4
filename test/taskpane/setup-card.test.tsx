import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { translate } from "../../src/domain/i18n/translate";
import { buildWorkbookPlan } from "../../src/domain/workbook-plan";
import { appendRecord } from "../../src/excel/append-record";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { seedDemoWorkbook } from "../../src/preview/demo-workbook";
import { TaskpaneApp } from "../../src/taskpane/App";
import { complaint } from "../support/excel-fixtures";
import { TABLES_GIVEN_NOTES, setUpBeforeNotes } from "../support/former-schema";

function renderPane(host: MemoryExcel, language = "vi-VN") {
  const storage = new Map<string, string>();
  render(
    <TaskpaneApp
      runner={memoryExcelRunner(host)}
      officeDisplayLanguage={language}
      theme="light"
      storage={{
        length: 0,
        clear: () => storage.clear(),
        getItem: (key) => storage.get(key) ?? null,
        key: () => null,
        removeItem: (key) => void storage.delete(key),
        setItem: (key, value) => void storage.set(key, value),
      }}
    />,
  );
}

/** Home reads the workbook, then fetches its setup panel and checks: on a busy machine that takes seconds. */
const SETTLING = { timeout: 5000 };

/**
 * The Set up button once Home has looked at the workbook: until then (its panel's chunk on its way, then the
 * check) a disabled Set up button stands in its place.
 */
async function setUpButton(name: string): Promise<HTMLElement> {
  return waitFor(() => {
    const button = screen.getByRole("button", { name });
    expect(button.hasAttribute("disabled")).toBe(false);
    return button;
  }, SETTLING);
}

describe("setting up the workbook from Home", () => {
  it("says a new workbook is not set up, then creates the ledger's tables with headers in the pane's language", async () => {
    const host = new MemoryExcel();
    renderPane(host);
    expect(await screen.findByText(translate("vi", "setup.notSetUp", { language: "tiếng Việt" }))).toBeTruthy();
    fireEvent.click(await setUpButton(translate("vi", "setup.action")));
    expect(await screen.findByText(translate("vi", "setup.done", { sheets: 10, tables: 14, columns: 0 }))).toBeTruthy();
    // Home names the ledger's tables as people call them in the pane's language, not by their Excel names.
    expect(await screen.findByText(translate("vi", "home.tableRows", { name: "Khiếu nại", count: 0 }))).toBeTruthy();
    expect(screen.queryByText(translate("vi", "home.tableRows", { name: "Complaints", count: 0 }))).toBeNull();
    expect(host.workbook.table("Complaints")?.headers[0]).toBe("Mã khiếu nại");
  });

  it("once set up, says so in the workbook's language and offers to check again instead of Set up", async () => {
    const host = new MemoryExcel();
    renderPane(host, "en-US");
    fireEvent.click(await setUpButton("Set up workbook"));
    await screen.findByText(/^Done:/);
    expect(await screen.findByText(translate("en", "setup.upToDate"))).toBeTruthy();
    expect(screen.getByText(translate("en", "setup.setUpIn", { language: "English" }))).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Set up workbook" })).toBeNull();
    expect(screen.getByRole("button", { name: translate("en", "setup.checkAgain") })).toBeTruthy();
  });

  it("in a Chinese pane, keeps an English workbook in English and offers nothing to set up", async () => {
    const host = new MemoryExcel();
    await seedDemoWorkbook(host, "en");
    const columns = host.workbook.tables().reduce((count, table) => count + table.headers.length, 0);
    renderPane(host, "zh-CN");
    expect(await screen.findByText(translate("zh-CN", "setup.setUpIn", { language: "英语" }))).toBeTruthy();
    expect(screen.getByText(translate("zh-CN", "setup.upToDate"))).toBeTruthy();
    expect(screen.queryByRole("button", { name: translate("zh-CN", "setup.action") })).toBeNull();
    expect(host.workbook.tables().reduce((count, table) => count + table.headers.length, 0)).toBe(columns);
  });

  it("says what Set up would change, and explains what it left alone instead of building over someone's cells", async () => {
    const host = new MemoryExcel();
    renderPane(host, "en-US");
    fireEvent.click(await setUpButton("Set up workbook"));
    await screen.findByText(/^Done:/);
    host.convertTableToRange("Reminders");
    host.workbook.sheet("Reminder slips")?.setCell(0, 0, { value: "My own list" });
    fireEvent.click(await screen.findByRole("button", { name: translate("en", "setup.checkAgain") }));
    expect(
      await screen.findByText(translate("en", "setup.wouldChange", { sheets: 0, tables: 0, columns: 0 })),
    ).toBeTruthy();
    fireEvent.click(await setUpButton("Set up workbook"));
    expect(await screen.findAllByText(/The table Reminders/)).not.toHaveLength(0);
  });

  it("says Set up gives columns under an earlier version's header today's header, and does so keeping them", async () => {
    const host = new MemoryExcel();
    await seedDemoWorkbook(host, "zh-CN");
    const columns = host.workbook.tables().reduce((count, table) => count + table.headers.length, 0);
    host.renameColumn("Complaints", "临时措施", "短期对策");
    host.renameColumn("Complaints", "审批状态", "批示状态");
    renderPane(host, "zh-CN");
    expect(await screen.findByText(translate("zh-CN", "setup.renames", { count: 2 }))).toBeTruthy();
    fireEvent.click(await setUpButton(translate("zh-CN", "setup.action")));
    expect(await screen.findByText(translate("zh-CN", "setup.renamed", { count: 2 }))).toBeTruthy();
    expect(host.workbook.table("Complaints")?.headers).toEqual(expect.arrayContaining(["临时措施", "审批状态"]));
    expect(host.workbook.tables().reduce((count, table) => count + table.headers.length, 0)).toBe(columns);
  });

  it("says Set up would add the Notes columns a workbook set up before them lacks, and adds them keeping the data", async () => {
    const { host, run } = await setUpBeforeNotes("en");
    // Saved by this version before anyone ran Set up: the offer stays, and the row is kept.
    const saved = await run((context) =>
      appendRecord(context, buildWorkbookPlan("en"), { table: "complaints", record: complaint(), year: 2026 }),
    );
    renderPane(host, "en-US");
    expect(
      await screen.findByText(translate("en", "setup.wouldChange", { sheets: 0, tables: 0, columns: 6 })),
    ).toBeTruthy();
    fireEvent.click(await setUpButton("Set up workbook"));
    expect(await screen.findByText(translate("en", "setup.done", { sheets: 0, tables: 0, columns: 6 }))).toBeTruthy();
    for (const table of TABLES_GIVEN_NOTES) {
      expect(host.workbook.table(table)?.headers.at(-1)).toBe("Notes");
    }
    expect(host.tables().Complaints.rows.map((row) => row[0])).toEqual([saved.id]);
  });

  it("keeps the pane usable and says why when the workbook cannot be written", async () => {
    const host = new MemoryExcel();
    renderPane(host, "en-US");
    const button = await setUpButton("Set up workbook");
    host.rejectNextSync("The network connection was lost.");
    fireEvent.click(button);
    expect(await screen.findByText(/The network connection was lost\./)).toBeTruthy();
    expect(button.hasAttribute("disabled")).toBe(false);
  });
});
