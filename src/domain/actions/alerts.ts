/**
 * The alerts the survey records raise (REQ 15, 16, 18), each once, by key:
 * - a returned form whose total is below customerAlert: an improvement report for its customer and period;
 * - an item a form answers at or below itemAlert: root-cause analysis of that item for the customer and period;
 *   these two are exactly what the survey return form said when it was saved (surveyPreview);
 * - a customer whose mean total over the period's returns is below customerAlert: a cross-department review;
 * - a period whose return rate is below returnRate, once the period is settled: an improvement report.
 * Several returns that raise the same alert (two forms of one customer in one quarter) raise it once, with the
 * lowest figure. Nothing is written: the alerts are derived from the records each time.
 */
import { alertKey, alertKeyMatch } from "./alert-key";
import { meetsThreshold, subjectFigure, thresholdOf } from "./figures";
import { surveyPeriod } from "./periods";
import { periodSettled } from "./settled";
import type { SurveyFacts } from "./survey-facts";
import { ALERT_KINDS, type ActionSettings, type AlertSubject, type SurveyAlert } from "./types";

type Found = Map<string, SurveyAlert>;

function raise(found: Found, subject: AlertSubject, figure: number, threshold: number, returnIds: string[]): void {
  const key = alertKey(subject);
  const match = alertKeyMatch(key);
  const had = found.get(match);
  if (!had) {
    found.set(match, { ...subject, key, figure, threshold, returnIds });
    return;
  }
  found.set(match, {
    ...had,
    figure: Math.min(had.figure, figure),
    returnIds: [...had.returnIds, ...returnIds.filter((id) => !had.returnIds.includes(id))],
  });
}

/** What each returned form required, as the form said it on saving. */
function returnAlerts(facts: SurveyFacts, found: Found): void {
  for (const row of facts.returns) {
    const { period, customer } = row;
    for (const alert of row.alerts) {
      const ids = row.id === "" ? [] : [row.id];
      if (alert.kind === "totalBelow") {
        raise(found, { kind: "surveyTotal", period, customer, item: null }, alert.total, alert.threshold, ids);
      } else if (alert.kind === "itemAtOrBelow") {
        const subject = { kind: "itemScore", period, customer, item: alert.itemCode } as const;
        raise(found, subject, alert.points, alert.threshold, ids);
      }
    }
  }
}

/** Each customer's score for each period its returns name. */
function customerAlerts(facts: SurveyFacts, settings: ActionSettings, found: Found): void {
  const seen = new Set<string>();
  for (const row of facts.returns) {
    const subject: AlertSubject = { kind: "customerScore", period: row.period, customer: row.customer, item: null };
    const match = alertKeyMatch(alertKey(subject));
    if (seen.has(match)) continue;
    seen.add(match);
    const figure = subjectFigure(facts.ledger, subject, row.period);
    const threshold = thresholdOf("customerScore", settings);
    if (figure !== null && !meetsThreshold("customerScore", figure, threshold)) {
      raise(found, subject, figure, threshold, []);
    }
  }
}

/** The return rate of each period the forms sent name, once it is settled. */
function returnRateAlerts(facts: SurveyFacts, settings: ActionSettings, now: number, found: Found): void {
  const periods = new Set(facts.dispatches.flatMap((row) => surveyPeriod(row.period) ?? []));
  for (const period of periods) {
    if (!periodSettled(facts, period, null, now)) continue;
    const subject: AlertSubject = { kind: "returnRate", period, customer: null, item: null };
    const figure = subjectFigure(facts.ledger, subject, period);
    const threshold = thresholdOf("returnRate", settings);
    if (figure !== null && !meetsThreshold("returnRate", figure, threshold))
      raise(found, subject, figure, threshold, []);
  }
}

/** Newest period first; then by customer, by kind (ALERT_KINDS' order) and by the item's place in the form. */
function compareAlerts(settings: ActionSettings) {
  const itemOrder = (code: string | null) => settings.plan.instrument.findIndex((item) => item.code === code);
  return (a: SurveyAlert, b: SurveyAlert): number =>
    b.period.localeCompare(a.period) ||
    (a.customer ?? "").localeCompare(b.customer ?? "") ||
    ALERT_KINDS.indexOf(a.kind) - ALERT_KINDS.indexOf(b.kind) ||
    itemOrder(a.item) - itemOrder(b.item);
}

/** Every alert of the records, once each. `now` (an Excel serial) tells which periods are settled. */
export function surveyAlerts(facts: SurveyFacts, settings: ActionSettings, now: number): SurveyAlert[] {
  const found: Found = new Map();
  returnAlerts(facts, found);
  customerAlerts(facts, settings, found);
  returnRateAlerts(facts, settings, now, found);
  return [...found.values()].sort(compareAlerts(settings));
}
