/* Shared by the browser tests and the bench: serve a built folder on loopback, and start Debian's Chromium. */
const { createServer } = require("node:http");
const { mkdtempSync, rmSync } = require("node:fs");
const { readFile } = require("node:fs/promises");
const { tmpdir } = require("node:os");
const { extname, join, normalize, sep } = require("node:path");
const { chromium } = require("playwright-core");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".css": "text/css",
};

/**
 * Serves `root` on 127.0.0.1 at a free port.
 * @param {string} root
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
async function serveDirectory(root) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(
      /^([/\\])+/,
      "",
    );
    const file = join(root, path || "index.html");
    if (!file.startsWith(root + sep)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

// Flags that work on a machine without a network (see TOOLCHAIN.md); never download a browser.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Debian's Chromium with a fresh profile, removed on close.
 * @returns {Promise<{ context: import("playwright-core").BrowserContext, close: () => Promise<void> }>}
 */
async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), "voc-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1100, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

module.exports = { serveDirectory, launchChromium };
