/**
 * The effectiveness check of an action (004 §5.7.4, REQ 16, 34: improvements are checked in the next period): the
 * same figure in the period after the action's, against the same threshold. Confirmed when it meets it, not
 * effective when it misses, pending while that period is not settled or has no figure.
 */
import { meetsThreshold, subjectFigure, thresholdOf } from "./figures";
import { nextPeriod } from "./periods";
import { periodSettled } from "./settled";
import type { SurveyFacts } from "./survey-facts";
import type { ActionSettings, AlertSubject, Effectiveness } from "./types";

export function effectivenessOf(
  subject: AlertSubject,
  facts: SurveyFacts,
  settings: ActionSettings,
  now: number,
): Effectiveness {
  const period = nextPeriod(subject.period);
  if (period === undefined) return { state: "pending", period: null, reason: "unknownPeriod" };
  if (!periodSettled(facts, period, subject.customer, now)) return { state: "pending", period, reason: "notFinished" };
  const figure = subjectFigure(facts.ledger, subject, period);
  if (figure === null) return { state: "pending", period, reason: "noData" };
  const threshold = thresholdOf(subject.kind, settings);
  return {
    state: meetsThreshold(subject.kind, figure, threshold) ? "effective" : "notEffective",
    period,
    figure,
    threshold,
  };
}
