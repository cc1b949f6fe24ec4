import { useCallback, useEffect, useState } from "react";
import type { LedgerRecord } from "../../domain/cases";
import type { WorkbookPlan } from "../../domain/workbook-plan";
import { readRecords } from "../../excel/read-records";
import { useExcel } from "../excel-context";

export type ActionsState =
  | { readonly status: "reading" }
  | { readonly status: "ready"; readonly rows: readonly LedgerRecord[] }
  /** The workbook was set up before the CorrectiveActions table existed: Set up on Home adds it. */
  | { readonly status: "missing" }
  | { readonly status: "failed"; readonly reason: string };

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

/**
 * The rows of the CorrectiveActions table (readRecords: 2 round trips, read in budgeted chunks), read when the
 * Cases screen has read the ledger and again on `reload`, after an action was saved. Read on its own, so a workbook
 * set up before the table existed still lists its cases: it is told the table is missing here, and nothing else.
 */
export function useCorrectiveActions(plan: WorkbookPlan): { state: ActionsState; reload: () => void } {
  const runner = useExcel();
  const [state, setState] = useState<ActionsState>({ status: "reading" });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    runner((context) => readRecords(context, plan, "actions")).then(
      (rows) => current && setState({ status: "ready", rows }),
      (error: unknown) => {
        if (!current) return;
        if (errorCode(error) === "ItemNotFound") setState({ status: "missing" });
        else setState({ status: "failed", reason: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [runner, plan, generation]);

  const reload = useCallback(() => setGeneration((count) => count + 1), []);
  return { state, reload };
}
