import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular, TableAddRegular } from "@fluentui/react-icons";
import type { SchemaProblem } from "../../domain/schema-problems";
import { explainProblem } from "../../domain/schema-problems";
import type { LedgerSetup } from "../../excel/setup-ledger";
import type { SetupResult } from "../../excel/setup-workbook";
import { useI18n } from "../i18n";
import { useWorkbookSetup } from "../use-workbook-setup";
import { Busy } from "./Busy";

const useStyles = makeStyles({
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

function Problems({ problems }: { problems: readonly SchemaProblem[] }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <>
      <Text block>{t("setup.problems")}</Text>
      <ul className={styles.problems}>
        {problems.map((problem) => {
          const { what, fix } = explainProblem(problem, language);
          return <li key={JSON.stringify(problem)}>{`${what} ${fix}`}</li>;
        })}
      </ul>
    </>
  );
}

const counts = (result: SetupResult) => ({
  sheets: result.createdSheets.length,
  tables: result.createdTables.length + result.restoredTables.length,
  columns: result.addedColumns.length,
});

function Outcome({ result }: { result: SetupResult }) {
  const { t } = useI18n();
  const renamed = result.renamedColumns.length;
  return (
    <MessageBar intent={result.problems.length > 0 ? "warning" : "success"}>
      <MessageBarBody>
        {result.unchanged ? t("setup.unchanged") : t("setup.done", counts(result))}
        {renamed > 0 && <Text block>{t("setup.renamed", { count: renamed })}</Text>}
        <Problems problems={result.problems} />
      </MessageBarBody>
    </MessageBar>
  );
}

/** Where the workbook stands: not set up, set up in its data language and complete, or what Set up would change. */
function Standing({ setup }: { setup: LedgerSetup }) {
  const { t } = useI18n();
  // The language as it is named inside a sentence of the pane's language ("bằng tiếng Việt").
  const language = t(`languageName.${setup.language}`);
  const renames = setup.result.renamedColumns.length;
  if (setup.languageSource === "pane") return <Text>{t("setup.notSetUp", { language })}</Text>;
  return (
    <>
      <Text weight="semibold">{t("setup.setUpIn", { language })}</Text>
      <Text>{t("setup.languageKept", { language })}</Text>
      {setup.result.unchanged ? (
        <Text>{t("setup.upToDate")}</Text>
      ) : (
        <>
          <Text>{t("setup.wouldChange", counts(setup.result))}</Text>
          {renames > 0 && <Text>{t("setup.renames", { count: renames })}</Text>}
          <Problems problems={setup.result.problems} />
        </>
      )}
    </>
  );
}

/**
 * Sets the workbook up (sheets, tables, lists, formulas). A new workbook takes the pane's language for its headers;
 * a set-up workbook keeps its own, and Set up is offered only when it would change something. The body of Home's
 * setup panel, which draws the panel and its heading: this module and the setup code it imports arrive in their
 * own chunk, after Home has first read the workbook.
 */
export function SetupCard({ onSetUp }: { onSetUp: () => void }) {
  const { t, language } = useI18n();
  const { preview, state, setUp, check } = useWorkbookSetup(language, onSetUp);
  const complete = preview.status === "read" && preview.setup.result.unchanged;
  return (
    <>
      {preview.status === "reading" && <Busy label={t("setup.checking")} />}
      {preview.status === "read" && <Standing setup={preview.setup} />}
      {preview.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("setup.checkFailed", { reason: preview.reason })}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "working" && <Busy label={t("setup.working")} />}
      {state.status === "done" && <Outcome result={state.setup.result} />}
      {state.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("setup.failed", { reason: state.reason })}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        {complete ? (
          <Button icon={<ArrowClockwiseRegular />} onClick={check}>
            {t("setup.checkAgain")}
          </Button>
        ) : (
          <Button
            appearance="primary"
            icon={<TableAddRegular />}
            onClick={setUp}
            disabled={state.status === "working" || preview.status === "reading"}
          >
            {t("setup.action")}
          </Button>
        )}
      </div>
    </>
  );
}
