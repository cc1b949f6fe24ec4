import { join } from "path";
import type { Locator, Page } from "playwright-core";
import { LANGUAGES, type Language } from "../../src/domain/i18n/language";
import { translate } from "../../src/domain/i18n/translate";
import type { TableContents } from "../../src/memory-host";
import { dateTimeText } from "../../src/taskpane/forms/date-text";
import { PreviewSession, RESULTS } from "./preview-page";

jest.setTimeout(120_000);

const OFFICE_LOCALES: { [language in Language]: string } = {
  en: "en-US",
  "zh-CN": "zh-CN",
  "zh-TW": "zh-TW",
  vi: "vi-VN",
};
const FORMS = ["feedback", "complaint", "surveyDispatch", "surveyReturn", "customer"] as const;
type FormKey = (typeof FORMS)[number];

const session = new PreviewSession();
beforeAll(() => session.start());
afterAll(() => session.stop());
afterEach(() => {
  expect(session.errors.splice(0)).toEqual([]);
});

/** Opens the Record screen at the narrowest task-pane width and chooses a form; returns the form. */
async function openForm(page: Page, language: Language, form: FormKey): Promise<Locator> {
  await page.getByRole("tab", { name: translate(language, "nav.record"), exact: true }).click();
  await page.getByLabel(translate(language, "record.chooseForm")).selectOption(form);
  const located = page.getByRole("form", { name: translate(language, `record.form.${form}`) });
  await located.waitFor();
  return located;
}

async function tables(page: Page): Promise<TableContents> {
  return page.evaluate(() => window.vocPreview.tables());
}

/** A row of a table as {header: cell}. */
async function lastRow(page: Page, table: string): Promise<Record<string, unknown>> {
  const { headers, rows } = (await tables(page))[table];
  const row = rows[rows.length - 1] ?? [];
  return Object.fromEntries(headers.map((header, index) => [header, row[index]]));
}

async function noHorizontalScroll(page: Page): Promise<number> {
  return page.evaluate(() => {
    const pane = document.getElementById("taskpane");
    return pane ? pane.scrollWidth - pane.clientWidth : -1;
  });
}

describe("the feedback form on the preview page", () => {
  it("is filled with the keyboard and saved as one row", async () => {
    const page = await session.open("lang=en-US&width=320");
    const form = await openForm(page, "en", "feedback");
    await form.getByLabel("Channel").selectOption({ label: "Hotline" });
    await form.getByRole("combobox", { name: "Customer", exact: true }).pressSequentially("深圳");
    await page.getByRole("option", { name: /深圳华强电子/ }).click();
    await form.getByLabel("Kind").selectOption({ label: "Suggestion" });
    await form.getByLabel("Feedback text").fill("Please label each carton with its batch number.");
    await form.getByLabel("Feedback text").press("Control+Enter");
    await page.getByText(/^Saved as FB-\d{4}-0001\./).waitFor();
    const row = await lastRow(page, "Feedback");
    expect(row).toMatchObject({
      Channel: "Hotline",
      Customer: "深圳华强电子",
      Kind: "Suggestion",
      "Feedback text": "Please label each carton with its batch number.",
      Status: "Open",
    });
    expect(await noHorizontalScroll(page)).toBe(0);
    await page.close();
  });

  it("stores hostile text safely as text, or rejects it with a message next to the field", async () => {
    const page = await session.open("lang=en-US");
    const form = await openForm(page, "en", "feedback");
    await form.getByLabel("Channel").selectOption({ label: "Email" });
    await form.getByRole("combobox", { name: "Customer", exact: true }).fill("台北精密工業");
    await form.getByLabel("Kind").selectOption({ label: "Complaint" });
    const text = form.getByLabel("Feedback text");
    await text.fill("x".repeat(40_000));
    await form.getByRole("button", { name: "Save" }).click();
    await form.getByText("Feedback text is too long: at most 32767 characters.").first().waitFor();
    expect((await tables(page)).Feedback.rows).toHaveLength(0);

    const hostile = '=HYPERLINK("http://evil.example","点我") 😀 Khách hàng phàn nàn\tvề\nbao bì';
    await text.fill(hostile);
    await form.getByLabel("Contact person").fill("@Nguyễn\tVăn\nAn");
    await form.getByRole("button", { name: "Save" }).click();
    await page.getByText(/^Saved as FB-/).waitFor();
    const row = await lastRow(page, "Feedback");
    expect(row["Feedback text"]).toBe(hostile);
    expect(row["Contact person"]).toBe("@Nguyễn Văn An");
    await page.close();
  });

  it("keeps every value when the save fails, and the retry adds exactly one row", async () => {
    const page = await session.open("lang=vi-VN");
    const form = await openForm(page, "vi", "feedback");
    await form.getByLabel("Kênh tiếp nhận").selectOption({ index: 1 });
    await form.getByRole("combobox", { name: "Tên khách hàng", exact: true }).fill("Công ty Hòa Phát");
    await form.getByLabel("Loại ý kiến").selectOption({ index: 1 });
    await form.getByLabel("Nội dung phản hồi").fill("Giao hàng trễ hai ngày.");
    await page.evaluate(() => window.vocPreview.host.rejectNextSync("Mất kết nối mạng.", { after: 1 }));
    await form.getByRole("button", { name: translate("vi", "form.save") }).click();
    await page.getByText(/Mất kết nối mạng\./).waitFor();
    expect(await form.getByLabel("Nội dung phản hồi").inputValue()).toBe("Giao hàng trễ hai ngày.");
    expect((await tables(page)).Feedback.rows).toHaveLength(0);
    await form.getByRole("button", { name: translate("vi", "form.save") }).click();
    await page.getByText(/^Đã lưu với mã FB-/).waitFor();
    expect((await tables(page)).Feedback.rows).toHaveLength(1);
    await page.close();
  });
});

