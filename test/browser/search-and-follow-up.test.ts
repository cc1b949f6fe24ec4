/**
 * Two things a person does with the pane, in a real browser on the preview page:
 * - finds a customer or a record typed without accents ("hoa"), in full width ("ＨＯＡ") or in the other Chinese
 *   script (客戶 for 客户), in a form's customer picker, in the Cases search and in the Records search;
 * - follows a low survey result from its alerts in Cases, through the action taken with an owner and a due date, to
 *   the effectiveness check the next period's return gives, recorded in the CorrectiveActions row.
 * Controls are found by their role and their name in the pane's language.
 */
import type { Locator, Page } from "playwright-core";
import type { Language } from "../../src/domain/i18n/language";
import { type MessageKey, type MessageValues, translate } from "../../src/domain/i18n/translate";
import type { RatingLevelKey } from "../../src/domain/rating-levels";
import { periodSpan, reportPeriodOf, shiftPeriod } from "../../src/domain/reports/report-periods";
import { DEFAULT_INSTRUMENT, TABLES, type TableSpec, choiceLabel, columnSpec, headerOf } from "../../src/domain/schema";
import { figureShown, kindLabel } from "../../src/taskpane/actions/action-text";
import { serialOfDate, serialText } from "../../src/taskpane/forms/date-text";
import { levelWord } from "../../src/taskpane/forms/survey-levels";
import { scoreText } from "../../src/taskpane/forms/survey-score-text";
import { OFFICE_LOCALE, PreviewSession, openRecordForm, saidPattern } from "./preview-page";

jest.setTimeout(180_000);

const HOA_PHAT = "Công ty Hòa Phát";
const HUAQIANG = "深圳华强电子";

const session = new PreviewSession();
beforeAll(() => session.start());
afterAll(() => session.stop());
afterEach(() => {
  expect(session.errors.splice(0)).toEqual([]);
});

