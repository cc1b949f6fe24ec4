import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { MemoryExcel } from "../../src/memory-host";
import { dateTimeText } from "../../src/taskpane/forms/date-text";
import { seedDemoWorkbook } from "../../src/preview/demo-workbook";
import { memoryStorage, openSection, renderTaskpane } from "../support/render-taskpane";

/** A save in jsdom on a busy 2-core machine can take seconds: wait for its answer that long. */
const SLOW = { timeout: 15_000 };

async function openFeedbackForm(host: MemoryExcel, language = "en-US", storage = memoryStorage()) {
  const view = renderTaskpane(host, language, storage);
  await openSection(/^(Record|登记|Ghi nhận)$/);
  const form = await screen.findByRole("form", { name: /feedback|反馈|Phản hồi/i });
  return { view, form };
}

function fill(form: HTMLElement, label: RegExp, value: string) {
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });
}

function chooseCustomer(form: HTMLElement, name: string) {
  fireEvent.change(within(form).getByRole("combobox", { name: /^Customer/ }), { target: { value: name } });
}

function feedbackRows(host: MemoryExcel) {
  return host.tables().Feedback.rows;
}

async function seeded(language: "en" | "zh-CN" = "en") {
  const host = new MemoryExcel();
  await seedDemoWorkbook(host, language);
  return host;
}

/** A suggestion from 深圳华强电子 by phone: a feedback valid as typed. */
async function fillFeedback(form: HTMLElement) {
  fill(form, /^Channel/, "phone");
  chooseCustomer(form, "深圳华强电子");
  fill(form, /^Kind/, "suggestion");
  fill(form, /^Feedback text/, "Please print the batch number on the outer carton.");
}

