import { makeStyles, tokens } from "@fluentui/react-components";
import type { RecordEntry } from "../../domain/records-search";
import { type WorkbookPlan, tablePlan } from "../../domain/workbook-plan";
import { useI18n } from "../i18n";
import { cellText } from "./record-labels";

const useStyles = makeStyles({
  list: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  header: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  blank: { color: tokens.colorNeutralForeground3 },
});

/** Every column of the record under the header its sheet gives it (the workbook's language), blanks included. */
export function RecordFields({ plan, entry }: { plan: WorkbookPlan; entry: RecordEntry }) {
  const i18n = useI18n();
  const styles = useStyles();
  const { columns } = tablePlan(plan, entry.kind);
  return (
    <dl className={styles.list}>
      {columns.map((column) => {
        const text = cellText(column, entry.record[column.key] ?? null, i18n);
        return (
          <div key={column.key}>
            <dt className={styles.header}>{column.header}</dt>
            <dd className={styles.value}>{text ?? <span className={styles.blank}>{i18n.t("records.blank")}</span>}</dd>
          </div>
        );
      })}
    </dl>
  );
}
