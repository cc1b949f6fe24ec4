/**
 * Whether a period's survey figures are final: the period is over and none of its forms can still come back on
 * time (a form returned later counts as not returned, REQ 18, so once its due-back day has passed it is settled
 * either way). A return rate is judged, and an effectiveness check decided, only on a settled period.
 */
import { periodWithin } from "../reports/report-periods";
import { sameName } from "./alert-key";
import { periodEnd, periodGrain } from "./periods";
import type { SurveyFacts } from "./survey-facts";

/** `customer`: only that customer's forms count; null: every form of the period. `now`: an Excel serial. */
export function periodSettled(facts: SurveyFacts, period: string, customer: string | null, now: number): boolean {
  const end = periodEnd(period);
  const today = Math.floor(now);
  if (end === undefined || today < end) return false;
  const grain = periodGrain(period);
  return !facts.dispatches.some(
    (dispatch) =>
      periodWithin(dispatch.period, period, grain) &&
      (customer === null || sameName(dispatch.customer, customer)) &&
      dispatch.awaiting &&
      dispatch.dueBack !== null &&
      today <= Math.floor(dispatch.dueBack),
  );
}
