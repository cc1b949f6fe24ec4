import { useCallback, useEffect, useState } from "react";
import type { Language } from "../domain/i18n/language";
import { type LedgerSetup, previewLedgerSetup, setUpLedger } from "../excel/setup-ledger";
import { useExcel } from "./excel-context";

export type SetupState =
  | { readonly status: "idle" }
  | { readonly status: "working" }
  | { readonly status: "done"; readonly setup: LedgerSetup }
  | { readonly status: "failed"; readonly reason: string };

/** What Set up would change, read when Home opens and again after each setup. */
export type SetupPreview =
  | { readonly status: "reading" }
  | { readonly status: "read"; readonly setup: LedgerSetup }
  | { readonly status: "failed"; readonly reason: string };

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Sets the workbook up in its own data language; the pane's `language` is used only for a workbook that has none
 * yet. `onDone` runs after a successful setup (to re-read the workbook).
 */
export function useWorkbookSetup(
  language: Language,
  onDone: () => void,
): { preview: SetupPreview; state: SetupState; setUp: () => void; check: () => void } {
  const runner = useExcel();
  const [state, setState] = useState<SetupState>({ status: "idle" });
  const [preview, setPreview] = useState<SetupPreview>({ status: "reading" });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    setPreview({ status: "reading" });
    runner((context) => previewLedgerSetup(context, language)).then(
      (setup) => current && setPreview({ status: "read", setup }),
      (error: unknown) => current && setPreview({ status: "failed", reason: reasonOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [runner, language, generation]);

  const check = useCallback(() => {
    setState({ status: "idle" });
    setGeneration((count) => count + 1);
  }, []);

  const setUp = useCallback(() => {
    setState({ status: "working" });
    runner((context) => setUpLedger(context, language)).then(
      (setup) => {
        setState({ status: "done", setup });
        setGeneration((count) => count + 1);
        onDone();
      },
      (error: unknown) => setState({ status: "failed", reason: reasonOf(error) }),
    );
  }, [runner, language, onDone]);
  return { preview, state, setUp, check };
}
