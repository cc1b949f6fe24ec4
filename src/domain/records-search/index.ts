/** The Records screen's domain: every record of every ledger, searched and filtered, with its history. */
export {
  DATE_COLUMN,
  RECORD_KINDS,
  type RecordEntry,
  type RecordKind,
  type RecordSources,
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
export { matchesQuery, queryMatcher } from "./match";
export { CORRECTION_WORD, type CorrectionNote, NOTE_LIMIT, correctionNote, reasonColumnKey } from "./correction";
