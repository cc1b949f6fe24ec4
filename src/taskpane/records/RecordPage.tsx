import { Button, Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeftRegular, PeopleListRegular, TableSearchRegular } from "@fluentui/react-icons";
import { type KeyboardEvent, useMemo } from "react";
import { type RecordEntry, recordHistory, surveyFollowUp } from "../../domain/records-search";
import type { Ledger } from "../../excel/read-ledger";
import { ActionSection } from "../cases/ActionSection";
import { serialOfDate } from "../forms/date-text";
import { useShowRecord } from "../forms/use-show-record";
import { useI18n } from "../i18n";
import { CorrectRecord } from "./CorrectRecord";
import { RecordFields } from "./RecordFields";
import { RecordHistory } from "./RecordHistory";
import { recordKindLabel, statusLabel } from "./record-labels";

export const RECORD_HEADING_ID = "records-page-heading";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, overflowWrap: "anywhere" },
  back: { alignSelf: "flex-start" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface RecordPageProps {
  readonly ledger: Ledger;
  readonly entry: RecordEntry;
  /** Every record: where its history is looked for. */
  readonly entries: readonly RecordEntry[];
  /** "Back to the list", or back to the record this one was opened from. */
  readonly backLabel: string;
  readonly onBack: () => void;
  readonly onOpen: (entry: RecordEntry) => void;
  /** Lists the records of a customer (by name). */
  readonly onCustomer: (name: string) => void;
  readonly onCorrected: (message: string) => void;
  readonly now: () => Date;
}

/**
 * One record: what it is, its history (the records linked to it, each opened from here), every field under the
 * sheet's own header, and its correction. Back (or Escape, outside a text field) goes back to where it was opened
 * from.
 */
export function RecordPage(props: RecordPageProps) {
  const { ledger, entry, entries, backLabel, onBack, onOpen, onCustomer, onCorrected, now } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const styles = useStyles();
  const shown = useShowRecord(ledger.plan, entry.kind);
  // The survey follow-up (an action's alert and check, a return's actions), only on the pages that show it.
  const followUp = useMemo(() => {
    if (entry.kind !== "actions" && entry.kind !== "surveyReturns") return undefined;
    const { plan, holidays, targets } = ledger.settings;
    const settings = { language: ledger.language, plan, holidays, targets };
    return surveyFollowUp(ledger.records, settings, serialOfDate(now()));
  }, [entry.kind, ledger, now]);
  const links = recordHistory(entry, entries, followUp);
  const facts = [entry.customer];
  if (entry.status) facts.push(statusLabel(entry.status, i18n));
  // Not from a field being typed in: Escape there must not throw away a correction half written.
  const backOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
    event.preventDefault();
    onBack();
  };

  return (
    <section className={styles.page} aria-labelledby={RECORD_HEADING_ID} onKeyDown={backOnEscape}>
      <Button className={styles.back} appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
        {backLabel}
      </Button>
      <Text as="h3" id={RECORD_HEADING_ID} tabIndex={-1} size={500} weight="semibold" className={styles.heading}>
        {`${recordKindLabel(entry.kind, i18n)} ${entry.id}`}
      </Text>
      {facts.some(Boolean) && <Text>{facts.filter(Boolean).join(" · ")}</Text>}
      <div className={styles.actions}>
        {entry.id !== "" && (
          <Button icon={<TableSearchRegular />} onClick={() => shown.show(entry.id)}>
            {t("records.showInSheet")}
          </Button>
        )}
        {entry.customer !== "" && (
          <Link as="button" onClick={() => onCustomer(entry.customer)}>
            <PeopleListRegular /> {t("records.customerRecords")}
          </Link>
        )}
      </div>
      {shown.problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{shown.problem}</MessageBarBody>
        </MessageBar>
      )}
      <ActionSection title={t("records.history")}>
        <RecordHistory entry={entry} links={links} action={followUp?.actions.get(entry.record)} onOpen={onOpen} />
      </ActionSection>
      <ActionSection title={t("records.fields")}>
        <RecordFields plan={ledger.plan} entry={entry} />
      </ActionSection>
      <ActionSection title={t("records.correct.title")}>
        <CorrectRecord ledger={ledger} entry={entry} now={now} onCorrected={onCorrected} />
      </ActionSection>
    </section>
  );
}
