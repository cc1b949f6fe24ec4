import type { TableKey } from "../../domain/schema";
import type { LastSave } from "../records/use-undo-last-save";

/** What an action on a case saved: said on the screen, with a way to see the row in its sheet. */
export interface CaseOutcome {
  readonly message: string;
  readonly table: TableKey;
  readonly id: string;
  /** A row the action added (a complaint attached to the case), which Undo beside the message can take back. */
  readonly undo?: LastSave;
}
