import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronRightRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { OpenCase } from "../../domain/cases";
import { useI18n } from "../i18n";
import { CaseBadges } from "./CaseBadges";
import { caseButtonId } from "./case-key";
import { kindLabel, statusLabel } from "./case-labels";

const useStyles = makeStyles({
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
  },
  overdue: {
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartColor: tokens.colorStatusDangerBorder2,
  },
  open: { justifyContent: "flex-start", textAlign: "start", padding: 0, minWidth: 0, overflowWrap: "anywhere" },
  facts: { color: tokens.colorNeutralForeground2 },
});

/** One open case in the list: its id and customer open its actions; kind, status and due steps describe it. */
export function CaseCard({ openCase, onOpen }: { openCase: OpenCase; onOpen: () => void }) {
  const i18n = useI18n();
  const styles = useStyles();
  const detailsId = useId();
  const facts = [kindLabel(openCase.kind, i18n)];
  if (openCase.status) facts.push(statusLabel(openCase.status, i18n.language));
  if (openCase.severity === "major") facts.push(i18n.t("cases.major"));
  if (openCase.urgent) facts.push(i18n.t("cases.urgent"));
  const late = openCase.overdueBy > 0;
  return (
    <li className={late ? `${styles.card} ${styles.overdue}` : styles.card}>
      <Button
        id={caseButtonId(openCase)}
        className={styles.open}
        appearance="transparent"
        icon={<ChevronRightRegular />}
        iconPosition="after"
        aria-describedby={detailsId}
        onClick={onOpen}
      >
        {[openCase.id, openCase.customer].filter(Boolean).join(" · ")}
      </Button>
      <div id={detailsId}>
        <Text size={200} className={styles.facts}>
          {facts.join(" · ")}
        </Text>
        <CaseBadges badges={openCase.badges} />
      </div>
    </li>
  );
}
