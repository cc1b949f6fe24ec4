import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import type { TableKey } from "../../domain/schema";
import { ActionBoard } from "../actions/ActionBoard";
import { CaseBoard } from "../cases/CaseBoard";
import { ScreenHeader } from "../components/ScreenHeader";
import { useI18n } from "../i18n";
import { useLedger } from "../use-ledger";

const useStyles = makeStyles({
  screen: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  refresh: { alignSelf: "flex-start" },
});

/** The cases come from these tables; the customers are the new complaint's register (REQ 28). */
const TABLES_READ: readonly TableKey[] = [
  "complaints",
  "feedback",
  "surveyDispatch",
  "surveyReturns",
  "reminders",
  "customers",
];
/** Read in the same batches when the workbook has it; one set up before it existed still lists its cases. */
const OPTIONAL_TABLES: readonly TableKey[] = ["actions"];

const systemClock = () => new Date();

/**
 * Open complaints, feedback and survey forms awaiting return, most overdue first, and the actions on each case
 * (REQUIREMENTS 19–31). `now` is the clock the deadlines are measured against (tests fix it).
 */
export function CasesScreen({ now = systemClock }: { now?: () => Date }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { state, reload } = useLedger(TABLES_READ, OPTIONAL_TABLES);

  return (
    <section className={styles.screen}>
      <ScreenHeader title={t("cases.title")} intro={t("cases.intro")} />
      <Button className={styles.refresh} icon={<ArrowClockwiseRegular />} onClick={reload}>
        {t("cases.refresh")}
      </Button>
      {state.status === "reading" && <Spinner size="tiny" label={t("cases.reading")} />}
      {state.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("cases.readFailed", { reason: state.reason })}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "notSetUp" && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("cases.notSetUp")}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "ready" && <CaseBoard ledger={state.ledger} now={now} reload={reload} />}
      {state.status === "ready" && <ActionBoard ledger={state.ledger} now={now} />}
    </section>
  );
}
