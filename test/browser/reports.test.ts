import { join } from "path";
import type { Locator, Page } from "playwright-core";
import { wholeDay } from "../../src/domain/excel-date";
import { LANGUAGES, type Language } from "../../src/domain/i18n/language";
import { type MessageKey, type MessageValues, translate } from "../../src/domain/i18n/translate";
import { reportPeriods } from "../../src/domain/reports/report-periods";
import { tableSpec } from "../../src/domain/schema";
import { serialOfDate } from "../../src/taskpane/forms/date-text";
import { PreviewSession, RESULTS } from "./preview-page";

jest.setTimeout(120_000);

const OFFICE_LOCALES: { [language in Language]: string } = {
  en: "en-US",
  "zh-CN": "zh-CN",
  "zh-TW": "zh-TW",
  vi: "vi-VN",
};
/** The demo workbook is set up in English, so its report sheets have English names whatever the pane's language. */
const DASHBOARD_SHEET = "Dashboard";
const REVIEW_SHEET = "Management review";
/** Home's line for the demo workbook's customer register, by the table's English title. */
const customersLine = translate("en", "home.tableRows", { name: tableSpec("customers").title.en, count: 3 });

const session = new PreviewSession();
beforeAll(() => session.start());
afterAll(() => session.stop());
afterEach(() => {
  expect(session.errors.splice(0)).toEqual([]);
});

/** The quarters the screen offers today, oldest first: the page and the test share one clock. */
function quartersNow(): string[] {
  return reportPeriods("Q", wholeDay(serialOfDate(new Date())));
}

/** A message as regular-expression source: the values given filled in, any other {placeholder} matching anything. */
function pattern(language: Language, key: MessageKey, values: MessageValues = {}): string {
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return translate(language, key, values)
    .split(/\{\w+\}/)
    .map(escape)
    .join(".+?");
}

/** What the dashboard card says after a refresh today, up to the counts the demo workbook does not fix. */
function dashboardSummary(language: Language): string {
  const quarters = quartersNow();
  const [first, last] = [quarters[0], quarters[quarters.length - 1]];
  return pattern(language, "reports.dashboard.done", { periods: quarters.length, first, last, customers: 3 });
}

async function openReports(page: Page, language: Language): Promise<void> {
  await page.getByRole("tab", { name: translate(language, "nav.reports"), exact: true }).click();
  await page.locator('main[data-section="reports"]').waitFor();
}

function card(page: Page, language: Language, title: MessageKey): Locator {
  return page.getByRole("region", { name: translate(language, title) });
}

/** The outcome a card shows once its action is done (a status message, or an alert when it failed). */
async function outcomeOf(region: Locator): Promise<string> {
  const outcome = region.getByRole("status").or(region.getByRole("alert"));
  await outcome.waitFor();
  return (await outcome.innerText()).trim();
}

async function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => window.vocPreview.host.workbook.sheets.map((sheet) => sheet.name));
}

async function chartCount(page: Page, sheet: string): Promise<number> {
  return page.evaluate((name) => window.vocPreview.host.charts(name).length, sheet);
}

/**
 * How far the task pane scrolls sideways, and what sticks out of it. The preview page never scrolls as a whole (the
 * simulated workbook takes the rest of the window), so the pane's own scroller is where a sideways scroll would
 * show; Fluent cards clip their content, so anything pushed past the pane's edge is listed too.
 */
async function sidewaysOverflow(page: Page): Promise<{ document: number; pane: number; outside: string[] }> {
  return page.evaluate(() => {
    const pane = document.getElementById("taskpane");
    if (!pane) return { document: -1, pane: -1, outside: ["no task pane"] };
    const edge = pane.getBoundingClientRect().left + pane.clientWidth;
    const outside = [...pane.querySelectorAll("main *")]
      .filter((element) => element.getClientRects().length > 0 && element.getBoundingClientRect().right > edge + 0.5)
      .map((element) => `${element.tagName.toLowerCase()} “${(element.textContent ?? "").slice(0, 40)}”`);
    const root = document.documentElement;
    return { document: root.scrollWidth - root.clientWidth, pane: pane.scrollWidth - pane.clientWidth, outside };
  });
}

