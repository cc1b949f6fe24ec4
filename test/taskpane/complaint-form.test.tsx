import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { serialOf } from "../../src/domain/excel-date";
import type { Language } from "../../src/domain/i18n/language";
import { translate } from "../../src/domain/i18n/translate";
import { TABLES, choiceLabel, columnSpec, headerOf } from "../../src/domain/schema";
import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { seedDemoWorkbook } from "../../src/preview/demo-workbook";
import { TaskpaneApp } from "../../src/taskpane/App";
import { dateTimeText } from "../../src/taskpane/forms/date-text";
import { memoryStorage } from "../support/render-taskpane";

jest.setTimeout(60_000); // a whole task pane in jsdom, with Fluent, per test

const COMPLAINTS = TABLES.complaints;
const en = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
  translate("en", key, values);

/** What the task pane remembers: the complaint form was the last one used. */
function memoryStorageOnComplaints(): Storage {
  return memoryStorage(new Map([["vocLedger.recordForm", "complaint"]]));
}

/** A demo workbook with its headers and choice labels in `language`, the task pane in English. */
async function demoHost(language: Language = "zh-CN"): Promise<MemoryExcel> {
  const host = new MemoryExcel();
  await seedDemoWorkbook(host, language);
  return host;
}

/** Opens the Record screen on the complaint form, as a person returning to it would. */
async function openComplaintForm(host: MemoryExcel, storage: Storage = memoryStorageOnComplaints()) {
  const view = render(
    <TaskpaneApp runner={memoryExcelRunner(host)} officeDisplayLanguage="en-US" theme="light" storage={storage} />,
  );
  fireEvent.click(screen.getByRole("tab", { name: "Record" }));
  const form = await screen.findByRole("form", { name: "Complaint" });
  host.resetMeters();
  return { ...view, form, storage };
}

/** The field labelled with the column's English header (a required field's label ends with "*"). */
function field(key: string): HTMLInputElement {
  const header = headerOf(columnSpec(COMPLAINTS, key), "en");
  const escaped = header.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const label = new RegExp(`^${escaped}\\s*\\*?$`);
  // The customer picker's chevron button shares its label; the field is the combobox.
  return key === "customer" ? screen.getByRole("combobox", { name: label }) : screen.getByLabelText(label);
}

function type(key: string, value: string) {
  fireEvent.change(field(key), { target: { value } });
}

/** The due date shown for a calculated column ("Reply due" → "2026-11-21 16:00 (within 24 h)"). */
function shownDue(key: string): string {
  const preview = screen.getByRole("region", { name: en("complaintForm.dueTitle") });
  const term = within(preview).getByText(headerOf(columnSpec(COMPLAINTS, key), "en"));
  return term.nextElementSibling?.textContent ?? "";
}

function fillRequired() {
  type("channel", "phone");
  type("customer", "深圳华强电子");
  type("product", "Pump P-200");
  type("description", "Leaks after two weeks of use.");
}

function save() {
  fireEvent.click(screen.getByRole("button", { name: en("form.save") }));
}

function openHandling() {
  fireEvent.click(screen.getByRole("button", { name: en("form.section.handling") }));
}

function complaintRows(host: MemoryExcel) {
  return host.tables().Complaints.rows;
}

/** The saved row's cells by column key. */
function savedRow(host: MemoryExcel, language: Language) {
  const { headers, rows } = host.tables().Complaints;
  return (key: string) => rows[0][headers.indexOf(headerOf(columnSpec(COMPLAINTS, key), language))];
}

