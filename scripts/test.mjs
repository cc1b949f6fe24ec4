// `npm test`: every suite, in the order that fails fastest. Nothing is skipped; a missing tool stops the run.
import { execFileSync } from "node:child_process";
import testConfig from "./lib/test-config.js";
import { ensureSystemPackages } from "./system-deps.mjs";

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  execFileSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
}

ensureSystemPackages();
try {
  run("Type check", "npx", ["tsc", "--noEmit", "-p", "."]);
  run("Lint", "npx", ["eslint", "."]);
  run("Format", "npx", ["prettier", "--check", "."]);
  run(
    "Build (production bundles with the preview page)",
    "npx",
    ["webpack", "--mode", "production", "--env", "preview", "--env", "outDir=dist-test"],
    {
      ADDIN_URL: testConfig.TEST_ADDIN_URL,
    },
  );
  run("Unit, host, manifest, spreadsheet, component and browser tests", "npx", ["jest", "--ci"]);
} catch {
  process.exit(1);
}
