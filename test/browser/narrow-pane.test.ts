import type { Locator, Page } from "playwright-core";
import { LANGUAGES, type Language } from "../../src/domain/i18n/language";
import { translate } from "../../src/domain/i18n/translate";
import { DEFAULT_INSTRUMENT } from "../../src/domain/schema";
import { type Section, SECTION_LABELS, SECTIONS } from "../../src/taskpane/sections";
import { PreviewSession } from "./preview-page";

// Every screen of the pane, in every language, at the two narrowest widths Office gives a task pane, in both
// themes: nothing runs past the pane's right edge, the pane never scrolls sideways, and no text is cut off.
jest.setTimeout(240_000);

const WIDTHS = [320, 360] as const;
const THEMES = ["light", "dark"] as const;
const FORMS = ["feedback", "complaint", "surveyDispatch", "surveyReturn", "customer"] as const;
type Theme = (typeof THEMES)[number];

const session = new PreviewSession();
let page: Page;
/** The pane's language now: the Settings screen switches it, as a person does. */
let current: Language = "en";

beforeAll(async () => {
  await session.start();
  page = await session.open("lang=en-US&width=320");
});
afterAll(() => session.stop());
afterEach(() => {
  expect(session.errors.splice(0)).toEqual([]);
});

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate(current, key, params);

async function go(section: Section): Promise<void> {
  await page.getByRole("tab", { name: t(SECTION_LABELS[section]), exact: true }).click();
  await page.locator(`main[data-section="${section}"]`).waitFor();
}

/** Waits until nothing on the pane is still reading the workbook or moving (the tabs' indicator slides). */
async function settled(): Promise<void> {
  // Fluent's Spinner in the sections, Busy (components/Busy.tsx, class voc-Busy) on Home and while a section loads.
  await page.locator("#taskpane .fui-Spinner, #taskpane .voc-Busy").first().waitFor({ state: "detached" });
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  });
}

async function openForm(form: (typeof FORMS)[number]): Promise<void> {
  await go("record");
  await page.getByLabel(t("record.chooseForm")).selectOption(form);
  await page.getByRole("form", { name: t(`record.form.${form}`) }).waitFor();
}

async function chooseLanguage(language: Language): Promise<void> {
  if (language === current) return;
  await go("settings");
  await page.getByRole("radio", { name: t(`language.${language}`), exact: true }).check();
  current = language;
  await page.getByRole("tab", { name: t("nav.settings"), exact: true }).waitFor();
}

/** The width Office gives the task pane; the preview page lays its pane out at --taskpane-width. */
async function resizePane(width: number): Promise<void> {
  await page.evaluate((px) => document.documentElement.style.setProperty("--taskpane-width", `${px}px`), width);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * What a person would see cut off or running out of the pane, each as a sentence: the pane scrolling sideways, an
 * element whose box ends right of the pane's visible edge, text cut off by its own box (overflow hidden and
 * scrollWidth > clientWidth), text spilling out of its box over its neighbours, a drop-down whose chosen value
 * does not fit it.
 */
