import { useCallback, useState } from "react";
import type { Language } from "../domain/i18n/language";
import { buildWorkbookPlan } from "../domain/workbook-plan";
import { type SetupResult, setupWorkbook } from "../excel/setup-workbook";
import { useExcel } from "./excel-context";

export type SetupState =
  | { readonly status: "idle" }
  | { readonly status: "working" }
  | { readonly status: "done"; readonly result: SetupResult }
  | { readonly status: "failed"; readonly reason: string };

/** Sets the workbook up with headers in `language`; `onDone` runs after a successful setup (to re-read the workbook). */
export function useWorkbookSetup(language: Language, onDone: () => void): { state: SetupState; setUp: () => void } {
  const runner = useExcel();
  const [state, setState] = useState<SetupState>({ status: "idle" });
  const setUp = useCallback(() => {
    setState({ status: "working" });
    runner((context) => setupWorkbook(context, buildWorkbookPlan(language))).then(
      (result) => {
        setState({ status: "done", result });
        onDone();
      },
      (error: unknown) =>
        setState({ status: "failed", reason: error instanceof Error ? error.message : String(error) }),
    );
  }, [runner, language, onDone]);
  return { state, setUp };
}
