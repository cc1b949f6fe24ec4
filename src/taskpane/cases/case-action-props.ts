import type { OpenCase } from "../../domain/cases";
import type { Ledger } from "../../excel/read-ledger";
import type { CaseOutcome } from "./case-outcome";

/** What every action on a case is given. */
export interface CaseActionProps {
  readonly ledger: Ledger;
  readonly openCase: OpenCase;
  /** The present moment as an Excel serial, read when the action is taken. */
  readonly now: () => number;
  /** The action saved: the screen says so and reads the ledger again. */
  readonly onDone: (outcome: CaseOutcome) => void;
}
