import { useCallback, useState } from "react";
import type { ReportGrain } from "../../domain/reports/types";
import { useStorage } from "../storage-context";

/** The grains offered, finest first; quarters unless the user chose otherwise before. */
export const REPORT_GRAINS: readonly ReportGrain[] = ["Q", "H", "Y"];
const DEFAULT_GRAIN: ReportGrain = "Q";
const CHOSEN_GRAIN = "vocLedger.reportGrain";

export function isReportGrain(value: string | null | undefined): value is ReportGrain {
  return REPORT_GRAINS.some((grain) => grain === value);
}

/** The grain the dashboard and the review count by, remembered on this computer (procedures keep to one). */
export function useReportGrain(): [ReportGrain, (grain: ReportGrain) => void] {
  const storage = useStorage();
  const [grain, setGrain] = useState<ReportGrain>(() => {
    const saved = storage?.getItem(CHOSEN_GRAIN);
    return isReportGrain(saved) ? saved : DEFAULT_GRAIN;
  });
  const choose = useCallback(
    (next: ReportGrain) => {
      setGrain(next);
      storage?.setItem(CHOSEN_GRAIN, next);
    },
    [storage],
  );
  return [grain, choose];
}