describe("the feedback form", () => {
  it("logs a customer's feedback as one row in at most 2 round trips, and shows its new id", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host);
    await fillFeedback(form);
    host.resetMeters();
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    expect(await screen.findByText(/^Saved as FB-\d{4}-0001\./)).toBeTruthy();
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(feedbackRows(host)).toHaveLength(1);
    expect(feedbackRows(host)[0]).toContain("Please print the batch number on the outer carton.");
  });

  it("writes nothing while a required field is empty, says so next to the field and focuses it", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host);
    chooseCustomer(form, "深圳华强电子");
    host.resetMeters();
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    expect(await within(form).findByText("Not saved yet. Fields to correct: 3.")).toBeTruthy();
    const channel = within(form).getByLabelText(/^Channel/);
    expect(channel.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(channel);
    expect(host.syncCount).toBe(0);
    expect(feedbackRows(host)).toHaveLength(0);
  });

  it("shows the reply due 24 hours after receipt, 4 hours when urgent", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host);
    fill(form, /^Received at/, "2026-11-20T09:15");
    expect(within(form).getByText("Reply due by 2026-11-21 09:15")).toBeTruthy();
    fill(form, /^Urgent/, "yes");
    expect(within(form).getByText("Reply due by 2026-11-20 13:15")).toBeTruthy();
  });

  it("keeps the text as typed when a sync fails, and the retry adds exactly one row", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host);
    fill(form, /^Channel/, "email");
    chooseCustomer(form, "Công ty Hòa Phát");
    fill(form, /^Kind/, "complaint");
    fill(form, /^Feedback text/, '=HYPERLINK("http://example.com")');
    host.loseNextSyncResponse({ after: 1 }); // the save's second round trip: the row is written, the answer lost
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    expect(await screen.findByText(/Everything you entered is still here/)).toBeTruthy();
    expect((within(form).getByLabelText(/^Feedback text/) as HTMLTextAreaElement).value).toBe(
      '=HYPERLINK("http://example.com")',
    );
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    expect(await screen.findByText(/had already been saved: no second row was added/)).toBeTruthy();
    expect(feedbackRows(host)).toHaveLength(1);
  });

  it("keeps an unsaved draft when the task pane is closed and opened again", async () => {
    const host = await seeded();
    const storage = memoryStorage();
    const first = await openFeedbackForm(host, "en-US", storage);
    fill(first.form, /^Feedback text/, "Half-written note");
    first.view.unmount();
    const { form } = await openFeedbackForm(host, "en-US", storage);
    expect((within(form).getByLabelText(/^Feedback text/) as HTMLTextAreaElement).value).toBe("Half-written note");
    expect(screen.getByText("Your unsaved entries from last time are back.")).toBeTruthy();
  });

  it("adds a customer who is not in the register from within the form, with the phone typed in the form", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host);
    chooseCustomer(form, "Hanoi Precision Co.");
    fill(form, /^Phone/, "0912 000 111");
    fireEvent.click(within(form).getByRole("button", { name: "Add “Hanoi Precision Co.” as a new customer" }));
    const quick = within(form).getByRole("group", { name: "New customer" });
    fill(quick, /^Category/, "firstTime");
    fireEvent.click(within(quick).getByRole("button", { name: "Add customer" }));
    expect(
      await within(form).findByText(
        "Hanoi Precision Co. is now in the customer register as CU-2026-0004.",
        undefined,
        SLOW,
      ),
    ).toBeTruthy();
    const { headers, rows } = host.tables().Customers;
    const added = rows.find((row) => row[headers.indexOf("Customer")] === "Hanoi Precision Co.");
    expect(added?.[headers.indexOf("Phone")]).toBe("0912000111"); // as the form said it would be saved
    expect(added?.[headers.indexOf("Category")]).toBe("First-time");
    await waitFor(() => expect(within(form).queryByText(/is not in the customer register/)).toBeNull());
    expect(document.activeElement).toBe(within(form).getByRole("combobox", { name: /^Customer/ }));
  });

  it("asks in the add-a-customer group only what the form does not hold, with one Clear form in all", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host);
    chooseCustomer(form, "Hanoi Precision Co.");
    fill(form, /^Contact person/, "Ms Lan");
    fireEvent.click(within(form).getByRole("button", { name: "Add “Hanoi Precision Co.” as a new customer" }));
    const quick = within(form).getByRole("group", { name: "New customer" });
    expect(within(quick).getByText(/“Hanoi Precision Co.” will be added to the customer register/)).toBeTruthy();
    expect(within(quick).getByText(/Taken from this form: Contact person\./)).toBeTruthy();
    expect(within(quick).queryByLabelText(/^Customer/)).toBeNull();
    expect(within(quick).queryByLabelText(/^Phone/)).toBeNull();
    expect(within(quick).queryByLabelText(/^Contact person/)).toBeNull();
    expect(within(quick).getByLabelText(/^Category/)).toBeTruthy();
    expect(within(quick).getByLabelText(/^Type/)).toBeTruthy();
    expect(within(form).getAllByRole("button", { name: "Clear form" })).toHaveLength(1);
    expect(within(quick).getByRole("button", { name: "Cancel" })).toBeTruthy();
  });

  it("cancels adding a customer on the spot and returns to the customer picker, adding nobody", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host);
    chooseCustomer(form, "Hanoi Precision Co.");
    const addButton = () => within(form).getByRole("button", { name: "Add “Hanoi Precision Co.” as a new customer" });
    fireEvent.click(addButton());
    fireEvent.click(
      within(within(form).getByRole("group", { name: "New customer" })).getByRole("button", { name: "Cancel" }),
    );
    expect(within(form).queryByRole("group", { name: "New customer" })).toBeNull();
    expect(document.activeElement).toBe(within(form).getByRole("combobox", { name: /^Customer/ }));
    expect(addButton()).toBeTruthy();

    fireEvent.click(addButton());
    fireEvent.keyDown(within(form).getByLabelText(/^Category/), { key: "Escape" });
    expect(within(form).queryByRole("group", { name: "New customer" })).toBeNull();
    expect(document.activeElement).toBe(within(form).getByRole("combobox", { name: /^Customer/ }));
    expect(host.tables().Customers.rows.map((row) => row[1])).not.toContain("Hanoi Precision Co.");
  });
});

