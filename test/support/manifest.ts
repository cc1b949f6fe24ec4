import { XMLParser } from "fast-xml-parser";

/** A parsed element: attributes under "@_name", children by tag name (always arrays), text under "#text". */
export type XmlNode = { [key: string]: XmlNode[] | string | undefined };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

export function parseManifest(xml: string): XmlNode {
  return (parser.parse(xml) as { OfficeApp: XmlNode[] }).OfficeApp[0];
}

/** Every element below `node` with the given tag, depth first. */
export function descendants(node: XmlNode, tag: string): XmlNode[] {
  const found: XmlNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (!Array.isArray(value)) continue;
    for (const child of value) {
      if (typeof child !== "object") continue;
      if (key === tag) found.push(child);
      found.push(...descendants(child, tag));
    }
  }
  return found;
}

export function attribute(node: XmlNode, name: string): string | undefined {
  const value = node[`@_${name}`];
  return typeof value === "string" ? value : undefined;
}

export function child(node: XmlNode, tag: string): XmlNode {
  const children = node[tag];
  if (!Array.isArray(children) || children.length === 0) throw new Error(`<${tag}> is missing.`);
  return children[0];
}

export function text(node: XmlNode, tag: string): string {
  const value = node[tag];
  return Array.isArray(value) ? String(value[0]) : "";
}

/** Every address the manifest sends Office to: resource and setting values, and the app domains. */
export function manifestUrls(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]*)"|<AppDomain>([^<]*)</g)].map((m) => m[1] ?? m[2]);
}
