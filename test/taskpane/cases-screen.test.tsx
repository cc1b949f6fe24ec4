import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { serialOf } from "../../src/domain/excel-date";
import { type RecordInput, validateRecord } from "../../src/domain/records";
import { TABLES, type TableKey, tableSpec } from "../../src/domain/schema";
import { buildWorkbookPlan } from "../../src/domain/workbook-plan";
import { appendRecord } from "../../src/excel/append-record";
import type { ExcelRunner } from "../../src/excel/excel-runner";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { seedDemoWorkbook } from "../../src/preview/demo-workbook";
import { ExcelProvider } from "../../src/taskpane/excel-context";
import { I18nProvider } from "../../src/taskpane/i18n";
import { CasesScreen } from "../../src/taskpane/screens/CasesScreen";
import { StorageProvider } from "../../src/taskpane/storage-context";
import { memoryStorage } from "../support/render-taskpane";

jest.setTimeout(30_000);

const PLAN = buildWorkbookPlan("en");
/** Wednesday 2026-11-25, 10:00: the moment every test looks at the ledger. */
const NOW = new Date(2026, 10, 25, 10, 0);
const at = (month: number, day: number, hours = 0, minutes = 0) =>
  serialOf(2026, month, day) + (hours * 60 + minutes) / 1440;

/** Appends a record as a form does: validated first, then appendRecord. */
async function add(host: MemoryExcel, table: TableKey, input: RecordInput): Promise<string> {
  const checked = validateRecord(tableSpec(table), input, { language: "en" });
  if (!checked.ok) throw new Error(`Invalid test record: ${JSON.stringify(checked.errors)}`);
  const run = memoryExcelRunner(host);
  const { id } = await run((context) => appendRecord(context, PLAN, { table, record: checked.row, year: 2026 }));
  return id;
}

const COMPLAINT: RecordInput = {
  channel: "phone",
  customer: "深圳华强电子",
  contact: "Mr Li",
  product: "Pump P-200",
  batchNo: "B-2611",
  severity: "general",
  description: "Seal leaks after two days.",
  status: "open",
};

interface Ledger {
  host: MemoryExcel;
  /** Received today 09:00, owner told: its reply is due tomorrow 09:00. */
  replyTomorrow: string;
  /** Received a week ago, all but the 8D done: the 8D report was due Monday. */
  lateEightD: string;
  /** Feedback received yesterday 08:00: the reply was due this morning. */
  lateFeedback: string;
  dispatch: string;
}

async function ledger(): Promise<Ledger> {
  const host = new MemoryExcel();
  await seedDemoWorkbook(host, "en");
  const replyTomorrow = await add(host, "complaints", {
    ...COMPLAINT,
    receivedAt: at(11, 25, 9),
    notifiedAt: at(11, 25, 9, 10),
    contentClass: "serviceQuality",
    ownerDepartment: "sales",
  });
  const lateEightD = await add(host, "complaints", {
    ...COMPLAINT,
    customer: "台北精密工業",
    receivedAt: at(11, 18, 9),
    notifiedAt: at(11, 18, 9, 15),
    replyDone: at(11, 18, 15),
    proposalDone: at(11, 20, 11),
    contentClass: "productQuality",
    ownerDepartment: "quality",
    status: "inProgress",
  });
  const lateFeedback = await add(host, "feedback", {
    receivedAt: at(11, 24, 8),
    channel: "email",
    customer: "Công ty Hòa Phát",
    kind: "request",
    content: "Please confirm the delivery date.",
    department: "customerService",
    status: "open",
  });
  const dispatch = await add(host, "surveyDispatch", {
    period: "2026-Q4",
    customer: "Công ty Hòa Phát",
    instrument: "customer",
    sentAt: at(11, 24, 10),
  });
  host.resetMeters();
  return { host, replyTomorrow, lateEightD, lateFeedback, dispatch };
}

/** A runner that notes how many syncs each batch took, in order. */
function countingRunner(host: MemoryExcel, batches: number[]): ExcelRunner {
  const run = memoryExcelRunner(host);
  return async (batch) => {
    const before = host.syncCount;
    try {
      return await run(batch);
    } finally {
      batches.push(host.syncCount - before);
    }
  };
}

function renderCases(host: MemoryExcel, batches: number[] = []) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language="en">
        <ExcelProvider runner={countingRunner(host, batches)}>
          <StorageProvider storage={memoryStorage()}>
            <CasesScreen now={() => NOW} />
          </StorageProvider>
        </ExcelProvider>
      </I18nProvider>
    </FluentProvider>,
  );
}

