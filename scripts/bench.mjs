// `npm run bench [-- --json]`: measured figures. With --json the last line is one JSON object.
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
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

/** The production functions.js as Excel runs it: load it with a stand-in runtime and keep what it associates. */
function productionFunctions() {
  const associated = {};
  globalThis.CustomFunctions = {
    associate: (id, implementation) => (associated[id] = implementation),
    Error: class extends Error {},
  };
  createRequire(import.meta.url)(join(ROOT, "dist/functions.js"));
  return associated;
}

/** VOC.SCORE over 100,000 rows × 10 ratings (a tenth blank), median of 5 runs after a warm-up. */
function scoreOver100kBy10() {
  const { SCORE } = productionFunctions();
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const ratings = Array.from({ length: 100_000 }, () =>
    Array.from({ length: 10 }, () => (random() < 0.1 ? null : 1 + Math.floor(random() * 5))),
  );
  const weights = Array.from({ length: 100_000 }, () => Array.from({ length: 10 }, (_, i) => i + 1));
  SCORE(ratings, weights, null);
  const times = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    SCORE(ratings, weights, null);
    return performance.now() - start;
  });
  return Math.round(median(times) * 10) / 10;
}

/**
 * Round trips and request sizes of the workbook actions on the in-memory host (test/support/sync-figures.ts),
 * compiled to CommonJS in a scratch folder and run here.
 */
async function syncFigures() {
  const outDir = join(ROOT, "test-results", "bench-build");
  rmSync(outDir, { recursive: true, force: true });
  execFileSync(
    "npx",
    [
      "tsc",
      "--outDir",
      outDir,
      "--module",
      "commonjs",
      "--moduleResolution",
      "node",
      "--target",
      "ES2022",
      "--esModuleInterop",
      "--skipLibCheck",
      "--strict",
      "--types",
      "office-js,node",
      "--rootDir",
      ROOT,
      join(ROOT, "test/support/sync-figures.ts"),
    ],
    { cwd: ROOT, stdio: "inherit" },
  );
  const { measureSyncFigures } = createRequire(import.meta.url)(join(outDir, "test/support/sync-figures.js"));
  return measureSyncFigures();
}

log("Measuring round trips on the in-memory host…");
const workbook = await syncFigures();

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
const results = {
  bundle,
  taskpane: { ttiMsMedian: median(ttis) },
  functions: { score100kx10Ms: scoreOver100kBy10() },
  syncs: workbook.syncs,
  maxRequestBytes: workbook.maxRequestBytes,
};

console.log(`task pane bundle      ${(bundle.taskpaneGzipBytes / 1024).toFixed(1)} KB gzip (dist/taskpane.js)`);
console.log(`functions bundle      ${(bundle.functionsGzipBytes / 1024).toFixed(1)} KB gzip (dist/functions.js)`);
console.log(
  `time to interactive   ${results.taskpane.ttiMsMedian} ms median of ${RUNS} cold runs [${ttis.join(", ")}]`,
);
console.log(
  `VOC.SCORE 100,000×10   ${results.functions.score100kx10Ms} ms median of ${RUNS} (production functions.js)`,
);
for (const [action, count] of Object.entries(workbook.syncs)) console.log(`syncs ${action.padEnd(16)} ${count}`);
console.log(`largest request       ${(workbook.maxRequestBytes / 1024 / 1024).toFixed(2)} MB (limit 4 MB)`);
if (json) console.log(JSON.stringify(results));
