import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { ClockAlarmRegular, ClockRegular, WarningRegular } from "@fluentui/react-icons";
import type { BadgeState, CaseBadge } from "../../domain/cases";
import { useI18n } from "../i18n";
import { badgeText } from "./case-labels";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, margin: 0, padding: 0 },
  item: { listStyleType: "none" },
  // Long words (Vietnamese, dates) wrap inside the badge at 320 px instead of overflowing the card.
  badge: { whiteSpace: "normal", height: "auto", minHeight: "20px", textAlign: "start" },
});

/** Overdue in the danger colour, due soon as a warning: each also says so in words and with its own icon. */
const LOOK = {
  overdue: { appearance: "filled", color: "danger", icon: <WarningRegular /> },
  dueSoon: { appearance: "tint", color: "warning", icon: <ClockAlarmRegular /> },
  upcoming: { appearance: "outline", color: "informative", icon: <ClockRegular /> },
} as const satisfies Record<BadgeState, object>;

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
              {badgeText(badge, i18n)}
            </Badge>
          </li>
        );
      })}
    </ul>
  );
}
