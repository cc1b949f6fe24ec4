import { join } from "path";
import type { Page } from "playwright-core";
import { LANGUAGES, type Language } from "../../src/domain/i18n/language";
import { CATALOGUES } from "../../src/domain/i18n/all-catalogues";
import { translate } from "../../src/domain/i18n/translate";
import { tableSpec } from "../../src/domain/schema";
import { SECTION_LABELS, SECTIONS } from "../../src/taskpane/sections";
import { PreviewSession, RESULTS } from "./preview-page";

jest.setTimeout(90_000);

const OFFICE_LOCALES: { [language in Language]: string } = {
  en: "en-US",
  "zh-CN": "zh-CN",
  "zh-TW": "zh-TW",
  vi: "vi-VN",
};
const session = new PreviewSession();

/** Home's line for the demo workbook's customer register: the table by its title in the pane's language. */
const customersLine = (language: Language) =>
  translate(language, "home.tableRows", { name: tableSpec("customers").title[language], count: 3 });

beforeAll(() => session.start());
afterAll(() => session.stop());
afterEach(() => {
  expect(session.errors.splice(0)).toEqual([]);
});

async function tab(page: Page, language: Language, section: (typeof SECTIONS)[number]) {
  return page.getByRole("tab", { name: CATALOGUES[language][SECTION_LABELS[section]], exact: true });
}

describe("the task pane on the preview page", () => {
  it.each(LANGUAGES)("renders in %s at the narrowest task-pane width and reads the workbook", async (language) => {
    const page = await session.open(`lang=${OFFICE_LOCALES[language]}&width=320`);
    for (const section of SECTIONS) await (await tab(page, language, section)).waitFor();
    await page.getByText(customersLine(language)).waitFor();
    // The demo workbook is set up in English: whatever the pane speaks, Home says so and offers no second setup.
    await page
      .getByText(translate(language, "setup.setUpIn", { language: CATALOGUES[language]["languageName.en"] }))
      .waitFor();
    await page.getByText(translate(language, "setup.upToDate")).waitFor();
    expect(await page.getByRole("button", { name: translate(language, "setup.action") }).count()).toBe(0);
    expect(await page.locator("#taskpane [lang]").first().getAttribute("lang")).toBe(language);
    const overflow = await page.evaluate(() => {
      const pane = document.getElementById("taskpane");
      return pane ? pane.scrollWidth - pane.clientWidth : -1;
    });
    expect(overflow).toBe(0);
    const cramped = await page.getByRole("tab").evaluateAll((tabs) =>
      tabs.flatMap((tab) => {
        const label = tab.querySelector(".voc-Nav__label");
        // bundleIcon draws a filled and a regular icon and hides one of them
        const iconWidth = Math.max(
          0,
          ...[...tab.querySelectorAll(".voc-Nav__icon svg")].map((svg) => svg.getBoundingClientRect().width),
        );
        const clipped =
          label && label.scrollWidth > label.clientWidth ? [`label of ${tab.textContent} is cut off`] : [];
        const squeezed = iconWidth < 16 ? [`icon of ${tab.textContent} is squeezed`] : [];
        return [...clipped, ...squeezed];
      }),
    );
    expect(cramped).toEqual([]);
    await page.screenshot({
      path: join(RESULTS, `taskpane-home-${language}.png`),
      clip: { x: 0, y: 0, width: 320, height: 640 },
    });
    await page.close();
  });

  it("exposes the simulated workbook's tables as window.vocPreview.tables()", async () => {
    const page = await session.open("lang=en-US");
    await page.getByText(customersLine("en")).waitFor();
    const tables = await page.evaluate(() => window.vocPreview.tables());
    expect(tables.Customers.headers.slice(0, 3)).toEqual(["Customer ID", "Customer", "Category"]);
    expect(tables.Customers.rows.map((row) => row[0])).toEqual(["CU-2026-0001", "CU-2026-0002", "CU-2026-0003"]);
    expect(Object.keys(tables)).toHaveLength(14);
    await page.close();
  });

  it("says so when the workbook has no tables", async () => {
    const page = await session.open("lang=en-US&seed=empty");
    await page.getByText(CATALOGUES.en["home.noTables"]).waitFor();
    expect(await page.evaluate(() => window.vocPreview.tables())).toEqual({});
    await page.close();
  });

  it("switches language in Settings and remembers the choice after reopening", async () => {
    const page = await session.open("lang=en-US");
    await (await tab(page, "en", "settings")).click();
    await page.getByRole("radio", { name: "繁體中文" }).check();
    await (await tab(page, "zh-TW", "settings")).waitFor();
    await page.screenshot({
      path: join(RESULTS, "taskpane-settings-zh-TW.png"),
      clip: { x: 0, y: 0, width: 360, height: 640 },
    });
    await page.reload();
    await page.getByText(customersLine("zh-TW")).waitFor();
    await (await tab(page, "zh-TW", "settings")).click();
    const followOffice = translate("zh-TW", "settings.languageFollowOffice", {
      language: CATALOGUES["zh-TW"]["languageName.en"],
    });
    await page.getByRole("radio", { name: followOffice }).check();
    await (await tab(page, "en", "home")).waitFor();
    await page.close();
  });

  it("moves between sections with the keyboard alone", async () => {
    const page = await session.open("lang=en-US");
    await page.getByText(customersLine("en")).waitFor();
    await (await tab(page, "en", "home")).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.locator('main[data-section="record"]').waitFor();
    // Records sits between Record and Cases.
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Space");
    await page.locator('main[data-section="records"]').waitFor();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.locator('main[data-section="cases"]').waitFor();
    await page.close();
  });

  it("follows Office's dark theme", async () => {
    const page = await session.open("lang=vi-VN&theme=dark");
    await page.getByText(customersLine("vi")).waitFor();
    const background = await page
      .locator("#taskpane .fui-FluentProvider")
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await page.screenshot({
      path: join(RESULTS, "taskpane-home-vi-dark.png"),
      clip: { x: 0, y: 0, width: 360, height: 640 },
    });
    await page.close();
  });
});