function row(host: MemoryExcel, table: string, id: string): Record<string, unknown> {
  const { headers, rows } = host.tables()[table];
  const found = rows.find((cells) => cells[0] === id);
  if (!found) throw new Error(`No row ${id} in ${table}`);
  return Object.fromEntries(headers.map((header, index) => [header, found[index]]));
}

function caseButtons(): string[] {
  const list = screen.getByRole("list", { name: "Open cases, most overdue first" });
  return within(list)
    .getAllByRole("button")
    .map((button) => button.textContent ?? "");
}

async function openCase(id: string): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole("button", { name: new RegExp(`^${id}`) }));
  return screen.findByRole("region", { name: new RegExp(id) });
}

async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}

describe("the list of open cases", () => {
  it("puts a late 8D report before a reply due tomorrow, with what is due and when", async () => {
    const { host, replyTomorrow, lateEightD, lateFeedback, dispatch } = await ledger();
    renderCases(host);
    expect(await screen.findByText("Open cases: 4")).toBeTruthy();
    expect(caseButtons().map((text) => text.split(" · ")[0])).toEqual([
      lateEightD,
      lateFeedback,
      replyTomorrow,
      dispatch,
    ]);
    expect(screen.getByText("8D report overdue: was due 2026-11-23 09:00")).toBeTruthy();
    expect(screen.getByText("Reply overdue: was due 2026-11-25 08:00")).toBeTruthy();
    expect(screen.getByText("Reply due soon: 2026-11-26 09:00")).toBeTruthy();
    expect(screen.getByText("Survey form back due 2026-12-01 10:00")).toBeTruthy();
  });

  it("narrows the list by department, content class, status and kind", async () => {
    const { host, replyTomorrow, lateEightD } = await ledger();
    renderCases(host);
    await screen.findByText("Open cases: 4");
    fireEvent.change(screen.getByLabelText("Department"), { target: { value: "sales" } });
    expect(screen.getByText("Open cases: 1 shown of 4")).toBeTruthy();
    expect(caseButtons()[0]).toMatch(new RegExp(`^${replyTomorrow}`));
    fireEvent.change(screen.getByLabelText("Department"), { target: { value: "" } });
    fireEvent.change(screen.getByLabelText("Content class"), { target: { value: "productQuality" } });
    expect(caseButtons()).toHaveLength(1);
    expect(caseButtons()[0]).toMatch(new RegExp(`^${lateEightD}`));
    fireEvent.change(screen.getByLabelText("Content class"), { target: { value: "" } });
    fireEvent.change(screen.getByLabelText("Status"), { target: { value: "inProgress" } });
    expect(caseButtons()).toHaveLength(1);
    fireEvent.change(screen.getByLabelText("Status"), { target: { value: "" } });
    fireEvent.change(screen.getByLabelText("Kind"), { target: { value: "surveyDispatch" } });
    expect(screen.getByText("Open cases: 1 shown of 4")).toBeTruthy();
  });

  it("opens a case with the keyboard focus on it, and Escape brings focus back to it in the list", async () => {
    const { host, lateEightD } = await ledger();
    renderCases(host);
    const region = await openCase(lateEightD);
    await waitFor(() => expect(document.activeElement?.textContent).toBe(`Complaint ${lateEightD}`));
    fireEvent.keyDown(region, { key: "Escape" });
    await waitFor(() => expect(document.activeElement?.id).toBe(`case-complaint-${lateEightD}`));
  });
});

