import { type CellValue, isBlank, toNumber } from "./cell-value";
import { FormulaInputError } from "./formula-error";

/** A grade and the lowest score that earns it. */
export interface GradeBand {
  readonly lowerBound: number;
  readonly label: string;
}

/** A = 80–100 means the customer is satisfied; below 80 needs an improvement report (procedure 004 §5.5.2). */
export const DEFAULT_GRADE_BANDS: readonly GradeBand[] = [
  { lowerBound: 80, label: "A" },
  { lowerBound: 70, label: "B" },
  { lowerBound: 60, label: "C" },
  { lowerBound: 0, label: "D" },
];

/** Bands from a two-column range (lower bound, label) in any order; blank rows are skipped. */
export function gradeBandsFromRows(rows: readonly (readonly CellValue[])[]): GradeBand[] {
  const bands: GradeBand[] = [];
  for (const row of rows) {
    if (row.length !== 2) throw new FormulaInputError("value", "Grade bands need two columns: lower bound and label.");
    const [bound, label] = row;
    if (isBlank(bound) && isBlank(label)) continue;
    if (isBlank(label)) throw new FormulaInputError("value", "Every grade band needs a label.");
    bands.push({ lowerBound: toNumber(bound, "A grade band's lower bound"), label: String(label).trim() });
  }
  if (bands.length === 0) throw new FormulaInputError("value", "No grade bands were given.");
  const bounds = new Set(bands.map((band) => band.lowerBound));
  if (bounds.size !== bands.length) throw new FormulaInputError("value", "Two grade bands share a lower bound.");
  return sortedHighestFirst(bands);
}

function sortedHighestFirst(bands: readonly GradeBand[]): GradeBand[] {
  return [...bands].sort((a, b) => b.lowerBound - a.lowerBound);
}

/** The label of the highest band whose lower bound is at or below the score; a blank score has no grade. */
export function gradeFor(score: CellValue, bands: readonly GradeBand[] = DEFAULT_GRADE_BANDS): string {
  if (isBlank(score)) return "";
  const value = toNumber(score, "The score");
  if (value < 0 || value > 100) throw new FormulaInputError("num", `A score lies between 0 and 100, not ${value}.`);
  const band = sortedHighestFirst(bands).find((candidate) => candidate.lowerBound <= value);
  if (!band) throw new FormulaInputError("num", `The score ${value} is below every grade band.`);
  return band.label;
}

/**
 * The same rule as a native formula (Excel 2016 and LibreOffice compute LOOKUP over array constants),
 * so a workbook emailed to someone without the add-in still shows grades.
 */
export function gradeFormula(scoreCell: string, bands: readonly GradeBand[] = DEFAULT_GRADE_BANDS): string {
  const ascending = [...bands].sort((a, b) => a.lowerBound - b.lowerBound);
  const bounds = ascending.map((band) => String(band.lowerBound)).join(",");
  const labels = ascending.map((band) => `"${band.label.replace(/"/g, '""')}"`).join(",");
  return `=IF(${scoreCell}="","",LOOKUP(${scoreCell},{${bounds}},{${labels}}))`;
}
