import { Button, Text } from "@fluentui/react-components";
import { TaskListAddRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { listText } from "../../domain/i18n/glossary";
import type { SurveyAlert } from "../../domain/actions";
import type { InstrumentItem } from "../../domain/schema";
import { ListCard, useListCardStyles } from "../components/ListCard";
import { useI18n } from "../i18n";
import { alertFinding, kindLabel, subjectText } from "./action-text";

/** The cards' styles, shared with every list of cards (ActionCard takes them from here). */
export { useListCardStyles as useCardStyles } from "../components/ListCard";

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
  const styles = useListCardStyles();
  const detailsId = useId();
  const kind = kindLabel(alert.kind, language);
  const subject = subjectText(alert.customer, alert.period, t);
  return (
    <ListCard mark="attention">
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
    </ListCard>
  );
}
