/** The Cases screen's view of the ledger: what is open, which steps are pending and when each is due. */
import type { Deadlines } from "../case-deadlines";
import type { LedgerRecord } from "./ledger-record";

export type CaseKind = "complaint" | "feedback" | "surveyDispatch";

/**
 * A step a case waits for. All but "return" are keys of the dueStep choice list, which reminder slips name;
 * "return" is a survey form coming back.
 */
export type CaseStep = "notify" | "reply" | "proposal" | "eightD" | "closing" | "followUp" | "return";

/** overdue: due before now; dueSoon: due within the next 24 hours; upcoming: later. */
export type BadgeState = "overdue" | "dueSoon" | "upcoming";

export interface CaseBadge {
  readonly step: CaseStep;
  /** Excel serial. */
  readonly due: number;
  readonly state: BadgeState;
}

export interface OpenCase {
  readonly kind: CaseKind;
  readonly id: string;
  readonly customer: string;
  /** Department choice KEY (complaint ownerDepartment, feedback department; dispatches: null). */
  readonly department: string | null;
  /** complaintContent KEY (complaints only). */
  readonly contentClass: string | null;
  /** caseStatus KEY (dispatches: null). */
  readonly status: string | null;
  /** severity KEY (complaints only). */
  readonly severity: string | null;
  readonly urgent: boolean;
  /** When it was received; for a dispatch, when the form was sent. */
  readonly receivedAt: number | null;
  /** Pending steps only, earliest due first. A step whose start date is missing has no badge. */
  readonly badges: readonly CaseBadge[];
  /** Days (with the fraction of a day) the most overdue pending step is late; 0 when none is late. */
  readonly overdueBy: number;
  /** The earliest due date of the pending steps; null without badges. */
  readonly nextDue: number | null;
  readonly record: LedgerRecord;
}

/** The rows of the tables the Cases screen reads, as the Excel layer reads them. */
export interface CaseSources {
  complaints: readonly LedgerRecord[];
  feedback: readonly LedgerRecord[];
  surveyDispatch: readonly LedgerRecord[];
  surveyReturns: readonly LedgerRecord[];
}

export interface CaseClock {
  /** Excel serial of the present moment. */
  now: number;
  deadlines: Deadlines;
  holidays: ReadonlySet<number>;
}
