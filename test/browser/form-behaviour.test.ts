/**
 * How the Record screen's forms behave in a real browser, where layout, pop-up layers, focus and the tab order are
 * real: the customer picker's list, folded sections, the answer to a save, notes on changed text and "Now".
 */
import type { Locator, Page } from "playwright-core";
import { translate } from "../../src/domain/i18n/translate";
import type { TableContents } from "../../src/memory-host";
import { PreviewSession } from "./preview-page";

jest.setTimeout(120_000);

const session = new PreviewSession();
beforeAll(() => session.start());
afterAll(() => session.stop());
afterEach(() => {
  expect(session.errors.splice(0)).toEqual([]);
});

async function openForm(page: Page, form: "feedback" | "complaint"): Promise<Locator> {
  await page.getByRole("tab", { name: "Record", exact: true }).click();
  await page.getByLabel("What are you recording?").selectOption(form);
  const located = page.getByRole("form", { name: form === "feedback" ? "Customer feedback" : "Complaint" });
  await located.waitFor();
  return located;
}

async function tables(page: Page): Promise<TableContents> {
  return page.evaluate(() => window.vocPreview.tables());
}

/** The element a click at the middle of `locator` lands on is `locator`'s own element (or inside it). */
async function clickLandsOn(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  if (!box) return false;
  return locator.evaluate(
    (element, point) => {
      const hit = document.elementFromPoint(point.x, point.y);
      return hit !== null && (element === hit || element.contains(hit) || hit.contains(element));
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
}

/** Whether `locator`'s element has the keyboard focus. */
async function focused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** `locator`'s element lies within the task pane's visible area. */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const pane = await page.locator("#taskpane").boundingBox();
  return box !== null && pane !== null && box.y >= pane.y && box.y + box.height <= pane.y + pane.height;
}

describe("the customer picker on the preview page", () => {
  it("keeps the pane clickable after a customer is picked with the mouse", async () => {
    const page = await session.open("lang=en-US&width=320");
    const form = await openForm(page, "feedback");
    await form.getByRole("combobox", { name: "Customer", exact: true }).pressSequentially("深圳");
    await page.getByRole("option", { name: /深圳华强电子/ }).click();
    const contact = form.getByLabel("Contact person");
    expect(await clickLandsOn(contact)).toBe(true);
    await contact.click();
    expect(await focused(contact)).toBe(true);
    await contact.fill("Mr Zhang");
    expect(await contact.inputValue()).toBe("Mr Zhang");
    await page.close();
  });

  it("keeps the pane clickable after a customer is picked with the keyboard", async () => {
    const page = await session.open("lang=en-US&width=320");
    const form = await openForm(page, "complaint");
    const customer = form.getByRole("combobox", { name: "Customer", exact: true });
    await customer.pressSequentially("深圳");
    await page.getByRole("option", { name: /深圳华强电子/ }).waitFor();
    await customer.press("ArrowDown");
    await customer.press("Enter");
    await customer.press("Tab");
    expect(await customer.inputValue()).toBe("深圳华强电子");
    const product = form.getByLabel("Product / part no.");
    expect(await clickLandsOn(product)).toBe(true);
    await product.click();
    expect(await focused(product)).toBe(true);
    // No pop-up layer is left over the pane: every one takes no room of its own.
    const layers = await page.evaluate(() =>
      [...document.querySelectorAll("[data-portal-node]")].map((node) => node.getBoundingClientRect().height),
    );
    expect(layers.filter((height) => height > 1)).toEqual([]);
    await page.close();
  });
});

describe("folded sections on the preview page", () => {
  it("keeps a folded section's fields out of sight and out of the tab order", async () => {
    const page = await session.open("lang=en-US&width=320");
    const form = await openForm(page, "complaint");
    const handling = form.getByRole("button", { name: "Handling" });
    expect(await handling.getAttribute("aria-expanded")).toBe("false");
    const rootCause = form.getByLabel("Root cause");
    expect(await rootCause.isVisible()).toBe(false);
    await handling.focus();
    await page.keyboard.press("Tab");
    expect(
      await form.getByRole("button", { name: "Save", exact: true }).evaluate((e) => e === document.activeElement),
    ).toBe(true);

    await handling.click();
    expect(await handling.getAttribute("aria-expanded")).toBe("true");
    expect(await rootCause.isVisible()).toBe(true);
    await handling.focus();
    await page.keyboard.press("Tab");
    expect(await focused(form.getByLabel("Owner notified at"))).toBe(true);
    await page.close();
  });

  it("starts a new complaint compact, its optional sections folded", async () => {
    const page = await session.open("lang=en-US&width=320");
    const form = await openForm(page, "complaint");
    const height = async () => (await form.boundingBox())?.height ?? NaN;
    const compact = await height();
    const folded = form.locator("legend button[aria-expanded=false]");
    expect(await folded.count()).toBe(3); // responsibility, approval, handling
    while ((await folded.count()) > 0) await folded.first().click();
    const unfolded = await height();
    expect(compact).toBeLessThan(2_000);
    expect(unfolded - compact).toBeGreaterThan(1_000);
    await page.close();
  });

  it("unfolds a section when one of its fields has an error", async () => {
    const page = await session.open("lang=en-US&width=320");
    const form = await openForm(page, "complaint");
    await form.getByRole("button", { name: "Handling" }).click();
    await form.getByLabel("Closed at", { exact: true }).fill("2000-01-01T09:00");
    await form.getByRole("button", { name: "Handling" }).click();
    await form.getByRole("button", { name: "Save", exact: true }).click();
    expect(await form.getByRole("button", { name: "Handling" }).getAttribute("aria-expanded")).toBe("true");
    expect(await form.getByLabel("Closed at", { exact: true }).isVisible()).toBe(true);
    await page.close();
  });
});

/** Fills the feedback form with what it needs to be saved. */
async function fillFeedback(form: Locator): Promise<void> {
  await form.getByLabel("Channel").selectOption({ label: "Hotline" });
  await form.getByRole("combobox", { name: "Customer", exact: true }).fill("台北精密工業");
  await form.getByLabel("Kind").selectOption({ label: "Suggestion" });
  await form.getByLabel("Feedback text").fill("Please label each carton with its batch number.");
}

async function expectSavedInSight(page: Page, form: Locator): Promise<void> {
  const saved = page.getByText(/^Saved as FB-\d{4}-0001\./);
  await saved.waitFor();
  expect(await form.getByText(/^Not saved yet/).count()).toBe(0);
  expect(await inView(page, saved)).toBe(true);
  expect(await saved.evaluate((element) => element.closest("[tabindex='-1']") === document.activeElement)).toBe(true);
  expect((await tables(page)).Feedback.rows).toHaveLength(1);
}

describe("saving on the preview page", () => {
  it("says what was saved in sight at the top when Save is double-clicked, and saves once", async () => {
    const page = await session.open("lang=en-US&width=320");
    const form = await openForm(page, "feedback");
    await fillFeedback(form);
    await form.getByRole("button", { name: "Save", exact: true }).dblclick();
    await expectSavedInSight(page, form);
    await form.getByRole("button", { name: "Save", exact: true }).click(); // a third press, on the fresh form
    await form.getByText(translate("en", "form.nothingMoreToSave")).waitFor();
    await expectSavedInSight(page, form);
    await page.close();
  });

  it("says what was saved in sight at the top when Ctrl+Enter is pressed twice, and saves once", async () => {
    const page = await session.open("lang=en-US&width=320");
    const form = await openForm(page, "feedback");
    await fillFeedback(form);
    await form.getByLabel("Feedback text").press("Control+Enter");
    await page.keyboard.press("Control+Enter");
    await expectSavedInSight(page, form);
    await page.close();
  });
});

describe("text the add-in changes, on the preview page", () => {
  it("says next to the field that a pasted control character will be removed, and saves the text without it", async () => {
    const page = await session.open("lang=en-US&width=320");
    const form = await openForm(page, "feedback");
    await fillFeedback(form);
    await form.getByLabel("Feedback text").fill("Carton\u0000 label missing");
    await form.getByText("Removed 1 control character that cannot be stored in Excel.").waitFor();
    await form.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText(/^Saved as FB-/).waitFor();
    const { headers, rows } = (await tables(page)).Feedback;
    expect(rows[0][headers.indexOf("Feedback text")]).toBe("Carton label missing");
    await page.close();
  });
});

describe("Now beside a done-at field, on the preview page", () => {
  it("is reached with Tab from its field and fills in the current local time", async () => {
    const page = await session.open("lang=en-US&width=320");
    const form = await openForm(page, "feedback");
    const received = form.getByLabel("Received at");
    await received.fill("2020-01-01T08:00");
    await received.focus();
    // The datetime-local input's own parts (month, day, year, hour, minute, AM/PM) take Tab first in Chromium.
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? "");
    for (let step = 0; step < 10 && (await focusedText()) !== "Now"; step += 1) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Now");
    const before = Date.now();
    await page.keyboard.press("Enter");
    const value = await received.inputValue();
    const filled = new Date(value).getTime(); // a datetime-local value reads as local time
    expect(filled).toBeGreaterThan(before - 120_000);
    expect(filled).toBeLessThanOrEqual(Date.now());
    await page.close();
  });
});
