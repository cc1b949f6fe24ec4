/**
 * A real spreadsheet engine for tests: LibreOffice Calc, run headless, recalculates a workbook's native formulas.
 *
 * Every number the workbook depends on is a native formula that Excel 2016 and LibreOffice both compute, so tests
 * write those formulas with ExcelJS, let LibreOffice compute them, and compare the results with the domain rules.
 * LibreOffice rewrites formula text and drops table styles: use the recalculated file for its values only.
 */
import { execFile } from "node:child_process";
import { constants } from "node:fs";
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import ExcelJS from "exceljs";

const run = promisify(execFile);

/**
 * Generous: a cold start on a busy two-core machine takes far longer than the usual 1.3 s, and the reports test's
 * full workbook took over 120 s here with other test runs beside it (within the 300 s its spec allows).
 */
const SOFFICE_TIMEOUT_MS = 280_000;

/**
 * LibreOffice keeps the cached results it finds in an .xlsx ("never recalculate" is its default for Excel files,
 * and it ignores fullCalcOnLoad), so a stale result written by ExcelJS would come back unchanged. The fresh profile
 * therefore sets "always recalculate" for Excel and ODF files.
 */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The LibreOffice binary on PATH (`soffice`, else `libreoffice`); throws rather than letting a test skip. */
export async function findSoffice(): Promise<string> {
  const directories = (process.env.PATH ?? "").split(path.delimiter).filter((directory) => directory !== "");
  for (const name of ["soffice", "libreoffice"]) {
    for (const directory of directories) {
      const candidate = path.join(directory, name);
      try {
        await access(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here; keep looking
      }
    }
  }
  throw new Error(
    "Neither soffice nor libreoffice is on PATH. The spreadsheet tests need LibreOffice Calc: " +
      "install the Debian package libreoffice-calc-nogui (apt-get install libreoffice-calc-nogui).",
  );
}

/** Writes the workbook out, has LibreOffice recalculate every formula, and reads the result back. */
export async function recalculate(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const result = new ExcelJS.Workbook();
  await result.xlsx.load(
    (await recalculateFile(Buffer.from(await workbook.xlsx.writeBuffer()))) as unknown as ArrayBuffer,
  );
  return result;
}

export interface RecalculateOptions {
  /** How long LibreOffice may take before it is stopped (120 s unless given): a large ledger needs longer. */
  readonly timeoutMs?: number;
}

/** An .xlsx file (as bytes) recalculated by LibreOffice: the bytes of the file it saved. */
export async function recalculateFile(xlsx: Uint8Array, options: RecalculateOptions = {}): Promise<Buffer> {
  const [recalculated] = await recalculateFiles([xlsx], options);
  return recalculated;
}

/** Several .xlsx files recalculated by one LibreOffice run (it starts once for all of them), in the same order. */
export async function recalculateFiles(
  files: readonly Uint8Array[],
  options: RecalculateOptions = {},
): Promise<Buffer[]> {
  const soffice = await findSoffice();
  const root = await mkdtemp(path.join(tmpdir(), "voc-ledger-soffice-"));
  try {
    const inDir = path.join(root, "in");
    const outDir = path.join(root, "out");
    const profile = path.join(root, "profile");
    await Promise.all([
      mkdir(inDir, { recursive: true }),
      mkdir(outDir, { recursive: true }),
      mkdir(path.join(profile, "user"), { recursive: true }),
    ]);
    await writeFile(path.join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
    const inputs = files.map((_, index) => path.join(inDir, `workbook${index + 1}.xlsx`));
    await Promise.all(files.map((file, index) => writeFile(inputs[index], file)));

    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      ...inputs,
    ];
    let output = "";
    try {
      const { stdout, stderr } = await run(soffice, args, {
        timeout: options.timeoutMs ?? SOFFICE_TIMEOUT_MS,
        maxBuffer: 16 * 1024 * 1024,
      });
      output = `stdout: ${stdout}\nstderr: ${stderr}`;
    } catch (error) {
      const failed = error as { message?: string; stdout?: string; stderr?: string };
      throw new Error(
        `${soffice} failed to recalculate the workbook: ${failed.message ?? String(error)}\n` +
          `stdout: ${failed.stdout ?? ""}\nstderr: ${failed.stderr ?? ""}`,
      );
    }

    return await Promise.all(
      inputs.map(async (input) => {
        const recalculated = path.join(outDir, path.basename(input));
        try {
          await access(recalculated, constants.R_OK);
        } catch {
          throw new Error(`${soffice} wrote no ${recalculated}.\n${output}`);
        }
        return readFile(recalculated);
      }),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** A cell's value after recalculation, as a test compares it: errors as their text ("#N/A"), blank as null. */
export type ComputedValue = number | string | boolean | Date | null;

/**
 * The computed value of a cell in a recalculated workbook.
 *
 * - Formula cells give their result. Read it from `cell.result`: ExcelJS's `cell.value` drops falsy results,
 *   so a formula that computes 0, FALSE or "" would look uncomputed there.
 * - A formula whose result is empty text ("") comes back from LibreOffice as `<v></v>`, which ExcelJS reads as no
 *   result at all; it is returned as "". (The harness forces recalculation, so "no result" cannot mean "not
 *   computed".)
 * - Errors come back as `{ error: "#N/A" }`; the error text is returned.
 * - A number in a cell with a date format comes back as a Date (ExcelJS's doing); other numbers stay serials.
 * - An empty cell is null.
 */
export function cellValue(cell: ExcelJS.Cell): ComputedValue {
  if (cell.type === ExcelJS.ValueType.Formula) {
    return plain(cell.result as unknown, "");
  }
  return plain(cell.value as unknown, null);
}

function plain(value: unknown, whenMissing: "" | null): ComputedValue {
  if (value === undefined || value === null) return whenMissing;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("error" in value && typeof value.error === "string") return value.error;
    if ("richText" in value && Array.isArray(value.richText)) {
      return value.richText.map((run: { text?: string }) => run.text ?? "").join("");
    }
    if ("text" in value && typeof value.text === "string") return value.text;
  }
  throw new Error(`Unexpected cell value ${JSON.stringify(value)}.`);
}
