import {
  Button,
  Checkbox,
  Field,
  Label,
  SearchBox,
  Text,
  makeStyles,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { type FocusEvent, useId, useMemo, useState } from "react";
import type { Ledger } from "../../excel/read-ledger";
import { useI18n } from "../i18n";
import { customerEntries, useCustomerSearch } from "./customer-search";

const SHOWN = 50;

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  list: {
    display: "flex",
    flexDirection: "column",
    maxHeight: "16rem",
    overflowY: "auto",
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalXXS,
  },
  details: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

export interface SurveyCustomerChoiceProps {
  /** The filter's element id: where an error summary link and the focus on a failed save go. */
  readonly id: string;
  readonly ledger: Ledger;
  readonly chosen: readonly string[];
  readonly onChange: (chosen: string[]) => void;
  /** Focus left the whole choice: its error may show now. */
  readonly onLeave: () => void;
  /** What is wrong with the choice, next to it. */
  readonly errors: readonly string[];
}

/**
 * Several customers from the register at once (REQ 18: one form each): a filter as in the customer picker and a
 * checkbox per customer, the chosen ones first so that narrowing the list never hides a choice.
 */
export function SurveyCustomerChoice({ id, ledger, chosen, onChange, onLeave, errors }: SurveyCustomerChoiceProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const labelId = useId();
  const errorId = useId();
  const [query, setQuery] = useState("");
  const customers = useMemo(() => customerEntries(ledger.records.customers ?? []), [ledger]);
  const isChosen = (name: string) => chosen.some((other) => sameName(other, name));
  // A name twice in the register is one choice: the dispatch row names the customer, not the register's row.
  const shown = useCustomerSearch(customers, query, SHOWN + chosen.length)
    .filter((entry) => !isChosen(entry.name))
    .filter((entry, index, all) => all.findIndex((other) => sameName(other.name, entry.name)) === index)
    .slice(0, SHOWN);
  const toggle = (name: string, on: boolean) =>
    onChange(on ? [...chosen, name] : chosen.filter((other) => !sameName(other, name)));
  const leave = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) onLeave();
  };
  const details = (name: string) => {
    const entry = customers.find((customer) => sameName(customer.name, name));
    return entry ? [entry.id, entry.phone].filter(Boolean).join(" · ") : "";
  };
  const option = (name: string, on: boolean) => (
    <Checkbox
      key={name}
      checked={on}
      onChange={(_, data) => toggle(name, data.checked === true)}
      label={
        <>
          {name} <span className={styles.details}>{details(name)}</span>
        </>
      }
    />
  );

  return (
    <div
      className={styles.group}
      role="group"
      aria-labelledby={labelId}
      aria-describedby={errors.length > 0 ? errorId : undefined}
      onBlur={leave}
    >
      <Label id={labelId} required weight="semibold">
        {t("surveyDispatch.customers")}
      </Label>
      <Field label={t("surveyDispatch.filter")} hint={t("customer.searchHint")}>
        <SearchBox
          id={id}
          value={query}
          aria-invalid={errors.length > 0 || undefined}
          onChange={(_, data) => setQuery(data.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button
          size="small"
          disabled={shown.length === 0}
          onClick={() => onChange([...chosen, ...shown.map((e) => e.name)])}
        >
          {t("surveyDispatch.chooseShown")}
        </Button>
        <Button size="small" disabled={chosen.length === 0} onClick={() => onChange([])}>
          {t("surveyDispatch.clearChosen")}
        </Button>
        <Text aria-live="polite">{t("surveyDispatch.chosenCount", { count: chosen.length })}</Text>
      </div>
      {customers.length === 0 && <Text>{t("surveyDispatch.noCustomers")}</Text>}
      {customers.length > 0 && shown.length === 0 && query.trim() !== "" && (
        <Text>{t("surveyDispatch.noMatch", { query: query.trim() })}</Text>
      )}
      {(chosen.length > 0 || shown.length > 0) && (
        <div className={styles.list}>
          {chosen.map((name) => option(name, true))}
          {shown.map((entry) => option(entry.name, false))}
        </div>
      )}
      {errors.length > 0 && (
        <div id={errorId} className={styles.error}>
          {errors.map((error) => (
            <Text key={error} as="p" block>
              {error}
            </Text>
          ))}
        </div>
      )}
    </div>
  );
}
