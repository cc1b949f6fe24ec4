import { Field, Input, makeStyles } from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import { useMemo } from "react";
import { type CaseFilter, type CaseKind, type OpenCase, filterOptions } from "../../domain/cases";
import { type ChoiceListKey, choiceLabel } from "../../domain/schema";
import { ChoiceFilter, useFilterRowStyles } from "../components/ChoiceFilter";
import { useI18n } from "../i18n";
import { kindLabel } from "./case-labels";

const useStyles = makeStyles({
  // The search box takes a line of its own, the full width of the pane.
  search: { flexBasis: "100%", minWidth: 0, gridTemplateColumns: "minmax(0, 1fr)" },
});

const KINDS: readonly CaseKind[] = ["complaint", "feedback", "surveyDispatch"];

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
  const row = useFilterRowStyles();
  const options = useMemo(() => filterOptions(cases), [cases]);
  const kinds = KINDS.filter((kind) => cases.some((found) => found.kind === kind));
  const labelled = (list: ChoiceListKey, keys: readonly string[]) =>
    keys.map((key) => ({ key, label: choiceLabel(list, key, language) }));
  const isKind = (value: string): value is CaseKind => (KINDS as readonly string[]).includes(value);

  return (
    <div className={row.row} role="group" aria-label={t("cases.filter.label")}>
      <Field label={t("cases.search")} hint={t("cases.searchHint")} className={styles.search}>
        <Input
          type="search"
          className={row.shrink}
          input={{ className: row.shrink }}
          contentBefore={<SearchRegular />}
          value={filter.text ?? ""}
          onChange={(_, data) => onChange({ ...filter, text: data.value })}
        />
      </Field>
      <ChoiceFilter
        allLabel={t("cases.filter.all")}
        label={t("cases.filter.kind")}
        value={filter.kind}
        options={kinds.map((kind) => ({ key: kind, label: kindLabel(kind, i18n) }))}
        onChange={(value) => onChange({ ...filter, kind: isKind(value) ? value : undefined })}
      />
      <ChoiceFilter
        allLabel={t("cases.filter.all")}
        label={t("cases.filter.department")}
        value={filter.department}
        options={labelled("department", options.departments)}
        onChange={(value) => onChange({ ...filter, department: value })}
      />
      <ChoiceFilter
        allLabel={t("cases.filter.all")}
        label={t("cases.filter.contentClass")}
        value={filter.contentClass}
        options={labelled("complaintContent", options.contentClasses)}
        onChange={(value) => onChange({ ...filter, contentClass: value })}
      />
      <ChoiceFilter
        allLabel={t("cases.filter.all")}
        label={t("cases.filter.status")}
        value={filter.status}
        options={labelled("caseStatus", options.statuses)}
        onChange={(value) => onChange({ ...filter, status: value })}
      />
    </div>
  );
}
