import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import type ts from "typescript";
import { CUSTOM_FUNCTIONS_SET } from "../../src/excel/office-environment";
import { attribute, child, descendants, parseManifest } from "../support/manifest";
import {
  compareVersions,
  describeShortfall,
  findOfficeUses,
  type OfficeUse,
  programFor,
  requirementsNamed,
  shortfalls,
} from "./api-set-checker";

/**
 * Every Office.js member the add-in uses, read against the `[Api set: …]` annotations of @types/office-js: none may
 * need more than the manifest declares, except behind a check that the set is supported
 * (https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime).
 */
const root = join(__dirname, "..", "..");

/** The sets the base manifest requires: Office activates the add-in only where all of them are supported. */
function declaredSets(): Map<string, string> {
  const manifest = parseManifest(readFileSync(join(root, "manifest.xml"), "utf8"));
  const sets = child(child(manifest, "Requirements"), "Sets");
  const fallback = attribute(sets, "DefaultMinVersion") ?? "1.1";
  return new Map(
    descendants(sets, "Set").map((s) => [attribute(s, "Name") ?? "", attribute(s, "MinVersion") ?? fallback]),
  );
}

const DECLARED = declaredSets();

/**
 * The custom functions run only in Excel's custom functions runtime, which the task pane treats as present from
 * CustomFunctionsRuntime 1.3 (below it, Home says the VOC functions do not run): they may use that set.
 */
function availableTo(file: string): ReadonlyMap<string, string> {
  if (!file.startsWith("src/functions/")) return DECLARED;
  return new Map([...DECLARED, [CUSTOM_FUNCTIONS_SET.name, CUSTOM_FUNCTIONS_SET.version]]);
}

function sourcesIn(dir: string): string[] {
  return (readdirSync(join(root, dir), { recursive: true, encoding: "utf8" }) as string[])
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".d.ts"))
    .map((file) => join(root, dir, file));
}

const SCANNED = ["src/excel", "src/taskpane", "src/functions"].flatMap(sourcesIn);
const FIXTURE = join(__dirname, "fixtures", "newer-members.ts");

let program: ts.Program;
let uses: OfficeUse[];

beforeAll(() => {
  program = programFor([...SCANNED, FIXTURE]);
  uses = findOfficeUses(program, SCANNED);
});

/** The highest version of `set` the uses need, and the members that need it. */
function highest(found: readonly OfficeUse[], set: string): { version: string; members: string[] } {
  const needs = found.flatMap((use) => use.needs.filter((n) => n.set === set).map((need) => ({ use, need })));
  const version = needs.reduce((top, { need }) => (compareVersions(need.version, top) > 0 ? need.version : top), "1.1");
  const members = needs.filter(({ need }) => need.version === version).map(({ use }) => use.member);
  return { version, members: [...new Set(members)].sort() };
}

describe("the requirement sets the add-in needs", () => {
  it("declares ExcelApi 1.9 beside SharedRuntime 1.1 in the manifest", () => {
    expect(DECLARED.get("ExcelApi")).toBe("1.9");
    expect(DECLARED.get("SharedRuntime")).toBe("1.1");
  });

  it("finds the add-in's Office.js uses in src/excel, the task pane and the functions, Excel.run's options included", () => {
    const members = new Set(uses.map((use) => use.member));
    for (const member of [
      "Excel.run",
      "Excel.RunOptions.delayForCellEdit",
      "Excel.Range.values",
      "Excel.TableRowCollection.add",
      "Office.onReady",
      "CustomFunctions.Error",
    ]) {
      expect(members).toContain(member);
    }
    expect(uses.length).toBeGreaterThan(300);
  });

  it("uses nothing newer than the manifest declares, outside a check that the set is supported", () => {
    expect(shortfalls(uses, availableTo).map(describeShortfall)).toEqual([]);
  });

  it("declares no more ExcelApi than the add-in uses: the highest version needed is the one declared", () => {
    const unguarded = uses.filter((use) => use.guardedBy.length === 0);
    const top = highest(unguarded, "ExcelApi");
    expect(top.version).toBe(DECLARED.get("ExcelApi"));
    // What needs ExcelApi 1.9: page setup of the printable sheets, and reading whether a table is filtered.
    expect(top.members).toEqual(
      expect.arrayContaining([
        "Excel.AutoFilter.isDataFiltered",
        "Excel.PageLayout.setPrintArea",
        "Excel.Table.autoFilter",
      ]),
    );
  });

  it("needs CustomFunctionsRuntime only in the functions, and no more than the task pane checks for", () => {
    const runtimeUses = uses.filter((use) => use.needs.some((need) => need.set === CUSTOM_FUNCTIONS_SET.name));
    expect(runtimeUses.filter((use) => !use.file.startsWith("src/functions/")).map((use) => use.file)).toEqual([]);
    expect(
      compareVersions(highest(runtimeUses, CUSTOM_FUNCTIONS_SET.name).version, CUSTOM_FUNCTIONS_SET.version),
    ).toBeLessThanOrEqual(0);
  });
});

describe("the requirement-set checker, on a fixture", () => {
  const found = () => findOfficeUses(program, [FIXTURE]);
  const short = () =>
    shortfalls(found(), () => new Map([["ExcelApi", "1.9"]]))
      .map(({ use, need }) => `${use.member} ${need.set} ${need.version}`)
      .sort();

  it("fails on each member newer than the declared set, naming the member and file", () => {
    expect(short()).toEqual([
      "Excel.Range.getSpillingToRangeOrNullObject ExcelApi 1.12", // guarded for 1.11 only
      "Excel.Range.hasSpill ExcelApi 1.12", // a name in load("…")
      "Excel.RunOptions.mergeUndoGroup ExcelApi 1.20", // an Excel.run option
      "Excel.TableRowCollection.add ExcelApi 1.15", // with alwaysInsert
    ]);
    const messages = shortfalls(found(), () => new Map([["ExcelApi", "1.9"]])).map(describeShortfall);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^test\/manifest\/fixtures\/newer-members\.ts:\d+ Excel\.Range\.hasSpill needs ExcelApi 1\.12/,
      ),
    );
  });

  it("allows a newer member inside whenApiSupported, or where isApiSupported or isSetSupported tested its set", () => {
    const guarded = found().filter((use) => use.guardedBy.length > 0);
    expect(guarded.map((use) => `${use.member} ${use.guardedBy[0].version}`).sort()).toEqual([
      "Excel.Range.getSpillingToRangeOrNullObject 1.11",
      "Excel.Range.getSpillingToRangeOrNullObject 1.12",
      "Excel.Range.getSpillingToRangeOrNullObject 1.12",
      "Excel.Worksheet.slicers 1.10",
    ]);
  });

  it("tells reading a property from setting it, where the two need different versions", () => {
    const visibility = found().filter((use) => use.member === "Excel.Worksheet.visibility");
    expect(visibility.map((use) => use.needs.map((n) => n.version).join())).toEqual(["1.1", "1.2"]);
    const underOnePointOne = shortfalls(visibility, () => new Map([["ExcelApi", "1.1"]]));
    expect(underOnePointOne.map(({ need }) => need.version)).toEqual(["1.2"]);
  });

  it("reads every set and version an annotation names", () => {
    expect(requirementsNamed("ExcelApi 1.1 for get, 1.8 for set")).toEqual([
      { set: "ExcelApi", version: "1.1" },
      { set: "ExcelApi", version: "1.8" },
    ]);
    expect(requirementsNamed("CustomFunctionsRuntime 1.3")).toEqual([
      { set: "CustomFunctionsRuntime", version: "1.3" },
    ]);
    expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
  });
});
