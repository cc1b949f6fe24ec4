import { useCallback, useContext, useState } from "react";
import { listText } from "../../domain/i18n/glossary";
import type { Language } from "../../domain/i18n/language";
import { translate } from "../../domain/i18n/translate";
import { type TableKey, columnSpec, headerOf, tableSpec } from "../../domain/schema";
import type { WorkbookPlan } from "../../domain/workbook-plan";
import { SchemaProblemsError } from "../../excel/schema-problems-error";
import { type LastSave, UndoRefusedError, undoLastSave } from "../../excel/undo-last-save";
import { useExcel } from "../excel-context";
import { describeSaveFailure } from "../forms/save-failure";
import { useI18n } from "../i18n";
import { LastSaveContext } from "./last-save-store";

export type { LastSave, SavedRecord, SavedRecords } from "../../excel/undo-last-save";
export { savedIds } from "../../excel/undo-last-save";

export type UndoState =
  | { readonly status: "idle" }
  | { readonly status: "undoing" }
  | { readonly status: "undone"; readonly message: string }
  /** Nothing was deleted: the row changed, moved or is gone; `details` say what to do. */
  | { readonly status: "refused"; readonly message: string; readonly details: readonly string[] };

/** The headers of the changed cells in the UI language where they are planned columns, else as the sheet has them. */
function changedText(table: TableKey, error: UndoRefusedError, language: Language): string {
  const spec = tableSpec(table);
  const headers = error.changedHeaders.map((header) => {
    const column = spec.columns.find((candidate) =>
      Object.values(candidate.header).some((text) => text.toLowerCase() === header.toLowerCase()),
    );
    return column ? headerOf(columnSpec(spec, column.key), language) : header;
  });
  return listText(language, headers);
}

/** Why the save was not undone, in the UI language. */
export function describeUndoFailure(error: unknown, table: TableKey, language: Language) {
  if (error instanceof UndoRefusedError) {
    const { id, reason } = error;
    // A save of several rows is taken back whole or not at all: the message says so, and which row stopped it.
    const many = error.rowCount > 1 ? "Many" : "";
    const count = error.rowCount;
    if (reason === "changed") {
      const fields = changedText(table, error, language);
      return { message: translate(language, `records.undo.changed${many}`, { id, fields, count }), details: [] };
    }
    if (reason === "moved" || reason === "gone") {
      return { message: translate(language, `records.undo.${reason}${many}`, { id, count }), details: [] };
    }
  }
  const failure = describeSaveFailure(error, language);
  if (error instanceof SchemaProblemsError) return { message: failure.summary, details: failure.details };
  const reason = error instanceof Error ? error.message : String(error);
  return { message: translate(language, "records.undo.failed", { reason }), details: [] };
}

/** What an undo took back, in the UI language. */
export function undoneText(language: Language, ids: readonly string[]): string {
  if (ids.length === 1) return translate(language, "records.undo.done", { id: ids[0] });
  return translate(language, "records.undo.doneMany", { count: ids.length, ids: listText(language, ids) });
}

/**
 * Undoing the session's last save (undoLastSave: 2 round trips). A form that saved calls `remember` with what it
 * saved (the table, each id and record it was given back, and each row index); any screen may then offer `undo`.
 * Outside a LastSaveProvider the hook keeps the last save to itself, so a form works on its own too.
 */
export function useUndoLastSave() {
  const store = useContext(LastSaveContext);
  const [own, setOwn] = useState<LastSave | undefined>(undefined);
  const runner = useExcel();
  const { language } = useI18n();
  const [state, setState] = useState<UndoState>({ status: "idle" });

  const lastSave = store ? store.lastSave : own;
  const remember = useCallback(
    (save: LastSave) => {
      setState({ status: "idle" });
      if (store) store.remember(save);
      else setOwn(save);
    },
    [store],
  );
  const forget = useCallback(() => (store ? store.forget() : setOwn(undefined)), [store]);

  /** Deletes the last save's rows if nobody changed them; true when it was undone. */
  const undo = useCallback(
    async (plan: WorkbookPlan, save: LastSave | undefined = lastSave): Promise<boolean> => {
      if (!save) return false;
      setState({ status: "undoing" });
      try {
        const { ids } = await runner((context) => undoLastSave(context, plan, save));
        if (save === lastSave) forget();
        setState({ status: "undone", message: undoneText(language, ids) });
        return true;
      } catch (error) {
        setState({ status: "refused", ...describeUndoFailure(error, save.table, language) });
        return false;
      }
    },
    [runner, language, lastSave, forget],
  );

  const dismiss = useCallback(() => setState({ status: "idle" }), []);
  return { lastSave, remember, forget, undo, state, dismiss };
}
