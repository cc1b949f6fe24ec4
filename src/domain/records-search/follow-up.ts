/**
 * The survey follow-up a corrective action's page shows, by the Cases screen's own rules (src/domain/actions): the
 * alert each action answers with the returned forms that raised it, and its effectiveness check against the next
 * period's figure. Computed only for a page that needs it: the survey facts cost a pass over every return.
 */
import {
  type ActionEntry,
  type ActionSettings,
  actionBoard,
  alertKeyMatch,
  surveyAlerts,
  surveyFacts,
} from "../actions";
import type { LedgerRecord } from "../cases/ledger-record";
import type { RecordSources } from "./entries";

export interface SurveyFollowUp {
  /** Each row of CorrectiveActions (the very record the entry holds) as the Cases screen reads it. */
  readonly actions: ReadonlyMap<LedgerRecord, ActionEntry>;
  /** The ids of the returns that raise each alert, taken or not, by alertKeyMatch of its key. */
  readonly alertReturns: ReadonlyMap<string, readonly string[]>;
}

/** The follow-up of the ledgers' survey records and actions as of `now` (an Excel serial). */
export function surveyFollowUp(sources: RecordSources, settings: ActionSettings, now: number): SurveyFollowUp {
  const survey = {
    surveyReturns: sources.surveyReturns ?? [],
    surveyDispatch: sources.surveyDispatch ?? [],
    actions: sources.actions ?? [],
  };
  const { actions } = actionBoard(survey, settings, now);
  const alerts = surveyAlerts(surveyFacts(survey, settings), settings, now);
  return {
    actions: new Map(actions.map((action) => [action.record, action])),
    alertReturns: new Map(alerts.map((alert) => [alertKeyMatch(alert.key), alert.returnIds])),
  };
}
