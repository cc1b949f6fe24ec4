// `npm run bench [-- --json]`: measured figures. With --json the last line is one JSON object.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import browser from "./lib/browser.js";

const ROOT = join(import.meta.dirname, "..");
const RUNS = 5;
const json = process.argv.includes("--json");
const log = (line) => console.error(line); // progress on stderr keeps stdout's last line the JSON

function build(args, env = {}) {
  execFileSync("npx", ["webpack", ...args], { cwd: ROOT, stdio: "ignore", env: { ...process.env, ...env } });
}

const gzipBytes = (file) => gzipSync(readFileSync(join(ROOT, file)), { level: 9 }).length;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Navigation start to the task pane's "voc-interactive" mark, each run in a fresh browser (cold cache). */
async function timeToInteractive(url) {
  const { context, close } = await browser.launchChromium();
  try {
    const page = await context.newPage();
    await page.goto(url);
    const handle = await page.waitForFunction(
      () => performance.getEntriesByName("voc-interactive")[0]?.startTime,
      null,
      {
        timeout: 30_000,
      },
    );
    return Math.round(await handle.jsonValue());
  } finally {
    await close();
  }
}

log("Building the production bundles (dist/) and the preview build (dist-test/)…");
build(["--mode", "production"]);
build(["--mode", "production", "--env", "preview", "--env", "outDir=dist-test"]);
const bundle = { taskpaneGzipBytes: gzipBytes("dist/taskpane.js"), functionsGzipBytes: gzipBytes("dist/functions.js") };

const server = await browser.serveDirectory(join(ROOT, "dist-test"));
const ttis = [];
try {
  for (let run = 0; run < RUNS; run++) ttis.push(await timeToInteractive(`${server.url}/preview.html?lang=en-US`));
} finally {
  await server.close();
}
const results = { bundle, taskpane: { ttiMsMedian: median(ttis) } };

console.log(`task pane bundle      ${(bundle.taskpaneGzipBytes / 1024).toFixed(1)} KB gzip (dist/taskpane.js)`);
console.log(`functions bundle      ${(bundle.functionsGzipBytes / 1024).toFixed(1)} KB gzip (dist/functions.js)`);
console.log(
  `time to interactive   ${results.taskpane.ttiMsMedian} ms median of ${RUNS} cold runs [${ttis.join(", ")}]`,
);
if (json) console.log(JSON.stringify(results));
