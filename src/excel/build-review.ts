/**
 * Builds the management review sheet for a chosen period: 2 round trips to read the workbook's language, settings
 * and register, 1 to read what the sheet holds (the proposed actions already written are kept), 1 to write.
 */
import { reportPeriods } from "../domain/reports/report-periods";
import { buildReviewPlan } from "../domain/reports/review-plan";
import type { ReportGrain } from "../domain/reports/types";
import { previousPeriod } from "../domain/reports/report-periods";
import { readReportBasis } from "./report-basis";
import { writeReport } from "./report-sheet";

export interface ReviewBuilt {
  readonly sheet: string;
  readonly period: string;
  readonly previous: string;
  readonly keptActions: number;
}

export async function buildReview(
  context: Excel.RequestContext,
  options: { readonly period: string; readonly grain: ReportGrain; readonly today: number },
): Promise<ReviewBuilt> {
  const basis = await readReportBasis(context);
  const offered = reportPeriods(options.grain, options.today);
  const periods = offered.includes(options.period) ? offered : [...offered, options.period];
  const plan = buildReviewPlan({
    plan: basis.ledger.plan,
    settings: basis.ledger.settings.plan,
    targets: basis.ledger.settings.targets,
    grain: options.grain,
    period: options.period,
    periods,
    customers: basis.customers,
    today: options.today,
  });
  const written = await writeReport(context, plan, basis.existing);
  return {
    sheet: plan.sheet,
    period: options.period,
    previous: previousPeriod(options.period),
    keptActions: written.keptRows,
  };
}
