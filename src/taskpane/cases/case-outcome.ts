import type { TableKey } from "../../domain/schema";

/** What an action on a case saved: said on the screen, with a way to see the row in its sheet. */
export interface CaseOutcome {
  readonly message: string;
  readonly table: TableKey;
  readonly id: string;
}
