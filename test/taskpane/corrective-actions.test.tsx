/**
 * The survey follow-up on the Cases screen (REQ 15, 16, 18): a return at 68 with four items at or below 70 raises
 * its alerts there; taking one saves a CorrectiveActions row with owner and due date and lists it as an action;
 * marking it done and the next period's result follow; opening Cases again raises nothing twice.
 */
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { serialOf } from "../../src/domain/excel-date";
import type { Language } from "../../src/domain/i18n/language";
import { translate } from "../../src/domain/i18n/translate";
import { NAMES, type WorkbookPlan, buildWorkbookPlan } from "../../src/domain/workbook-plan";
import { setupWorkbook } from "../../src/excel/setup-workbook";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { seedDemoWorkbook } from "../../src/preview/demo-workbook";
import { addRecord, click, renderCases, tableRows } from "../support/render-cases";

jest.setTimeout(60_000);
// The ledger's read, its corrective actions included, comes before the board shows; the machines are shared.
configure({ asyncUtilTimeout: 5_000 });

const CUSTOMER = "Công ty Hòa Phát";
/** Ratings 3 3 4 / 4 4 4 / 3 3: a total of 68, the items OV1, OV2, PQ1 and PQ2 at 60. */
const RATINGS_68 = { OV1: 3, OV2: 3, OV3: 4, SV1: 4, SV2: 4, SV3: 4, PQ1: 3, PQ2: 3 };
const RATINGS_80 = { OV1: 4, OV2: 4, OV3: 4, SV1: 4, SV2: 4, SV3: 4, PQ1: 4, PQ2: 4 };

/** Saves a returned form as the survey return form does: validated against the workbook's columns, appended. */
function addReturn(
  host: MemoryExcel,
  period: string,
  ratings: Readonly<Record<string, number>>,
  returnedAt: number,
  language: Language = "en",
): Promise<string> {
  const items = Object.fromEntries(Object.entries(ratings).map(([code, rating]) => [`item_${code}`, rating]));
  return addRecord(host, "surveyReturns", { period, customer: CUSTOMER, returnedAt, ...items }, language);
}

async function workbook(language: Language = "en"): Promise<MemoryExcel> {
  const host = new MemoryExcel();
  await seedDemoWorkbook(host, language);
  await addReturn(host, "2026-Q3", RATINGS_68, serialOf(2026, 9, 10), language);
  host.resetMeters();
  return host;
}

const actionRows = (host: MemoryExcel) => tableRows(host, "CorrectiveActions");

function alertTexts(): string[] {
  const list = screen.getByRole("list", { name: "Alerts awaiting an action" });
  return within(list)
    .getAllByRole("listitem")
    .map((item) => item.textContent ?? "");
}

const TAKE_REPORT = `Take action: Improvement report (survey total), ${CUSTOMER} · 2026-Q3`;

