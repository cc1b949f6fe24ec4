import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { TEST_ADDIN_URL } from "../../scripts/lib/test-config";
import { manifestUrls } from "../support/manifest";
import { BUILT } from "./preview-page";

const read = (file: string) => readFileSync(join(BUILT, file), "utf8");
const scriptSources = (page: string) => [...read(page).matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);

describe("the build", () => {
  it("holds everything Excel loads", () => {
    const files = ["taskpane.html", "taskpane.js", "functions.js", "functions.json", "manifest.xml", "help.html"];
    const icons = [16, 32, 64, 80].map((size) => `assets/icon-${size}.png`);
    expect([...files, ...icons].filter((file) => !existsSync(join(BUILT, file)))).toEqual([]);
  });

  it("writes the functions.json that the golden test reviewed", () => {
    const golden = JSON.parse(readFileSync(join(__dirname, "..", "functions", "functions.golden.json"), "utf8"));
    expect(JSON.parse(read("functions.json"))).toEqual(golden);
  });

  it("registers the custom functions once, from the metadata plugin", () => {
    expect(read("functions.js").match(/CustomFunctions\.associate\(/g)).toHaveLength(1);
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
