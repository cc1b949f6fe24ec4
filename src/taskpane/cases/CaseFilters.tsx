import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import { useMemo } from "react";
import { type CaseFilter, type CaseKind, type OpenCase, filterOptions } from "../../domain/cases";
import { type ChoiceListKey, choiceLabel } from "../../domain/schema";
import { useI18n } from "../i18n";
import { kindLabel } from "./case-labels";

const useStyles = makeStyles({
  // Each filter is as wide as its label or its longest choice, whichever is wider, and the filters wrap onto as
  // many lines as the pane needs: a fixed column width let long labels and choices (Vietnamese) run into the next
  // filter at 320 px.
  filters: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  filter: {
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: "auto",
    minWidth: 0,
    maxWidth: "100%",
    gridTemplateColumns: "minmax(0, 1fr)",
  },
  // The search box takes a line of its own, the full width of the pane.
  search: { flexBasis: "100%", minWidth: 0, gridTemplateColumns: "minmax(0, 1fr)" },
  // The drop-down (and its <select>) may shrink with the filter where one choice is wider than the pane.
  shrink: { minWidth: 0 },
});

const KINDS: readonly CaseKind[] = ["complaint", "feedback", "surveyDispatch"];

interface ChoiceFilterProps {
  readonly label: string;
  readonly value: string | undefined;
  readonly options: readonly { readonly key: string; readonly label: string }[];
  readonly onChange: (value: string) => void;
}

function ChoiceFilter({ label, value, options, onChange }: ChoiceFilterProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <Field label={label} className={styles.filter}>
      <Select
        className={styles.shrink}
        select={{ className: styles.shrink }}
        value={value ?? ""}
        onChange={(_, data) => onChange(data.value)}
      >
        <option value="">{t("cases.filter.all")}</option>
        {options.map((option) => (
          <option key={option.key} value={option.key}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/**
 * Narrows the list by what was typed (found in a case's id or customer, accents and Chinese forms ignored) and by
 * kind, department, content class and status: only values some open case has are offered.
 */
export function CaseFilters(props: {
  cases: readonly OpenCase[];
  filter: CaseFilter;
  onChange: (filter: CaseFilter) => void;
}) {
  const { cases, filter, onChange } = props;
  const i18n = useI18n();
  const { t, language } = i18n;
  const styles = useStyles();
  const options = useMemo(() => filterOptions(cases), [cases]);
  const kinds = KINDS.filter((kind) => cases.some((found) => found.kind === kind));
  const labelled = (list: ChoiceListKey, keys: readonly string[]) =>
    keys.map((key) => ({ key, label: choiceLabel(list, key, language) }));
  const isKind = (value: string): value is CaseKind => (KINDS as readonly string[]).includes(value);

  return (
    <div className={styles.filters} role="group" aria-label={t("cases.filter.label")}>
      <Field label={t("cases.search")} hint={t("cases.searchHint")} className={styles.search}>
        <Input
          type="search"
          className={styles.shrink}
          input={{ className: styles.shrink }}
          contentBefore={<SearchRegular />}
          value={filter.text ?? ""}
          onChange={(_, data) => onChange({ ...filter, text: data.value })}
        />
      </Field>
      <ChoiceFilter
        label={t("cases.filter.kind")}
        value={filter.kind}
        options={kinds.map((kind) => ({ key: kind, label: kindLabel(kind, i18n) }))}
        onChange={(value) => onChange({ ...filter, kind: isKind(value) ? value : undefined })}
      />
      <ChoiceFilter
        label={t("cases.filter.department")}
        value={filter.department}
        options={labelled("department", options.departments)}
        onChange={(value) => onChange({ ...filter, department: value })}
      />
      <ChoiceFilter
        label={t("cases.filter.contentClass")}
        value={filter.contentClass}
        options={labelled("complaintContent", options.contentClasses)}
        onChange={(value) => onChange({ ...filter, contentClass: value })}
      />
      <ChoiceFilter
        label={t("cases.filter.status")}
        value={filter.status}
        options={labelled("caseStatus", options.statuses)}
        onChange={(value) => onChange({ ...filter, status: value })}
      />
    </div>
  );
}
