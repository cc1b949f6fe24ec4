import { type RangeArgument, isRange } from "./cell-range";
import { type CellValue, isBlank, toNumber } from "./cell-value";
import { FormulaInputError } from "./formula-error";

/** A module constant rather than a global lookup per cell (slow in hosts such as jest's vm contexts). */
const isInteger = Number.isInteger;

/**
 * NPS: the percent of promoters (9–10) minus the percent of detractors (0–6) among the answered "how likely are you
 * to recommend us" scores, from −100 to 100. Each answer is a whole number 0..10 (numbers stored as text are fine):
 * #NUM! for a fraction or a number outside 0..10, #VALUE! for other text or a boolean, #DIV/0! when none is answered.
 */
export function netPromoterScore(scores: RangeArgument): number {
  let answered = 0;
  let promoters = 0;
  let detractors = 0;
  for (const row of isRange(scores) ? scores : [[scores]]) {
    for (const cell of row) {
      const value = typeof cell === "number" && isInteger(cell) && cell >= 0 && cell <= 10 ? cell : answer(cell);
      if (value === null) continue;
      answered++;
      if (value >= 9) promoters++;
      else if (value <= 6) detractors++;
    }
  }
  if (answered === 0) throw new FormulaInputError("div0", "No recommendation score was answered.");
  return ((promoters - detractors) * 100) / answered;
}

function answer(cell: CellValue): number | null {
  if (isBlank(cell)) return null;
  const value = typeof cell === "number" ? cell : toNumber(cell, "A recommendation score");
  if (isInteger(value) && value >= 0 && value <= 10) return value;
  throw new FormulaInputError("num", `A recommendation score is a whole number from 0 to 10, not ${value}.`);
}