/** Types part of a customer's name in a form's customer box and picks the customer from the list. */
async function pickCustomer(page: Page, form: Locator, label: string, typed: string, name: RegExp) {
  await form.getByRole("combobox", { name: label, exact: true }).pressSequentially(typed);
  await page.getByRole("option", { name }).click();
}

/** A datetime-local value some hours after now (the complaint was received now, by the form's default). */
function hoursFromNow(hours: number): string {
  return dateTimeText(new Date(Date.now() + hours * 3_600_000));
}

async function saveComplaint(page: Page, description: string): Promise<string> {
  const form = await openForm(page, "en", "complaint");
  await form.getByLabel("Channel").selectOption({ label: "Phone" });
  await pickCustomer(page, form, "Customer", "深圳", /深圳华强电子/);
  await form.getByLabel("Product / part no.").fill("PCB-220 控制板");
  await form.getByLabel("Content class").selectOption({ label: "Product quality" });
  await form.getByLabel("Nature").selectOption({ label: "Valid" });
  await form.getByLabel("Severity").selectOption({ label: "Major" });
  await form.getByText("A major complaint needs the director’s approval.").first().waitFor();
  await form.getByLabel("Description").fill(description);
  await form.getByRole("button", { name: "Save" }).click();
  const saved = await page.getByText(/^Saved as CC-\d{4}-\d{4}\./).textContent();
  return /CC-\d{4}-\d{4}/.exec(saved ?? "")?.[0] ?? "";
}

describe("the other forms on the preview page", () => {
  it("sends survey forms to several customers at once, then records one coming back", async () => {
    const page = await session.open("lang=en-US&width=320");
    const dispatch = await openForm(page, "en", "surveyDispatch");
    await dispatch.getByRole("checkbox", { name: /Công ty Hòa Phát/ }).check();
    await dispatch.getByRole("checkbox", { name: /台北精密工業/ }).check();
    await dispatch.getByText(/^Due back by /).waitFor();
    await dispatch.getByRole("button", { name: "Save" }).click();
    await page.getByText("2 survey forms recorded.").waitFor();
    expect((await tables(page)).SurveyDispatch.rows.map((row) => row[2])).toEqual(["Công ty Hòa Phát", "台北精密工業"]);

    const returned = await openForm(page, "en", "surveyReturn");
    await returned.getByLabel("Dispatch ID").selectOption({ index: 1 });
    const points = returned.getByRole("textbox", { name: /or points/ });
    for (let index = 0; index < (await points.count()); index += 1) await points.nth(index).fill("5");
    await returned.getByRole("combobox", { name: "OV2 Delivery time" }).selectOption({ index: 3 }); // basically satisfied: 60
    await returned
      .getByText(/root-cause analysis and corrective action required/)
      .first()
      .waitFor();
    await returned.getByRole("button", { name: "Save" }).click();
    await page.getByText(/^Saved as SR-/).waitFor();
    const row = await lastRow(page, "SurveyReturns");
    expect(row["Dispatch ID"]).toMatch(/^SD-/);
    expect(row.Customer).toBe("Công ty Hòa Phát");
    await page.close();
  });

  it("adds a customer to the register", async () => {
    const page = await session.open("lang=zh-CN&width=320");
    const form = await openForm(page, "zh-CN", "customer");
    await form.getByLabel("顾客名称").fill("Nhà máy Bình Dương 平阳工厂");
    await form.getByLabel("联系电话").fill("+84 274 3822 888");
    await form.getByRole("button", { name: "保存" }).click();
    await page.getByText(/^已保存，编号 CU-2026-0004。/).waitFor();
    expect(await lastRow(page, "Customers")).toMatchObject({ Customer: "Nhà máy Bình Dương 平阳工厂" });
    await page.close();
  });
});