/** Presses Tab until `target` has the focus; returns how many presses that took. */
async function tabTo(page: Page, target: Locator, most = 10): Promise<number> {
  for (let presses = 1; presses <= most; presses += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`Tab did not reach the element in ${most} presses.`);
}

describe("the Reports screen on the preview page", () => {
  it("refreshes the dashboard from the keyboard, builds the review, and prepares the workbook for sending", async () => {
    const page = await session.open("lang=en-US&width=320");
    await page.getByText(customersLine).waitFor();
    await openReports(page, "en");
    const quarters = quartersNow();
    const latest = quarters[quarters.length - 1];

    // From the Reports tab, Tab goes to the grain (one stop for the radio group), then to the button.
    const dashboard = card(page, "en", "reports.dashboard.title");
    const refresh = dashboard.getByRole("button", { name: "Refresh dashboard" });
    await page.getByRole("tab", { name: "Reports", exact: true }).focus();
    expect(await tabTo(page, refresh)).toBe(2);
    await page.keyboard.press("Enter");
    const refreshed = await outcomeOf(dashboard);
    expect(quarters).toHaveLength(8);
    expect(refreshed).toMatch(
      new RegExp(`^${dashboardSummary("en")}\\s+The sheet “${DASHBOARD_SHEET}” was created\\.$`),
    );
    expect(await sheetNames(page)).toContain(DASHBOARD_SHEET);
    const charts = Number(/(\d+) charts\./.exec(refreshed)?.[1]);
    expect(charts).toBeGreaterThan(0);
    expect(await chartCount(page, DASHBOARD_SHEET)).toBe(charts);

    // Refreshing again updates the same sheet rather than adding another.
    await refresh.click();
    await dashboard.getByText(`The sheet “${DASHBOARD_SHEET}” was updated.`).waitFor();
    expect((await sheetNames(page)).filter((name) => name === DASHBOARD_SHEET)).toHaveLength(1);
    expect(await chartCount(page, DASHBOARD_SHEET)).toBe(charts);

    const review = card(page, "en", "reports.review.title");
    expect(await review.getByLabel("Period").inputValue()).toBe(latest);
    await review.getByRole("button", { name: "Build review sheet" }).click();
    expect(await outcomeOf(review)).toBe(
      translate("en", "reports.review.done", { period: latest, previous: quarters[quarters.length - 2], kept: 0 }),
    );
    expect(await sheetNames(page)).toContain(REVIEW_SHEET);

    // The demo workbook's reports are native Excel formulas: there are no VOC.* formulas to freeze or restore.
    const sending = card(page, "en", "reports.sending.title");
    await sending.getByRole("button", { name: "Prepare for sending" }).click();
    expect(await outcomeOf(sending)).toBe(
      [translate("en", "reports.sending.nothingToFreeze"), translate("en", "reports.sending.independent")].join("\n"),
    );
    await sending.getByRole("button", { name: "Restore formulas" }).click();
    await sending.getByText(translate("en", "reports.sending.nothingToRestore")).waitFor();
    expect(await outcomeOf(sending)).toBe(translate("en", "reports.sending.nothingToRestore"));
    expect(await sidewaysOverflow(page)).toEqual({ document: 0, pane: 0, outside: [] });
    await page.close();
  });

  it.each(LANGUAGES)(
    "fits the narrowest task pane in %s before and after refreshing the dashboard",
    async (language) => {
      const page = await session.open(`lang=${OFFICE_LOCALES[language]}&width=320`);
      await openReports(page, language);
      const dashboard = card(page, language, "reports.dashboard.title");
      const refresh = dashboard.getByRole("button", { name: translate(language, "reports.dashboard.action") });
      await refresh.waitFor();
      expect(await sidewaysOverflow(page)).toEqual({ document: 0, pane: 0, outside: [] });

      await refresh.click();
      const outcome = dashboard.getByRole("status");
      expect(await outcomeOf(dashboard)).toMatch(
        new RegExp(`^${dashboardSummary(language)}\\s+${pattern(language, "reports.dashboard.created")}$`),
      );
      expect(await sidewaysOverflow(page)).toEqual({ document: 0, pane: 0, outside: [] });
      await outcome.scrollIntoViewIfNeeded();
      await page.locator("#taskpane").screenshot({ path: join(RESULTS, `reports-${language}.png`) });
      await page.close();
    },
  );
});
