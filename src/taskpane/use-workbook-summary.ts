import { useCallback, useEffect, useState } from "react";
import type { ExcelRunner } from "../excel/excel-runner";
import { readWorkbookSummary, type WorkbookSummary } from "../excel/workbook-summary";
import { useExcel } from "./excel-context";

export type SummaryState =
  | { readonly status: "reading" }
  | { readonly status: "read"; readonly summary: WorkbookSummary }
  | { readonly status: "failed"; readonly reason: string };

const READING: SummaryState = { status: "reading" };

interface FirstRead {
  readonly runner: ExcelRunner;
  readonly summary: Promise<WorkbookSummary>;
  taken: boolean;
}

function startFirstRead(runner: ExcelRunner): FirstRead {
  const summary = runner(readWorkbookSummary);
  // Its failure is handled once the effect takes it; until then it must not count as an unhandled rejection.
  summary.catch(() => undefined);
  return { runner, summary, taken: false };
}

export function useWorkbookSummary(): { state: SummaryState; refresh: () => void } {
  const runner = useExcel();
  // The first read starts as Home first renders, not in an effect after the browser has painted Home: Excel works
  // on its syncs while React commits and the browser paints, and the first read is what the pane is opened for.
  // The effect takes it once; refreshes (and another runner) read anew.
  const [first] = useState(() => startFirstRead(runner));
  const [state, setState] = useState<SummaryState>(READING);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    setState((shown) => (shown.status === "reading" ? shown : READING));
    const reading =
      generation === 0 && first.runner === runner && !first.taken ? first.summary : runner(readWorkbookSummary);
    first.taken = true;
    reading.then(
      (summary) => current && setState({ status: "read", summary }),
      (error: unknown) =>
        current && setState({ status: "failed", reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [first, runner, generation]);

  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  return { state, refresh };
}
