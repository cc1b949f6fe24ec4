import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { DismissRegular, SearchRegular } from "@fluentui/react-icons";
import {
  type RecordFilter,
  type RecordFilterOptions,
  type RecordKind,
  RECORD_KINDS,
} from "../../domain/records-search";
import { ChoiceFilter, useFilterRowStyles } from "../components/ChoiceFilter";
import { useI18n } from "../i18n";
import { recordKindLabel, statusLabel } from "./record-labels";

const useStyles = makeStyles({
  filters: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  clear: { alignSelf: "flex-start" },
});

/** The search box's element id: where the focus goes when what it was on leaves the screen. */
export const RECORDS_SEARCH_ID = "records-search";

const isKind = (value: string): value is RecordKind => (RECORD_KINDS as readonly string[]).includes(value);

/**
 * The search box and the filters: ledger, customer, status, and the period by quarter or month. Only values some
 * record has are offered; every control is a native field, reached with Tab and changed with the keyboard.
 */
export function RecordFilters(props: {
  filter: RecordFilter;
  options: RecordFilterOptions;
  onChange: (filter: RecordFilter) => void;
}) {
  const { filter, options, onChange } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const styles = useStyles();
  const row = useFilterRowStyles();
  const grain = filter.grain ?? "Q";
  const search = useRef<HTMLInputElement>(null);
  const filtered = Object.entries(filter).some(
    ([key, value]) => key !== "grain" && value !== undefined && value !== "",
  );

  // The button goes away once nothing is filtered: the search box takes the focus, not the page.
  const clear = () => {
    onChange({ grain });
    search.current?.focus();
  };

  return (
    <div className={styles.filters} role="search" aria-label={t("records.filter.label")}>
      <Field label={t("records.search")} hint={t("records.searchHint")}>
        <Input
          id={RECORDS_SEARCH_ID}
          type="search"
          ref={search}
          contentBefore={<SearchRegular />}
          value={filter.query ?? ""}
          onChange={(_, data) => onChange({ ...filter, query: data.value })}
        />
      </Field>
      <div className={row.row}>
        <ChoiceFilter
          allLabel={t("records.filter.all")}
          label={t("records.filter.kind")}
          value={filter.kind}
          options={options.kinds.map((kind) => ({ key: kind, label: recordKindLabel(kind, i18n) }))}
          onChange={(value) => onChange({ ...filter, kind: isKind(value) ? value : undefined })}
        />
        <ChoiceFilter
          allLabel={t("records.filter.all")}
          label={t("records.filter.status")}
          value={filter.status}
          options={options.statuses.map((key) => ({ key, label: statusLabel(key, i18n) }))}
          onChange={(value) => onChange({ ...filter, status: value })}
        />
        <ChoiceFilter
          allLabel={t("records.filter.all")}
          label={t("records.filter.customer")}
          value={filter.customer}
          options={options.customers.map((name) => ({ key: name, label: name }))}
          onChange={(value) => onChange({ ...filter, customer: value })}
        />
        <ChoiceFilter
          label={t("records.filter.grain")}
          value={grain}
          options={[
            { key: "Q", label: t("records.filter.quarter") },
            { key: "M", label: t("records.filter.month") },
          ]}
          onChange={(value) => onChange({ ...filter, grain: value === "M" ? "M" : "Q", period: undefined })}
        />
        <ChoiceFilter
          allLabel={t("records.filter.all")}
          label={t("records.filter.period")}
          value={filter.period}
          options={options.periods.map((period) => ({ key: period, label: period }))}
          onChange={(value) => onChange({ ...filter, period: value })}
        />
      </div>
      {filtered && (
        <Button className={styles.clear} appearance="subtle" icon={<DismissRegular />} onClick={clear}>
          {t("records.filter.clear")}
        </Button>
      )}
    </div>
  );
}
