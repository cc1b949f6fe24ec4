// The Debian packages the tests drive: a browser, a spreadsheet engine, an XML checker, and CJK fonts for screenshots.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const SYSTEM_PACKAGES = [
  { package: "chromium", present: () => existsSync("/usr/bin/chromium") },
  { package: "libreoffice-calc-nogui", present: () => onPath("soffice") },
  { package: "libxml2-utils", present: () => onPath("xmllint") },
  { package: "fonts-noto-cjk", present: () => existsSync("/usr/share/fonts/opentype/noto") },
  { package: "poppler-utils", present: () => onPath("pdftoppm") },
];

function onPath(command) {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Installs what is missing when running as root; otherwise stops and names the packages. Never skips a suite. */
export function ensureSystemPackages() {
  const missing = SYSTEM_PACKAGES.filter((entry) => !entry.present()).map((entry) => entry.package);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(`The tests need these Debian packages: ${missing.join(" ")}`);
    console.error(`Install them with: sudo apt-get install -y --no-install-recommends ${missing.join(" ")}`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(", ")} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], { stdio: "inherit", env });
}
