import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { MessageKey } from "../../domain/i18n/translate";
import { explainProblem } from "../../domain/schema-problems";
import { LedgerNotSetUpError } from "../../excel/read-ledger";
import { SchemaProblemsError } from "../../excel/schema-problems-error";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/**
 * Why a report action failed, in plain words: the workbook is not set up (with a way Home), its tables need
 * attention (what and how to fix each), or Excel refused (`failed` names the action, with Excel's reason).
 */
export function ReportFailure({
  error,
  failed,
  onGoHome,
}: {
  error: unknown;
  failed: MessageKey;
  onGoHome?: () => void;
}) {
  const { t, language } = useI18n();
  const styles = useStyles();
  if (error instanceof LedgerNotSetUpError) {
    return (
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody>
          {t("reports.notSetUp")}{" "}
          {onGoHome && (
            <Button size="small" onClick={onGoHome}>
              {t("reports.goHome")}
            </Button>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (error instanceof SchemaProblemsError) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          {t("reports.needsAttention")}
          <ul className={styles.problems}>
            {error.problems.map((problem) => {
              const { what, fix } = explainProblem(problem, language);
              return <li key={JSON.stringify(problem)}>{`${what} ${fix}`}</li>;
            })}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>{t(failed, { reason })}</MessageBarBody>
    </MessageBar>
  );
}
