import { useCallback, useRef, useState } from "react";
import type { ExcelBatch } from "../../excel/excel-runner";
import { useExcel } from "../excel-context";

/** How far a long action has got: `done` of `total` steps. */
export interface Progress {
  readonly done: number;
  readonly total: number;
}

export type ReportActionState<T> =
  | { readonly status: "idle" }
  | { readonly status: "working"; readonly progress?: Progress }
  | { readonly status: "done"; readonly result: T }
  | { readonly status: "failed"; readonly error: unknown };

type RequestContext = Parameters<ExcelBatch<unknown>>[0];

/** A report action's batch; it may report its progress as it goes. */
export type ReportBatch<T> = (context: RequestContext, onProgress: (done: number, total: number) => void) => Promise<T>;

/**
 * Runs one report action (refresh the dashboard, build the review, freeze or restore formulas) and keeps its
 * outcome. A second click while it runs does nothing; `onBusy` tells the screen, which holds the other actions back
 * meanwhile, since they write to the same sheets. The error is kept as thrown and explained where it is shown.
 */
export function useReportAction<T>(onBusy: (busy: boolean) => void) {
  const runner = useExcel();
  const [state, setState] = useState<ReportActionState<T>>({ status: "idle" });
  const running = useRef(false);

  const run = useCallback(
    async (batch: ReportBatch<T>): Promise<void> => {
      if (running.current) return;
      running.current = true;
      onBusy(true);
      setState({ status: "working" });
      const onProgress = (done: number, total: number) => setState({ status: "working", progress: { done, total } });
      try {
        const result = await runner((context) => batch(context, onProgress));
        setState({ status: "done", result });
      } catch (error) {
        setState({ status: "failed", error });
      } finally {
        running.current = false;
        onBusy(false);
      }
    },
    [runner, onBusy],
  );

  return { state, run };
}
