/**
 * Pictures of sheets as they print, for looking at a report: LibreOffice headless exports the workbook to PDF (its
 * print areas, A4 page setup, fit-to-width and page headers honoured; hidden sheets left out), then pdftoppm
 * (Debian's poppler-utils) turns each page into a PNG.
 *
 * `sheets` picks the sheets to print: the others are hidden in a copy of the file first, so a ledger's thousands of
 * rows do not become hundreds of pages.
 */
import { execFile } from "node:child_process";
import { constants } from "node:fs";
import { access, mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import JSZip from "jszip";
import { findSoffice } from "./libreoffice";

const run = promisify(execFile);

/** Generous: a cold start on a busy two-core machine. */
const TIMEOUT_MS = 120_000;

/** As libreoffice.ts: LibreOffice keeps an .xlsx's cached results unless told to recalculate on load. */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface RenderOptions {
  /** Where the PNGs go (made if missing). */
  readonly outDir: string;
  /** The PNGs are `<baseName>-<page>.png`, pages from 1; older ones of that name are removed first. */
  readonly baseName: string;
  /** The sheets to print, by name; default every visible sheet. */
  readonly sheets?: readonly string[];
  /** Pixels per inch; default 80. */
  readonly resolution?: number;
  /** Where to keep a copy of the PDF (for pdftotext, or a person); default none. */
  readonly pdfPath?: string;
}

async function pdftoppm(): Promise<string> {
  for (const directory of (process.env.PATH ?? "").split(path.delimiter).filter((entry) => entry !== "")) {
    const candidate = path.join(directory, "pdftoppm");
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  throw new Error(
    "pdftoppm is not on PATH. Rendering sheets needs it: install the Debian package poppler-utils " +
      "(apt-get install poppler-utils).",
  );
}

function unescapeName(name: string): string {
  return name
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** A copy of the workbook in which only `sheets` are visible, the first of them the active one. */
async function onlySheets(xlsx: Buffer, sheets: readonly string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const file = zip.file("xl/workbook.xml");
  if (!file) throw new Error("The file has no xl/workbook.xml: it is not an .xlsx workbook.");
  const workbook = await file.async("string");
  const names: string[] = [];
  const shown: number[] = [];
  let updated = workbook.replace(/<sheet\b[^>]*?\/>/g, (element) => {
    const name = unescapeName(/\sname="([^"]*)"/.exec(element)?.[1] ?? "");
    names.push(name);
    const visible = sheets.includes(name);
    if (visible) shown.push(names.length - 1);
    const state = visible ? "visible" : "hidden";
    return /\sstate="[^"]*"/.test(element)
      ? element.replace(/\sstate="[^"]*"/, ` state="${state}"`)
      : element.replace(/\s*\/>$/, ` state="${state}"/>`);
  });
  const missing = sheets.filter((sheet) => !names.includes(sheet));
  if (missing.length > 0)
    throw new Error(`The workbook has no sheet ${missing.map((name) => `"${name}"`).join(", ")}.`);
  // A hidden sheet cannot be the active one.
  updated = /<workbookView\b/.test(updated)
    ? updated
        .replace(/(<workbookView\b[^>]*?)\sactiveTab="\d+"/, "$1")
        .replace(/<workbookView\b/, `<workbookView activeTab="${shown[0]}"`)
    : updated.replace(/<sheets>/, `<bookViews><workbookView activeTab="${shown[0]}"/></bookViews><sheets>`);
  zip.file("xl/workbook.xml", updated);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function runTool(tool: string, args: readonly string[], what: string): Promise<void> {
  try {
    await run(tool, args, { timeout: TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const failed = error as { message?: string; stdout?: string; stderr?: string };
    throw new Error(
      `${tool} failed to ${what}: ${failed.message ?? String(error)}\n` +
        `stdout: ${failed.stdout ?? ""}\nstderr: ${failed.stderr ?? ""}`,
    );
  }
}

/** Prints the workbook (a buffer or a file path) to PDF with LibreOffice and each page to a PNG; the PNGs' paths. */
export async function renderSheetsToPng(xlsx: Buffer | Uint8Array | string, options: RenderOptions): Promise<string[]> {
  const [soffice, toPng] = await Promise.all([findSoffice(), pdftoppm()]);
  const original = typeof xlsx === "string" ? await readFile(xlsx) : Buffer.from(xlsx);
  const input = options.sheets === undefined ? original : await onlySheets(original, options.sheets);
  const root = await mkdtemp(path.join(tmpdir(), "voc-ledger-render-"));
  try {
    const source = path.join(root, "in", "workbook.xlsx");
    const pdfDir = path.join(root, "pdf");
    const pngDir = path.join(root, "png");
    const profile = path.join(root, "profile");
    await Promise.all([
      mkdir(path.dirname(source), { recursive: true }),
      mkdir(pdfDir, { recursive: true }),
      mkdir(pngDir, { recursive: true }),
      mkdir(path.join(profile, "user"), { recursive: true }),
      mkdir(options.outDir, { recursive: true }),
    ]);
    await writeFile(path.join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
    await writeFile(source, input);
    await runTool(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        pdfDir,
        source,
      ],
      "print the workbook to PDF",
    );
    const pdf = path.join(pdfDir, "workbook.pdf");
    await access(pdf, constants.R_OK).catch(() => {
      throw new Error(`${soffice} wrote no ${pdf}.`);
    });
    if (options.pdfPath !== undefined) await writeFile(options.pdfPath, await readFile(pdf));
    await runTool(
      toPng,
      ["-png", "-r", String(options.resolution ?? 80), pdf, path.join(pngDir, "page")],
      "turn the PDF into PNGs",
    );

    // pdftoppm pads page numbers to the page count's width (page-01.png); the names here are unpadded.
    const pattern = new RegExp(`^${options.baseName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-\\d+\\.png$`);
    const stale = (await readdir(options.outDir)).filter((name) => pattern.test(name));
    await Promise.all(stale.map((name) => rm(path.join(options.outDir, name), { force: true })));
    const pages = (await readdir(pngDir))
      .flatMap((name) => {
        const match = /^page-(\d+)\.png$/.exec(name);
        return match ? [{ name, page: Number(match[1]) }] : [];
      })
      .sort((a, b) => a.page - b.page);
    const written: string[] = [];
    for (const { name, page } of pages) {
      const target = path.join(options.outDir, `${options.baseName}-${page}.png`);
      await rename(path.join(pngDir, name), target).catch(async () => {
        // Another file system (outDir on another mount): copy instead.
        await writeFile(target, await readFile(path.join(pngDir, name)));
      });
      written.push(target);
    }
    return written;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
