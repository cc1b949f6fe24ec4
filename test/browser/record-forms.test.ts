import { join } from "path";
import type { Locator, Page } from "playwright-core";
import { LANGUAGES, type Language } from "../../src/domain/i18n/language";
import { translate } from "../../src/domain/i18n/translate";
import type { TableContents } from "../../src/memory-host";
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
  await page.getByRole("tab", { name: translate(language, "nav.record") }).click();
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
