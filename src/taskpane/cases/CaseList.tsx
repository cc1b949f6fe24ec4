import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { OpenCase } from "../../domain/cases";
import { useI18n } from "../i18n";
import { CaseCard } from "./CaseCard";
import { caseKey } from "./case-key";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The open cases, most overdue first (the domain's order), with how many there are. */
export function CaseList(props: { cases: readonly OpenCase[]; total: number; onOpen: (found: OpenCase) => void }) {
  const { cases, total, onOpen } = props;
  const { t } = useI18n();
  const styles = useStyles();
  if (total === 0) return <Text>{t("cases.none")}</Text>;
  return (
    <>
      <Text role="status">
        {cases.length === total
          ? t("cases.count", { count: total })
          : t("cases.countFiltered", { shown: cases.length, total })}
      </Text>
      {cases.length === 0 ? (
        <Text>{t("cases.noneMatch")}</Text>
      ) : (
        <ul className={styles.list} aria-label={t("cases.listLabel")}>
          {cases.map((found) => (
            <CaseCard key={caseKey(found)} openCase={found} onOpen={() => onOpen(found)} />
          ))}
        </ul>
      )}
    </>
  );
}
