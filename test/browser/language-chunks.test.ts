/**
 * Each language's messages load with that language (issue 14): English ships with the pane, every other language is
 * its own chunk, fetched when the pane speaks it. The pane never shows English while Chinese is on its way.
 */
import type { Page, Route } from "playwright-core";
import { translate } from "../../src/domain/i18n/translate";
import { PreviewSession } from "./preview-page";

jest.setTimeout(90_000);

const session = new PreviewSession();
beforeAll(() => session.start());
afterAll(() => session.stop());
afterEach(() => {
  expect(session.errors.splice(0)).toEqual([]);
});

/** The message chunks the page asked for, in order. */
function messageChunksOf(page: Page): string[] {
  const asked: string[] = [];
  page.on("request", (request) => {
    const chunk = /\/(messages-[\w-]+)\.js$/.exec(new URL(request.url()).pathname)?.[1];
    if (chunk) asked.push(chunk);
  });
  return asked;
}

/** Holds back a language's chunk until released, as a slow connection would: `asked` once the page asks for it. */
async function holdBack(page: Page, language: string): Promise<{ asked: Promise<void>; release: () => Promise<void> }> {
  let held: Route | undefined;
  let arrived: () => void = () => undefined;
  const asked = new Promise<void>((resolve) => (arrived = resolve));
  await page.route(`**/messages-${language}.js`, (route) => {
    held = route;
    arrived();
  });
  const release = async () => {
    await asked;
    await held?.continue();
  };
  return { asked, release };
}

/** A page opened in English, settled, then watched and sent to `query` (the first load's requests are not counted). */
async function reopened(query: string, before: (page: Page) => Promise<void> = async () => undefined) {
  const page = await session.open("lang=en-US");
  await page.waitForLoadState("networkidle");
  const asked = messageChunksOf(page);
  await before(page);
  // Not to "load": a chunk held back may be one that event waits for.
  await page.goto(page.url().replace(/\?.*$/, `?${query}`), { waitUntil: "domcontentloaded" });
  return { page, asked };
}

const home = (language: "en" | "zh-TW" | "vi") => translate(language, "nav.home");
const settings = (language: "en" | "zh-TW" | "vi") => translate(language, "nav.settings");

describe("the messages of the pane's languages", () => {
  it("are English alone in an English pane: no language chunk is fetched", async () => {
    const { page, asked } = await reopened("lang=en-US");
    await page.getByRole("tab", { name: home("en"), exact: true }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(asked).toEqual([]);
    await page.close();
  });

  it("come for Traditional Chinese alone, and nothing is shown in English while they are on their way", async () => {
    let held: Awaited<ReturnType<typeof holdBack>> | undefined;
    const { page, asked } = await reopened("lang=zh-TW", async (opened) => {
      held = await holdBack(opened, "zh-TW");
    });
    // The page has asked for the pane's language and goes on without it (office.js, the demo workbook): not a word
    // of English meanwhile.
    await held?.asked;
    await page.waitForTimeout(500);
    expect(await page.locator("#taskpane").innerText()).toBe("");
    await held?.release();
    await page.getByRole("tab", { name: home("zh-TW"), exact: true }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(asked).toEqual(["messages-zh-TW"]);
    await page.close();
  });

  it("come before a language chosen in Settings is spoken: until then the pane stays as it was", async () => {
    const page = await session.open("lang=en-US");
    const asked = messageChunksOf(page);
    await page.getByRole("tab", { name: settings("en"), exact: true }).click();
    const { release } = await holdBack(page, "vi");
    await page.getByRole("radio", { name: "Tiếng Việt" }).check();
    await page.waitForTimeout(500);
    await page.getByRole("tab", { name: settings("en"), exact: true }).waitFor();
    expect(await page.getByRole("tab", { name: settings("vi"), exact: true }).count()).toBe(0);
    await release();
    await page.getByRole("tab", { name: settings("vi"), exact: true }).waitFor();
    expect(asked).toEqual(["messages-vi"]);
    await page.evaluate(() => window.localStorage.clear()); // the next pane follows Office again
    await page.close();
  });
});
