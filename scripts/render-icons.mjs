// Renders assets/logo.svg (and logo-small.svg for 16 px) to the PNG icons the manifest needs.
// The PNGs are committed, so this only has to be rerun (`npm run icons`) when an SVG changes.
// It drives the system Chromium through playwright-core; it never downloads a browser.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const assets = new URL("../assets/", import.meta.url);
const icons = [
  { size: 16, svg: "logo-small.svg" },
  { size: 32, svg: "logo.svg" },
  { size: 64, svg: "logo.svg" },
  { size: 80, svg: "logo.svg" },
  { size: 128, svg: "logo.svg" },
];

const userDataDir = await mkdtemp(join(tmpdir(), "voc-icons-"));
try {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    deviceScaleFactor: 1,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const page = await context.newPage();
  for (const { size, svg } of icons) {
    const data = (await readFile(new URL(svg, assets))).toString("base64");
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html style="height:100%"><body style="margin:0;height:100%;background:transparent">` +
        `<img style="display:block;width:100%;height:100%" src="data:image/svg+xml;base64,${data}"></body></html>`,
    );
    await page.locator("img").evaluate((img) => img.decode());
    const path = fileURLToPath(new URL(`icon-${size}.png`, assets));
    await page.screenshot({ path, omitBackground: true });
    console.log(`wrote assets/icon-${size}.png from ${svg}`);
  }
  await context.close();
} finally {
  await rm(userDataDir, { recursive: true, force: true });
}
