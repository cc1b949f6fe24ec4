import { existsSync, mkdirSync } from "fs";
import { join } from "path";
import type { Locator, Page } from "playwright-core";
import { launchChromium, serveDirectory } from "../../scripts/lib/browser";
import type { Language } from "../../src/domain/i18n/language";
import { type MessageKey, type MessageValues, translate } from "../../src/domain/i18n/translate";

export const ROOT = join(__dirname, "..", "..");
/** The preview build; PREVIEW_DIR names another (engineers building side by side each use their own). */
export const BUILT = join(ROOT, process.env.PREVIEW_DIR ?? "dist-test");
export const RESULTS = join(ROOT, "test-results");

type Server = Awaited<ReturnType<typeof serveDirectory>>;
type Browser = Awaited<ReturnType<typeof launchChromium>>;

/** The built preview page in Debian's Chromium; every page error or console error fails the test that caused it. */
export class PreviewSession {
  private server: Server | undefined;
  private browser: Browser | undefined;
  readonly errors: string[] = [];

  async start(): Promise<void> {
    if (!existsSync(join(BUILT, "preview.html"))) throw new Error(`${BUILT} is missing: run "npm run build:test".`);
    mkdirSync(RESULTS, { recursive: true });
    this.server = await serveDirectory(BUILT);
    this.browser = await launchChromium();
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.server?.close();
  }

  async open(query: string): Promise<Page> {
    if (!this.browser || !this.server) throw new Error("The session has not started.");
    const page = await this.browser.context.newPage();
    page.on("pageerror", (error) => this.errors.push(error.message));
    page.on("console", (message) => message.type() === "error" && this.errors.push(message.text()));
    await page.goto(`${this.server.url}/preview.html?${query}`);
    return page;
  }
}

/** The Office display language the preview's ?lang= takes for each pane language. */
export const OFFICE_LOCALE: { readonly [language in Language]: string } = {
  en: "en-US",
  "zh-CN": "zh-CN",
  "zh-TW": "zh-TW",
  vi: "vi-VN",
};

export type RecordFormKey = "feedback" | "complaint" | "surveyDispatch" | "surveyReturn" | "customer";

/** Goes to Record and chooses a form from "What are you recording?", as a person does; returns the form. */
export async function openRecordForm(page: Page, language: Language, form: RecordFormKey): Promise<Locator> {
  await page.getByRole("tab", { name: translate(language, "nav.record"), exact: true }).click();
  await page.getByLabel(translate(language, "record.chooseForm")).selectOption(form);
  const located = page.getByRole("form", { name: translate(language, `record.form.${form}`) });
  await located.waitFor();
  return located;
}

const ANY = "\u0000";

/**
 * A message as the pane begins to say it, the values named in `open` matched by any id it allocates:
 * saidPattern("en", "form.saved", {}, ["id"]) is /^Saved as ([\w-]+)\./, the id its first group.
 */
export function saidPattern(
  language: Language,
  key: MessageKey,
  values: MessageValues = {},
  open: readonly string[] = [],
): RegExp {
  const text = translate(language, key, { ...values, ...Object.fromEntries(open.map((name) => [name, ANY])) });
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replaceAll(ANY, "([\\w-]+)");
  return new RegExp(`^${escaped}`);
}
