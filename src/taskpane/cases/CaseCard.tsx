import { Text } from "@fluentui/react-components";
import type { OpenCase } from "../../domain/cases";
import { OpenableListCard, useListCardStyles } from "../components/ListCard";
import { useI18n } from "../i18n";
import { CaseBadges } from "./CaseBadges";
import { caseButtonId } from "./case-key";
import { kindLabel, statusLabel } from "./case-labels";

/** One open case in the list: its id and customer open its actions; kind, status and due steps describe it. */
export function CaseCard({ openCase, onOpen }: { openCase: OpenCase; onOpen: () => void }) {
  const i18n = useI18n();
  const styles = useListCardStyles();
  const facts = [kindLabel(openCase.kind, i18n)];
  if (openCase.status) facts.push(statusLabel(openCase.status, i18n.language));
  if (openCase.severity === "major") facts.push(i18n.t("cases.major"));
  if (openCase.urgent) facts.push(i18n.t("cases.urgent"));
  return (
    <OpenableListCard
      buttonId={caseButtonId(openCase)}
      title={[openCase.id, openCase.customer].filter(Boolean).join(" · ")}
      mark={openCase.overdueBy > 0 ? "overdue" : undefined}
      onOpen={onOpen}
      details={
        <>
          <Text size={200} className={styles.facts}>
            {facts.join(" · ")}
          </Text>
          <CaseBadges badges={openCase.badges} />
        </>
      }
    />
  );
}