const header = (table: TableSpec, key: string, language: Language) => headerOf(columnSpec(table, key), language);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Says `key` somewhere on the pane (a status line, a card's line), waiting until it does. */
async function shows(page: Page, language: Language, key: MessageKey, values: MessageValues = {}): Promise<void> {
  await page
    .getByText(translate(language, key, values), { exact: true })
    .first()
    .waitFor();
}

/** Empties a text box and types `text` into it key by key, as a person does. */
async function retype(box: Locator, text: string): Promise<void> {
  await box.fill("");
  await box.pressSequentially(text);
}

/** The customer picker's list offers `wanted` and, once it has caught up with the typing, none of `others`. */
async function offers(page: Page, wanted: string, others: readonly string[]): Promise<void> {
  await page.getByRole("option", { name: new RegExp(`^${escape(wanted)}`) }).waitFor();
  for (const other of others) {
    await page.getByRole("option", { name: new RegExp(`^${escape(other)}`) }).waitFor({ state: "detached" });
  }
}

/** A list's button for a record or a case of `customer` ("FB-2026-0001 · Công ty Hòa Phát"). */
function itemOf(page: Page, prefix: string, customer: string): Locator {
  return page.getByRole("button", { name: new RegExp(`^${prefix}-\\d{4}-\\d{4} · ${escape(customer)}$`) });
}

async function go(page: Page, language: Language, tab: MessageKey): Promise<void> {
  await page.getByRole("tab", { name: translate(language, tab), exact: true }).click();
}

/** Saves one customer feedback through the form, the customer picked by typing `typed`; returns its id. */
async function saveFeedback(page: Page, language: Language, typed: string, customer: string, text: string) {
  const form = await openRecordForm(page, language, "feedback");
  const feedback = TABLES.feedback;
  await form.getByRole("combobox", { name: header(feedback, "channel", language), exact: true }).selectOption({
    label: choiceLabel("channel", "hotline", language),
  });
  const picker = form.getByRole("combobox", { name: header(feedback, "customer", language), exact: true });
  await retype(picker, typed);
  await offers(page, customer, []);
  await picker.press("ArrowDown");
  await picker.press("Enter");
  expect(await picker.inputValue()).toBe(customer);
  await form.getByRole("combobox", { name: header(feedback, "kind", language), exact: true }).selectOption({
    label: choiceLabel("feedbackKind", "request", language),
  });
  const content = form.getByRole("textbox", { name: header(feedback, "content", language), exact: true });
  await content.fill(text);
  await content.press("Control+Enter");
  const said = saidPattern(language, "form.saved", {}, ["id"]);
  const saved = page.getByText(said);
  await saved.waitFor();
  return said.exec((await saved.textContent()) ?? "")?.[1] ?? "";
}

describe.each<Language>(["en", "zh-TW"])("search in the %s pane on the preview page", (language) => {
  let page: Page;
  beforeAll(async () => {
    page = await session.open(`lang=${OFFICE_LOCALE[language]}&width=320`);
  });
  afterAll(() => page.close());

  // The demo register holds Công ty Hòa Phát, 深圳华强电子 and 台北精密工業; the two feedbacks saved here are what
  // Cases and Records search below.
  it("finds Công ty Hòa Phát in a form's customer picker typed as hoa or ＨＯＡ, and 深圳华强电子 typed as 華強", async () => {
    const form = await openRecordForm(page, language, "feedback");
    const picker = form.getByRole("combobox", { name: header(TABLES.feedback, "customer", language), exact: true });
    for (const typed of ["hoa", "ＨＯＡ"]) {
      await retype(picker, typed);
      await offers(page, HOA_PHAT, [HUAQIANG, "台北精密工業"]);
    }
    await retype(picker, "華強");
    await offers(page, HUAQIANG, [HOA_PHAT, "台北精密工業"]);

    expect(await saveFeedback(page, language, "hoa", HOA_PHAT, "客户反映外箱破损，要求改进包装。")).toMatch(/^FB-/);
    expect(await saveFeedback(page, language, "華強", HUAQIANG, "Label each carton with its batch number.")).toMatch(
      /^FB-/,
    );
  });

  it("finds the open case of Công ty Hòa Phát in the Cases search typed as hoa or ＨＯＡ, and 深圳华强电子's as 深圳華強", async () => {
    await go(page, language, "nav.cases");
    const search = page.getByRole("searchbox", { name: translate(language, "cases.search"), exact: true });
    for (const typed of ["hoa", "ＨＯＡ"]) {
      await retype(search, typed);
      await shows(page, language, "cases.countFiltered", { shown: 1, total: 2 });
      await itemOf(page, "FB", HOA_PHAT).waitFor();
      expect(await itemOf(page, "FB", HUAQIANG).count()).toBe(0);
    }
    await retype(search, "深圳華強");
    await itemOf(page, "FB", HUAQIANG).waitFor();
    await shows(page, language, "cases.countFiltered", { shown: 1, total: 2 });
    expect(await itemOf(page, "FB", HOA_PHAT).count()).toBe(0);
  });

  it("finds Công ty Hòa Phát's records in the Records search typed as hoa or ＨＯＡ, and Simplified 客户 typed as Traditional 客戶", async () => {
    await go(page, language, "records.nav");
    const search = page.getByRole("searchbox", { name: translate(language, "records.search"), exact: true });
    // 3 customers and 2 feedbacks: the customer's own row and its feedback match.
    for (const typed of ["hoa", "ＨＯＡ"]) {
      await retype(search, typed);
      await shows(page, language, "records.countFiltered", { shown: 2, total: 5 });
      await itemOf(page, "CU", HOA_PHAT).waitFor();
      await itemOf(page, "FB", HOA_PHAT).waitFor();
    }
    // The Traditional/Simplified table is loaded when a query first holds a Chinese character: wait for the match.
    await retype(search, "客戶");
    await itemOf(page, "FB", HOA_PHAT).waitFor();
    await shows(page, language, "records.countFiltered", { shown: 1, total: 5 });
  });
});

/** The quarter `steps` from today's; the pane's clock is the machine's (the preview does not fix it). */
function quarter(steps: number): string {
  return shiftPeriod(reportPeriodOf(serialOfDate(new Date()), "Q"), steps);
}

/** A day inside `period`, as a date input takes it. */
function dayIn(period: string): string {
  return serialText(periodSpan(period).start + 40, false);
}

/**
 * Records a returned survey form of Công ty Hòa Phát for `period` through the Record screen: each item's level
 * chosen from its list (`levels`, by item code, the rest `otherwise`). `expected` is the total the preview shows.
 */
async function recordReturn(
  page: Page,
  language: Language,
  period: string,
  levels: { readonly otherwise: RatingLevelKey; readonly [code: string]: RatingLevelKey },
  expected: number,
): Promise<void> {
  const returns = TABLES.surveyReturns;
  const form = await openRecordForm(page, language, "surveyReturn");
  await form.getByRole("textbox", { name: header(returns, "period", language), exact: true }).fill(period);
  const picker = form.getByRole("combobox", { name: header(returns, "customer", language), exact: true });
  await retype(picker, "hoa");
  await offers(page, HOA_PHAT, []);
  await picker.press("ArrowDown");
  await picker.press("Enter");
  await form.getByRole("textbox", { name: header(returns, "returnedAt", language), exact: true }).fill(dayIn(period));
  for (const item of DEFAULT_INSTRUMENT) {
    const level = levels[item.code] ?? levels.otherwise;
    const rating = { verySatisfied: 5, satisfied: 4, basicallySatisfied: 3, dissatisfied: 0 }[level];
    await form.getByRole("combobox", { name: `${item.code} ${item.text[language]}`, exact: true }).selectOption({
      label: translate(language, "surveyReturn.levelOption", { level: levelWord(level, language), rating }),
    });
  }
  await form
    .getByText(translate(language, "surveyReturn.total", { score: scoreText(expected, language) }), { exact: true })
    .waitFor();
  if (expected < 80) await form.getByText(translate(language, "surveyReturn.totalAlert", { threshold: 80 })).waitFor();
  await form.getByRole("button", { name: translate(language, "form.save"), exact: true }).click();
  await page.getByText(saidPattern(language, "form.saved", {}, ["id"])).waitFor();
}

/** The CorrectiveActions rows as {column key: cell}; the demo workbook is set up with English headers. */
async function actionRows(page: Page): Promise<Record<string, unknown>[]> {
  const { headers, rows } = (await page.evaluate(() => window.vocPreview.tables()))[TABLES.actions.name];
  const keys = headers.map((name) => TABLES.actions.columns.find((column) => column.header.en === name)?.key ?? name);
  return rows.map((row) => Object.fromEntries(keys.map((key, index) => [key, row[index]])));
}

// English sees the action confirmed by a good next quarter; Simplified Chinese sees it not effective.
describe.each<[Language, "effective" | "notEffective"]>([
  ["en", "effective"],
  ["zh-CN", "notEffective"],
])("a low survey return followed to its effectiveness check in the %s pane", (language, outcome) => {
  it(`raises alerts in Cases, is taken as an action with an owner and a due date, and the next quarter's return finds it ${outcome}`, async () => {
    const page = await session.open(`lang=${OFFICE_LOCALE[language]}&width=320`);
    const t = (key: MessageKey, values?: MessageValues) => translate(language, key, values);
    // Two quarters back, so that the next quarter is over by today and its figure decides the check.
    const [period, next] = [quarter(-2), quarter(-1)];

    // Overall (80 + 60 + 80) / 3 × 0.3 + 80 × 0.3 + 80 × 0.4 = 78, below 80; Delivery time at 60, at or below 70.
    await recordReturn(page, language, period, { otherwise: "satisfied", OV2: "basicallySatisfied" }, 78);

    await go(page, language, "nav.cases");
    const alerts = page.getByRole("list", { name: t("actions.alertsLabel") });
    await alerts.waitFor();
    const subject = t("actions.subject", { subject: HOA_PHAT, period });
    const kind = kindLabel("surveyTotal", language);
    await alerts
      .getByText(t("actions.finding.surveyTotal", { figure: "78", threshold: 80 }), { exact: true })
      .waitFor();
    const itemFinding = t("actions.finding.itemScore", {
      item: `OV2 ${DEFAULT_INSTRUMENT[1].text[language]}`,
      figure: "60",
      threshold: 70,
    });
    await alerts.getByText(itemFinding, { exact: true }).waitFor();

    const take = page.getByRole("button", { name: t("actions.takeLabel", { alert: `${kind}, ${subject}` }) });
    await take.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: t("actions.takeTitle") }).waitFor();
    const owner = "Nguyễn Thị Lan";
    const due = serialText(serialOfDate(new Date()) + 14, false);
    await page.getByRole("textbox", { name: header(TABLES.actions, "owner", language), exact: true }).fill(owner);
    await page
      .getByRole("combobox", { name: header(TABLES.actions, "department", language), exact: true })
      .selectOption({ label: choiceLabel("department", "sales", language) });
    await page.getByRole("textbox", { name: header(TABLES.actions, "dueDate", language), exact: true }).fill(due);
    await page.getByRole("button", { name: t("actions.save"), exact: true }).click();
    const saved = saidPattern(language, "actions.saved", { kind, subject, owner, due }, ["id"]);
    const message = page.getByText(saved);
    await message.waitFor();
    const id = saved.exec((await message.textContent()) ?? "")?.[1] ?? "";
    expect(id).toMatch(/^CA-\d{4}-\d{4}$/);

    // Taken: listed as the action, no longer as an alert; nothing decides it while the next quarter has no return.
    expect(await take.count()).toBe(0);
    const card = page.getByRole("button", { name: t("actions.openLabel", { id, kind, subject }) });
    await card.waitFor();
    await shows(page, language, "actions.effectiveness.pending.noData", { period: next });
    expect(await actionRows(page)).toMatchObject([
      { id, owner, customer: HOA_PHAT, status: choiceLabel("actionStatus", "open", "en") },
    ]);

    // The next quarter: all very satisfied (100) confirms it; all basically satisfied (60) does not.
    const good = outcome === "effective";
    await recordReturn(
      page,
      language,
      next,
      { otherwise: good ? "verySatisfied" : "basicallySatisfied" },
      good ? 100 : 60,
    );
    await go(page, language, "nav.cases");
    const figure = figureShown("surveyTotal", good ? 100 : 60, language);
    const check = t(`actions.effectiveness.${outcome}`, { figure, period: next, threshold: 80 });
    await card.waitFor();
    await shows(page, language, `actions.effectiveness.${outcome}`, { figure, period: next, threshold: 80 });

    await card.click();
    await page.getByRole("heading", { name: `${id} · ${kind}` }).waitFor();
    expect(await page.getByRole("status").filter({ hasText: check }).count()).toBe(1);
    await page.getByRole("button", { name: t("actions.recordCheck"), exact: true }).click();
    const result = choiceLabel("actionEffectiveness", outcome, language);
    // The answer to a save is a status line with Show in sheet beside the message.
    await page
      .getByRole("status")
      .filter({ hasText: t("actions.checkSaved", { id, result }) })
      .waitFor();
    const today = serialText(serialOfDate(new Date()), false);
    await shows(page, language, "actions.effectiveness.recorded", { date: today, result });
    expect(await actionRows(page)).toMatchObject([
      { id, effectiveness: choiceLabel("actionEffectiveness", outcome, "en") },
    ]);
    await page.close();
  });
});