describe("handling a complaint", () => {
  it("writes only the approval and the root cause, in at most 2 round trips", async () => {
    const { host, replyTomorrow } = await ledger();
    const batches: number[] = [];
    renderCases(host, batches);
    const region = await openCase(replyTomorrow);
    const before = row(host, "Complaints", replyTomorrow);
    fireEvent.change(within(region).getByLabelText(/^Approval/), { target: { value: "approved" } });
    fireEvent.change(within(region).getByLabelText(/^Root cause/), { target: { value: "Seal from a new supplier" } });
    batches.length = 0;
    await click(within(region).getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText(`Saved to ${replyTomorrow}: Approval, Root cause.`)).toBeTruthy();
    expect(batches[0]).toBeLessThanOrEqual(2);
    const after = row(host, "Complaints", replyTomorrow);
    const changed = Object.keys(after).filter((header) => after[header] !== before[header]);
    expect(changed).toEqual(["Approval", "Root cause"]);
    expect(after.Approval).toBe("Approved");
  });

  it("refuses to close without the effectiveness check, then closes with it", async () => {
    const { host, replyTomorrow } = await ledger();
    renderCases(host);
    const region = await openCase(replyTomorrow);
    const syncs = host.syncCount;
    await click(within(region).getByRole("button", { name: "Close complaint" }));
    expect(within(region).getByText("Check the effectiveness of the actions before closing.")).toBeTruthy();
    expect(host.syncCount).toBe(syncs);
    expect(row(host, "Complaints", replyTomorrow).Status).toBe("Open");
    fireEvent.click(within(region).getByLabelText(/^The effectiveness of the actions has been checked/));
    await click(within(region).getByRole("button", { name: "Close complaint" }));
    expect(await screen.findByText(`${replyTomorrow} is closed.`)).toBeTruthy();
    const closed = row(host, "Complaints", replyTomorrow);
    expect(closed.Status).toBe("Closed");
    expect(closed["Effectiveness checked"]).toBe("Yes");
    expect(typeof closed["Closed at"]).toBe("number");
  });

  it("keeps what was typed when a sync is rejected, and the retry writes it once", async () => {
    const { host, replyTomorrow } = await ledger();
    renderCases(host);
    const region = await openCase(replyTomorrow);
    const rootCause = within(region).getByLabelText(/^Root cause/) as HTMLTextAreaElement;
    fireEvent.change(rootCause, { target: { value: "Wrong torque on line 3" } });
    host.rejectNextSync("The network connection was lost.", { after: 1 }); // the write, after the read
    await click(within(region).getByRole("button", { name: "Save changes" }));
    expect(await within(region).findByText(/The network connection was lost\./)).toBeTruthy();
    expect(within(region).getByText(/Everything you entered is still here/)).toBeTruthy();
    expect(rootCause.value).toBe("Wrong torque on line 3");
    expect(row(host, "Complaints", replyTomorrow)["Root cause"]).toBe("");
    await click(within(region).getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText(`Saved to ${replyTomorrow}: Root cause.`)).toBeTruthy();
    expect(row(host, "Complaints", replyTomorrow)["Root cause"]).toBe("Wrong torque on line 3");
    expect(host.tables().Complaints.rows).toHaveLength(2);
  });

  it("explains a protected sheet in plain words and keeps the entry", async () => {
    const { host, replyTomorrow } = await ledger();
    renderCases(host);
    const region = await openCase(replyTomorrow);
    fireEvent.change(within(region).getByLabelText(/^Containment/), { target: { value: "Sort the stock" } });
    host.protectSheet(TABLES.complaints.sheet.en);
    await click(within(region).getByRole("button", { name: "Save changes" }));
    expect(
      await within(region).findByText(/The sheet “Complaints” is protected, so nothing can be written/),
    ).toBeTruthy();
    expect(within(region).getByText(/Unprotect the sheet “Complaints”/)).toBeTruthy();
    expect((within(region).getByLabelText(/^Containment/) as HTMLTextAreaElement).value).toBe("Sort the stock");
  });
});

