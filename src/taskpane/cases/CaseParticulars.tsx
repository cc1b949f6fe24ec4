import { makeStyles, tokens } from "@fluentui/react-components";
import { type OpenCase, type ParticularValue, caseParticulars } from "../../domain/cases";
import type { Language } from "../../domain/i18n/language";
import { choiceLabel, headerOf } from "../../domain/schema";
import { serialText } from "../forms/date-text";
import { useI18n } from "../i18n";
import { ActionSection } from "./ActionSection";

const useStyles = makeStyles({
  list: {
    margin: 0,
    display: "grid",
    // Short fields pair up when the pane is wide enough; one column at the narrowest pane.
    gridTemplateColumns: "repeat(auto-fill, minmax(9rem, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  item: { minWidth: 0 },
  /** Free text takes the whole width. */
  wide: { minWidth: 0, gridColumn: "1 / -1" },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, overflowWrap: "anywhere" },
  /** A description keeps the lines it was written in, and wraps however long it is. */
  longText: { margin: 0, overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
});

/** A cell in the UI language: a choice by its label, dates as the rest of the pane writes them. */
function valueText(value: ParticularValue, language: Language): string {
  switch (value.type) {
    case "choice":
      return choiceLabel(value.list, value.choice, language);
    case "date":
      return serialText(value.serial, value.withTime);
    case "number":
      return String(Number(value.value.toPrecision(12)));
    case "percent":
      return `${Number((value.fraction * 100).toPrecision(12))}%`;
    case "text":
    case "longText":
      return value.text;
  }
}

/**
 * What a case is about (REQ 1, 3): the intake cells of its record under the table's headers (in the UI language,
 * as the forms label them), filled cells only. A complaint's description and a feedback's text are shown whole.
 */
export function CaseParticulars({ openCase }: { openCase: OpenCase }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const particulars = caseParticulars(openCase.kind, openCase.record);
  if (particulars.length === 0) return null;
  const title = openCase.kind === "surveyDispatch" ? t("cases.about.dispatch") : t("cases.about.title");
  return (
    <ActionSection title={title}>
      <dl className={styles.list}>
        {particulars.map(({ column, value }) => {
          const long = value.type === "longText";
          return (
            <div key={column.key} className={long ? styles.wide : styles.item}>
              <dt className={styles.term}>{headerOf(column, language)}</dt>
              <dd className={long ? styles.longText : styles.value}>{valueText(value, language)}</dd>
            </div>
          );
        })}
      </dl>
    </ActionSection>
  );
}
