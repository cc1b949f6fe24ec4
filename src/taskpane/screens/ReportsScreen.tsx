import { makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { wholeDay } from "../../domain/excel-date";
import { ScreenHeader } from "../components/ScreenHeader";
import { serialOfDate } from "../forms/date-text";
import { useI18n } from "../i18n";
import { DashboardCard } from "../reports/DashboardCard";
import { ReviewCard } from "../reports/ReviewCard";
import { SendingCard } from "../reports/SendingCard";
import { useReportGrain } from "../reports/report-grain";

// One column of cards: the narrowest task pane (320 px) never scrolls sideways.
const useStyles = makeStyles({ screen: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

const systemClock = () => new Date();

/**
 * The dashboard, the management review sheet and preparing the workbook for sending (REQUIREMENTS 32–35; DESIGN
 * principle 2). `now` is the clock that decides the latest period (tests fix it); one action runs at a time.
 */
export function ReportsScreen({ now = systemClock, onGoHome }: { now?: () => Date; onGoHome?: () => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [grain, setGrain] = useReportGrain();
  const [busy, setBusy] = useState(false);
  const today = wholeDay(serialOfDate(now()));
  const shared = { today, busy, onBusy: setBusy, onGoHome };

  return (
    <section className={styles.screen}>
      <ScreenHeader title={t("reports.title")} intro={t("reports.intro")} />
      <DashboardCard {...shared} grain={grain} onGrainChange={setGrain} />
      <ReviewCard {...shared} grain={grain} />
      <SendingCard {...shared} />
    </section>
  );
}
