import { Link, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { forwardRef, useEffect, useRef } from "react";
import type { WorkbookPlan } from "../../domain/workbook-plan";
import { useShowRecord } from "../forms/use-show-record";
import { useI18n } from "../i18n";
import { UndoAnswer } from "../records/UndoAnswer";
import { useUndoLastSave } from "../records/use-undo-last-save";
import type { CaseOutcome } from "./case-outcome";

export interface ActionOutcomeProps {
  readonly outcome: CaseOutcome;
  readonly plan: WorkbookPlan;
  /** The outcome's row was taken back with Undo (given `outcome.undo`): the ledger is to be read again. */
  readonly onUndone?: () => void;
}

/**
 * What the last action saved, with "Show in sheet" and, where the action added a row, Undo; focusable, so focus can
 * land here when the case is gone. Undone replaces the message; a refusal is said under it; either takes the focus.
 */
export const ActionOutcome = forwardRef<HTMLDivElement, ActionOutcomeProps>(function ActionOutcome(
  { outcome, plan, onUndone },
  ref,
) {
  const { t } = useI18n();
  const shown = useShowRecord(plan, outcome.table);
  const undoer = useUndoLastSave();
  const answer = useRef<HTMLDivElement>(null);
  const { state, dismiss } = undoer;
  const answered = state.status === "undone" || state.status === "refused";
  useEffect(() => {
    if (answered) answer.current?.focus();
  }, [answered, state]);
  useEffect(() => dismiss(), [outcome, dismiss]); // what Undo said was about the last outcome

  const undo = async () => {
    if (outcome.undo && (await undoer.undo(plan, outcome.undo))) onUndone?.();
  };
  return (
    <div ref={ref} tabIndex={-1}>
      {state.status !== "undone" && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>
            {outcome.message}{" "}
            <Link as="button" onClick={() => shown.show(outcome.id)}>
              {t("form.showInSheet")}
            </Link>
            {outcome.undo && (
              <>
                {" "}
                <Link as="button" onClick={() => void undo()} disabled={state.status === "undoing"}>
                  {t("records.undo.action")}
                </Link>
              </>
            )}
            {shown.problem && <div>{t("form.showFailed", { reason: shown.problem })}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "undoing" && <Spinner size="tiny" label={t("records.undo.working")} />}
      {answered && (
        <div ref={answer} tabIndex={-1}>
          <UndoAnswer state={state} />
        </div>
      )}
    </div>
  );
});
