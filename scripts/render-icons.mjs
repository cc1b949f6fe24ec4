// Renders assets/logo.svg (and logo-small.svg for 16 px) to the PNG icons the manifest needs.
// The PNGs are committed, so this only has to be rerun (`npm run icons`) when an SVG changes.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import browser from "./lib/browser.js";

const assets = new URL("../assets/", import.meta.url);
const icons = [
  { size: 16, svg: "logo-small.svg" },
  { size: 32, svg: "logo.svg" },
  { size: 64, svg: "logo.svg" },
  { size: 80, svg: "logo.svg" },
  { size: 128, svg: "logo.svg" },
];

const { context, close } = await browser.launchChromium();
try {
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
} finally {
  await close();
}
