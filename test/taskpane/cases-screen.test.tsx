import { act, configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { serialOf } from "../../src/domain/excel-date";
import type { RecordInput } from "../../src/domain/records";
import { TABLES } from "../../src/domain/schema";
import type { ExcelRunner } from "../../src/excel/excel-runner";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { seedDemoWorkbook } from "../../src/preview/demo-workbook";
import {
  addRecord,
  at,
  attachComplaint,
  click,
  closedComplaint,
  renderCases,
  tableRows,
} from "../support/render-cases";

// The machines are shared: a first render and a ledger read can take seconds when others run their tests too.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 10_000 });

/** A moment of November 2026, days before CASES_NOW (Wednesday 2026-11-25, 10:00) when the specs look. */

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
  const replyTomorrow = await addRecord(host, "complaints", {
    ...COMPLAINT,
    receivedAt: at(11, 25, 9),
    notifiedAt: at(11, 25, 9, 10),
    contentClass: "serviceQuality",
    ownerDepartment: "sales",
  });
  const lateEightD = await addRecord(host, "complaints", {
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
  const lateFeedback = await addRecord(host, "feedback", {
    receivedAt: at(11, 24, 8),
    channel: "email",
    customer: "Công ty Hòa Phát",
    kind: "request",
    content: "Please confirm the delivery date.",
    department: "customerService",
    status: "open",
  });
  const dispatch = await addRecord(host, "surveyDispatch", {
    period: "2026-Q4",
    customer: "Công ty Hòa Phát",
    instrument: "customer",
    sentAt: at(11, 24, 10),
  });
  host.resetMeters();
  return { host, replyTomorrow, lateEightD, lateFeedback, dispatch };
}

function row(host: MemoryExcel, table: string, id: string): Record<string, unknown> {
  const found = tableRows(host, table).find((cells) => Object.values(cells)[0] === id);
  if (!found) throw new Error(`No row ${id} in ${table}`);
  return found;
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

/** The element that holds `text` whole, however its words are split into elements (a badge keeps its date apart). */
function wholeText(text: string) {
  return (_: string, element: Element | null) =>
    element?.textContent === text && [...element.children].every((child) => child.textContent !== text);
}

/** The fields a case page lists under "What the customer reported", by label. */
async function particulars(region: HTMLElement, title = "What the customer reported"): Promise<Map<string, string>> {
  const about = await within(region).findByRole("region", { name: title });
  const terms = within(about).getAllByRole("term");
  return new Map(terms.map((term) => [term.textContent ?? "", term.nextElementSibling?.textContent ?? ""]));
}

/** A runner whose batches wait, once `holdAfter(n)` let n more pass, until `release` is called. */
function heldRunner(host: MemoryExcel) {
  const run = memoryExcelRunner(host);
  let passing = Infinity;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const control = {
    holdAfter(batches: number) {
      passing = batches;
    },
    release: () => release(),
  };
  const runner: ExcelRunner = async (batch) => {
    if (passing-- <= 0) await held;
    return run(batch);
  };
  return { runner, control };
}

describe("the list of open cases", () => {
  it("opens Cases in 2 round trips, its corrective actions included", async () => {
    const { host } = await ledger();
    await addRecord(host, "actions", {
      alertKey: "surveyTotal|2026-Q3|Công ty Hòa Phát",
      kind: "surveyTotal",
      period: "2026-Q3",
      customer: "Công ty Hòa Phát",
      finding: "Total score 68, below 80",
      raisedAt: at(11, 20, 9),
      owner: "Trần Văn Minh",
      dueDate: serialOf(2026, 11, 27),
      status: "open",
    });
    host.resetMeters();
    const batches: number[] = [];
    renderCases(host, { batches });
    expect(await screen.findByText("Open cases: 4")).toBeTruthy();
    expect(await screen.findByText("Actions taken: 1")).toBeTruthy();
    expect(batches).toEqual([2]);
    expect(host.syncCount).toBe(2);
  });

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
    expect(screen.getByText(wholeText("8D report overdue: was due 2026-11-23 09:00"))).toBeTruthy();
    expect(screen.getByText(wholeText("Reply overdue: was due 2026-11-25 08:00"))).toBeTruthy();
    expect(screen.getByText(wholeText("Reply due soon: 2026-11-26 09:00"))).toBeTruthy();
    expect(screen.getByText(wholeText("Survey form back due 2026-12-01 10:00"))).toBeTruthy();
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

  it("finds a case by its customer typed without accents", async () => {
    const { host, lateFeedback, dispatch } = await ledger();
    renderCases(host);
    await screen.findByText("Open cases: 4");
    const search = screen.getByRole("searchbox", { name: /^Search/ });
    fireEvent.change(search, { target: { value: "hoa phat" } });
    expect(screen.getByText("Open cases: 2 shown of 4")).toBeTruthy();
    expect(caseButtons().map((text) => text.split(" · ")[0])).toEqual([lateFeedback, dispatch]);
    // Every word must be found: one the customer's name lacks leaves nothing.
    fireEvent.change(search, { target: { value: "hoa phat leak" } });
    expect(screen.getByText("No open case matches these filters.")).toBeTruthy();
    fireEvent.change(search, { target: { value: "" } });
    expect(screen.getByText("Open cases: 4")).toBeTruthy();
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

describe("what a case is about", () => {
  const LONG_DESCRIPTION =
    "The seal of the outlet flange leaks after two days of running at 6 bar. " +
    "The customer found it on 3 of the 40 pumps delivered in batch B-2611 and has stopped using that batch.\n" +
    "Photos and the line's test log were sent by email.";

  async function detailedComplaint(host: MemoryExcel): Promise<string> {
    return addRecord(host, "complaints", {
      ...COMPLAINT,
      description: LONG_DESCRIPTION,
      product: "Pump P-200 / 4711-02",
      defectQuantity: 3,
      defectRate: 0.075,
      receivedAt: at(11, 25, 8, 30),
      phone: "0755 8888 1234",
      purchaseDate: at(11, 2),
      contentClass: "productQuality",
      nature: "valid",
      severity: "major",
      urgent: "yes",
      customerDemand: "exchange",
      ownerDepartment: "quality",
    });
  }

  it("shows the complaint's description, part, batch and quantity on its case page", async () => {
    const { host } = await ledger();
    const id = await detailedComplaint(host);
    renderCases(host);
    const fields = await particulars(await openCase(id));
    expect(fields.get("Description")).toBe(LONG_DESCRIPTION);
    expect(fields.get("Product / part no.")).toBe("Pump P-200 / 4711-02");
    expect(fields.get("Batch / lot no.")).toBe("B-2611");
    expect(fields.get("Defect quantity")).toBe("3");
    expect(fields.get("Defect rate")).toBe("7.5%");
  });

  it("shows who reported the complaint, when, and how it is classed, under the table's headers", async () => {
    const { host } = await ledger();
    const id = await detailedComplaint(host);
    renderCases(host);
    const fields = await particulars(await openCase(id));
    expect(Object.fromEntries(fields)).toMatchObject({
      Customer: "深圳华强电子",
      "Contact person": "Mr Li",
      Phone: "075588881234", // as the form stores it
      "Received at": "2026-11-25 08:30",
      Channel: "Phone",
      "Purchase date": "2026-11-02",
      "Content class": "Product quality",
      Severity: "Major",
      Urgent: "Yes",
      "Responsible department": "Quality",
    });
  });

  it("leaves out the fields nobody filled in", async () => {
    const { host, replyTomorrow } = await ledger();
    renderCases(host);
    const fields = await particulars(await openCase(replyTomorrow));
    expect([...fields.keys()]).toEqual(
      expect.arrayContaining(["Description", "Product / part no.", "Batch / lot no.", "Customer"]),
    );
    for (const empty of ["Defect quantity", "Defect rate", "Purchase place", "Nature", "Original complaint"]) {
      expect(fields.has(empty)).toBe(false);
    }
    expect([...fields.values()]).not.toContain("");
  });

  it("keeps a long description whole, in the lines it was written in", async () => {
    const { host } = await ledger();
    const id = await detailedComplaint(host);
    renderCases(host);
    const region = await openCase(id);
    const description = within(region).getByText(/^The seal of the outlet flange/);
    expect(description.textContent).toBe(LONG_DESCRIPTION);
    expect(description.tagName).toBe("DD");
  });

  it("shows the customer's own text on a feedback case page", async () => {
    const { host, lateFeedback } = await ledger();
    renderCases(host);
    const fields = await particulars(await openCase(lateFeedback));
    expect(fields.get("Feedback text")).toBe("Please confirm the delivery date.");
    expect(fields.get("Kind")).toBe("Request");
    expect(fields.get("Customer")).toBe("Công ty Hòa Phát");
  });

  it("words the fields in the pane's language, as the forms and a workbook set up in it do", async () => {
    const { host } = await ledger();
    const id = await detailedComplaint(host);
    renderCases(host, { language: "zh-CN" });
    const fields = await particulars(await openCase(id), "顾客反映的情况");
    expect(fields.get("投诉内容")).toBe(LONG_DESCRIPTION);
    expect(fields.get("产品/料号")).toBe("Pump P-200 / 4711-02");
    expect(fields.get("批号")).toBe("B-2611");
    expect(fields.get("不良数量")).toBe("3");
    expect(fields.get("严重程度")).toBe("重大");
  });
});

describe("handling a complaint", () => {
  it("writes only the approval and the root cause, in at most 2 round trips", async () => {
    const { host, replyTomorrow } = await ledger();
    const batches: number[] = [];
    renderCases(host, { batches });
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
  it("opens a new complaint attached to the original when the customer is dissatisfied", async () => {
    const { host } = await ledger();
    const original = await closedComplaint(host, COMPLAINT);
    const newId = await attachComplaint(host, original);
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
    const original = await closedComplaint(host, COMPLAINT);
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

describe("one open reminder slip per case and step", () => {
  const ISSUE_EIGHT_D = "Issue a reminder slip: 8D report";
  const slipsOf = (host: MemoryExcel, complaint: string) =>
    host.tables().Reminders.rows.filter((cells) => cells.includes(complaint));

  it("issues one reminder slip for a step however fast the button is pressed twice", async () => {
    const { host, lateEightD } = await ledger();
    renderCases(host);
    const region = await openCase(lateEightD);
    const button = within(region).getByRole("button", { name: ISSUE_EIGHT_D });
    await act(async () => {
      fireEvent.click(button);
      fireEvent.click(button);
    });
    expect(await screen.findByText(/^Reminder slip RM-2026-\d{4} issued for/)).toBeTruthy();
    await waitFor(() => expect(within(region).getAllByLabelText(/^Reason for delay/)).toHaveLength(1));
    expect(slipsOf(host, lateEightD)).toHaveLength(1);
  });

  it("refuses a second slip for a step while the first waits for its reason, saying so beside the button", async () => {
    const { host, lateEightD } = await ledger();
    renderCases(host);
    const region = await openCase(lateEightD);
    await click(within(region).getByRole("button", { name: ISSUE_EIGHT_D }));
    const issued = await screen.findByText(/^Reminder slip (RM-2026-\d{4}) issued for/);
    const slipId = /RM-2026-\d{4}/.exec(issued.textContent ?? "")?.[0] ?? "";
    const syncs = host.syncCount;
    const again = within(region).getByRole("button", { name: ISSUE_EIGHT_D });
    await click(again);
    const refusal = within(region).getByRole("alert");
    expect(refusal.textContent).toBe(
      `Reminder slip ${slipId} for this step is still waiting for the department's reason: ` +
        "record the reason on it before issuing another.",
    );
    expect(refusal.parentElement).toBe(again.parentElement);
    expect(again.getAttribute("aria-describedby")).toBe(refusal.id);
    expect(host.syncCount).toBe(syncs);
    expect(slipsOf(host, lateEightD)).toHaveLength(1);
  });

  it("refuses it also before the list is read again, right after the first slip is saved", async () => {
    const { host, lateEightD } = await ledger();
    const { runner, control } = heldRunner(host);
    renderCases(host, { runner });
    const region = await openCase(lateEightD);
    control.holdAfter(1); // the slip is saved; reading the ledger again then waits
    await click(within(region).getByRole("button", { name: ISSUE_EIGHT_D }));
    await screen.findByText(/^Reminder slip RM-2026-\d{4} issued for/);
    expect(within(region).queryByLabelText(/^Reason for delay/)).toBeNull(); // not read back yet
    await click(within(region).getByRole("button", { name: ISSUE_EIGHT_D }));
    expect(within(region).getByRole("alert").textContent).toMatch(/^Reminder slip RM-2026-\d{4} for this step/);
    await act(async () => control.release());
    expect(await within(region).findByLabelText(/^Reason for delay/)).toBeTruthy();
    expect(slipsOf(host, lateEightD)).toHaveLength(1);
  });

  it("disables the button while the slip is being saved", async () => {
    const { host, lateEightD } = await ledger();
    const { runner, control } = heldRunner(host);
    renderCases(host, { runner });
    const region = await openCase(lateEightD);
    const button = within(region).getByRole("button", { name: ISSUE_EIGHT_D }) as HTMLButtonElement;
    control.holdAfter(0);
    await click(button);
    expect(button.disabled).toBe(true);
    await click(button);
    await act(async () => control.release());
    expect(await screen.findByText(/^Reminder slip RM-2026-\d{4} issued for/)).toBeTruthy();
    expect(slipsOf(host, lateEightD)).toHaveLength(1);
  });

  it("issues a new slip for the step once the department has answered the open one", async () => {
    const { host, lateEightD } = await ledger();
    renderCases(host);
    const region = await openCase(lateEightD);
    await click(within(region).getByRole("button", { name: ISSUE_EIGHT_D }));
    await screen.findByText(/^Reminder slip RM-2026-\d{4} issued for/);
    fireEvent.change(await within(region).findByLabelText(/^Reason for delay/), {
      target: { value: "Waiting for the supplier's lab results." },
    });
    await click(within(region).getByRole("button", { name: "Record the reason" }));
    await screen.findByText(/^Reason recorded on reminder slip/);
    await waitFor(() => expect(within(region).queryByLabelText(/^Reason for delay/)).toBeNull());
    await click(within(region).getByRole("button", { name: ISSUE_EIGHT_D }));
    await waitFor(() => expect(slipsOf(host, lateEightD)).toHaveLength(2));
    expect(within(region).queryByRole("alert")).toBeNull();
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
