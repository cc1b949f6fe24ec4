// `npm start`: HTTPS dev server on https://localhost:3000, sideloaded into desktop Excel where there is one.
// It listens on loopback only; `VOC_DEV_HOST=0.0.0.0 npm start` or `npm start -- --host 0.0.0.0` opens it to the
// network. `npm run stop` removes the sideload registration. Certificates stay in .certs/; nothing is installed
// system-wide.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";
import devCerts from "office-addin-dev-certs";

const { devServerHost, isLoopback } = createRequire(import.meta.url)("./lib/dev-host.js");

const ROOT = join(import.meta.dirname, "..");
const MANIFEST = join(ROOT, "manifest.xml");
const CERTS = join(ROOT, ".certs");
const ADDIN_ID = /<Id>([^<]+)<\/Id>/.exec(readFileSync(MANIFEST, "utf8"))[1];
const WINDOWS_KEY = "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer";
const MAC_WEF = join(homedir(), "Library/Containers/com.microsoft.Excel/Data/Documents/wef");

async function ensureCertificates() {
  if (existsSync(join(CERTS, "localhost.key"))) return;
  mkdirSync(CERTS, { recursive: true });
  await devCerts.generateCertificates(
    join(CERTS, "ca.crt"),
    join(CERTS, "localhost.crt"),
    join(CERTS, "localhost.key"),
    30,
  );
  console.log(`Development certificates written to ${CERTS} (not installed; see the README to trust them).`);
}

/** Registers the manifest with desktop Excel the way Office's own tools do; false where there is no desktop Excel. */
function sideload() {
  if (process.platform === "win32") {
    const added = spawnSync("reg", ["add", WINDOWS_KEY, "/v", ADDIN_ID, "/t", "REG_SZ", "/d", MANIFEST, "/f"]);
    if (added.status !== 0) return false;
    spawn("cmd", ["/c", "start", "excel"], { detached: true, stdio: "ignore" }).unref();
    return true;
  }
  if (process.platform === "darwin" && existsSync(join(MAC_WEF, ".."))) {
    mkdirSync(MAC_WEF, { recursive: true });
    copyFileSync(MANIFEST, join(MAC_WEF, `${ADDIN_ID}.manifest.xml`));
    spawn("open", ["-a", "Microsoft Excel"], { detached: true, stdio: "ignore" }).unref();
    return true;
  }
  return false;
}

function removeSideload() {
  if (process.platform === "win32") spawnSync("reg", ["delete", WINDOWS_KEY, "/v", ADDIN_ID, "/f"]);
  if (process.platform === "darwin") rmSync(join(MAC_WEF, `${ADDIN_ID}.manifest.xml`), { force: true });
  console.log("VOC Ledger is no longer sideloaded. Stop the dev server with Ctrl+C in its terminal.");
}

function explain(sideloaded, host) {
  const reach = isLoopback(host)
    ? `  Listening on ${host} only: other computers cannot reach it (VOC_DEV_HOST=0.0.0.0 opens it to the network).`
    : `  Listening on ${host}: anyone on your network can reach the dev add-in and its preview.`;
  console.log(`
VOC Ledger dev server: https://localhost:3000
${reach}
  Preview (task pane beside a simulated workbook, no Excel needed): https://localhost:3000/preview.html
${
  sideloaded
    ? "  Sideloaded into desktop Excel: open a workbook, then Home > VOC Ledger."
    : `  No desktop Excel here. In Excel on the web: Home > Add-ins > More Add-ins > Upload My Add-in,
  and choose ${MANIFEST}.`
}
  The browser or Excel must trust ${join(CERTS, "ca.crt")} (see the README).
`);
}

if (process.argv.includes("--stop")) {
  removeSideload();
} else {
  const host = devServerHost(process.env, process.argv.slice(2));
  await ensureCertificates();
  // webpack.config.js reads the host from VOC_DEV_HOST, so that `npx webpack serve` alone binds the same way.
  const server = spawn("npx", ["webpack", "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, VOC_DEV_HOST: host },
  });
  explain(sideload(), host);
  server.on("exit", (code) => process.exit(code ?? 0));
}