describe("a complaint through its whole life on the preview page", () => {
  it("is registered, approved, answered, 8D-reported, closed, followed up, and reopened as a linked complaint", async () => {
    const page = await session.open("lang=en-US&width=320");
    const id = await saveComplaint(page, "Solder joints crack after two weeks in the field.");

    await page.getByRole("tab", { name: translate("en", "nav.cases"), exact: true }).click();
    await page.getByRole("button", { name: new RegExp(`^${id} · 深圳华强电子`) }).click();
    const handling = page.getByRole("form", { name: "Handling" });
    await handling.getByLabel("Approval", { exact: true }).selectOption({ label: "Approved" });
    await handling.getByLabel("Approved by").fill("Director Trần");
    await handling.getByLabel(/^Status\s*\*?$/).selectOption({ label: "In progress" });
    await handling.getByLabel("Replied at", { exact: true }).fill(hoursFromNow(2));
    await handling.getByLabel("8D replied at", { exact: true }).fill(hoursFromNow(48));
    await handling.getByLabel("Root cause").fill("Reflow profile too short on line 3.");
    await handling.getByRole("button", { name: "Save changes" }).click();
    await page.getByText(new RegExp(`^Saved to ${id}:`)).waitFor();

    await page.getByLabel("The effectiveness of the actions has been checked").check();
    await page.getByRole("button", { name: "Close complaint" }).click();
    await page.getByText(`${id} is closed.`).waitFor();

    await page.getByRole("radio", { name: "Reached: dissatisfied" }).check();
    await page.getByRole("button", { name: "Record the call" }).click();
    await page
      .getByLabel(/^Description/)
      .last()
      .fill("The replacement boards crack too.");
    await page.getByRole("button", { name: "Save follow-up and new complaint" }).click();
    await page.getByText(new RegExp(`^Follow-up recorded on ${id}; new complaint CC-\\d{4}-\\d{4} attached`)).waitFor();

    const { headers, rows } = (await tables(page)).Complaints;
    const cell = (row: unknown[], header: string) => row[headers.indexOf(header)];
    expect(rows).toHaveLength(2);
    expect(cell(rows[0], "Approval")).toBe("Approved");
    expect(cell(rows[0], "Status")).toBe("Closed");
    expect(cell(rows[0], "Effectiveness checked")).toBe("Yes");
    expect(cell(rows[0], "Follow-up result")).toBe("Dissatisfied");
    expect(cell(rows[1], "Original complaint")).toBe(id);
    expect(cell(rows[1], "Customer")).toBe("深圳华强电子");
    expect(cell(rows[1], "Description")).toBe("The replacement boards crack too.");
    await page.locator("#taskpane").screenshot({ path: join(RESULTS, "cases-follow-up-en.png") });
    await page.close();
  });
});

describe("screenshots of the forms", () => {
  it.each(LANGUAGES)("shows every form in %s at 320 px without horizontal scrolling", async (language) => {
    const page = await session.open(`lang=${OFFICE_LOCALES[language]}&width=320`);
    for (const form of FORMS) {
      await openForm(page, language, form);
      expect(await noHorizontalScroll(page)).toBe(0);
      await page.locator("#taskpane").screenshot({ path: join(RESULTS, `form-${form}-${language}.png`) });
    }
    await page.close();
  });
});
