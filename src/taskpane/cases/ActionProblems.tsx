import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { SaveOutcome } from "../forms/SaveOutcome";
import { useI18n } from "../i18n";
import type { UpdateState } from "./use-update-record";

/** What stands in the way of an action, its save under way, or why the save failed (what was typed stays). */
export function ActionProblems({ problem, state }: { problem?: string; state: UpdateState }) {
  const { t } = useI18n();
  return (
    <>
      {problem && (
        <MessageBar intent="warning" role="alert" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "saving" && <Spinner size="tiny" label={t("form.saving")} />}
      {state.status === "failed" && <SaveOutcome state={state} onShow={() => undefined} />}
    </>
  );
}
