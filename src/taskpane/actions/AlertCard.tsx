import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TaskListAddRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { listText } from "../../domain/i18n/glossary";
import type { SurveyAlert } from "../../domain/actions";
import type { InstrumentItem } from "../../domain/schema";
import { useI18n } from "../i18n";
import { alertFinding, kindLabel, subjectText } from "./action-text";

export const useCardStyles = makeStyles({
  card: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  attention: {
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartColor: tokens.colorStatusWarningBorder2,
  },
  overdue: {
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartColor: tokens.colorStatusDangerBorder2,
  },
  facts: { color: tokens.colorNeutralForeground2 },
  button: { alignSelf: "flex-start" },
  open: { justifyContent: "flex-start", textAlign: "start", padding: 0, minWidth: 0, overflowWrap: "anywhere" },
});

/** The DOM id of an alert's Take button, where focus returns from its form. */
export function alertButtonId(alert: SurveyAlert): string {
  return `alert-${alert.key.replace(/[^A-Za-z0-9_-]/gu, "_")}`;
}

/**
 * An alert no action has taken yet: what it requires, about whom and when, what was found, and Take action (absent
 * while the workbook has no CorrectiveActions table to take it into).
 */
export function AlertCard(props: { alert: SurveyAlert; instrument: readonly InstrumentItem[]; onTake?: () => void }) {
  const { alert, instrument, onTake } = props;
  const { t, language } = useI18n();
  const styles = useCardStyles();
  const detailsId = useId();
  const kind = kindLabel(alert.kind, language);
  const subject = subjectText(alert.customer, alert.period, t);
  return (
    <li className={`${styles.card} ${styles.attention}`}>
      <Text weight="semibold">{kind}</Text>
      <div id={detailsId}>
        <Text block>{subject}</Text>
        <Text block size={200} className={styles.facts}>
          {alertFinding(alert, instrument, language)}
        </Text>
        {alert.returnIds.length > 0 && (
          <Text block size={200} className={styles.facts}>
            {t("actions.fromReturns", { ids: listText(language, alert.returnIds) })}
          </Text>
        )}
      </div>
      {onTake && (
        <Button
          id={alertButtonId(alert)}
          className={styles.button}
          icon={<TaskListAddRegular />}
          aria-label={t("actions.takeLabel", { alert: `${kind}, ${subject}` })}
          aria-describedby={detailsId}
          onClick={onTake}
        >
          {t("actions.take")}
        </Button>
      )}
    </li>
  );
}
