import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RecordEntry } from "../../domain/records-search";
import { OpenableListCard, useListCardStyles } from "../components/ListCard";
import { useI18n } from "../i18n";
import { dayText, recordKindLabel, statusLabel } from "./record-labels";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  more: { alignSelf: "flex-start" },
});

/** The element id of a record's button in the list: where focus returns when its page is closed. */
export function recordItemId(entry: RecordEntry): string {
  return `records-item-${entry.kind}-${entry.row}`;
}

function RecordItem({ entry, onOpen }: { entry: RecordEntry; onOpen: () => void }) {
  const i18n = useI18n();
  const styles = useListCardStyles();
  const facts = [recordKindLabel(entry.kind, i18n), dayText(entry.date)];
  if (entry.status) facts.push(statusLabel(entry.status, i18n));
  return (
    <OpenableListCard
      buttonId={recordItemId(entry)}
      title={[entry.id, entry.customer].filter(Boolean).join(" · ")}
      onOpen={onOpen}
      details={
        <Text size={200} className={styles.facts}>
          {facts.filter(Boolean).join(" · ")}
        </Text>
      }
    />
  );
}

export interface RecordListProps {
  /** The records that pass the filters, in order. */
  readonly entries: readonly RecordEntry[];
  /** How many records there are in all. */
  readonly total: number;
  /** How many of `entries` are listed (the rest wait behind "Show more"). */
  readonly limit: number;
  readonly pageSize: number;
  readonly onShowMore: () => void;
  readonly onOpen: (entry: RecordEntry) => void;
}

/**
 * The first `limit` records, one button each, and "Show more" for the next page: thousands of rows stay quick to
 * render and to move through with the keyboard, at any width.
 */
export function RecordList({ entries, total, limit, pageSize, onShowMore, onOpen }: RecordListProps) {
  const { t } = useI18n();
  const styles = useStyles();
  if (total === 0) return <Text>{t("records.none")}</Text>;
  const shown = entries.slice(0, limit);
  const left = entries.length - shown.length;
  return (
    <>
      <Text role="status">
        {entries.length === total
          ? t("records.count", { count: total })
          : t("records.countFiltered", { shown: entries.length, total })}
        {left > 0 && ` ${t("records.showing", { shown: shown.length })}`}
      </Text>
      {entries.length === 0 ? (
        <Text>{t("records.noneMatch")}</Text>
      ) : (
        <ul className={styles.list} aria-label={t("records.listLabel")}>
          {shown.map((entry) => (
            <RecordItem key={entry.key} entry={entry} onOpen={() => onOpen(entry)} />
          ))}
        </ul>
      )}
      {left > 0 && (
        <Button className={styles.more} onClick={onShowMore}>
          {t("records.showMore", { count: Math.min(pageSize, left) })}
        </Button>
      )}
    </>
  );
}
