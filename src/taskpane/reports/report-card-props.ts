/** What every report card gets from the screen. */
export interface ReportCardProps {
  /** Today as an Excel date serial: the last period a report shows is the one today falls in. */
  readonly today: number;
  /** Some report action is running: every action waits for it. */
  readonly busy: boolean;
  readonly onBusy: (busy: boolean) => void;
  /** Leads to Home when the workbook is not set up yet. */
  readonly onGoHome?: () => void;
}