describe("the survey alerts on the Cases screen", () => {
  it("lists what a return at 68 requires: an improvement report, a review and a root-cause analysis per low item", async () => {
    const host = await workbook();
    renderCases(host);
    expect(await screen.findByText("Alerts awaiting an action: 6")).toBeTruthy();
    expect(alertTexts()).toEqual([
      expect.stringMatching(/^Improvement report \(survey total\).*Total score 68, below 80.*From SR-2026-0001/),
      expect.stringMatching(/^Root-cause analysis \(item\).*OV1 Product price: 60 points, at or below 70/),
      expect.stringMatching(/^Root-cause analysis \(item\).*OV2 Delivery time: 60 points/),
      expect.stringMatching(/^Root-cause analysis \(item\).*PQ1 Product quality: 60 points/),
      expect.stringMatching(/^Root-cause analysis \(item\).*PQ2 Quality and safety: 60 points/),
      expect.stringMatching(/^Cross-department review \(customer score\).*Customer score 68 for the period, below 80/),
    ]);
    expect(screen.getByText("No corrective action has been taken yet.")).toBeTruthy();
    expect(host.writeCount).toBe(0);
  });

  it("shows twenty alerts at first and the rest on request", async () => {
    const host = await workbook();
    for (const [period, month] of [
      ["2026-Q2", 6],
      ["2026-Q1", 3],
      ["2025-Q4", 12],
    ] as const) {
      await addReturn(host, period, RATINGS_68, serialOf(period.startsWith("2025") ? 2025 : 2026, month, 10));
    }
    renderCases(host);
    expect(await screen.findByText("Alerts awaiting an action: 24")).toBeTruthy();
    expect(alertTexts()).toHaveLength(20);
    await click(screen.getByRole("button", { name: "Show 4 more" }));
    expect(alertTexts()).toHaveLength(24);
    expect(alertTexts()[23]).toMatch(/2025-Q4/);
    expect(screen.queryByRole("button", { name: /^Show \d+ more$/ })).toBeNull();
  });

  it("takes an alert with an owner and a due date, saved in at most 2 round trips, and lists it as an action", async () => {
    const host = await workbook();
    const batches: number[] = [];
    renderCases(host, { batches });
    await click(await screen.findByRole("button", { name: TAKE_REPORT }));
    const page = screen.getByRole("region", { name: "Take the alert as an action" });
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Take the alert as an action"));
    expect((within(page).getByLabelText(/^Due date/) as HTMLInputElement).value).toBe("2026-12-02");

    await click(within(page).getByRole("button", { name: "Save the action" }));
    expect(await within(page).findByText("Owner is required.")).toBeTruthy();
    expect(host.tables().CorrectiveActions.rows).toEqual([]);

    fireEvent.change(within(page).getByLabelText(/^Owner/), { target: { value: "Trần Văn Minh" } });
    fireEvent.change(within(page).getByLabelText(/^Responsible department/), { target: { value: "sales" } });
    fireEvent.change(within(page).getByLabelText(/^Due date/), { target: { value: "2026-12-04" } });
    batches.length = 0;
    await click(within(page).getByRole("button", { name: "Save the action" }));
    const saved = await screen.findByText(
      /^CA-\d{4}-0001 saved: Improvement report \(survey total\) for Công ty Hòa Phát · 2026-Q3, owner Trần Văn Minh, due 2026-12-04\./,
    );
    expect(saved).toBeTruthy();
    expect(batches[0]).toBeLessThanOrEqual(2);

    expect(actionRows(host)).toEqual([
      expect.objectContaining({
        "Alert key": `surveyTotal|2026-Q3|${CUSTOMER}`,
        "Action required": "Improvement report (survey total)",
        Period: "2026-Q3",
        Customer: CUSTOMER,
        Finding: "Total score 68, below 80",
        Owner: "Trần Văn Minh",
        "Responsible department": "Sales",
        "Due date": serialOf(2026, 12, 4),
        Status: "Open",
      }),
    ]);
    expect(await screen.findByText("Alerts awaiting an action: 5")).toBeTruthy();
    // Then the actions alone are read again, in 2 round trips: the ledger's other tables are as they were.
    await waitFor(() => expect(batches).toHaveLength(2));
    expect(batches[1]).toBe(2);
    const actions = screen.getByRole("list", { name: "Corrective actions taken" });
    expect(within(actions).getAllByRole("listitem")).toHaveLength(1);
    expect(within(actions).getByText(/^Owner: Trần Văn Minh/).textContent).toBe(
      "Owner: Trần Văn Minh · Due 2026-12-04",
    );
    expect(
      within(actions).getByText("Effectiveness: pending until 2026-Q4 is over and its survey forms are back."),
    ).toBeTruthy();
  });

  it("keeps the entry when a save is lost, and the retry writes the action once", async () => {
    const host = await workbook();
    renderCases(host);
    await click(await screen.findByRole("button", { name: TAKE_REPORT }));
    const page = screen.getByRole("region", { name: "Take the alert as an action" });
    fireEvent.change(within(page).getByLabelText(/^Owner/), { target: { value: "Trần Văn Minh" } });
    host.rejectNextSync("The network connection was lost.", { after: 1 }); // the write, after the read
    await click(within(page).getByRole("button", { name: "Save the action" }));
    expect(await within(page).findByText(/The network connection was lost\./)).toBeTruthy();
    expect((within(page).getByLabelText(/^Owner/) as HTMLInputElement).value).toBe("Trần Văn Minh");
    await click(within(page).getByRole("button", { name: "Save the action" }));
    expect(await screen.findByText(/^CA-\d{4}-0001 saved/)).toBeTruthy();
    expect(host.tables().CorrectiveActions.rows).toHaveLength(1);
    expect(await screen.findByText("Alerts awaiting an action: 5")).toBeTruthy();
  });

  it("raises each alert once however often Cases is opened", async () => {
    const host = await workbook();
    const first = renderCases(host);
    await click(await screen.findByRole("button", { name: TAKE_REPORT }));
    fireEvent.change(screen.getByLabelText(/^Owner/), { target: { value: "Trần Văn Minh" } });
    await click(screen.getByRole("button", { name: "Save the action" }));
    expect(await screen.findByText("Alerts awaiting an action: 5")).toBeTruthy();
    first.unmount();

    const writes = host.writeCount;
    for (let opening = 0; opening < 3; opening += 1) {
      const again = renderCases(host);
      expect(await screen.findByText("Alerts awaiting an action: 5")).toBeTruthy();
      expect(screen.queryByRole("button", { name: TAKE_REPORT })).toBeNull();
      expect(screen.getByText("Actions taken: 1")).toBeTruthy();
      again.unmount();
    }
    expect(host.writeCount).toBe(writes);
    expect(host.tables().CorrectiveActions.rows).toHaveLength(1);
  });

  it("marks an action done with what was done, and confirms it when the next quarter's total reaches 80", async () => {
    const host = new MemoryExcel();
    await seedDemoWorkbook(host, "en");
    await addReturn(host, "2026-Q1", RATINGS_68, serialOf(2026, 3, 10));
    const april = renderCases(host, { now: new Date(2026, 3, 10, 9, 0) });
    await click(
      await screen.findByRole("button", {
        name: `Take action: Improvement report (survey total), ${CUSTOMER} · 2026-Q1`,
      }),
    );
    fireEvent.change(screen.getByLabelText(/^Owner/), { target: { value: "Lê Thị Hoa" } });
    await click(screen.getByRole("button", { name: "Save the action" }));
    const id = String(actionRows(host)[0]["Action ID"]);
    await click(await screen.findByRole("button", { name: new RegExp(`^${id}:`) }));
    const page = screen.getByRole("region", { name: new RegExp(`^${id}`) });
    await click(within(page).getByRole("button", { name: "Mark done" }));
    expect(within(page).getByText("Describe what was done before marking the action done.")).toBeTruthy();
    fireEvent.change(within(page).getByLabelText(/^What was done/), {
      target: { value: "Delivery slots agreed with the customer" },
    });
    await click(within(page).getByRole("button", { name: "Mark done" }));
    expect(await screen.findByText(`${id} is done.`)).toBeTruthy();
    expect(actionRows(host)[0]).toMatchObject({
      Status: "Done",
      "What was done": "Delivery slots agreed with the customer",
      "Done at": serialOf(2026, 4, 10) + 9 / 24,
    });
    april.unmount();

    await addReturn(host, "2026-Q2", RATINGS_80, serialOf(2026, 6, 12));
    renderCases(host, { now: new Date(2026, 6, 15, 9, 0) });
    await click(await screen.findByRole("button", { name: new RegExp(`^${id}:`) }));
    const checked = screen.getByRole("region", { name: new RegExp(`^${id}`) });
    expect(within(checked).getByText("Effectiveness confirmed: 80 in 2026-Q2 (target 80).")).toBeTruthy();
    await click(within(checked).getByRole("button", { name: "Record the effectiveness check" }));
    expect(await screen.findByText(`The effectiveness check of ${id} is recorded: Effective.`)).toBeTruthy();
    expect(actionRows(host)[0]).toMatchObject({ Effectiveness: "Effective", "Checked at": serialOf(2026, 7, 15) });
    expect(screen.getByText("Effectiveness check recorded on 2026-07-15: Effective.")).toBeTruthy();
  });

  it("writes the action in the workbook's language whatever language the pane speaks", async () => {
    const host = await workbook("zh-CN");
    renderCases(host, { language: "vi" });
    await click(
      await screen.findByRole("button", {
        name: `Nhận hành động: Báo cáo cải tiến (tổng điểm), ${CUSTOMER} · 2026-Q3`,
      }),
    );
    fireEvent.change(screen.getByLabelText(/^Người phụ trách/), { target: { value: "王芳" } });
    await click(screen.getByRole("button", { name: "Lưu hành động" }));
    expect(await screen.findByText(/^CA-\d{4}-0001/)).toBeTruthy();
    expect(actionRows(host)).toEqual([
      expect.objectContaining({
        预警代码: `surveyTotal|2026-Q3|${CUSTOMER}`,
        须采取的措施: "改善报告（综合得分）",
        问题点: "综合得分 68，低于 80 分",
        处理状态: "进行中",
      }),
    ]);
    expect(host.workbook.name(NAMES.language)?.formula).toBe('="zh-CN"');
  });

  it("keeps the cases of a workbook set up before the table existed, and says Set up adds it", async () => {
    const host = new MemoryExcel();
    const full = buildWorkbookPlan("en");
    const older: WorkbookPlan = {
      ...full,
      sheets: full.sheets.filter((sheet) => !sheet.tables.some((table) => table.key === "actions")),
    };
    await memoryExcelRunner(host)((context) => setupWorkbook(context, older));
    await addReturn(host, "2026-Q3", RATINGS_68, serialOf(2026, 9, 10));
    renderCases(host);
    expect(
      await screen.findByText(/This workbook has no CorrectiveActions table yet\. Set up on Home adds it/),
    ).toBeTruthy();
    expect(screen.getByText("Alerts awaiting an action: 6")).toBeTruthy();
    expect(screen.queryByRole("button", { name: TAKE_REPORT })).toBeNull();
    expect(screen.queryByText(translate("en", "cases.notSetUp"))).toBeNull();
    expect(screen.getByLabelText("Kind")).toBeTruthy(); // the case list with its filters
  });
});
