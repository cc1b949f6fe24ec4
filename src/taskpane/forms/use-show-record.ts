import { useCallback, useState } from "react";
import type { TableKey } from "../../domain/schema";
import type { WorkbookPlan } from "../../domain/workbook-plan";
import { selectRecord } from "../../excel/select-record";
import { useExcel } from "../excel-context";

/** Selects a record's row in its sheet; `problem` says why it could not (the row was deleted, say). */
export function useShowRecord(plan: WorkbookPlan, table: TableKey) {
  const runner = useExcel();
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const show = useCallback(
    (id: string) => {
      setProblem(undefined);
      runner((context) => selectRecord(context, plan, table, id)).catch((error: unknown) =>
        setProblem(error instanceof Error ? error.message : String(error)),
      );
    },
    [runner, plan, table],
  );
  return { show, problem };
}
