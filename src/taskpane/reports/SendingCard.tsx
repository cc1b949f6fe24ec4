import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowUndoRegular, MailArrowUpRegular } from "@fluentui/react-icons";
import { useState } from "react";
import {
  type FormulasRestored,
  type PreparedForSending,
  prepareForSending,
  restoreFormulas,
} from "../../excel/prepare-for-sending";
import { useI18n } from "../i18n";
import { ReportCard } from "./ReportCard";
import { ReportFailure } from "./ReportFailure";
import type { ReportCardProps } from "./report-card-props";
import { useReportAction } from "./use-report-action";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Sheet names and formulas can be long: wrap them rather than widen the pane.
  cells: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** "Notes!A1" as Excel writes a reference; a workbook name (no sheet) by its name alone. */
function cellName(sheet: string, address: string): string {
  return sheet === "" ? address : `${sheet}!${address}`;
}

type SendingOutcome =
  | { readonly action: "prepare"; readonly result: PreparedForSending }
  | { readonly action: "restore"; readonly result: FormulasRestored };

function Prepared({ result }: { result: PreparedForSending }) {
  const { t } = useI18n();
  const styles = useStyles();
  const dependent = result.addinDependencies.length > 0;
  const summary = result.alreadyPrepared
    ? t("reports.sending.alreadyPrepared")
    : result.total === 0
      ? t("reports.sending.nothingToFreeze")
      : t("reports.sending.prepared", { total: result.total });
  return (
    <MessageBar intent={dependent ? "warning" : "success"} layout="multiline" role="status">
      <MessageBarBody>
        <Text block>{summary}</Text>
        {result.frozen.length > 0 && (
          <ul className={styles.cells}>
            {result.frozen.map(({ sheet, formulas }) => (
              <li key={sheet}>{t("reports.sending.frozenSheet", { sheet, count: formulas })}</li>
            ))}
          </ul>
        )}
        {dependent ? (
          <>
            <Text block>{t("reports.sending.dependent")}</Text>
            <ul className={styles.cells}>
              {result.addinDependencies.map(({ sheet, address, formula }) => (
                <li key={`${sheet}!${address}`}>{`${cellName(sheet, address)} ${formula}`}</li>
              ))}
            </ul>
          </>
        ) : (
          <Text block>{t("reports.sending.independent")}</Text>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

function Restored({ result }: { result: FormulasRestored }) {
  const { t } = useI18n();
  const styles = useStyles();
  const leftAlone = result.changedSinceFreezing;
  if (result.nothingToRestore) {
    return (
      <MessageBar intent="info" layout="multiline" role="status">
        <MessageBarBody>{t("reports.sending.nothingToRestore")}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent={leftAlone.length > 0 ? "warning" : "success"} layout="multiline" role="status">
      <MessageBarBody>
        <Text block>{t("reports.sending.restored", { restored: result.restored })}</Text>
        {leftAlone.length > 0 && (
          <>
            <Text block>{t("reports.sending.leftAlone")}</Text>
            <ul className={styles.cells}>
              {leftAlone.map(({ sheet, address }) => (
                <li key={`${sheet}!${address}`}>{cellName(sheet, address)}</li>
              ))}
            </ul>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * Freezes the VOC.* results to values before the workbook is emailed (with progress: there may be many), and
 * restores the formulas afterwards, leaving alone any cell edited since it was frozen.
 */
export function SendingCard({ busy, onBusy, onGoHome }: Omit<ReportCardProps, "today">) {
  const { t } = useI18n();
  const styles = useStyles();
  const { state, run } = useReportAction<SendingOutcome>(onBusy);
  const [action, setAction] = useState<SendingOutcome["action"]>("prepare");

  const prepare = () => {
    setAction("prepare");
    return run(async (context, onProgress) => ({
      action: "prepare",
      result: await prepareForSending(context, onProgress),
    }));
  };
  const restore = () => {
    setAction("restore");
    return run(async (context) => ({ action: "restore", result: await restoreFormulas(context) }));
  };

  return (
    <ReportCard
      icon={<MailArrowUpRegular aria-hidden />}
      title={t("reports.sending.title")}
      hint={t("reports.sending.hint")}
    >
      <div className={styles.actions}>
        <Button appearance="primary" icon={<MailArrowUpRegular />} onClick={prepare} disabledFocusable={busy}>
          {t("reports.sending.prepare")}
        </Button>
        <Button icon={<ArrowUndoRegular />} onClick={restore} disabledFocusable={busy}>
          {t("reports.sending.restore")}
        </Button>
      </div>
      {state.status === "working" &&
        (action === "prepare" && state.progress ? (
          <Field label={t("reports.sending.progress", { done: state.progress.done, total: state.progress.total })}>
            <ProgressBar value={state.progress.done} max={Math.max(state.progress.total, 1)} />
          </Field>
        ) : (
          <Spinner
            size="tiny"
            label={t(action === "prepare" ? "reports.sending.preparing" : "reports.sending.restoring")}
          />
        ))}
      {state.status === "done" &&
        (state.result.action === "prepare" ? (
          <Prepared result={state.result.result} />
        ) : (
          <Restored result={state.result.result} />
        ))}
      {state.status === "failed" && (
        <ReportFailure
          error={state.error}
          failed={action === "prepare" ? "reports.sending.prepareFailed" : "reports.sending.restoreFailed"}
          onGoHome={onGoHome}
        />
      )}
    </ReportCard>
  );
}
