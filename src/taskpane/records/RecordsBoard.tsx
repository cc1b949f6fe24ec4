import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import {
  type RecordEntry,
  type RecordFilter,
  filterRecords,
  recordEntries,
  recordFilterOptions,
} from "../../domain/records-search";
import type { Ledger } from "../../excel/read-ledger";
import { useI18n } from "../i18n";
import { useSearchFolding } from "../use-search-folding";
import { RECORDS_SEARCH_ID, RecordFilters } from "./RecordFilters";
import { RecordList, recordItemId } from "./RecordList";
import { RECORD_HEADING_ID, RecordPage } from "./RecordPage";

/** Records listed at first, and added by each "Show more". */
export const PAGE_SIZE = 50;

const useStyles = makeStyles({
  board: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  outcome: { outlineStyle: "none" },
});

/** A record opened, by its place in the list and its id (a reload after a change must find the same one). */
interface Opened {
  readonly key: string;
  readonly id: string;
}

export interface RecordsBoardProps {
  readonly ledger: Ledger;
  readonly now: () => Date;
  /** Reads the ledger again, after a correction saved. */
  readonly reload: () => void;
}

/**
 * The search, the filters and the list of every record and, in its place when one is opened, that record's page;
 * a record opened from another's history goes on top, and Back returns to the one before. Closing the last page
 * returns the focus to the record's button in the list, so the keyboard picks up where it left off.
 */
export function RecordsBoard({ ledger, now, reload }: RecordsBoardProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [filter, setFilter] = useState<RecordFilter>({ grain: "Q" });
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [opened, setOpened] = useState<readonly Opened[]>([]);
  const [focus, setFocus] = useState<string | undefined>(undefined);
  const [outcome, setOutcome] = useState<string | undefined>(undefined);
  const outcomeRef = useRef<HTMLDivElement>(null);

  const entries = useMemo(() => recordEntries(ledger.records), [ledger]);
  const deferred = useDeferredValue(filter);
  // Searched again once the Traditional/Simplified table arrives (华 finds 華).
  const folding = useSearchFolding(deferred.query ?? "");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- folding: the same query matches more once the table is in
  const shown = useMemo(() => filterRecords(entries, deferred), [entries, deferred, folding]);
  const options = useMemo(() => recordFilterOptions(entries, filter.grain ?? "Q"), [entries, filter.grain]);
  // Each opened record as the ledger now holds it; one that is gone (a reload after an undo) is dropped.
  const stack = opened
    .map(({ key, id }) => entries.find((entry) => entry.key === key && entry.id === id))
    .filter((entry): entry is RecordEntry => entry !== undefined);
  const current = stack[stack.length - 1];

  useEffect(() => {
    if (focus === undefined) return;
    const element = focus === "outcome" ? outcomeRef.current : document.getElementById(focus);
    element?.focus();
    setFocus(undefined);
  }, [focus]);

  const changeFilter = (next: RecordFilter) => {
    setFilter(next);
    setLimit(PAGE_SIZE);
  };
  const open = (entry: RecordEntry) => {
    setOutcome(undefined);
    setOpened([...stack.map(({ key, id }) => ({ key, id })), { key: entry.key, id: entry.id }]);
    setFocus(RECORD_HEADING_ID);
  };
  const back = () => {
    const rest = stack.slice(0, -1);
    setOpened(rest.map(({ key, id }) => ({ key, id })));
    setOutcome(undefined);
    if (rest.length > 0) setFocus(RECORD_HEADING_ID);
    else if (current) {
      // The record's button, which may lie beyond a "Show more"; the search box if a correction took the record
      // out of what the filters let through.
      const at = shown.findIndex((entry) => entry.key === current.key);
      if (at >= limit) setLimit(Math.ceil((at + 1) / PAGE_SIZE) * PAGE_SIZE);
      setFocus(at >= 0 ? recordItemId(current) : RECORDS_SEARCH_ID);
    }
  };
  const showCustomer = (customer: string) => {
    setOpened([]);
    setOutcome(undefined);
    changeFilter({ grain: filter.grain ?? "Q", customer });
    setFocus(RECORDS_SEARCH_ID);
  };
  const showMore = () => {
    const first = shown[limit];
    setLimit(limit + PAGE_SIZE);
    if (first) setFocus(recordItemId(first)); // the first record of the new page
  };
  const corrected = (message: string) => {
    setOutcome(message);
    setFocus("outcome");
    reload();
  };

  return (
    <div className={styles.board}>
      {outcome && (
        <div ref={outcomeRef} tabIndex={-1} className={styles.outcome}>
          <MessageBar intent="success" role="status">
            <MessageBarBody>{outcome}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      {current ? (
        <RecordPage
          key={`${current.key}:${JSON.stringify(current.record)}`}
          ledger={ledger}
          entry={current}
          entries={entries}
          backLabel={stack.length > 1 ? t("records.backTo", { id: stack[stack.length - 2].id }) : t("records.back")}
          onBack={back}
          onOpen={open}
          onCustomer={showCustomer}
          onCorrected={corrected}
          now={now}
        />
      ) : (
        <>
          <RecordFilters filter={filter} options={options} onChange={changeFilter} />
          <RecordList
            entries={shown}
            total={entries.length}
            limit={limit}
            pageSize={PAGE_SIZE}
            onShowMore={showMore}
            onOpen={open}
          />
        </>
      )}
    </div>
  );
}