function problemsOnPane(): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.getElementById("taskpane");
    if (!pane) return ["no #taskpane"];
    const problems: string[] = [];
    const name = (element: Element) => {
      const classes = [...element.classList].filter((c) => c.startsWith("fui-")).join(".");
      const tag = `<${element.tagName.toLowerCase()}${classes ? `.${classes}` : ""}>`;
      const field = element.closest(".fui-Field")?.querySelector("label")?.textContent;
      const own = element.getAttribute("aria-label") ?? element.textContent ?? "";
      const text = (own.trim() ? own : (field ?? "")).replace(/\s+/g, " ").trim().slice(0, 60);
      return `${tag} "${text}"${field && own.trim() ? ` (in "${field}")` : ""}`;
    };
    if (pane.scrollWidth > pane.clientWidth) {
      problems.push(`the pane scrolls sideways by ${pane.scrollWidth - pane.clientWidth} px`);
    }
    const edge = pane.getBoundingClientRect().left + pane.clientLeft + pane.clientWidth;
    // The part of an element not clipped away by a box inside the pane (a search box's clear button at rest).
    const visibleBox = (element: Element) => {
      let { left, top, right, bottom } = element.getBoundingClientRect();
      for (let outer = element.parentElement; outer && outer !== pane; outer = outer.parentElement) {
        if (getComputedStyle(outer).overflowX === "visible") continue;
        const clip = outer.getBoundingClientRect();
        left = Math.max(left, clip.left);
        top = Math.max(top, clip.top);
        right = Math.min(right, clip.right);
        bottom = Math.min(bottom, clip.bottom);
      }
      return { right, width: right - left, height: bottom - top };
    };
    const canvas = document.createElement("canvas").getContext("2d");
    const beyond: Element[] = [];
    const spilling: Element[] = [];
    const said = new Map<Element, string>();
    for (const element of pane.querySelectorAll("*")) {
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const box = visibleBox(element);
      if (box.width <= 1 || box.height <= 1) continue; // hidden in a closed box, or text for screen readers only
      const style = getComputedStyle(element);
      if (box.right > edge + 0.5) {
        beyond.push(element);
        said.set(element, `ends at ${Math.round(box.right)} px, right of the pane's edge at ${Math.round(edge)} px`);
      } else if (element instanceof HTMLSelectElement) {
        // A drop-down shows its chosen value on one line: it must fit, or be repeated in full, wrapped, in the
        // control's description (its hint) where it cannot (a long customer name).
        const chosen = element.selectedOptions[0]?.text ?? "";
        if (!canvas) continue;
        canvas.font = style.font;
        const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const needed = canvas.measureText(chosen).width;
        const described = (element.getAttribute("aria-describedby") ?? "")
          .split(/\s+/)
          .map((id) => (id ? (document.getElementById(id)?.textContent ?? "") : ""))
          .join(" ");
        if (needed > room + 1 && !described.includes(chosen)) {
          problems.push(
            `${name(element)} shows "${chosen}" cut off (${Math.round(needed)} px in ${Math.round(room)} px)`,
          );
        }
      } else if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
        // (typed text scrolls inside its box, as in any text field)
        const text = element.textContent?.trim() ?? "";
        if (!text || element.clientWidth === 0 || element.scrollWidth <= element.clientWidth + 1) continue;
        if (style.overflowX === "auto" || style.overflowX === "scroll") continue;
        const by = element.scrollWidth - element.clientWidth;
        if (style.overflowX === "visible") {
          spilling.push(element);
          said.set(element, `spills ${by} px out of its box`);
        } else {
          problems.push(`${name(element)} is cut off by ${by} px`);
        }
      }
    }
    // The outermost element past the edge carries its children with it; the innermost one spilling out of its box
    // pushes its ancestors' content out too.
    for (const element of beyond) {
      if (!beyond.some((outer) => outer !== element && outer.contains(element))) {
        problems.push(`${name(element)} ${said.get(element)}`);
      }
    }
    for (const element of spilling) {
      const inner = [...spilling, ...beyond].some((other) => other !== element && element.contains(other));
      if (!inner) problems.push(`${name(element)} ${said.get(element)}`);
    }
    // A date or a date-time is read as one word: it never breaks across lines.
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? "").matchAll(/\d{4}-\d{2}-\d{2}(?:[ T\u00a0]\d{2}:\d{2})?/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1 && node.parentElement) {
          problems.push(`${name(node.parentElement)} breaks "${match[0]}" across ${lines.size} lines`);
        }
      }
    }
    return problems;
  });
}

/**
 * Saves one complaint, two survey forms sent and one returned low through the forms, and takes one of its alerts,
 * so that Cases has badges, alerts and an action to show.
 */
async function recordCases(): Promise<void> {
  await openForm("complaint");
  const complaint = page.getByRole("form", { name: t("record.form.complaint") });
  await complaint.getByLabel("Channel").selectOption({ label: "Phone" });
  await complaint.getByRole("combobox", { name: "Customer", exact: true }).pressSequentially("Công");
  await page.getByRole("option", { name: /Công ty Hòa Phát/ }).click();
  await complaint.getByLabel("Product / part no.").fill("Ống thép mạ kẽm DN50");
  await complaint.getByLabel("Content class").selectOption({ label: "Service quality" });
  await complaint.getByLabel("Nature").selectOption({ label: "Valid" });
  await complaint.getByLabel("Severity").selectOption({ label: "General" });
  await complaint.getByLabel("Description").fill("Giao hàng trễ hai tuần; 交货延迟两周。");
  await complaint.getByRole("button", { name: "Save" }).click();
  await page.getByText(/^Saved as CC-\d{4}-\d{4}\./).waitFor();

  await openForm("surveyDispatch");
  const dispatch = page.getByRole("form", { name: t("record.form.surveyDispatch") });
  await dispatch.getByRole("checkbox", { name: /Công ty Hòa Phát/ }).check();
  await dispatch.getByRole("checkbox", { name: /台北精密工業/ }).check();
  await dispatch.getByText(/^Due back by /).waitFor();
  await dispatch.getByRole("button", { name: "Save" }).click();
  await page.getByText("2 survey forms recorded.").waitFor();

  // Hòa Phát's form comes back at 78 with Delivery time at 60: Cases lists its alerts; one is taken as an action.
  await openForm("surveyReturn");
  const returned = page.getByRole("form", { name: t("record.form.surveyReturn") });
  await returned.getByRole("combobox", { name: "Dispatch ID" }).selectOption({ index: 1 });
  for (const item of DEFAULT_INSTRUMENT) {
    await returned
      .getByRole("combobox", { name: `${item.code} ${item.text.en}`, exact: true })
      .selectOption({ label: item.code === "OV2" ? "Basically satisfied (3)" : "Satisfied (4)" });
  }
  await returned.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText(/^Saved as SR-\d{4}-\d{4}\./).waitFor();
  await go("cases");
  await page
    .getByRole("list", { name: t("actions.alertsLabel") })
    .getByRole("button")
    .first()
    .click();
  await page.getByRole("textbox", { name: "Owner", exact: true }).fill("Nguyễn Thị Lan");
  await page.getByRole("button", { name: t("actions.save"), exact: true }).click();
  await page.getByRole("list", { name: t("actions.actionsLabel") }).waitFor();
}

