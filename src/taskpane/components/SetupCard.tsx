import {
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons";
import { explainProblem } from "../../domain/schema-problems";
import type { SetupResult } from "../../excel/setup-workbook";
import { useI18n } from "../i18n";
import { useWorkbookSetup } from "../use-workbook-setup";

const useStyles = makeStyles({
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

function Outcome({ result }: { result: SetupResult }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const summary = result.unchanged
    ? t("setup.unchanged")
    : t("setup.done", {
        sheets: result.createdSheets.length,
        tables: result.createdTables.length + result.restoredTables.length,
        columns: result.addedColumns.length,
      });
  return (
    <MessageBar intent={result.problems.length > 0 ? "warning" : "success"}>
      <MessageBarBody>
        {summary}
        {result.problems.length > 0 && (
          <>
            <Text block>{t("setup.problems")}</Text>
            <ul className={styles.problems}>
              {result.problems.map((problem) => {
                const { what, fix } = explainProblem(problem, language);
                return <li key={JSON.stringify(problem)}>{`${what} ${fix}`}</li>;
              })}
            </ul>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Sets the workbook up (sheets, tables, lists, formulas) with headers in the task pane's language. */
export function SetupCard({ onSetUp }: { onSetUp: () => void }) {
  const { t, language } = useI18n();
  const { state, setUp } = useWorkbookSetup(language, onSetUp);
  return (
    <Card>
      <Text as="h3" weight="semibold">
        {t("setup.title")}
      </Text>
      <Text>{t("setup.hint", { language: t(`language.${language}`) })}</Text>
      {state.status === "working" && <Spinner size="tiny" label={t("setup.working")} />}
      {state.status === "done" && <Outcome result={state.result} />}
      {state.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("setup.failed", { reason: state.reason })}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" icon={<TableAddRegular />} onClick={setUp} disabled={state.status === "working"}>
          {t("setup.action")}
        </Button>
      </div>
    </Card>
  );
}
