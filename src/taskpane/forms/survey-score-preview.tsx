import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { listText } from "../../domain/i18n/glossary";
import type { InstrumentItem, ModuleSpec } from "../../domain/schema";
import type { SurveyAlert, SurveyPreview } from "../../domain/survey-forms";
import { useI18n } from "../i18n";
import { scoreText } from "./survey-score-text";

const useStyles = makeStyles({
  preview: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  total: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL },
});

export interface SurveyScorePreviewProps {
  /** What the workbook will compute, or why it cannot be previewed. */
  readonly preview: SurveyPreview | { readonly failed: string };
  readonly instrument: readonly InstrumentItem[];
  readonly modules: readonly ModuleSpec[];
}

type ItemAlert = Extract<SurveyAlert, { kind: "itemAtOrBelow" }>;

/**
 * The module scores, total and grade the workbook's calculated columns will show, and what the procedure then asks
 * for (004 §5.5.2, §5.7.4): an improvement report, a cross-department review, root-cause analysis per item.
 */
export function SurveyScorePreview({ preview, instrument, modules }: SurveyScorePreviewProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  if ("failed" in preview) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t("surveyReturn.previewFailed", { reason: preview.failed })}</MessageBarBody>
      </MessageBar>
    );
  }
  const moduleName = (key: string) => modules.find((module) => module.key === key)?.label[language] ?? key;
  const itemName = (code: string) => {
    const item = instrument.find((candidate) => candidate.code === code);
    return item ? `${item.code} ${item.text[language]}` : code;
  };
  const itemAlerts = preview.alerts.filter((alert): alert is ItemAlert => alert.kind === "itemAtOrBelow");
  const warnings = preview.alerts.flatMap((alert) => {
    if (alert.kind === "totalBelow") return [t("surveyReturn.totalAlert", { threshold: alert.threshold })];
    if (alert.kind === "moduleBelow") {
      return [t("surveyReturn.moduleAlert", { module: moduleName(alert.moduleKey), threshold: alert.threshold })];
    }
    return [];
  });
  if (itemAlerts.length > 0) {
    const items = itemAlerts.map((alert) => `${itemName(alert.itemCode)} (${scoreText(alert.points, language)})`);
    warnings.push(
      t("surveyReturn.itemsAlert", { threshold: itemAlerts[0].threshold, items: listText(language, items) }),
    );
  }

  return (
    <div className={styles.preview} aria-live="polite">
      <ul className={styles.list}>
        {preview.modules.map((module) => (
          <li key={module.key}>
            {module.score === null
              ? t("surveyReturn.moduleWaiting", { module: moduleName(module.key) })
              : t("surveyReturn.moduleScore", {
                  module: moduleName(module.key),
                  score: scoreText(module.score, language),
                })}
          </li>
        ))}
      </ul>
      {preview.total === null ? (
        <Text>{t("surveyReturn.totalWaiting")}</Text>
      ) : (
        <div className={styles.total}>
          <Text weight="semibold">{t("surveyReturn.total", { score: scoreText(preview.total, language) })}</Text>
          <Text weight="semibold">{t("surveyReturn.grade", { grade: preview.grade })}</Text>
        </div>
      )}
      {warnings.map((warning) => (
        <MessageBar key={warning} intent="warning" layout="multiline">
          <MessageBarBody>{warning}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