describe("after closing: the follow-up call", () => {
  async function closedComplaint(host: MemoryExcel) {
    return add(host, "complaints", {
      ...COMPLAINT,
      receivedAt: at(11, 16, 9),
      notifiedAt: at(11, 16, 9, 10),
      replyDone: at(11, 16, 14),
      proposalDone: at(11, 17, 10),
      contentClass: "serviceQuality",
      ownerDepartment: "engineering",
      status: "closed",
      closedAt: at(11, 20, 16),
      effectivenessChecked: "yes",
    });
  }

  it("opens a new complaint attached to the original when the customer is dissatisfied", async () => {
    const { host } = await ledger();
    const original = await closedComplaint(host);
    renderCases(host);
    const region = await openCase(original);
    fireEvent.click(within(region).getByLabelText("Reached: dissatisfied"));
    await click(within(region).getByRole("button", { name: "Record the call" }));
    const form = within(region).getByRole("form", { name: "New complaint attached to the original" });
    const description = within(form).getByLabelText(/^Description/);
    await waitFor(() => expect(document.activeElement).toBe(description));
    fireEvent.change(description, { target: { value: "Still leaking after the seal was replaced." } });
    await click(within(form).getByRole("button", { name: "Save follow-up and new complaint" }));
    const saved = await screen.findByText(/^Follow-up recorded on .*; new complaint (CC-2026-\d{4}) attached to it\./);
    const newId = /new complaint (CC-2026-\d{4})/.exec(saved.textContent ?? "")?.[1] ?? "";
    const followedUp = row(host, "Complaints", original);
    expect(followedUp["Follow-up result"]).toBe("Dissatisfied");
    expect(typeof followedUp["Followed up at"]).toBe("number");
    const attached = row(host, "Complaints", newId);
    expect(attached["Original complaint"]).toBe(original);
    expect(attached.Description).toBe("Still leaking after the seal was replaced.");
    expect(attached.Customer).toBe("深圳华强电子");
    expect(attached.Status).toBe("Open");
  });

  it("proposes calling again when the customer was not reached", async () => {
    const { host } = await ledger();
    const original = await closedComplaint(host);
    renderCases(host);
    const region = await openCase(original);
    fireEvent.click(within(region).getByLabelText("Not reached"));
    await click(within(region).getByRole("button", { name: "Record the call" }));
    expect(await screen.findByText(`${original}: customer not reached. Call again at 2026-11-26 10:00.`)).toBeTruthy();
    expect(row(host, "Complaints", original)["Follow-up result"]).toBe("Not reached");
    expect(row(host, "Complaints", original)["Followed up at"]).toBe("");
  });
});

describe("reminder slips", () => {
  it("issues a slip for an overdue step and records the department's reason on it", async () => {
    const { host, lateEightD } = await ledger();
    renderCases(host);
    const region = await openCase(lateEightD);
    await click(within(region).getByRole("button", { name: "Issue a reminder slip: 8D report" }));
    const issued = await screen.findByText(/^Reminder slip (RM-2026-\d{4}) issued for/);
    const slipId = /RM-2026-\d{4}/.exec(issued.textContent ?? "")?.[0] ?? "";
    const slip = row(host, "Reminders", slipId);
    expect(slip["Complaint ID"]).toBe(lateEightD);
    expect(slip["Overdue step"]).toBe("8D report");
    expect(slip.Department).toBe("Quality");

    const reopened = await screen.findByRole("region", { name: new RegExp(lateEightD) });
    const reason = await within(reopened).findByLabelText(new RegExp(`^Reason for delay \\(${slipId}\\)`));
    await click(within(reopened).getByRole("button", { name: "Record the reason" }));
    expect(within(reopened).getByText("Write the reason for the delay.")).toBeTruthy();
    fireEvent.change(reason, { target: { value: "Waiting for the supplier's lab results." } });
    await click(within(reopened).getByRole("button", { name: "Record the reason" }));
    expect(await screen.findByText(`Reason recorded on reminder slip ${slipId}.`)).toBeTruthy();
    const answered = row(host, "Reminders", slipId);
    expect(answered["Reason for delay"]).toBe("Waiting for the supplier's lab results.");
    expect(typeof answered["Answered at"]).toBe("number");
  });
});

describe("feedback and survey forms", () => {
  it("records the reply to feedback and closes it", async () => {
    const { host, lateFeedback } = await ledger();
    renderCases(host);
    const region = await openCase(lateFeedback);
    fireEvent.change(within(region).getByLabelText(/^Replied at/), { target: { value: "2026-11-25T09:45" } });
    fireEvent.change(within(region).getByLabelText(/^Action taken/), { target: { value: "Confirmed the 30th." } });
    await click(within(region).getByRole("button", { name: "Save reply" }));
    expect(await screen.findByText(/^Saved to FB-2026-0001:/)).toBeTruthy();
    const reread = await screen.findByRole("region", { name: new RegExp(lateFeedback) });
    await click(within(reread).getByRole("button", { name: "Close feedback" }));
    expect(await screen.findByText(`${lateFeedback} is closed.`)).toBeTruthy();
    expect(row(host, "Feedback", lateFeedback).Status).toBe("Closed");
    await waitFor(() => expect(screen.queryByRole("button", { name: new RegExp(`^${lateFeedback}`) })).toBeNull());
  });

  it("points a survey form awaiting return to the return form, with its due-back date", async () => {
    const { host, dispatch } = await ledger();
    renderCases(host);
    const region = await openCase(dispatch);
    expect(within(region).getByText("Due back by 2026-12-01 10:00.")).toBeTruthy();
    expect(within(region).getByText(/record it on the Record screen: “Survey form returned”/)).toBeTruthy();
  });
});