describe("the complaint form's due dates", () => {
  it("starts a new complaint as received now, open and general", async () => {
    await openComplaintForm(await demoHost());
    expect(field("receivedAt").value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    expect(field("severity").value).toBe("general");
    openHandling();
    expect(field("status").value).toBe("open");
  });

  it("shows the reply due 24 hours after receipt, and 4 hours when the complaint is urgent", async () => {
    await openComplaintForm(await demoHost());
    type("receivedAt", "2026-11-20T16:00");
    expect(shownDue("replyDue")).toBe("2026-11-21 16:00 (within 24 h)");
    expect(shownDue("notifyDue")).toBe("2026-11-20 16:30 (within 30 min)");
    type("urgent", "yes");
    expect(shownDue("replyDue")).toBe("2026-11-20 20:00 (within 4 h, urgent)");
  });

  it("shows the proposal and the 8D report due 3 working days after receipt, skipping the weekend", async () => {
    await openComplaintForm(await demoHost());
    type("receivedAt", "2026-11-20T16:00"); // a Friday
    expect(shownDue("proposalDue")).toBe("2026-11-25 16:00 (within 3 working days)");
    expect(shownDue("eightDDue")).toBe("2026-11-25 16:00 (within 3 working days)");
  });

  it("also skips a holiday added to the Holidays table", async () => {
    const host = await demoHost();
    await host.run(async (context) => {
      context.workbook.tables.getItem("Holidays").rows.add(null, [[serialOf(2026, 11, 23), "Company day"]]);
    });
    await openComplaintForm(host);
    type("receivedAt", "2026-11-20T16:00");
    expect(shownDue("proposalDue")).toBe("2026-11-26 16:00 (within 3 working days)");
  });

  it("takes the customer's own 8D date instead of the procedure's", async () => {
    await openComplaintForm(await demoHost());
    type("receivedAt", "2026-11-20T16:00");
    type("eightDCustomerDue", "2026-12-01T12:00");
    expect(shownDue("eightDDue")).toBe("2026-12-01 12:00 (the customer’s date)");
    expect(shownDue("proposalDue")).toBe("2026-11-25 16:00 (within 3 working days)");
    type("eightDCustomerDue", "");
    expect(shownDue("eightDDue")).toBe("2026-11-25 16:00 (within 3 working days)");
  });

  it("asks for the received time before it shows any due date", async () => {
    await openComplaintForm(await demoHost());
    type("receivedAt", "");
    expect(screen.getByText(en("complaintForm.dueWaiting"))).toBeTruthy();
  });
});

describe("a major complaint", () => {
  it("says that the director's approval is required", async () => {
    await openComplaintForm(await demoHost());
    expect(screen.queryByText(en("complaintForm.majorTitle"))).toBeNull();
    type("severity", "major");
    expect(screen.getByText(en("complaintForm.majorTitle"))).toBeTruthy();
    expect(screen.getByText(en("complaintForm.majorHint"))).toBeTruthy();
  });

  it("cannot be saved in progress without an approval status, and can once it is pending", async () => {
    const host = await demoHost();
    await openComplaintForm(host);
    fillRequired();
    type("severity", "major");
    openHandling();
    type("status", "inProgress");
    expect(screen.getByText(en("complaintForm.approvalNeeded"))).toBeTruthy();
    save();
    const approval = field("approval");
    const message = translate("en", "validation.approvalRequired", {
      severity: choiceLabel("severity", "major", "en"),
      field: headerOf(columnSpec(COMPLAINTS, "approval"), "en"),
    });
    expect(screen.getAllByText(message)).toHaveLength(2); // next to the field and in the summary
    expect(document.activeElement).toBe(approval);
    expect(complaintRows(host)).toHaveLength(0);
    expect(host.syncCount).toBe(0);

    type("approval", "pending");
    save();
    expect(await screen.findByText(/^Saved as CC-/)).toBeTruthy();
    expect(savedRow(host, "zh-CN")("approval")).toBe(choiceLabel("approvalStatus", "pending", "zh-CN"));
  });
});

describe("validating the complaint form", () => {
  it("shows each problem next to its field and in the summary, focuses the first and writes nothing", async () => {
    const host = await demoHost();
    await openComplaintForm(host);
    type("defectRate", "150");
    save();
    const title = screen.getByText(en("form.errorSummary", { count: 5 })); // channel, customer, product, …
    const summary = title.closest<HTMLElement>("[role=alert]");
    if (!summary) throw new Error("The error summary is not announced.");
    const channelRequired = en("validation.required", { field: headerOf(columnSpec(COMPLAINTS, "channel"), "en") });
    expect(within(summary).getByText(channelRequired)).toBeTruthy();
    expect(screen.getAllByText(channelRequired)).toHaveLength(2);
    expect(field("defectRate").getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(field("channel"));
    expect(complaintRows(host)).toHaveLength(0);
    expect(host.syncCount).toBe(0);
  });

  it("opens the handling section when one of its fields is wrong", async () => {
    await openComplaintForm(await demoHost());
    fillRequired();
    type("receivedAt", "2026-11-20T16:00");
    openHandling();
    type("closedAt", "2026-11-19T09:00");
    openHandling(); // folded away again, with a wrong date inside
    expect(field("closedAt").closest("[hidden]")).not.toBeNull();
    save();
    expect(field("closedAt").closest("[hidden]")).toBeNull();
  });
});

describe("saving a complaint", () => {
  it("writes one row in at most 2 syncs, its choices in the workbook's language, and starts a fresh form", async () => {
    const host = await demoHost("zh-CN");
    await openComplaintForm(host);
    fillRequired();
    type("receivedAt", "2026-11-20T16:00");
    type("contentClass", "productQuality");
    type("nature", "valid");
    type("urgent", "yes");
    type("customerDemand", "exchange");
    save();
    const saved = await screen.findByText(/^Saved as CC-2026-/);
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(complaintRows(host)).toHaveLength(1);
    const cell = savedRow(host, "zh-CN");
    expect(saved.textContent).toContain(String(cell("id")));
    expect(cell("channel")).toBe("电话");
    expect(cell("contentClass")).toBe("产品质量");
    expect(cell("nature")).toBe("有效投诉");
    expect(cell("severity")).toBe("一般");
    expect(cell("urgent")).toBe("是");
    expect(cell("customerDemand")).toBe("换货");
    expect(cell("status")).toBe("已受理");
    expect(cell("receivedAt")).toBeCloseTo(serialOf(2026, 11, 20) + 16 / 24, 6);
    expect(field("product").value).toBe("");
    expect(field("severity").value).toBe("general");
  });

  it("stores formula-like text as text", async () => {
    const host = await demoHost();
    await openComplaintForm(host);
    fillRequired();
    type("product", "=1+1");
    type("description", "@SUM(A1)");
    save();
    await screen.findByText(/^Saved as CC-/);
    const cell = savedRow(host, "zh-CN");
    expect(cell("product")).toBe("=1+1");
    expect(cell("description")).toBe("@SUM(A1)");
  });

  it("keeps every value when the sync is rejected, and the retry leaves exactly one row", async () => {
    const host = await demoHost();
    await openComplaintForm(host);
    fillRequired();
    type("batchNo", "L-2026-11");
    host.rejectNextSync("The network connection was lost.", { after: 1 }); // the write, after the read
    save();
    expect(
      await screen.findByText(/^Not saved: Saving CC-\d{4}-0001 did not complete: The network connection was lost\.$/),
    ).toBeTruthy();
    expect(complaintRows(host)).toHaveLength(0);
    expect(field("product").value).toBe("Pump P-200");
    expect(field("batchNo").value).toBe("L-2026-11");
    expect(field("description").value).toBe("Leaks after two weeks of use.");
    expect(field("channel").value).toBe("phone");

    save();
    expect(await screen.findByText(/^Saved as CC-/)).toBeTruthy();
    expect(complaintRows(host)).toHaveLength(1);
  });

  it("adds no second row when the first save landed but its answer was lost", async () => {
    const host = await demoHost();
    await openComplaintForm(host);
    fillRequired();
    host.loseNextSyncResponse({ after: 1 }); // the write lands, its answer is lost
    save();
    expect(await screen.findByText(/^Not saved:/)).toBeTruthy();
    expect(field("product").value).toBe("Pump P-200");
    expect(complaintRows(host)).toHaveLength(1);
    save();
    expect(await screen.findByText(/had already been saved: no second row was added/)).toBeTruthy();
    expect(complaintRows(host)).toHaveLength(1);
  });
});

describe("the complaint draft", () => {
  it("survives closing and reopening the task pane", async () => {
    const host = await demoHost();
    const first = await openComplaintForm(host);
    type("product", "Valve V-9");
    type("severity", "major");
    type("eightDCustomerDue", "2026-12-01T12:00");
    first.unmount();

    await openComplaintForm(host, first.storage);
    expect(screen.getByText(en("form.draftRestored"))).toBeTruthy();
    expect(field("product").value).toBe("Valve V-9");
    expect(field("severity").value).toBe("major");
    expect(field("eightDCustomerDue").value).toBe("2026-12-01T12:00");
    expect(screen.getByText(en("complaintForm.majorTitle"))).toBeTruthy();
  });
});

/** A save in jsdom on a busy 2-core machine can take seconds: wait for its answer that long. */
const SLOW = { timeout: 15_000 };

/** A collapsible section's heading button, and the content it folds. */
function section(name: string) {
  const button = screen.getByRole("button", { name });
  const content = document.getElementById(button.getAttribute("aria-controls") ?? "");
  if (!content) throw new Error(`The ${name} section folds nothing.`);
  return { button, content };
}

describe("the new complaint form's sections", () => {
  it("starts compact: the sections without a required field are folded, their fields hidden", async () => {
    await openComplaintForm(await demoHost());
    for (const name of [
      en("complaintForm.section.responsibility"),
      en("complaintForm.section.approval"),
      en("form.section.handling"),
    ]) {
      const { button, content } = section(name);
      expect(button.getAttribute("aria-expanded")).toBe("false");
      expect(content.hidden).toBe(true);
      expect(getComputedStyle(content).display).toBe("none"); // no class of its own puts it back on screen
    }
    expect(screen.queryByRole("combobox", { name: /^Responsible department/ })).toBeNull();
    expect(field("ownerDepartment").closest("[hidden]")).not.toBeNull();
    expect(field("product").closest("[hidden]")).toBeNull();
    expect(screen.getByRole("region", { name: en("complaintForm.dueTitle") })).toBeTruthy();
  });

  it("shows a folded section's fields once it is unfolded, and folds them away again", async () => {
    await openComplaintForm(await demoHost());
    const { button, content } = section(en("complaintForm.section.responsibility"));
    fireEvent.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(content.hidden).toBe(false);
    expect(getComputedStyle(content).display).toBe("flex");
    expect(screen.getByRole("combobox", { name: /^Responsible department/ })).toBeTruthy();
    fireEvent.click(button);
    expect(content.hidden).toBe(true);
  });

  it("unfolds the approval section for a major complaint", async () => {
    await openComplaintForm(await demoHost());
    type("severity", "major");
    const { button, content } = section(en("complaintForm.section.approval"));
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(content.hidden).toBe(false);
  });

  it("keeps a section open that an error unfolded, once the error is corrected", async () => {
    await openComplaintForm(await demoHost());
    fillRequired();
    type("receivedAt", "2026-11-20T16:00");
    openHandling();
    type("closedAt", "2026-11-19T09:00");
    openHandling();
    save();
    type("closedAt", "2026-11-21T09:00");
    expect(field("closedAt").closest("[hidden]")).toBeNull();
  });
});

function expectSavedAtTop(form: HTMLElement) {
  const message = within(form).getByText(/^Saved as CC-\d{4}-0001\./);
  const outcome = message.closest<HTMLElement>("[tabindex='-1']");
  expect(document.activeElement).toBe(outcome);
  expect(message.closest("[role=status]")).not.toBeNull();
  expect(outcome?.compareDocumentPosition(field("receivedAt"))).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  expect(within(form).queryByText(/^Not saved yet/)).toBeNull();
}

describe("pressing Save again right after a complaint is saved", () => {
  it("says what was saved at the top and saves once when Save is double-clicked", async () => {
    const host = await demoHost();
    const { form } = await openComplaintForm(host);
    fillRequired();
    save();
    save();
    await within(form).findByText(/^Saved as CC-\d{4}-0001\./, undefined, SLOW);
    save();
    expect(within(form).getByText(en("form.nothingMoreToSave"))).toBeTruthy();
    expectSavedAtTop(form);
    expect(complaintRows(host)).toHaveLength(1);
  });

  it("says what was saved at the top and saves once when Ctrl+Enter is pressed twice", async () => {
    const host = await demoHost();
    const { form } = await openComplaintForm(host);
    fillRequired();
    fireEvent.keyDown(field("description"), { key: "Enter", ctrlKey: true });
    await within(form).findByText(/^Saved as CC-\d{4}-0001\./, undefined, SLOW);
    fireEvent.keyDown(document.activeElement ?? form, { key: "Enter", ctrlKey: true });
    expect(within(form).getByText(en("form.nothingMoreToSave"))).toBeTruthy();
    expectSavedAtTop(form);
    expect(complaintRows(host)).toHaveLength(1);
  });
});

describe("text the complaint form changes before saving", () => {
  it("says next to the product that a pasted control character will be removed", async () => {
    const host = await demoHost();
    await openComplaintForm(host);
    fillRequired();
    type("product", "Pump\u0000 P-200");
    const product = field("product").closest<HTMLElement>(".fui-Field");
    if (!product) throw new Error("The product has no field.");
    expect(within(product).getByText(en("form.note.controlRemovedOne"))).toBeTruthy();
    save();
    await screen.findByText(/^Saved as CC-/, undefined, SLOW);
    expect(savedRow(host, "zh-CN")("product")).toBe("Pump P-200");
  });

  it("keeps the note beside an error in the same field", async () => {
    await openComplaintForm(await demoHost());
    type("product", "\u0000");
    save();
    const product = field("product").closest<HTMLElement>(".fui-Field");
    if (!product) throw new Error("The product has no field.");
    const required = en("validation.required", { field: headerOf(columnSpec(COMPLAINTS, "product"), "en") });
    expect(within(product).getByText(required)).toBeTruthy();
    expect(within(product).getByText(en("form.note.controlRemovedOne"))).toBeTruthy();
  });
});

describe("Now beside the complaint's done-at fields", () => {
  it("stands beside received, notified, replied, proposal, 8D and closed, and not beside the customer's 8D date", async () => {
    await openComplaintForm(await demoHost());
    const beside = (key: string) => {
      const group = field(key).closest<HTMLElement>(".fui-Field");
      if (!group) throw new Error(`${key} has no field.`);
      return within(group).queryByRole("button", { name: en("form.now"), hidden: true });
    };
    for (const key of ["receivedAt", "notifiedAt", "replyDone", "proposalDone", "eightDDone", "closedAt"]) {
      expect(beside(key)).not.toBeNull();
    }
    expect(beside("eightDCustomerDue")).toBeNull();
    expect(beside("purchaseDate")).toBeNull();
  });

  it("fills the 8D reply time with the current local time", async () => {
    await openComplaintForm(await demoHost());
    openHandling();
    const group = field("eightDDone").closest<HTMLElement>(".fui-Field");
    if (!group) throw new Error("The 8D reply has no field.");
    const before = dateTimeText(new Date());
    fireEvent.click(within(group).getByRole("button", { name: en("form.now") }));
    expect([before, dateTimeText(new Date())]).toContain(field("eightDDone").value);
  });
});

describe("undoing a saved complaint from the form", () => {
  it("refuses to undo a saved complaint someone edited in the sheet since, and says why", async () => {
    const host = await demoHost("zh-CN");
    await openComplaintForm(host);
    fillRequired();
    save();
    await screen.findByText(/^Saved as CC-\d{4}-\d{4}\./);
    const { headers } = host.tables().Complaints;
    const id = String(savedRow(host, "zh-CN")("id"));
    const product = headers.indexOf(headerOf(columnSpec(COMPLAINTS, "product"), "zh-CN"));
    await act(async () => {
      await host.run(async (context) => {
        const body = context.workbook.tables.getItem("Complaints").getDataBodyRange();
        body.getCell(0, product).values = [["Pump P-201"]];
      });
    });

    fireEvent.click(screen.getByRole("button", { name: en("records.undo.action") }));
    const refusal = await screen.findByText(
      en("records.undo.changed", { id, fields: headerOf(columnSpec(COMPLAINTS, "product"), "en") }),
    );
    expect(refusal.closest("[role='alert']")).toBeTruthy();
    expect(refusal.closest("[tabindex='-1']")).toBe(document.activeElement);
    expect(screen.getByText(new RegExp(`^Saved as ${id}\\.`))).toBeTruthy(); // still saved, still true
    expect(complaintRows(host)).toHaveLength(1);
    expect(complaintRows(host)[0][0]).toBe(id);
  });
});
