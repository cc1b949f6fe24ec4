/**
 * Criteria built from a user's text match that text exactly: COUNTIF(S), SUMIF(S), AVERAGEIF(S) and MATCH(…,0)
 * read `*`, `?` and `~` as a pattern and a leading `=`, `<` or `>` as an operator. LibreOffice computes these
 * criteria on the sample ledgers (test/spreadsheet); here, their text and that every plan formula uses them.
 */
import { serialOf } from "../../../src/domain/excel-date";
import { LANGUAGES } from "../../../src/domain/i18n/language";
import { buildDashboardPlan } from "../../../src/domain/reports/dashboard-plan";
import { reportPeriods } from "../../../src/domain/reports/report-periods";
import { buildReviewPlan } from "../../../src/domain/reports/review-plan";
import type { ReportGrain, ReportSheetPlan } from "../../../src/domain/reports/types";
import {
  DEFAULT_PLAN_SETTINGS,
  type WorkbookPlan,
  buildWorkbookPlan,
  exactCriterion,
  literalPattern,
} from "../../../src/domain/workbook-plan";

describe("an exact-match criterion", () => {
  it("escapes ~ first, then * and ?, in the cell's text, and puts '=' before it", () => {
    expect(exactCriterion("$B$7")).toBe('"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($B$7,"~","~~"),"*","~*"),"?","~?")');
  });

  it("escapes a label known when the plan is built, with its quotes doubled", () => {
    expect(exactCriterion({ text: `Star* "Trading"?` })).toBe('"=Star~* ""Trading""~?"');
    expect(exactCriterion({ text: "Tilde~Works" })).toBe('"=Tilde~~Works"');
    expect(exactCriterion({ text: "=Equals Corp" })).toBe('"==Equals Corp"');
    expect(exactCriterion({ text: "<5 Co" })).toBe('"=<5 Co"');
  });

  it("looks a value up literally for MATCH and VLOOKUP, with no operator before it", () => {
    expect(literalPattern("A1")).toBe('SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(A1,"~","~~"),"*","~*"),"?","~?")');
  });
});

// Every criterion in every plan formula -------------------------------------------------------------------------

/** The arguments of each call of `name(` in `formula`, split at top-level commas (quotes and brackets respected). */
function callsOf(formula: string, name: string): string[][] {
  const calls: string[][] = [];
  const pattern = new RegExp(`(?<![A-Z0-9_.])${name}\\(`, "g");
  for (const match of formula.matchAll(pattern)) {
    const args: string[] = [];
    let depth = 0;
    let quoted = false;
    let start = (match.index ?? 0) + match[0].length;
    for (let at = start; at < formula.length; at += 1) {
      const character = formula[at];
      if (character === '"') quoted = !quoted;
      if (quoted) continue;
      if (character === "(" || character === "[" || character === "{") depth += 1;
      else if ((character === ")" || character === "]" || character === "}") && depth > 0) depth -= 1;
      else if (character === "," && depth === 0) {
        args.push(formula.slice(start, at));
        start = at + 1;
      } else if (character === ")" && depth === 0) {
        args.push(formula.slice(start, at));
        break;
      }
    }
    calls.push(args);
  }
  return calls;
}

/** The criterion arguments of a call, by function: COUNTIFS' every second from the second, SUMIFS' from the third. */
const CRITERIA: { readonly [name: string]: (args: readonly string[]) => string[] } = {
  COUNTIF: (args) => [args[1]],
  COUNTIFS: (args) => args.filter((_, index) => index % 2 === 1),
  SUMIF: (args) => [args[1]],
  AVERAGEIF: (args) => [args[1]],
  SUMIFS: (args) => args.filter((_, index) => index >= 2 && index % 2 === 0),
  AVERAGEIFS: (args) => args.filter((_, index) => index >= 2 && index % 2 === 0),
};

const ESCAPED = /^"="&SUBSTITUTE\(SUBSTITUTE\(SUBSTITUTE\(/;
/** A constant ("<>", ">=0", TRUE), or a bare comparison with a number or date expression (">="&$B7). */
const CONSTANT = /^("(?:[^"]|"")*"|TRUE|FALSE)$/;
const NUMERIC_COMPARISON = /^"(>=|<=|<|>)"&/;

/** Criteria and exact-match lookups that are neither constant nor escaped. */
function unescaped(formula: string): string[] {
  const found: string[] = [];
  for (const [name, criteria] of Object.entries(CRITERIA)) {
    for (const args of callsOf(formula, name)) {
      for (const criterion of criteria(args)) {
        // A constant with a wildcard in it, or a criterion built from a cell without escaping it.
        if (CONSTANT.test(criterion) && /[*?~]/.test(criterion)) found.push(`${name}: ${criterion}`);
        if (!CONSTANT.test(criterion) && !ESCAPED.test(criterion) && !NUMERIC_COMPARISON.test(criterion)) {
          found.push(`${name}: ${criterion}`);
        }
      }
    }
  }
  for (const args of callsOf(formula, "MATCH")) {
    const [lookup, , type] = args;
    // Escaped in the workbook, or a text constant whose wildcards are escaped (~*, ~?, ~~) as the plan writes it.
    const literal = /^SUBSTITUTE\(SUBSTITUTE\(SUBSTITUTE\(/.test(lookup) || /^"(?:[^"~*?]|""|~[~*?])*"$/.test(lookup);
    const numeric = /^(LARGE\(|\d+$)/.test(lookup);
    if (type === "0" && !literal && !numeric) found.push(`MATCH: ${lookup}`);
  }
  return found;
}

function planFormulas(plan: WorkbookPlan): string[] {
  return [
    ...plan.sheets.flatMap((sheet) => sheet.tables.flatMap((table) => table.columns.map((column) => column.formula))),
    ...plan.names.map((name) => name.formula),
  ].filter((formula): formula is string => formula !== undefined);
}

function reportFormulas(plan: ReportSheetPlan): string[] {
  return plan.blocks.flatMap((block) =>
    block.cells.flatMap((row) =>
      row.flatMap((cell) => (cell !== null && typeof cell === "object" ? [cell.formula] : [])),
    ),
  );
}

const TODAY = serialOf(2026, 11, 21);
const GRAINS: readonly ReportGrain[] = ["Q", "H", "Y"];

describe.each(LANGUAGES)("the %s plans' criteria", (language) => {
  const plan = buildWorkbookPlan(language);

  it("match ids in the calculated columns literally", () => {
    expect(planFormulas(plan).flatMap(unescaped)).toEqual([]);
  });

  it.each(GRAINS)("match period labels and choices literally on the dashboard and review by grain %s", (grain) => {
    const periods = reportPeriods(grain, TODAY);
    const customers = ["Star Trading", "Star* Trading"];
    const input = { plan, settings: DEFAULT_PLAN_SETTINGS, grain, periods, customers, today: TODAY };
    const formulas = [
      ...reportFormulas(buildDashboardPlan(input)),
      ...reportFormulas(buildReviewPlan({ ...input, period: periods[periods.length - 1] })),
    ];
    expect(formulas.filter((formula) => /COUNTIFS?\(|SUMIFS?\(|MATCH\(/.test(formula)).length).toBeGreaterThan(50);
    expect(formulas.flatMap(unescaped)).toEqual([]);
  });
});
