import type { Page } from "playwright-core";
import { translate } from "../../src/domain/i18n/translate";
import { SECTION_LABELS, type Section } from "../../src/taskpane/sections";
import { PreviewSession } from "./preview-page";

jest.setTimeout(90_000);

const session = new PreviewSession();
beforeAll(() => session.start());
afterAll(() => session.stop());
afterEach(() => {
  expect(session.errors.splice(0)).toEqual([]);
});

const tab = (page: Page, section: Section) =>
  page.getByRole("tab", { name: translate("en", SECTION_LABELS[section]), exact: true });

/** The name of the tab that has the keyboard focus, or what else has it. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element?.getAttribute("role") === "tab" ? element.textContent : `<${element?.tagName.toLowerCase()}>`;
  });

async function openHome(): Promise<Page> {
  const page = await session.open("lang=en-US");
  await page.getByText(translate("en", "setup.upToDate")).waitFor();
  return page;
}

describe("the task pane's navigation, by keyboard (WAI-ARIA tabs, manual activation)", () => {
  it("is one Tab stop, the chosen section's tab, with a focus ring drawn for the keyboard only", async () => {
    const page = await openHome();
    const ring = () => tab(page, "settings").evaluate((element) => getComputedStyle(element).boxShadow);
    await tab(page, "settings").click();
    await page.locator('main[data-section="settings"]').waitFor();
    expect(await focusedName(page)).toBe("Settings");
    expect(await ring()).toBe("none"); // focused by the pointer: no ring
    // Tab leaves the list for the section rather than walking through the other five tabs; Shift+Tab comes back
    // to the chosen one, ringed.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("[role=tablist]") === null)).toBe(true);
    await page.keyboard.press("Shift+Tab");
    expect(await focusedName(page)).toBe("Settings");
    expect(await ring()).not.toBe("none");
    await page.close();
  });

  it("moves the focus round the list with the arrows, to its ends with Home and End, opening nothing", async () => {
    const page = await openHome();
    await tab(page, "home").focus();
    const visited: (string | null)[] = [];
    for (const key of ["ArrowLeft", "ArrowRight", "End", "Home", "ArrowRight", "ArrowRight"]) {
      await page.keyboard.press(key);
      visited.push(await focusedName(page));
    }
    expect(visited).toEqual(["Settings", "Home", "Settings", "Home", "Record", "Records"]);
    expect(await tab(page, "home").getAttribute("aria-selected")).toBe("true");
    expect(await page.locator("main").getAttribute("data-section")).toBe("home");
    await page.close();
  });

  it("opens the focused section on Space or Enter, and the Tab stop moves to it", async () => {
    const page = await openHome();
    await tab(page, "home").focus();
    await page.keyboard.press("End");
    await page.keyboard.press("Space");
    await page.locator('main[data-section="settings"]').waitFor();
    expect(await tab(page, "settings").getAttribute("aria-selected")).toBe("true");
    expect(await tab(page, "settings").getAttribute("tabindex")).toBe("0");
    expect(await tab(page, "home").getAttribute("tabindex")).toBe("-1");
    await page.keyboard.press("Home");
    await page.keyboard.press("Enter");
    await page.locator('main[data-section="home"]').waitFor();
    expect(await focusedName(page)).toBe("Home");
    await page.close();
  });

  it("shows the chosen section by its filled icon and a bar beneath; the others by their outline", async () => {
    const page = await openHome();
    const looks = await page.getByRole("tab").evaluateAll((tabs) =>
      tabs.map((element) => {
        const shown = [...element.querySelectorAll("svg")].find((svg) => getComputedStyle(svg).display !== "none");
        const bar = getComputedStyle(element, "::after");
        return {
          icon: shown?.classList.contains("fui-Icon-filled") ? "filled" : "regular",
          bar: bar.content !== "none" && bar.backgroundColor !== "rgba(0, 0, 0, 0)",
        };
      }),
    );
    expect(looks).toEqual([
      { icon: "filled", bar: true },
      ...Array.from({ length: 5 }, () => ({ icon: "regular", bar: false })),
    ]);
    await page.close();
  });
});
