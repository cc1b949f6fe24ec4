/*
 * The formula reference is written once, in Markdown (README.md's "Formulas" section in English, docs/functions.*.md
 * in the other languages); this webpack plugin renders it into the help pages that functions.json links to.
 */
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { marked } = require("marked");
const { sources } = require("webpack");

const PAGES = [
  { file: "help.html", lang: "en", markdown: "README.md", section: "## Formulas" },
  { file: "help.zh-CN.html", lang: "zh-CN", markdown: "docs/functions.zh-CN.md" },
  { file: "help.zh-TW.html", lang: "zh-TW", markdown: "docs/functions.zh-TW.md" },
  { file: "help.vi.html", lang: "vi", markdown: "docs/functions.vi.md" },
];

/**
 * The part of a Markdown document from `heading` to the next heading of the same level.
 * @param {string} markdown
 * @param {string} heading
 * @returns {string}
 */
function section(markdown, heading) {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "${heading}" section.`);
  const rest = markdown.slice(start + 1);
  const end = rest.indexOf("\n## ", heading.length);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * Anchors "voc-grade" and so on on each function's heading, for the helpUrl of each custom function.
 * @param {string} html
 * @returns {string}
 */
function withFunctionAnchors(html) {
  return html.replace(
    /<h3>(<code>VOC\.([A-Z]+)\()/g,
    (_, start, name) => `<h3 id="voc-${name.toLowerCase()}">${start}`,
  );
}

/**
 * @param {string} root
 * @param {{ lang: string, markdown: string, section?: string }} page
 * @returns {string}
 */
function renderHelpPage(root, page) {
  const markdown = readFileSync(join(root, page.markdown), "utf8");
  const body = withFunctionAnchors(String(marked.parse(page.section ? section(markdown, page.section) : markdown)));
  const languages = PAGES.map((other) => `<a href="${other.file}" lang="${other.lang}">${other.lang}</a>`).join(" · ");
  return `<!doctype html>
<html lang="${page.lang}">
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>VOC Ledger</title>
<style>body{font-family:"Segoe UI","Microsoft YaHei","PingFang SC",sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem;line-height:1.5}
code{background:#f3f2f1;padding:0 4px}table{border-collapse:collapse}td,th{border:1px solid #e1dfdd;padding:4px 8px;text-align:left}</style>
</head>
<body><nav>${languages}</nav>
${body}
</body></html>
`;
}

class HelpPagesPlugin {
  /** @param {{ root: string, rewriteUrls: (text: string) => string }} options */
  constructor(options) {
    this.options = options;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("HelpPagesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "HelpPagesPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const page of PAGES) {
            compilation.fileDependencies.add(join(this.options.root, page.markdown));
            compilation.emitAsset(page.file, new sources.RawSource(renderHelpPage(this.options.root, page)));
          }
        },
      );
      // The helpUrl of each function is written against the dev server; it must follow ADDIN_URL like the manifest.
      compilation.hooks.processAssets.tap(
        { name: "HelpPagesPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const metadata = compilation.getAsset("functions.json");
          if (!metadata) return;
          const rewritten = this.options.rewriteUrls(metadata.source.source().toString());
          compilation.updateAsset("functions.json", new sources.RawSource(rewritten));
        },
      );
    });
  }
}

module.exports = { HelpPagesPlugin, renderHelpPage, PAGES };
