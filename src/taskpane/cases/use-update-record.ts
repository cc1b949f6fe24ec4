import { useCallback, useState } from "react";
import type { RecordRow } from "../../domain/records";
import type { TableKey } from "../../domain/schema";
import type { WorkbookPlan } from "../../domain/workbook-plan";
import { updateRecord } from "../../excel/update-record";
import { useExcel } from "../excel-context";
import type { SaveFailure } from "../forms/save-failure";
import { useI18n } from "../i18n";
import { describeUpdateFailure } from "./update-failure";

export type UpdateState =
  | { readonly status: "idle" }
  | { readonly status: "saving" }
  | { readonly status: "saved"; readonly id: string }
  | { readonly status: "failed"; readonly failure: SaveFailure };

/**
 * Changes validated cells of one record (updateRecord: 2 round trips). Writing the same cells again is harmless,
 * so a failed update is simply saved again; the caller keeps what was typed until it succeeds.
 */
export function useUpdateRecord(plan: WorkbookPlan, table: TableKey) {
  const runner = useExcel();
  const { language } = useI18n();
  const [state, setState] = useState<UpdateState>({ status: "idle" });

  const update = useCallback(
    async (id: string, changes: RecordRow): Promise<boolean> => {
      setState({ status: "saving" });
      try {
        await runner((context) => updateRecord(context, plan, { table, id, changes }));
        setState({ status: "saved", id });
        return true;
      } catch (error) {
        setState({ status: "failed", failure: describeUpdateFailure(error, table, language) });
        return false;
      }
    },
    [runner, plan, table, language],
  );

  const dismiss = useCallback(() => setState({ status: "idle" }), []);
  return { state, update, dismiss };
}
