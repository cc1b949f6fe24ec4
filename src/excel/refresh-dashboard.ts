/**
 * Refreshes the Dashboard sheet: reads the workbook's language, settings and customer register (2 round trips),
 * what the sheet holds now (1), and writes the whole dashboard (1): 4 round trips whatever the number of records,
 * since the sheet's native formulas do the counting.
 */
import { buildDashboardPlan } from "../domain/reports/dashboard-plan";
import { reportPeriods } from "../domain/reports/report-periods";
import type { ReportGrain } from "../domain/reports/types";
import { writeReport } from "./report-sheet";
import { readReportBasis } from "./report-basis";

export interface DashboardRefresh {
  readonly sheet: string;
  readonly created: boolean;
  readonly periods: readonly string[];
  readonly customers: number;
  readonly items: number;
  readonly charts: number;
  readonly conditionalFormats: number;
}

export async function refreshDashboard(
  context: Excel.RequestContext,
  options: { readonly grain: ReportGrain; readonly today: number },
): Promise<DashboardRefresh> {
  const basis = await readReportBasis(context);
  const periods = reportPeriods(options.grain, options.today);
  const plan = buildDashboardPlan({
    plan: basis.ledger.plan,
    settings: basis.ledger.settings.plan,
    targets: basis.ledger.settings.targets,
    grain: options.grain,
    periods,
    customers: basis.customers,
    today: options.today,
  });
  const written = await writeReport(context, plan, basis.existing);
  return {
    sheet: plan.sheet,
    created: written.created,
    periods,
    customers: basis.customers.length,
    items: basis.ledger.settings.plan.instrument.length,
    charts: written.charts,
    conditionalFormats: written.conditionalFormats,
  };
}