/** The answer to the save is at the top of the form, above its first field, announced and focused. */
function expectSavedAtTop(form: HTMLElement, text: RegExp | string) {
  const message = within(form).getByText(text);
  const outcome = message.closest<HTMLElement>("[tabindex='-1']");
  expect(outcome).not.toBeNull();
  expect(document.activeElement).toBe(outcome);
  expect(message.closest("[role=status]")).not.toBeNull();
  const firstField = within(form).getByLabelText(/^Received at/);
  expect(outcome?.compareDocumentPosition(firstField)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
}

describe("pressing Save again right after a save", () => {
  it("says what was saved at the top and saves once when Save is double-clicked", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host);
    await fillFeedback(form);
    const saveButton = within(form).getByRole("button", { name: "Save" });
    fireEvent.click(saveButton);
    fireEvent.click(saveButton);
    await within(form).findByText(/^Saved as FB-\d{4}-0001\./, undefined, SLOW);
    fireEvent.click(saveButton); // the second click of a double click that came after the save
    expect(
      within(form).getByText("Nothing more was saved: the form is empty, ready for the next record."),
    ).toBeTruthy();
    expect(within(form).queryByText(/^Not saved yet/)).toBeNull();
    expectSavedAtTop(form, /^Saved as FB-\d{4}-0001\./);
    expect(feedbackRows(host)).toHaveLength(1);
  });

  it("says what was saved at the top and saves once when Ctrl+Enter is pressed twice", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host);
    await fillFeedback(form);
    fireEvent.keyDown(within(form).getByLabelText(/^Feedback text/), { key: "Enter", ctrlKey: true });
    await within(form).findByText(/^Saved as FB-\d{4}-0001\./, undefined, SLOW);
    fireEvent.keyDown(document.activeElement ?? form, { key: "Enter", ctrlKey: true });
    expect(
      within(form).getByText("Nothing more was saved: the form is empty, ready for the next record."),
    ).toBeTruthy();
    expect(within(form).queryByText(/^Not saved yet/)).toBeNull();
    expectSavedAtTop(form, /^Saved as FB-\d{4}-0001\./);
    expect(feedbackRows(host)).toHaveLength(1);
  });

  it("saves the next record once something is typed in the fresh form", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host);
    await fillFeedback(form);
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    await within(form).findByText(/^Saved as FB-\d{4}-0001\./, undefined, SLOW);
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    await fillFeedback(form);
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    await within(form).findByText(/^Saved as FB-\d{4}-0002\./, undefined, SLOW);
    expect(within(form).queryByText(/^Nothing more was saved/)).toBeNull();
    expectSavedAtTop(form, /^Saved as FB-\d{4}-0002\./);
    expect(feedbackRows(host)).toHaveLength(2);
  });

  it("still validates an untouched form that was never saved", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host);
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    expect(await within(form).findByText(/^Not saved yet/, undefined, SLOW)).toBeTruthy();
    expect(feedbackRows(host)).toHaveLength(0);
  });
});

describe("text the add-in changes before saving", () => {
  it("says next to the field that pasted control characters will be removed, and saves the text without them", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host);
    await fillFeedback(form);
    fill(form, /^Feedback text/, "Carton\u0000 label\u0007 missing");
    const text = within(form).getByLabelText(/^Feedback text/);
    const field = text.closest<HTMLElement>(".fui-Field");
    if (!field) throw new Error("The feedback text has no field.");
    expect(within(field).getByText("Removed 2 control characters that cannot be stored in Excel.")).toBeTruthy();
    fill(form, /^Feedback text/, "Carton\u0000 label missing");
    expect(within(field).getByText("Removed 1 control character that cannot be stored in Excel.")).toBeTruthy();
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    await screen.findByText(/^Saved as FB-/, undefined, SLOW);
    expect(feedbackRows(host)[0]).toContain("Carton label missing");
  });

  it("says that a one-line field joins tabs and spaces, and a multi-line field keeps its line breaks unremarked", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host);
    fill(form, /^Contact person/, "Nguyễn\tVăn  An");
    fill(form, /^Feedback text/, "First line\nsecond line");
    const joined = "Tabs, line breaks and repeated spaces are saved as one space in this field.";
    expect(within(form).getAllByText(joined)).toHaveLength(1);
    const contact = within(form).getByLabelText(/^Contact person/);
    const note = within(form).getByText(joined);
    expect(contact.getAttribute("aria-describedby")?.split(" ")).toContain(note.closest("[id]")?.id);
  });

  it("says how a phone number will be saved when it is saved otherwise than typed", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host);
    fill(form, /^Phone/, "0912 000 111");
    expect(within(form).getByText("Will be saved as 0912000111.")).toBeTruthy();
    fill(form, /^Phone/, "0912000111");
    expect(within(form).queryByText(/^Will be saved as/)).toBeNull();
  });

  it("says it in the task pane's language", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host, "vi-VN");
    fill(form, /^Nội dung phản hồi/, "Thùng\u0000 hàng");
    expect(within(form).getByText("Đã bỏ 1 ký tự điều khiển mà Excel không lưu được.")).toBeTruthy();
  });
});

