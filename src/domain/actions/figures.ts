/**
 * The figure an alert is about, in any period: the reports' own aggregates (breakdowns.ts, figures.ts) over the
 * same facts the Dashboard and the Review compute with native formulas, so that Cases, the dashboard and the review
 * agree. Null when the period has no figure (no return, no form sent).
 */
import { customerAverage, itemAverage } from "../reports/breakdowns";
import { reportFigures } from "../reports/figures";
import type { ReportLedger } from "../reports/report-ledger";
import type { TargetKey } from "../schema";
import { sameName } from "./alert-key";
import { periodGrain } from "./periods";
import type { ActionSettings, AlertSubject } from "./types";

/** The Targets value each kind is judged against. */
export const ALERT_TARGET: { readonly [kind in AlertSubject["kind"]]: TargetKey } = {
  surveyTotal: "customerAlert",
  itemScore: "itemAlert",
  customerScore: "customerAlert",
  returnRate: "returnRate",
};

export function thresholdOf(kind: AlertSubject["kind"], settings: ActionSettings): number {
  return settings.targets[ALERT_TARGET[kind]];
}

/**
 * Whether a figure meets its threshold: an item needs more than itemAlert (at or below it is an alert, REQ 16);
 * totals, customer scores and the return rate need at least theirs (below is an alert, REQ 15, 16, 18).
 */
export function meetsThreshold(kind: AlertSubject["kind"], figure: number, threshold: number): boolean {
  return kind === "itemScore" ? figure > threshold : figure >= threshold;
}

/**
 * The subject's figure in `period`: a customer's mean total (surveyTotal, customerScore), a customer's mean points
 * on an item, the return rate of the forms sent for the period.
 */
export function subjectFigure(ledger: ReportLedger, subject: AlertSubject, period: string): number | null {
  const grain = periodGrain(period);
  switch (subject.kind) {
    case "surveyTotal":
    case "customerScore":
      return subject.customer === null ? null : customerAverage(ledger, subject.customer, period, grain);
    case "itemScore": {
      const { customer, item: code } = subject;
      const item = ledger.settings.instrument.find((candidate) => code !== null && sameName(candidate.code, code));
      if (!item || customer === null) return null;
      const returns = ledger.returns.filter((row) => sameName(row.customer, customer));
      return itemAverage({ ...ledger, returns }, item, period, grain);
    }
    case "returnRate": {
      const rate = reportFigures(ledger).surveys.find((figure) => figure.key === "returnRate");
      return rate ? rate.compute(ledger, period, grain) : null;
    }
  }
}
