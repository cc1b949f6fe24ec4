/**
 * The live preview of a complaint's deadlines: the same complaintDueDates the workbook's formulas mirror, from the
 * workbook's deadline settings and holidays, for what the person has typed so far.
 */
import { type Deadlines, complaintDueDates } from "../../domain/case-deadlines";
import { type Duration, parseDuration } from "../../domain/due-date";
import type { Language } from "../../domain/i18n/language";
import { TABLES } from "../../domain/schema";
import { serialValue } from "./typed-value";
import type { FormValues } from "./use-draft";

const TABLE = TABLES.complaints;

/** How a due date was set: a duration after receipt (24 h, 3 working days…) or the customer's own date. */
export type DueRule =
  { readonly kind: "duration"; readonly duration: Duration; readonly urgent: boolean } | { readonly kind: "customer" };

/** One deadline, named by its calculated column's key. */
export interface DueLine {
  readonly key: "notifyDue" | "replyDue" | "proposalDue" | "eightDDue";
  readonly due: number;
  readonly rule: DueRule;
}

export type DuePreview =
  | { readonly status: "waiting" }
  | { readonly status: "ready"; readonly lines: readonly DueLine[] }
  | { readonly status: "broken"; readonly reason: string };

/** The complaint's due dates for the form's values, or why there are none yet. */
export function complaintDuePreview(
  values: FormValues,
  language: Language,
  deadlines: Deadlines,
  holidays: ReadonlySet<number>,
): DuePreview {
  const receivedAt = serialValue(TABLE, values, "receivedAt", language);
  if (receivedAt === null) return { status: "waiting" };
  const urgent = values.urgent === "yes";
  const customerEightDDue = serialValue(TABLE, values, "eightDCustomerDue", language);
  try {
    const due = complaintDueDates({ receivedAt, urgent, customerEightDDue }, deadlines, holidays);
    const after = (duration: string, isUrgent = false): DueRule => ({
      kind: "duration",
      duration: parseDuration(duration),
      urgent: isUrgent,
    });
    const rules: Record<DueLine["key"], DueRule> = {
      notifyDue: after(deadlines.notifyOwner),
      replyDue: urgent ? after(deadlines.urgentReply, true) : after(deadlines.reply),
      proposalDue: after(deadlines.proposal),
      eightDDue: customerEightDDue === null ? after(deadlines.eightD) : { kind: "customer" },
    };
    const lines = (Object.keys(rules) as DueLine["key"][]).flatMap((key) => {
      const serial = due[key];
      return serial === null ? [] : [{ key, due: serial, rule: rules[key] }];
    });
    return { status: "ready", lines };
  } catch (error) {
    // A deadline setting that is not a duration, or a date beyond 9999: say so instead of a wrong date.
    return { status: "broken", reason: error instanceof Error ? error.message : String(error) };
  }
}
