import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { RECORD_KINDS, type RecordKind } from "../../domain/records-search";
import { ScreenHeader } from "../components/ScreenHeader";
import { useI18n } from "../i18n";
import { useLedger } from "../use-ledger";
import { RecordsBoard } from "./RecordsBoard";
import { UndoLastSave } from "./UndoLastSave";

const useStyles = makeStyles({
  screen: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  refresh: { alignSelf: "flex-start" },
});

const systemClock = () => new Date();

/** CorrectiveActions came after the first workbooks were set up: one without it still lists every other record. */
const OPTIONAL_KINDS: readonly RecordKind[] = ["actions"];
const REQUIRED_KINDS = RECORD_KINDS.filter((kind) => !OPTIONAL_KINDS.includes(kind));

/**
 * Every record of every ledger (REQUIREMENTS 7: the records are kept and found again), read with readLedger in as
 * few round trips as the response budget allows (CorrectiveActions in the same batches), and the session's last save
 * with its Undo. `now` dates a
 * correction (tests fix it).
 */
export function RecordsScreen({ now = systemClock }: { now?: () => Date }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { state, reload } = useLedger(REQUIRED_KINDS, OPTIONAL_KINDS);

  return (
    <section className={styles.screen}>
      <ScreenHeader title={t("records.title")} intro={t("records.intro")} />
      <Button className={styles.refresh} icon={<ArrowClockwiseRegular />} onClick={reload}>
        {t("records.refresh")}
      </Button>
      {state.status === "ready" && <UndoLastSave plan={state.ledger.plan} onUndone={reload} />}
      {state.status === "reading" && <Spinner size="tiny" label={t("records.reading")} />}
      {state.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("records.readFailed", { reason: state.reason })}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "notSetUp" && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("records.notSetUp")}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "ready" && state.ledger.missing.includes("actions") && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("records.actionsMissing")}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "ready" && <RecordsBoard ledger={state.ledger} now={now} reload={reload} />}
    </section>
  );
}
