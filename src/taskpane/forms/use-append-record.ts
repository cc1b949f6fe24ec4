import { useCallback, useRef, useState } from "react";
import type { RecordRow } from "../../domain/records";
import { recordYear } from "../../domain/records";
import type { TableKey } from "../../domain/schema";
import type { WorkbookPlan } from "../../domain/workbook-plan";
import { AppendFailedError, appendRecord } from "../../excel/append-record";
import { useExcel } from "../excel-context";
import { useI18n } from "../i18n";
import { type SaveFailure, describeSaveFailure } from "./save-failure";

export type SaveState =
  | { readonly status: "idle" }
  | { readonly status: "saving" }
  | { readonly status: "saved"; readonly id: string; readonly alreadySaved: boolean }
  | { readonly status: "failed"; readonly failure: SaveFailure };

/** Where a save put its record: its id, and its row's position in the table's data (0-based). */
export interface AppendedRecord {
  readonly id: string;
  readonly rowIndex: number;
}

/** The columns whose date gives a record's id its year, as the procedures number by the year received. */
const DATED_BY = ["receivedAt", "sentAt", "returnedAt", "issuedAt"];

function idYearOf(record: RecordRow): number {
  const date = DATED_BY.map((key) => record[key]).find((value) => typeof value === "number");
  return recordYear(typeof date === "number" ? date : new Date());
}

/**
 * Appends one validated record (2 round trips). A failed attempt remembers the id it was given, so that saving
 * again recognises a row that landed although its answer was lost, instead of adding a second one. `save` answers
 * where the record landed (what Undo needs to find its row again), or undefined when it failed.
 */
export function useAppendRecord(plan: WorkbookPlan, table: TableKey) {
  const runner = useExcel();
  const { language } = useI18n();
  const [state, setState] = useState<SaveState>({ status: "idle" });
  const attemptedId = useRef<string | undefined>(undefined);

  const save = useCallback(
    async (record: RecordRow): Promise<AppendedRecord | undefined> => {
      setState({ status: "saving" });
      const previousAttemptId = attemptedId.current;
      const year = idYearOf(record);
      try {
        const result = await runner((context) =>
          appendRecord(context, plan, { table, record, year, previousAttemptId }),
        );
        attemptedId.current = undefined;
        setState({ status: "saved", id: result.id, alreadySaved: result.alreadySaved });
        return { id: result.id, rowIndex: result.rowIndex };
      } catch (error) {
        if (error instanceof AppendFailedError) attemptedId.current = error.attemptedId;
        setState({ status: "failed", failure: describeSaveFailure(error, language) });
        return undefined;
      }
    },
    [runner, plan, table, language],
  );

  const dismiss = useCallback(() => setState({ status: "idle" }), []);
  return { state, save, dismiss };
}
