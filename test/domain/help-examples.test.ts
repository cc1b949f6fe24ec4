/**
 * The help pages' formula examples (README.md's Formulas section in English, docs/functions.*.md in the others)
 * refer to the ledger's tables by structured references: each language's example must use the headers a workbook set
 * up in that language has, or it gives #REF! when copied into one.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Language } from "../../src/domain/i18n/language";
import { ALL_TABLES, sameExcelName } from "../../src/domain/schema";

const ROOT = join(__dirname, "..", "..");

function helpText(language: Language): string {
  if (language !== "en") return readFileSync(join(ROOT, "docs", `functions.${language}.md`), "utf8");
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const start = readme.indexOf("\n## Formulas\n");
  const rest = readme.slice(start + 1);
  const end = rest.indexOf("\n## ", 3);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Every `Table[Header]` of the text (not `Table[[#This Row],…]`). */
function references(text: string): { readonly table: string; readonly header: string }[] {
  return [...text.matchAll(/\b([A-Za-z]+)\[([^[\]]+)\]/g)].map((match) => ({ table: match[1], header: match[2] }));
}

describe("the help pages' examples", () => {
  it.each(["en", "zh-CN", "zh-TW", "vi"] as const)("in %s name the columns by that language's headers", (language) => {
    const found = references(helpText(language));
    expect(found.length).toBeGreaterThan(0);
    const unknown = found.filter(({ table, header }) => {
      const spec = ALL_TABLES.find((candidate) => candidate.name === table);
      return !spec?.columns.some((column) => sameExcelName(column.header[language], header));
    });
    expect(unknown).toEqual([]);
  });
});
