import { fireEvent, render, screen } from "@testing-library/react";
import { TaskpaneApp } from "../../src/taskpane/App";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import type { ExcelRunner } from "../../src/excel/excel-runner";
import { memoryStorage } from "../support/render-taskpane";

async function hostWithComplaints(rows: number): Promise<MemoryExcel> {
  const host = new MemoryExcel();
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange(`A1:A${rows + 1}`).values = [
      ["Id"],
      ...Array.from({ length: rows }, (_, i) => [`CC-2026-${i + 1}`]),
    ];
    context.workbook.tables.add(`Sheet1!A1:A${rows + 1}`, true).name = "Complaints";
  });
  return host;
}

describe("the task pane shell", () => {
  it("opens on Home in Office's language and lists the workbook's tables", async () => {
    const host = await hostWithComplaints(2);
    render(
      <TaskpaneApp
        runner={memoryExcelRunner(host)}
        officeDisplayLanguage="zh-HK"
        theme="light"
        storage={memoryStorage()}
      />,
    );
    // The ledger's tables by their titles in the pane's language, not their Excel names.
    expect(await screen.findByText("顧客投訴 — 2 列")).toBeTruthy();
    expect(screen.getByRole("tab", { name: "首頁" }).getAttribute("aria-selected")).toBe("true");
  });

  it("shows what went wrong when the workbook cannot be read, and reads it again on Refresh", async () => {
    const host = await hostWithComplaints(1);
    // Home reads the workbook twice when it opens: its summary, and what Set up would change.
    host.rejectNextSync("Excel is busy.");
    host.rejectNextSync("Excel is busy.");
    render(
      <TaskpaneApp
        runner={memoryExcelRunner(host)}
        officeDisplayLanguage="en-US"
        theme="light"
        storage={memoryStorage()}
      />,
    );
    expect(await screen.findByText("The workbook could not be read: Excel is busy.")).toBeTruthy();
    expect(await screen.findByText("The workbook could not be checked: Excel is busy.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    expect(await screen.findByText("Complaints — 1 rows")).toBeTruthy();
  });

  it("keeps the language chosen in Settings for the next time the task pane opens", async () => {
    const storage = memoryStorage();
    const runner: ExcelRunner = memoryExcelRunner(new MemoryExcel());
    const first = render(<TaskpaneApp runner={runner} officeDisplayLanguage="en-US" theme="light" storage={storage} />);
    expect(await screen.findByText("This workbook has no tables yet.")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
    fireEvent.click(screen.getByRole("radio", { name: "Tiếng Việt" }));
    expect(screen.getByRole("tab", { name: "Cài đặt" })).toBeTruthy();
    first.unmount();

    render(<TaskpaneApp runner={runner} officeDisplayLanguage="en-US" theme="light" storage={storage} />);
    expect(await screen.findByRole("tab", { name: "Trang chủ" })).toBeTruthy();
    expect(await screen.findByText("Sổ làm việc này chưa có bảng nào.")).toBeTruthy();
  });

  it("falls back to Office's language when the saved choice is not a language it knows", async () => {
    const storage = memoryStorage(new Map([["vocLedger.language", "klingon"]]));
    render(
      <TaskpaneApp
        runner={memoryExcelRunner(new MemoryExcel())}
        officeDisplayLanguage="vi-VN"
        theme="dark"
        storage={storage}
      />,
    );
    expect(screen.getByRole("tab", { name: "Trang chủ" })).toBeTruthy();
    expect(await screen.findByText("Sổ làm việc này chưa có bảng nào.")).toBeTruthy();
  });

  it("has no section left planned: Reports holds the dashboard, the management review and sending", () => {
    render(
      <TaskpaneApp
        runner={memoryExcelRunner(new MemoryExcel())}
        officeDisplayLanguage="en-US"
        theme="light"
        storage={memoryStorage()}
      />,
    );
    fireEvent.click(screen.getByRole("tab", { name: "Reports" }));
    expect(screen.getAllByRole("region").map((region) => region.querySelector("h3")?.textContent)).toEqual([
      "Dashboard",
      "Management review",
      "Sending the workbook",
    ]);
    expect(screen.queryByText(/not available in this version/)).toBeNull();
  });
});
