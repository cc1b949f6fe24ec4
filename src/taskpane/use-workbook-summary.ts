import { useCallback, useEffect, useState } from "react";
import { readWorkbookSummary, type WorkbookSummary } from "../excel/workbook-summary";
import { useExcel } from "./excel-context";

export type SummaryState =
  | { readonly status: "reading" }
  | { readonly status: "read"; readonly summary: WorkbookSummary }
  | { readonly status: "failed"; readonly reason: string };

export function useWorkbookSummary(): { state: SummaryState; refresh: () => void } {
  const runner = useExcel();
  const [state, setState] = useState<SummaryState>({ status: "reading" });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ status: "reading" });
    runner(readWorkbookSummary).then(
      (summary) => current && setState({ status: "read", summary }),
      (error: unknown) =>
        current && setState({ status: "failed", reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [runner, generation]);

  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  return { state, refresh };
}
