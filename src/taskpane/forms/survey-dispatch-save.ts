import { useCallback, useRef, useState } from "react";
import { type RecordRow, recordYear } from "../../domain/records";
import type { WorkbookPlan } from "../../domain/workbook-plan";
import { BulkAppendFailedError, appendMany } from "../../excel/append-many";
import type { SavedRecords } from "../../excel/undo-last-save";
import { useExcel } from "../excel-context";
import { useI18n } from "../i18n";
import { type SaveFailure, describeSaveFailure } from "./save-failure";

export interface SavedDispatch {
  readonly id: string;
  readonly customer: string;
}

export type DispatchSaveState =
  | { readonly status: "idle" }
  | { readonly status: "saving" }
  | {
      readonly status: "saved";
      readonly rows: readonly SavedDispatch[];
      readonly alreadySaved: number;
      /** What Undo takes back: every row of this save, where it landed. */
      readonly save: SavedRecords;
    }
  | { readonly status: "failed"; readonly failure: SaveFailure };

/** A dispatch row's customer, as the domain wrote it (one line), compared as Excel does: case aside. */
function customerKey(row: RecordRow): string {
  return String(row.customer ?? "").toLowerCase();
}

/**
 * Appends one SurveyDispatch row per customer in one call of appendMany (2 round trips). A failed attempt leaves
 * each customer's id behind; saving again passes those ids, so rows that landed although the answer was lost are
 * recognised and not added twice. Customers added to the choice after a failure have no id yet: they are appended
 * in a second call of the same batch (the only case that costs more round trips). `save` answers what Undo
 * needs to take the rows back (every id, record and row), or undefined when it failed.
 */
export function useDispatchSave(plan: WorkbookPlan) {
  const runner = useExcel();
  const { language } = useI18n();
  const [state, setState] = useState<DispatchSaveState>({ status: "idle" });
  const attempted = useRef(new Map<string, string>());

  const save = useCallback(
    async (rows: readonly RecordRow[]): Promise<SavedRecords | undefined> => {
      setState({ status: "saving" });
      const sentAt = rows[0]?.sentAt;
      const year = recordYear(typeof sentAt === "number" ? sentAt : new Date());
      const known = rows.filter((row) => attempted.current.has(customerKey(row)));
      const fresh = rows.filter((row) => !attempted.current.has(customerKey(row)));
      const landed = new Map<string, number>();
      const append = async (context: Excel.RequestContext, records: readonly RecordRow[], ids?: string[]) => {
        try {
          const result = await appendMany(context, plan, { table: "surveyDispatch", records, year, ids });
          records.forEach((row, index) => landed.set(customerKey(row), result.rowIndexes[index]));
          return result;
        } catch (error) {
          if (error instanceof BulkAppendFailedError) {
            records.forEach((row, index) => attempted.current.set(customerKey(row), error.ids[index]));
          }
          throw error;
        }
      };
      try {
        const added = await runner(async (context) => {
          let count = 0;
          if (known.length > 0) {
            const ids = known.map((row) => attempted.current.get(customerKey(row)) ?? "");
            count += (await append(context, known, ids)).added;
          }
          if (fresh.length > 0) {
            const result = await append(context, fresh);
            fresh.forEach((row, index) => attempted.current.set(customerKey(row), result.ids[index]));
            count += result.added;
          }
          return count;
        });
        const saved = rows.map((row) => ({
          id: attempted.current.get(customerKey(row)) ?? "",
          customer: String(row.customer ?? ""),
        }));
        const save: SavedRecords = {
          table: "surveyDispatch",
          rows: rows.map((record, index) => ({
            id: saved[index].id,
            record,
            rowIndex: landed.get(customerKey(record)) ?? -1,
          })),
        };
        attempted.current.clear();
        setState({ status: "saved", rows: saved, alreadySaved: rows.length - added, save });
        return save;
      } catch (error) {
        const cause = error instanceof BulkAppendFailedError ? error.cause : error;
        setState({ status: "failed", failure: describeSaveFailure(cause, language) });
        return undefined;
      }
    },
    [runner, plan, language],
  );

  const dismiss = useCallback(() => setState({ status: "idle" }), []);
  return { state, save, dismiss };
}
