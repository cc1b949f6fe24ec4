import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Duration } from "../../domain/due-date";
import { TABLES, columnSpec, headerOf } from "../../domain/schema";
import { type I18n, useI18n } from "../i18n";
import type { DuePreview, DueRule } from "./complaint-due-dates";
import { serialText } from "./date-text";

const TABLE = TABLES.complaints;

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  line: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  term: { fontWeight: tokens.fontWeightSemibold },
  due: { margin: 0, fontVariantNumeric: "tabular-nums" },
  rule: { color: tokens.colorNeutralForeground3 },
});

function durationText({ unit, amount }: Duration, t: I18n["t"]): string {
  if (unit === "days") return t("complaintForm.days", { count: amount });
  if (unit === "workdays") return t("complaintForm.workdays", { count: amount });
  return amount % 60 === 0
    ? t("complaintForm.hours", { count: amount / 60 })
    : t("complaintForm.minutes", { count: amount });
}

function ruleText(rule: DueRule, t: I18n["t"]): string {
  if (rule.kind === "customer") return t("complaintForm.ruleCustomer");
  const duration = durationText(rule.duration, t);
  return t(rule.urgent ? "complaintForm.ruleUrgent" : "complaintForm.rule", { duration });
}

/** The complaint's deadlines as they follow from what is typed, announced politely as they change. */
export function DueDatesPreview({ preview }: { preview: DuePreview }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  if (preview.status === "broken") {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t("complaintForm.dueSettingsWrong", { reason: preview.reason })}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <section className={styles.box} aria-labelledby={headingId} aria-live="polite">
      <h3 id={headingId} className={styles.heading}>
        {t("complaintForm.dueTitle")}
      </h3>
      {preview.status === "waiting" ? (
        <p className={styles.due}>{t("complaintForm.dueWaiting")}</p>
      ) : (
        <dl className={styles.list}>
          {preview.lines.map((line) => (
            <div key={line.key} className={styles.line}>
              <dt className={styles.term}>{headerOf(columnSpec(TABLE, line.key), language)}</dt>
              <dd className={styles.due}>
                {serialText(line.due, true)} <span className={styles.rule}>({ruleText(line.rule, t)})</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
