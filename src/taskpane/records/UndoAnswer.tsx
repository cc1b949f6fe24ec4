import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { UndoState } from "./use-undo-last-save";

/** What an undo answered: undone (a status), or why nothing was deleted (an alert, with what to do). */
export function UndoAnswer({ state }: { state: UndoState }) {
  if (state.status !== "undone" && state.status !== "refused") return null;
  const undone = state.status === "undone";
  return (
    <MessageBar intent={undone ? "success" : "warning"} role={undone ? "status" : "alert"} layout="multiline">
      <MessageBarBody>{[state.message, ...(undone ? [] : state.details)].join(" ")}</MessageBarBody>
    </MessageBar>
  );
}
