import { useCallback, useEffect, useState } from "react";
import type { LedgerRecord } from "../../domain/cases";
import type { Ledger } from "../../excel/read-ledger";
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

/** A read of the actions alone, and the ledger it was read for. */
interface Reread {
  readonly ledger: Ledger;
  readonly state: ActionsState;
}

/**
 * The rows of the CorrectiveActions table: those the Cases screen's ledger read (asked as optional, in its own
 * batches, so opening Cases costs its 2 round trips; a workbook set up before the table existed lacks it), and
 * after an action is saved (`reload`) the table read again alone. Alone and not the whole ledger: readRecords takes
 * 2 round trips (header and size, then the rows in budgeted chunks), the ledger 2 and more as its larger tables
 * need, and a saved action changes no other table. A ledger read anew (the screen's Refresh) is newer than any
 * earlier reread, so its rows win. A ledger read without the table has it read alone, as a reload does.
 */
export function useCorrectiveActions(ledger: Ledger): { state: ActionsState; reload: () => void } {
  const runner = useExcel();
  const [asked, setAsked] = useState<{ readonly ledger: Ledger; readonly count: number } | undefined>(undefined);
  const [reread, setReread] = useState<Reread | undefined>(undefined);
  const count = asked?.ledger === ledger ? asked.count : 0;
  const missing = ledger.missing.includes("actions");
  const unread = ledger.records.actions === undefined && !missing;

  useEffect(() => {
    if (count === 0 && !unread) return;
    let current = true;
    const settle = (state: ActionsState) => current && setReread({ ledger, state });
    runner((context) => readRecords(context, ledger.plan, "actions")).then(
      (rows) => settle({ status: "ready", rows }),
      (error: unknown) => {
        if (errorCode(error) === "ItemNotFound") settle({ status: "missing" });
        else settle({ status: "failed", reason: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [runner, ledger, count, unread]);

  const reload = useCallback(
    () => setAsked((last) => ({ ledger, count: (last?.ledger === ledger ? last.count : 0) + 1 })),
    [ledger],
  );
  const read = ledger.records.actions;
  const state: ActionsState =
    reread?.ledger === ledger
      ? reread.state
      : missing
        ? { status: "missing" }
        : read
          ? { status: "ready", rows: read }
          : { status: "reading" };
  return { state, reload };
}
