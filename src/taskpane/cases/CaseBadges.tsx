import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { ClockAlarmRegular, ClockRegular, WarningRegular } from "@fluentui/react-icons";
import type { BadgeState, CaseBadge } from "../../domain/cases";
import { useI18n } from "../i18n";
import { serialText } from "../forms/date-text";
import { badgeText } from "./case-labels";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, margin: 0, padding: 0 },
  item: { listStyleType: "none" },
  // A long badge (Vietnamese) wraps between its words at 320 px instead of overflowing the card...
  badge: { whiteSpace: "normal", height: "auto", minHeight: "20px", textAlign: "start" },
  // ...but never inside its date-time: "2026-11-20 16:30" is read as one word.
  words: { minWidth: 0 },
  due: { whiteSpace: "nowrap" },
});

/** Overdue in the danger colour, due soon as a warning: each also says so in words and with its own icon. */
const LOOK = {
  overdue: { appearance: "filled", color: "danger", icon: <WarningRegular /> },
  dueSoon: { appearance: "tint", color: "warning", icon: <ClockAlarmRegular /> },
  upcoming: { appearance: "outline", color: "informative", icon: <ClockRegular /> },
} as const satisfies Record<BadgeState, object>;

/**
 * A badge's words as one run of text (Badge lays out its children as flex items: the label and the date would
 * otherwise sit side by side as two columns), its due date-time kept on one line.
 */
function BadgeWords({ text, due }: { text: string; due: string }) {
  const styles = useStyles();
  const at = text.indexOf(due);
  return (
    <span className={styles.words}>
      {at < 0 ? (
        text
      ) : (
        <>
          {text.slice(0, at)}
          <span className={styles.due}>{due}</span>
          {text.slice(at + due.length)}
        </>
      )}
    </span>
  );
}

/** The pending steps of a case, earliest due first. */
export function CaseBadges({ badges }: { badges: readonly CaseBadge[] }) {
  const i18n = useI18n();
  const styles = useStyles();
  if (badges.length === 0) return null;
  return (
    <ul className={styles.list}>
      {badges.map((badge) => {
        const look = LOOK[badge.state];
        return (
          <li key={badge.step} className={styles.item}>
            <Badge className={styles.badge} appearance={look.appearance} color={look.color} icon={look.icon}>
              <BadgeWords text={badgeText(badge, i18n)} due={serialText(badge.due, true)} />
            </Badge>
          </li>
        );
      })}
    </ul>
  );
}
