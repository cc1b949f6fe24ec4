import { Button, Field, MessageBar, MessageBarBody, Select, Spinner } from "@fluentui/react-components";
import { ClipboardTaskListLtrRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { reportPeriods } from "../../domain/reports/report-periods";
import type { ReportGrain } from "../../domain/reports/types";
import { buildReview, type ReviewBuilt } from "../../excel/build-review";
import { useI18n } from "../i18n";
import { ReportCard } from "./ReportCard";
import { ReportFailure } from "./ReportFailure";
import type { ReportCardProps } from "./report-card-props";
import { useReportAction } from "./use-report-action";

/** Builds the Review sheet for one period of the dashboard's grain, the latest unless another is chosen. */
export function ReviewCard({ grain, today, busy, onBusy, onGoHome }: ReportCardProps & { grain: ReportGrain }) {
  const { t } = useI18n();
  const { state, run } = useReportAction<ReviewBuilt>(onBusy);
  // Newest first: the period under review is usually the one just ended or running.
  const periods = useMemo(() => reportPeriods(grain, today).reverse(), [grain, today]);
  const [chosen, setChosen] = useState<string>();
  // A period of another grain (the grain changed since) falls back to the latest.
  const period = chosen !== undefined && periods.includes(chosen) ? chosen : periods[0];
  const build = () => run((context) => buildReview(context, { period, grain, today }));

  return (
    <ReportCard
      icon={<ClipboardTaskListLtrRegular aria-hidden />}
      title={t("reports.review.title")}
      hint={t("reports.review.hint")}
    >
      <Field label={t("reports.review.period")}>
        <Select value={period} onChange={(_, data) => setChosen(data.value)}>
          {periods.map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button appearance="primary" onClick={build} disabledFocusable={busy}>
          {t("reports.review.action")}
        </Button>
      </div>
      {state.status === "working" && <Spinner size="tiny" label={t("reports.review.working")} />}
      {state.status === "done" && (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>
            {t("reports.review.done", {
              period: state.result.period,
              previous: state.result.previous,
              kept: state.result.keptActions,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "failed" && (
        <ReportFailure error={state.error} failed="reports.review.failed" onGoHome={onGoHome} />
      )}
    </ReportCard>
  );
}
