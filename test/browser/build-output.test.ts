import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { withBaseUrl } from "../../scripts/lib/addin-url";
import { TEST_ADDIN_URL } from "../../scripts/lib/test-config";
import { manifestUrls } from "../support/manifest";
import { BUILT } from "./preview-page";

const read = (file: string) => readFileSync(join(BUILT, file), "utf8");
const scriptSources = (page: string) => [...read(page).matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);

describe("the build", () => {
  it("holds everything Excel loads", () => {
    const files = ["taskpane.html", "taskpane.js", "functions.js", "functions.json", "manifest.xml"];
    const help = ["help.html", "help.zh-CN.html", "help.zh-TW.html", "help.vi.html"];
    const icons = [16, 32, 64, 80].map((size) => `assets/icon-${size}.png`);
    expect([...files, ...help, ...icons].filter((file) => !existsSync(join(BUILT, file)))).toEqual([]);
  });

  it("writes the functions.json that the golden test reviewed", () => {
    const golden = readFileSync(join(__dirname, "..", "functions", "functions.golden.json"), "utf8");
    expect(JSON.parse(read("functions.json"))).toEqual(JSON.parse(withBaseUrl(golden, TEST_ADDIN_URL)));
  });

  it("registers each custom function once, from the metadata plugin", () => {
    const { functions } = JSON.parse(read("functions.json")) as { functions: { id: string }[] };
    expect(read("functions.js").match(/CustomFunctions\.associate\(/g)).toHaveLength(functions.length);
  });

  it("links every function to its entry in the help page at ADDIN_URL, in every language", () => {
    const { functions } = JSON.parse(read("functions.json")) as { functions: { id: string; helpUrl?: string }[] };
    for (const { id, helpUrl } of functions) {
      expect(helpUrl).toBe(`${TEST_ADDIN_URL}/help.html#voc-${id.toLowerCase()}`);
      for (const page of ["help.html", "help.zh-CN.html", "help.zh-TW.html", "help.vi.html"])
        expect(read(page)).toMatch(new RegExp(`<h3 id="?voc-${id.toLowerCase()}"?>`));
    }
  });

  it("points every URL of the built manifest at ADDIN_URL", () => {
    const urls = manifestUrls(read("manifest.xml"));
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((url) => !url.startsWith(TEST_ADDIN_URL))).toEqual([new URL(TEST_ADDIN_URL).origin]);
    expect(urls).toContain(`${TEST_ADDIN_URL}/taskpane.html`);
  });

  it("loads Microsoft's hosted office.js in the task pane and the local copy only in the preview", () => {
    expect(scriptSources("taskpane.html")).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "taskpane.js",
      "functions.js",
    ]);
    expect(scriptSources("preview.html")).toEqual(["office-js/office.js", "preview.js"]);
    expect(existsSync(join(BUILT, "office-js", "o15apptofilemappingtable.js"))).toBe(true);
    expect(existsSync(join(BUILT, "office-js", "en-us"))).toBe(true);
  });
});
