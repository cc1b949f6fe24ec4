import { existsSync, mkdirSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { launchChromium, serveDirectory } from "../../scripts/lib/browser";

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
