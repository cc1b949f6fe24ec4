import { fireEvent, render, screen } from "@testing-library/react";
import { translate } from "../../src/domain/i18n/translate";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { TaskpaneApp } from "../../src/taskpane/App";

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

describe("setting up the workbook from Home", () => {
  it("creates the ledger's tables with headers in the task pane's language, then lists them", async () => {
    const host = new MemoryExcel();
    renderPane(host);
    fireEvent.click(await screen.findByRole("button", { name: translate("vi", "setup.action") }));
    expect(await screen.findByText(translate("vi", "setup.done", { sheets: 9, tables: 13, columns: 0 }))).toBeTruthy();
    expect(await screen.findByText(translate("vi", "home.tableRows", { name: "Complaints", count: 0 }))).toBeTruthy();
    expect(host.workbook.table("Complaints")?.headers[0]).toBe("Mã khiếu nại");
  });

  it("says there was nothing to change the second time", async () => {
    const host = new MemoryExcel();
    renderPane(host, "en-US");
    const button = await screen.findByRole("button", { name: "Set up workbook" });
    fireEvent.click(button);
    await screen.findByText(/^Done:/);
    fireEvent.click(button);
    expect(await screen.findByText(translate("en", "setup.unchanged"))).toBeTruthy();
  });

  it("explains what it left alone instead of building over someone's cells", async () => {
    const host = new MemoryExcel();
    renderPane(host, "en-US");
    const button = await screen.findByRole("button", { name: "Set up workbook" });
    fireEvent.click(button);
    await screen.findByText(/^Done:/);
    host.convertTableToRange("Reminders");
    host.workbook.sheet("Reminder slips")?.setCell(0, 0, { value: "My own list" });
    fireEvent.click(button);
    expect(await screen.findByText(/The table Reminders/)).toBeTruthy();
  });

  it("keeps the pane usable and says why when the workbook cannot be written", async () => {
    const host = new MemoryExcel();
    renderPane(host, "en-US");
    const button = await screen.findByRole("button", { name: "Set up workbook" });
    host.rejectNextSync("The network connection was lost.");
    fireEvent.click(button);
    expect(await screen.findByText(/The network connection was lost\./)).toBeTruthy();
    expect(button.hasAttribute("disabled")).toBe(false);
  });
});
