import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { MemoryExcel } from "../../src/memory-host";
import { seedDemoWorkbook } from "../../src/preview/demo-workbook";
import { memoryStorage, openSection, renderTaskpane } from "../support/render-taskpane";

async function openFeedbackForm(host: MemoryExcel, language = "en-US", storage = memoryStorage()) {
  const view = renderTaskpane(host, language, storage);
  await openSection(/Record|登记|Ghi nhận/);
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

describe("the feedback form", () => {
  it("logs a customer's feedback as one row in at most 2 round trips, and shows its new id", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host);
    fill(form, /^Channel/, "phone");
    chooseCustomer(form, "深圳华强电子");
    fill(form, /^Kind/, "suggestion");
    fill(form, /^Feedback text/, "Please print the batch number on the outer carton.");
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

  it("adds a customer who is not in the register from within the form", async () => {
    const host = await seeded();
    const { form } = await openFeedbackForm(host);
    chooseCustomer(form, "Hanoi Precision Co.");
    fireEvent.click(within(form).getByRole("button", { name: "Add “Hanoi Precision Co.” as a new customer" }));
    const quick = within(form).getByRole("group", { name: "New customer" });
    fill(quick, /^Phone/, "0912 000 111");
    fireEvent.click(within(quick).getByRole("button", { name: "Add customer" }));
    expect(
      await within(form).findByText("Hanoi Precision Co. is now in the customer register as CU-2026-0004."),
    ).toBeTruthy();
    const names = host.tables().Customers.rows.map((row) => row[1]);
    expect(names).toContain("Hanoi Precision Co.");
    await waitFor(() => expect(within(form).queryByText(/is not in the customer register/)).toBeNull());
  });
});
