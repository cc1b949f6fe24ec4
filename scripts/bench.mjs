// `npm run bench [-- --json] [-- --workbook-scale[=1,4,10]]`: measured figures. With --json the last line is one
// JSON object. --workbook-scale adds LibreOffice's time to load and recalculate the workbook at those sizes of the
// reports test's ledger (default 1,4; 10× takes many minutes here).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import browser from "./lib/browser.js";
import { compileSupport } from "./lib/compile-support.mjs";
import { describeSize, measureWorkbookScale } from "./lib/workbook-scale.mjs";

const ROOT = join(import.meta.dirname, "..");
const RUNS = 5;
const PAGE_RUNS = 7; // the preview page and the minimal page, alternately, each in a fresh Chromium
const SECTIONS = ["home", "record", "records", "cases", "reports", "settings"]; // src/taskpane/sections.ts order
const json = process.argv.includes("--json");
const scaleOption = process.argv.find((arg) => arg.startsWith("--workbook-scale"));
const scaleFactors =
  scaleOption === undefined ? undefined : (scaleOption.split("=")[1] ?? "1,4").split(",").map(Number);
const log = (line) => console.error(line); // progress on stderr keeps stdout's last line the JSON

function build(args, env = {}) {
  execFileSync("npx", ["webpack", ...args], { cwd: ROOT, stdio: "ignore", env: { ...process.env, ...env } });
}

