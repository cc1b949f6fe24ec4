// Compiles one test/support module (and what it imports from src) to CommonJS in a scratch folder under
// test-results/, so a script can run the add-in's own code on the in-memory host (bench.mjs, workbook-scale.mjs).
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");

/** The compiled module of `entry` (a path from the repository's root), built afresh in test-results/`scratch`. */
export function compileSupport(entry, scratch) {
  const outDir = join(ROOT, "test-results", scratch);
  rmSync(outDir, { recursive: true, force: true });
  const options = ["--module", "commonjs", "--moduleResolution", "node", "--target", "ES2022"];
  const checks = ["--esModuleInterop", "--resolveJsonModule", "--skipLibCheck", "--strict"];
  execFileSync(
    "npx",
    [
      "tsc",
      "--outDir",
      outDir,
      ...options,
      ...checks,
      "--types",
      "office-js,node",
      "--rootDir",
      ROOT,
      join(ROOT, entry),
    ],
    { cwd: ROOT, stdio: "inherit" },
  );
  return createRequire(import.meta.url)(join(outDir, entry.replace(/\.ts$/u, ".js")));
}
