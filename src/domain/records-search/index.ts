/** The Records screen's domain: every record of every ledger, searched and filtered, with its history. */
export {
  ACTION_STATES,
  type ActionState,
  DATE_COLUMN,
  RECORD_KINDS,
  type RecordEntry,
  type RecordKind,
  type RecordSources,
  actionState,
  idKey,
  recordEntries,
} from "./entries";
export {
  type RecordFilter,
  type RecordFilterOptions,
  type RecordGrain,
  filterRecords,
  periodOfEntry,
  recordFilterOptions,
} from "./filter";
export { type FollowUpFacts, type HistoryLink, type HistoryRelation, followUpFacts, recordHistory } from "./history";
export { type SurveyFollowUp, surveyFollowUp } from "./follow-up";
export { matchesQuery, queryMatcher } from "./match";
export { CORRECTION_WORD, type CorrectionNote, NOTE_LIMIT, correctionNote, reasonColumnKey } from "./correction";
