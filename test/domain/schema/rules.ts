/** Excel's and the plan's rules for names, shared by the schema specifications. */

/** A header the plan can put in a structured reference without escaping, and Excel accepts as a table header. */
export function headerProblem(header: string): string | undefined {
  if (header.trim() === "") return "is empty";
  if (header !== header.trim()) return "has spaces around it";
  if (header.length > 255) return "is longer than 255 characters";
  if ([...header].some((char) => char.charCodeAt(0) < 0x20 || char === "\u007f")) {
    return "has a control character or line break";
  }
  if (/[[\]#'@]/.test(header)) return "has [ ] # ' or @, which structured references must escape";
  return undefined;
}

/** Excel table names: a letter, "_" or "\" first, then letters, digits, "." or "_"; ≤ 255; not a cell address. */
export function tableNameProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > 255) return "must have 1 to 255 characters";
  if (!/^[\p{L}_\\][\p{L}\p{N}._]*$/u.test(name)) return "has a character Excel does not allow in a name";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name)) {
    return "looks like a cell reference";
  }
  return undefined;
}

/** Excel sheet names: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end, not "History". */
export function sheetNameProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > 31) return "must have 1 to 31 characters";
  if (/[:\\/?*[\]]/.test(name)) return "has one of : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "begins or ends with an apostrophe";
  if (name.trim().toLowerCase() === "history") return 'is "History", which Excel reserves';
  return undefined;
}

/** Excel compares headers, sheet names and table names without case. */
export function duplicatesIgnoringCase(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const value of values) {
    const folded = value.toLowerCase();
    if (seen.has(folded)) duplicates.push(value);
    seen.add(folded);
  }
  return duplicates;
}

export const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/;
