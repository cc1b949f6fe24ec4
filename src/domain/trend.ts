import { type RangeArgument, cellsOf } from "./cell-range";
import { isBlank, toNumber } from "./cell-value";
import { FormulaInputError } from "./formula-error";

/** The non-blank values in reading order: the periods of a trend, blanks (no data) skipped. */
function seriesOf(values: RangeArgument): number[] {
  const series: number[] = [];
  for (const cell of cellsOf(values)) if (!isBlank(cell)) series.push(toNumber(cell, "A trend value"));
  return series;
}

/** Least-squares slope per step over the values in order: is the score rising or falling, and how fast. */
export function trendSlope(values: RangeArgument): number {
  const series = seriesOf(values);
  const n = series.length;
  if (n < 2) throw new FormulaInputError("div0", "A trend needs at least two values.");
  const meanX = (n + 1) / 2;
  const meanY = series.reduce((sum, y) => sum + y, 0) / n;
  let covariance = 0;
  let variance = 0;
  series.forEach((y, i) => {
    const dx = i + 1 - meanX;
    covariance += dx * (y - meanY);
    variance += dx * dx;
  });
  return covariance / variance;
}

const BLOCKS = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"];

/** An in-cell trend line: one block per value, from the lowest (▁) to the highest (█); a flat series sits mid-height. */
export function sparkline(values: RangeArgument): string {
  const series = seriesOf(values);
  if (series.length === 0) return "";
  const low = Math.min(...series);
  const high = Math.max(...series);
  if (high === low) return BLOCKS[3].repeat(series.length);
  return series.map((value) => BLOCKS[Math.round(((value - low) / (high - low)) * (BLOCKS.length - 1))]).join("");
}
