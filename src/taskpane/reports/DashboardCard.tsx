import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { ChartMultipleRegular } from "@fluentui/react-icons";
import type { ReportGrain } from "../../domain/reports/types";
import { type DashboardRefresh, refreshDashboard } from "../../excel/refresh-dashboard";
import { useI18n } from "../i18n";
import { ReportCard } from "./ReportCard";
import { ReportFailure } from "./ReportFailure";
import type { ReportCardProps } from "./report-card-props";
import { isReportGrain, REPORT_GRAINS } from "./report-grain";
import { useReportAction } from "./use-report-action";

function Refreshed({ result }: { result: DashboardRefresh }) {
  const { t } = useI18n();
  const { periods } = result;
  const summary = t("reports.dashboard.done", {
    periods: periods.length,
    first: periods[0] ?? "",
    last: periods[periods.length - 1] ?? "",
    customers: result.customers,
    items: result.items,
    charts: result.charts,
  });
  const sheet = t(result.created ? "reports.dashboard.created" : "reports.dashboard.updated", { sheet: result.sheet });
  return (
    <MessageBar intent="success" layout="multiline" role="status">
      <MessageBarBody>
        <Text block>{summary}</Text>
        <Text block>{sheet}</Text>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Refreshes the Dashboard sheet (figures, charts, formats) by the chosen grain, which the review follows too. */
export function DashboardCard({
  grain,
  onGrainChange,
  today,
  busy,
  onBusy,
  onGoHome,
}: ReportCardProps & { grain: ReportGrain; onGrainChange: (grain: ReportGrain) => void }) {
  const { t } = useI18n();
  const { state, run } = useReportAction<DashboardRefresh>(onBusy);
  const refresh = () => run((context) => refreshDashboard(context, { grain, today }));

  return (
    <ReportCard
      icon={<ChartMultipleRegular aria-hidden />}
      title={t("reports.dashboard.title")}
      hint={t("reports.dashboard.hint")}
    >
      <Field label={t("reports.grain.label")}>
        <RadioGroup value={grain} onChange={(_, data) => isReportGrain(data.value) && onGrainChange(data.value)}>
          {REPORT_GRAINS.map((choice) => (
            <Radio key={choice} value={choice} label={t(`reports.grain.${choice}`)} />
          ))}
        </RadioGroup>
      </Field>
      <div>
        <Button appearance="primary" onClick={refresh} disabledFocusable={busy}>
          {t("reports.dashboard.action")}
        </Button>
      </div>
      {state.status === "working" && <Spinner size="tiny" label={t("reports.dashboard.working")} />}
      {state.status === "done" && <Refreshed result={state.result} />}
      {state.status === "failed" && (
        <ReportFailure error={state.error} failed="reports.dashboard.failed" onGoHome={onGoHome} />
      )}
    </ReportCard>
  );
}
