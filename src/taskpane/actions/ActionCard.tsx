import { Button, Text, makeStyles } from "@fluentui/react-components";
import { ChevronRightRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { ActionEntry } from "../../domain/actions";
import { useI18n } from "../i18n";
import { useCardStyles } from "./AlertCard";
import { effectivenessText, kindLabel, recordedText, statusText, subjectText } from "./action-text";

// A due or done date is read as one word: Vietnamese at 320 px broke "Hạn 2026-12-10" at its hyphens.
const useStyles = makeStyles({ status: { whiteSpace: "nowrap" } });

/** The DOM id of an action's button in the list, where focus returns from its page. */
export function actionButtonId(action: ActionEntry): string {
  return `action-${action.id.replace(/[^A-Za-z0-9_-]/gu, "_")}`;
}

/** An action taken: its id and kind open it; subject, owner, due date or done date, and its effectiveness. */
export function ActionCard({ action, onOpen }: { action: ActionEntry; onOpen: () => void }) {
  const { t, language } = useI18n();
  const styles = useCardStyles();
  const own = useStyles();
  const detailsId = useId();
  const kind = kindLabel(action.kind, language);
  const subject = subjectText(action.customer, action.period, t);
  return (
    <li className={action.overdue ? `${styles.card} ${styles.overdue}` : styles.card}>
      <Button
        id={actionButtonId(action)}
        className={styles.open}
        appearance="transparent"
        icon={<ChevronRightRegular />}
        iconPosition="after"
        aria-label={t("actions.openLabel", { id: action.id, kind, subject })}
        aria-describedby={detailsId}
        onClick={onOpen}
      >
        {`${action.id} · ${kind}`}
      </Button>
      <div id={detailsId}>
        <Text block>{subject}</Text>
        {action.finding !== "" && (
          <Text block size={200} className={styles.facts}>
            {action.finding}
          </Text>
        )}
        <Text block size={200} className={styles.facts}>
          {`${t("actions.owner", { owner: action.owner })} · `}
          <span className={own.status}>{statusText(action, t, language)}</span>
        </Text>
        <Text block size={200}>
          {recordedText(action, t, language) ?? effectivenessText(action.kind, action.effectiveness, t, language)}
        </Text>
      </div>
    </li>
  );
}