describe("Now beside a done-at field", () => {
  it("fills the received and replied times with the current local time, as a button of its own", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host);
    const received = within(form).getByLabelText(/^Received at/) as HTMLInputElement;
    fill(form, /^Received at/, "2020-01-01T08:00");
    const field = received.closest<HTMLElement>(".fui-Field");
    if (!field) throw new Error("Received at has no field.");
    const now = within(field).getByRole("button", { name: "Now" });
    expect(now.tabIndex).toBe(0);
    expect(now.getAttribute("aria-describedby")).toBe(field.querySelector("label")?.id);
    const before = dateTimeText(new Date());
    fireEvent.click(now);
    expect([before, dateTimeText(new Date())]).toContain(received.value);

    fireEvent.click(within(form).getByRole("button", { name: "Handling" }));
    const replied = within(form).getByLabelText(/^Replied at/) as HTMLInputElement;
    const repliedField = replied.closest<HTMLElement>(".fui-Field");
    if (!repliedField) throw new Error("Replied at has no field.");
    fireEvent.click(within(repliedField).getByRole("button", { name: "Now" }));
    expect(replied.value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
  });

  it("is not beside a due date or a date that is not a moment of work", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host);
    const urgent = within(form)
      .getByLabelText(/^Urgent/)
      .closest<HTMLElement>(".fui-Field");
    expect(urgent && within(urgent).queryByRole("button", { name: "Now" })).toBeNull();
    expect(within(form).getAllByRole("button", { name: "Now", hidden: true })).toHaveLength(3); // received, replied, closed
  });

  it("is labelled in the task pane's language", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host, "zh-CN");
    expect(within(form).getByRole("button", { name: "现在" })).toBeTruthy();
  });
});

describe("undoing a saved feedback from the form", () => {
  it("undoes the feedback just saved from its saved message, and the next save takes a new id", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host);
    await fillFeedback(form);
    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    const saved = await within(form).findByText(/^Saved as (FB-\d{4}-0001)\./, undefined, SLOW);
    const id = /FB-\d{4}-0001/.exec(saved.textContent ?? "")?.[0] ?? "";
    expect(feedbackRows(host)).toHaveLength(1);

    host.resetMeters();
    fireEvent.click(within(form).getByRole("button", { name: "Undo this save" }));
    const done = await within(form).findByText(
      `${id} was removed. Its ID will not be given again: the next save takes a new one.`,
      undefined,
      SLOW,
    );
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(done.closest("[tabindex='-1']")).toBe(document.activeElement);
    expect(within(form).queryByText(/^Saved as/)).toBeNull();
    expect(within(form).queryByRole("button", { name: "Undo this save" })).toBeNull();
    expect(feedbackRows(host)).toHaveLength(0);
    // What was typed is back in the form, to correct and save again.
    expect((within(form).getByLabelText(/^Feedback text/) as HTMLTextAreaElement).value).toBe(
      "Please print the batch number on the outer carton.",
    );

    fireEvent.click(within(form).getByRole("button", { name: "Save" }));
    const again = await within(form).findByText(/^Saved as FB-\d{4}-0002\./, undefined, SLOW);
    expect(again.textContent).not.toContain(id);
    expect(feedbackRows(host)).toHaveLength(1);
    expect(feedbackRows(host)[0][0]).not.toBe(id);
    expect(within(form).getByRole("button", { name: "Undo this save" })).toBeTruthy();
  });
});
