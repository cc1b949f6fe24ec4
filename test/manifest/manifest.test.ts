import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import { XMLValidator } from "fast-xml-parser";
import { attribute, child, descendants, manifestUrls, parseManifest, text, type XmlNode } from "../support/manifest";
import { manifestForUrl } from "../../scripts/lib/addin-url";

const root = join(__dirname, "..", "..");
const source = readFileSync(join(root, "manifest.xml"), "utf8");
const manifest = parseManifest(source);
const LOCALES = ["zh-CN", "zh-TW", "vi-VN"];

const resources = child(child(manifest, "VersionOverrides"), "Resources");
const resourceKinds = {
  image: descendants(child(resources, "bt:Images"), "bt:Image"),
  url: descendants(child(resources, "bt:Urls"), "bt:Url"),
  short: descendants(child(resources, "bt:ShortStrings"), "bt:String"),
  long: descendants(child(resources, "bt:LongStrings"), "bt:String"),
};
const allResources = Object.values(resourceKinds).flat();
const resourceById = new Map(allResources.map((node) => [attribute(node, "id"), node]));
const defaultValue = (resid: string) => attribute(resourceById.get(resid) ?? {}, "DefaultValue");

function overrides(node: XmlNode): Map<string, string> {
  const nodes = [...((node["Override"] as XmlNode[]) ?? []), ...((node["bt:Override"] as XmlNode[]) ?? [])];
  return new Map(nodes.map((o) => [attribute(o, "Locale") ?? "", attribute(o, "Value") ?? ""]));
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("the add-in manifest", () => {
  it("is well-formed XML, by our parser and by xmllint", () => {
    expect(XMLValidator.validate(source)).toBe(true);
    expect(() => execFileSync("xmllint", ["--noout", join(root, "manifest.xml")], { stdio: "pipe" })).not.toThrow();
  });

  it("resolves every resid to a resource, and declares each resource once with an id of at most 32 characters", () => {
    const resids = [...source.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(resids.filter((resid) => !resourceById.has(resid))).toEqual([]);
    const ids = allResources.map((node) => attribute(node, "id") ?? "");
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.length > 32)).toEqual([]);
  });

  it("keeps every string within Office's length limits, translations included", () => {
    const tooLong = (nodes: XmlNode[], limit: number) =>
      nodes
        .flatMap((node) => [attribute(node, "DefaultValue") ?? "", ...overrides(node).values()])
        .filter((s) => s.length > limit);
    expect(tooLong([child(manifest, "DisplayName")], 125)).toEqual([]);
    expect(tooLong([child(manifest, "Description")], 250)).toEqual([]);
    expect(tooLong(resourceKinds.short, 125)).toEqual([]);
    expect(tooLong(resourceKinds.long, 250)).toEqual([]);
    expect(manifestUrls(source).filter((url) => url.length > 2048)).toEqual([]);
  });

  it("translates the name, description and ribbon into Simplified Chinese, Traditional Chinese and Vietnamese", () => {
    const translated = [
      child(manifest, "DisplayName"),
      child(manifest, "Description"),
      ...[
        "Group.Label",
        "TaskpaneButton.Label",
        "TaskpaneButton.Tooltip",
        "GetStarted.Title",
        "GetStarted.Description",
      ].map((id) => resourceById.get(id) ?? {}),
    ];
    for (const node of translated) expect([...overrides(node).keys()].sort()).toEqual([...LOCALES].sort());
  });

  it("runs the task pane and the custom functions in one long-lived shared runtime", () => {
    const host = child(child(child(manifest, "VersionOverrides"), "Hosts"), "Host");
    expect(attribute(child(manifest, "VersionOverrides"), "xsi:type")).toBe("VersionOverridesV1_0");
    const runtime = child(child(host, "Runtimes"), "Runtime");
    expect({ resid: attribute(runtime, "resid"), lifetime: attribute(runtime, "lifetime") }).toEqual({
      resid: "Taskpane.Url",
      lifetime: "long",
    });
    const sets = descendants(child(manifest, "Requirements"), "Set").map(
      (s) => `${attribute(s, "Name")} ${attribute(s, "MinVersion")}`,
    );
    expect(sets).toContain("SharedRuntime 1.1");
    const functions = descendants(host, "ExtensionPoint").find((e) => attribute(e, "xsi:type") === "CustomFunctions");
    expect(functions).toBeDefined();
    const page = attribute(child(child(functions ?? {}, "Page"), "SourceLocation"), "resid");
    expect(page).toBe("Taskpane.Url");
    expect(defaultValue(attribute(child(functions ?? {}, "Namespace"), "resid") ?? "")).toBe("VOC");
    expect(defaultValue("Functions.Metadata.Url")).toMatch(/\/functions\.json$/);
    expect(defaultValue("Functions.Script.Url")).toMatch(/\/functions\.js$/);
  });

  it("puts a button that opens the task pane in a group on the Home tab", () => {
    const tab = descendants(manifest, "OfficeTab")[0];
    expect(attribute(tab, "id")).toBe("TabHome");
    const button = descendants(tab, "Control").find((c) => attribute(c, "xsi:type") === "Button") ?? {};
    const action = child(button, "Action");
    expect(attribute(action, "xsi:type")).toBe("ShowTaskpane");
    expect(attribute(child(action, "SourceLocation"), "resid")).toBe("Taskpane.Url");
  });

  it("asks to read and write the document and nothing more", () => {
    expect(text(manifest, "Permissions")).toBe("ReadWriteDocument");
  });

  it("serves everything from one https origin, which is also its app domain", () => {
    const urls = manifestUrls(source);
    const origins = new Set(urls.map((url) => new URL(url).origin));
    expect([...origins]).toEqual(["https://localhost:3000"]);
  });

  it("uses icons of 16, 32, 64 and 80 px that exist in assets/ at their stated size", () => {
    const images = [
      ...resourceKinds.image.map((node) => attribute(node, "DefaultValue") ?? ""),
      attribute(child(manifest, "IconUrl"), "DefaultValue") ?? "",
      attribute(child(manifest, "HighResolutionIconUrl"), "DefaultValue") ?? "",
    ];
    const sizes = new Set<number>();
    for (const url of images) {
      const [, size] = /\/assets\/icon-(\d+)\.png$/.exec(url) ?? [];
      expect(size).toBeDefined();
      const pixels = pngSize(join(root, "assets", `icon-${size}.png`));
      expect(pixels).toEqual({ width: Number(size), height: Number(size) });
      sizes.add(Number(size));
    }
    expect([...sizes].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
  });

  it("points every URL at ADDIN_URL when built for an organisation's server", () => {
    const built = manifestForUrl(source, "https://quality.example.com/voc/");
    const urls = manifestUrls(built);
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((url) => !url.startsWith("https://quality.example.com/voc"))).toEqual([
      "https://quality.example.com", // the app domain: an origin, without the path
    ]);
    expect(built).toContain("<AppDomain>https://quality.example.com</AppDomain>");
    expect(built).toContain('"https://quality.example.com/voc/taskpane.html"');
  });
});
