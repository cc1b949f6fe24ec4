import { useCallback, useEffect, useState } from "react";
import type { TableKey } from "../domain/schema";
import { type Ledger, LedgerNotSetUpError, readLedger } from "../excel/read-ledger";
import { useExcel } from "./excel-context";

export type LedgerState =
  | { readonly status: "reading" }
  | { readonly status: "ready"; readonly ledger: Ledger }
  | { readonly status: "notSetUp" }
  | { readonly status: "failed"; readonly reason: string };

/**
 * The workbook as the forms and the case list need it (its language, settings, plan and the asked tables' rows),
 * read when the screen opens and again on `reload` (after a save that others depend on). The `optional` tables
 * are read in the same batches when the workbook has them (readLedger names the ones it lacks).
 */
export function useLedger(
  tables: readonly TableKey[],
  optional: readonly TableKey[] = [],
): { state: LedgerState; reload: () => void } {
  const runner = useExcel();
  const [state, setState] = useState<LedgerState>({ status: "reading" });
  const [generation, setGeneration] = useState(0);
  const key = tables.join();
  const optionalKey = optional.join();

  useEffect(() => {
    let current = true;
    const keys = (list: string) => (list === "" ? [] : (list.split(",") as TableKey[]));
    runner((context) => readLedger(context, keys(key), undefined, keys(optionalKey))).then(
      (ledger) => current && setState({ status: "ready", ledger }),
      (error: unknown) => {
        if (!current) return;
        if (error instanceof LedgerNotSetUpError) setState({ status: "notSetUp" });
        else setState({ status: "failed", reason: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [runner, key, optionalKey, generation]);

  const reload = useCallback(() => setGeneration((count) => count + 1), []);
  return { state, reload };
}
