// The workbook at scale: LibreOffice's time to load and recalculate the add-in's workbook at 1×, 4× and 10× the
// reports test's ledger (test/support/workbook-scale.ts, compiled to CommonJS in a scratch folder as bench.mjs
// compiles sync-figures.ts). `node scripts/lib/workbook-scale.mjs [--factors 1,4,10] [--json]` prints the figures.
import { pathToFileURL } from "node:url";
import { compileSupport } from "./compile-support.mjs";

const compiled = () => compileSupport("test/support/workbook-scale.ts", "workbook-scale-build");

/**
 * `{ sizes: [{ factor, returns, dispatches, complaints, customers, bytes, seconds }], growth, ratios }`: growth is
 * the exponent k in seconds ∝ records^k from the smallest size to the largest (1 linear, 2 quadratic).
 * `onSize` hears each size as it is measured (10× takes minutes).
 */
export async function measureWorkbookScale({ factors, onSize } = {}) {
  const scale = compiled();
  return scale.measureWorkbookScale(factors ?? scale.FACTORS, onSize);
}

export function describeSize(size) {
  return (
    `${size.factor}×: ${size.returns} returns, ${size.dispatches} forms sent, ${size.complaints} complaints, ` +
    `${size.customers} customers (${(size.bytes / 1e6).toFixed(1)} MB): ${size.seconds.toFixed(1)} s`
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf("--factors");
  const factors = at === -1 ? undefined : process.argv[at + 1].split(",").map(Number);
  const result = await measureWorkbookScale({
    factors,
    onSize: (size) => console.error(`LibreOffice load + recalculate, ${describeSize(size)}`),
  });
  const ratios = result.ratios.map(
    (ratio) => `${ratio.factor}×: ${ratio.seconds}× the time, ${ratio.records}× the records`,
  );
  console.error(`Growth: ${ratios.join("; ")}; time ∝ records^${result.growth}`);
  if (process.argv.includes("--json")) console.log(JSON.stringify(result));
}