const gzipBytes = (file) => gzipSync(readFileSync(join(ROOT, file)), { level: 9 }).length;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const localScripts = (dir, page) =>
  [...readFileSync(join(ROOT, dir, page), "utf8").matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:|^office-js\//.test(src));

/** Every emitted chunk's gzip size, by file name. */
const chunkSizes = (dir) =>
  Object.fromEntries(
    readdirSync(join(ROOT, dir))
      .filter((file) => file.endsWith(".js"))
      .sort()
      .map((file) => [file, gzipBytes(join(dir, file))]),
  );

/**
 * One cold load in a fresh browser (no cache): navigation start to the "voc-interactive" mark, and the scripts the
 * page fetched before it (office.js aside: Excel hosts it, the same for every page).
 */
async function coldLoad(url, afterInteractive) {
  const { context, close } = await browser.launchChromium();
  try {
    const page = await context.newPage();
    await page.goto(url);
    const handle = await page.waitForFunction(
      () => performance.getEntriesByName("voc-interactive")[0]?.startTime,
      null,
      { timeout: 30_000 },
    );
    const tti = await handle.jsonValue();
    const fetched = await page.evaluate(
      (mark) =>
        performance
          .getEntriesByType("resource")
          .filter((entry) => entry.startTime < mark && new URL(entry.name).pathname.endsWith(".js"))
          .map((entry) => new URL(entry.name).pathname.slice(1)),
      tti,
    );
    const scripts = fetched.filter((file) => !file.startsWith("office-js/"));
    return { tti: Math.round(tti), scripts, ...(afterInteractive ? await afterInteractive(page) : {}) };
  } finally {
    await close();
  }
}

/* global document, requestAnimationFrame -- openSections' page function runs in the browser */

/**
 * After the idle prefetch has fetched the sections, opens each section after Home in turn: click on its tab to the
 * first frame that shows it (its chunk's loading state gone).
 */
async function openSections(page) {
  const prefetched = await page
    .waitForFunction(
      (count) =>
        performance.getEntriesByType("resource").filter((entry) => /\/section-[\w-]+\.js$/.test(entry.name)).length >=
        count,
      SECTIONS.length - 1,
      { timeout: 10_000 },
    )
    .then(() => true)
    .catch(() => false);
  const opened = {};
  for (const [index, section] of SECTIONS.entries()) {
    if (index === 0) continue;
    opened[section] = await page.evaluate(
      ({ index, section }) =>
        new Promise((resolve) => {
          const start = performance.now();
          /** @type {HTMLElement} */ (document.querySelectorAll('[role="tab"]')[index]).click();
          const shown = () => {
            const main = document.querySelector(`main[data-section="${section}"]`);
            if (main?.firstElementChild && !main.querySelector("[data-section-loading]"))
              resolve(performance.now() - start);
            else requestAnimationFrame(shown);
          };
          requestAnimationFrame(shown);
        }),
      { index, section },
    );
  }
  return { prefetched, opened };
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
  return compileSupport("test/support/sync-figures.ts", "bench-build").measureSyncFigures();
}

log("Measuring round trips on the in-memory host…");
const workbook = await syncFigures();

log("Building the production bundles (dist/), the preview build (dist-test/) and the minimal page…");
build(["--mode", "production"]);
build(["--mode", "production", "--env", "preview", "--env", "outDir=dist-test"]);
const MINIMAL_DIR = "test-results/bench-minimal";
build(["--config", "scripts/bench-minimal/webpack.config.js", "--env", `outDir=${MINIMAL_DIR}`]);

const chunks = chunkSizes("dist");
const previewChunks = chunkSizes("dist-test");
const minimalChunks = chunkSizes(MINIMAL_DIR);

const preview = await browser.serveDirectory(join(ROOT, "dist-test"));
const minimal = await browser.serveDirectory(join(ROOT, MINIMAL_DIR));
const previewLoads = [];
const minimalLoads = [];
try {
  for (let run = 0; run < PAGE_RUNS; run++) {
    log(`  page run ${run + 1} of ${PAGE_RUNS}`);
    previewLoads.push(await coldLoad(`${preview.url}/preview.html?lang=en-US`, openSections));
    minimalLoads.push(await coldLoad(`${minimal.url}/minimal.html`));
  }
} finally {
  await preview.close();
  await minimal.close();
}

const union = (loads) => [...new Set(loads.flatMap((load) => load.scripts))].sort();
const sum = (files, sizes) => files.reduce((total, file) => total + (sizes[file] ?? 0), 0);
// The task pane's initial JavaScript: what taskpane.html loads, plus any chunk the pane fetched before Home was
// interactive (read off the preview page, which runs the same App and its chunks; preview.js stands in for
// taskpane.js there).
const lateChunks = union(previewLoads).filter((file) => file !== "preview.js");
const initialChunks = [...new Set([...localScripts("dist", "taskpane.html"), ...lateChunks])];
const bundle = {
  taskpaneGzipBytes: chunks["taskpane.js"],
  functionsGzipBytes: chunks["functions.js"],
  initialGzipBytes: sum(initialChunks, chunks),
  initialChunks,
  chunks,
};
const previewTtis = previewLoads.map((load) => load.tti);
const minimalTtis = minimalLoads.map((load) => load.tti);
const sectionOpenMs = Object.fromEntries(
  SECTIONS.slice(1).map((section) => [section, Math.round(median(previewLoads.map((load) => load.opened[section])))]),
);
const results = {
  bundle,
  taskpane: {
    ttiMsMedian: median(previewTtis),
    ttiRuns: previewTtis,
    previewInitialGzipBytes: sum(union(previewLoads), previewChunks),
    sectionOpenMsMedian: sectionOpenMs,
    sectionsPrefetchedRuns: previewLoads.filter((load) => load.prefetched).length,
  },
  minimal: {
    ttiMsMedian: median(minimalTtis),
    ttiRuns: minimalTtis,
    initialGzipBytes: sum(union(minimalLoads), minimalChunks),
  },
  ttiRatioToMinimal: Math.round((median(previewTtis) / median(minimalTtis)) * 100) / 100,
  functions: { score100kx10Ms: scoreOver100kBy10() },
  syncs: workbook.syncs,
  maxRequestBytes: workbook.maxRequestBytes,
};
if (scaleFactors) {
  log(`Recalculating the workbook in LibreOffice at ${scaleFactors.join("×, ")}× the reports test's ledger…`);
  results.workbookScale = await measureWorkbookScale({
    factors: scaleFactors,
    onSize: (size) => log(describeSize(size)),
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const [file, bytes] of Object.entries(chunks))
  console.log(`chunk ${file.padEnd(30)} ${kb(bytes).padStart(9)} gzip`);
console.log(
  `initial JavaScript    ${kb(bundle.initialGzipBytes)} gzip (${initialChunks.join(" + ")}; budget 100 KB; office.js aside)`,
);
console.log(`functions bundle      ${kb(bundle.functionsGzipBytes)} gzip (dist/functions.js)`);
console.log(
  `preview page          ${kb(results.taskpane.previewInitialGzipBytes)} gzip before interactive; minimal page ${kb(results.minimal.initialGzipBytes)}`,
);
console.log(
  `time to interactive   preview ${results.taskpane.ttiMsMedian} ms [${previewTtis.join(", ")}], minimal ${results.minimal.ttiMsMedian} ms [${minimalTtis.join(", ")}]: ${results.ttiRatioToMinimal}× (target ≤ 1.2×), medians of ${PAGE_RUNS} alternate cold runs`,
);
for (const [section, ms] of Object.entries(sectionOpenMs))
  console.log(
    `open ${section.padEnd(17)} ${ms} ms median (target ≤ 150 ms; prefetched in ${results.taskpane.sectionsPrefetchedRuns} of ${PAGE_RUNS} runs)`,
  );
console.log(
  `VOC.SCORE 100,000×10   ${results.functions.score100kx10Ms} ms median of ${RUNS} (production functions.js)`,
);
for (const [action, count] of Object.entries(workbook.syncs)) console.log(`syncs ${action.padEnd(16)} ${count}`);
console.log(`largest request       ${(workbook.maxRequestBytes / 1024 / 1024).toFixed(2)} MB (limit 4 MB)`);
for (const size of results.workbookScale?.sizes ?? []) console.log(`LibreOffice recalc     ${describeSize(size)}`);
if (results.workbookScale) console.log(`recalc growth         time ∝ records^${results.workbookScale.growth}`);
if (json) console.log(JSON.stringify(results));