/** Picks in every drop-down of `within` its longest choice, the one most likely not to fit, as a person may. */
async function chooseLongest(within: Locator): Promise<void> {
  const selects = within.locator("select");
  for (let index = 0; index < (await selects.count()); index += 1) {
    const select = selects.nth(index);
    const longest = await select.evaluate(
      (element: HTMLSelectElement) =>
        [...element.options].reduce((best, option) => (option.text.length > best.text.length ? option : best)).value,
    );
    await select.selectOption(longest);
  }
}

/** Leaves an opened page with Escape from its heading (where opening it put the focus), back to `list`. */
async function backWithEscape(heading: Locator, list: Locator): Promise<void> {
  await heading.focus();
  await page.keyboard.press("Escape");
  await list.waitFor();
}

/** Sets every filter of the case list back to "All". */
async function clearFilters(filters: Locator): Promise<void> {
  const selects = filters.locator("select");
  for (let index = 0; index < (await selects.count()); index += 1) await selects.nth(index).selectOption("");
}

/**
 * Every section of the navigation and every page a person reaches from one: each form of Record; in Records a
 * complaint's page and its correction form, a survey return's page; in Cases the filtered list, an alert being
 * taken, a corrective action and a complaint's case page. Each checked as shown.
 */
async function screensProblems(width: number): Promise<string[]> {
  const found: string[] = [];
  const check = async (screen: string) => {
    await settled();
    for (const problem of await problemsOnPane()) found.push(`${screen} at ${width} px: ${problem}`);
  };
  for (const section of SECTIONS) {
    await go(section);
    if (section === "home") await page.getByRole("list", { name: t("home.tables") }).waitFor();
    if (section === "record") {
      for (const form of FORMS) {
        await openForm(form);
        await check(`Record › ${form}`);
        if (form === "surveyReturn") {
          await chooseLongest(page.getByRole("form", { name: t("record.form.surveyReturn") }));
          await check(`Record › ${form} with its longest answers`);
        }
      }
      continue;
    }
    await check(section);
    if (section === "records") {
      await page.getByRole("button", { name: /^CC-\d{4}-\d{4}/ }).click();
      await check("records › the complaint");
      // Its correction with the field of the longest name chosen, and that field's own control shown.
      await chooseLongest(page.getByRole("form", { name: t("records.correct.title") }));
      await check("records › the complaint's correction");
      const records = page.getByRole("list", { name: t("records.listLabel") });
      await backWithEscape(page.getByRole("heading", { name: /CC-\d{4}-\d{4}$/ }), records);
      // A survey return's page: its history links to the action raised from it; its correction lists item headers.
      await records
        .getByRole("button", { name: /^SR-\d{4}-\d{4}/ })
        .first()
        .click();
      const returned = page.getByRole("heading", { name: /SR-\d{4}-\d{4}$/ });
      await returned.waitFor();
      await check("records › the survey return");
      await backWithEscape(returned, records);
    }
    if (section === "cases") {
      const filters = page.getByRole("group", { name: t("cases.filter.label") });
      await chooseLongest(filters);
      await check("cases filtered by their longest choices");
      await clearFilters(filters);
      const alerts = page.getByRole("list", { name: t("actions.alertsLabel") });
      const actions = page.getByRole("list", { name: t("actions.actionsLabel") });
      await alerts.getByRole("button").first().click();
      await check("cases › taking an alert");
      await backWithEscape(page.getByRole("heading", { name: t("actions.takeTitle") }), alerts);
      await actions.getByRole("button").first().click();
      await check("cases › the corrective action");
      await backWithEscape(page.getByRole("heading", { name: /^CA-\d{4}-\d{4} · / }), actions);
      await page.getByRole("button", { name: /^CC-\d{4}-\d{4}/ }).click();
      await check("cases › the complaint");
    }
  }
  return found;
}

describe.each(THEMES)("the task pane in the %s theme at 320 and 360 px", (theme: Theme) => {
  beforeAll(async () => {
    await page.evaluate(() => window.localStorage.clear()); // the pane follows Office's language again
    await page.goto(page.url().replace(/\?.*$/, `?lang=en-US&width=320&theme=${theme}`));
    current = "en";
    await page.getByRole("list", { name: t("home.tables") }).waitFor();
    await recordCases();
  });

  it.each(LANGUAGES)("shows every screen in %s without anything cut off or past the pane's edge", async (language) => {
    await chooseLanguage(language);
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await resizePane(width);
      problems.push(...(await screensProblems(width)));
    }
    expect(problems).toEqual([]);
  });
});
