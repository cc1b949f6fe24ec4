/**
 * Matching a user's text exactly in COUNTIF(S), SUMIF(S), AVERAGEIF(S) and in MATCH/VLOOKUP with exact match (0).
 *
 * Those functions read a criterion as a pattern: `*` and `?` are wildcards, `~` escapes them, and a leading `=`,
 * `<`, `>` or `<>` is an operator. So a customer named "Star* Trading" would also match "Star Trading", and
 * "=Equals Corp" would match "Equals Corp". Excel 2016 and LibreOffice 7.4 (computing an .xlsx) both read `~*`,
 * `~?` and `~~` as the characters themselves, and an explicit leading "=" makes the rest a value, never an operator.
 * Like `=`, the match ignores case.
 *
 * A blank cell gives the criterion "=", which matches blank cells (as `cell=blank` does in SUMPRODUCT); a bare
 * reference to a blank cell would instead match zeros in Excel. Callers for which blank means "none chosen" say so.
 */

/**
 * `expression` (a cell reference or any text expression) with `~`, `*` and `?` escaped by `~`: a lookup value that
 * MATCH(…,0) and VLOOKUP(…,0) read literally, or the literal part of a criterion. A number becomes its text.
 */
export function literalPattern(expression: string): string {
  return `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${expression},"~","~~"),"*","~*"),"?","~?")`;
}

/**
 * A criterion that matches exactly the text of `source`: a cell reference or text expression, computed in the
 * workbook, or `{ text }` known when the plan is built (a label), escaped here and written as a string literal.
 */
export function exactCriterion(source: string | { readonly text: string }): string {
  if (typeof source === "string") return `"="&${literalPattern(source)}`;
  const escaped = `=${source.text.replace(/[~*?]/g, (character) => `~${character}`)}`;
  return `"${escaped.replace(/"/g, '""')}"`;
}
