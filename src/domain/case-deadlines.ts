/**
 * The deadlines of a feedback or complaint case (REQUIREMENTS 19–24, 27) and whether it kept them: one rule each,
 * used by the forms' live preview and, as native formulas, by the workbook's calculated columns.
 */
import { type CellValue, isBlank } from "./cell-value";
import { dueDate, dueFormula, parseDuration } from "./due-date";
import { SchemaError } from "./schema/errors";
import type { SlaKey } from "./schema/defaults";

/** Duration text per deadline, as VOC.DUE reads it ("24h", "3wd", "7d"). */
export type Deadlines = { readonly [key in SlaKey]: string };

/** When a complaint's steps are due; null where the start is blank. */
export interface ComplaintDueDates {
  readonly notifyDue: number | null;
  readonly replyDue: number | null;
  readonly proposalDue: number | null;
  readonly eightDDue: number | null;
}

export interface ComplaintStart {
  readonly receivedAt: CellValue;
  readonly urgent: boolean;
  /** The customer's own 8D deadline (REQ 22), which overrides the procedure's. */
  readonly customerEightDDue?: CellValue;
}

/** Reply in 24 h (4 h when urgent), proposal and 8D in 3 working days unless the customer set its 8D date. */
export function complaintDueDates(
  start: ComplaintStart,
  deadlines: Deadlines,
  holidays: ReadonlySet<number>,
): ComplaintDueDates {
  const customerDate = start.customerEightDDue;
  return {
    notifyDue: dueDate(start.receivedAt, deadlines.notifyOwner, holidays),
    replyDue: replyDue(start.receivedAt, start.urgent, deadlines, holidays),
    proposalDue: dueDate(start.receivedAt, deadlines.proposal, holidays),
    eightDDue: isBlank(customerDate) ? dueDate(start.receivedAt, deadlines.eightD, holidays) : (customerDate as number),
  };
}

/** A feedback or complaint reply: 24 hours, 4 when urgent (REQ 20). */
export function replyDue(
  receivedAt: CellValue,
  urgent: boolean,
  deadlines: Deadlines,
  holidays: ReadonlySet<number>,
): number | null {
  return dueDate(receivedAt, urgent ? deadlines.urgentReply : deadlines.reply, holidays);
}

/** The follow-up call after a complaint is closed (REQ 24: within 3–7 days, so due on the 7th). */
export function followUpDue(closedAt: CellValue, deadlines: Deadlines, holidays: ReadonlySet<number>): number | null {
  return dueDate(closedAt, deadlines.followUp, holidays);
}

/** The dates that decide whether a complaint kept its deadlines (blank cells as null). */
export interface ComplaintProgress {
  readonly receivedAt: number | null;
  readonly closedAt: number | null;
  readonly replyDue: number | null;
  readonly replyDone: number | null;
  readonly proposalDue: number | null;
  readonly proposalDone: number | null;
  readonly eightDDue: number | null;
  readonly eightDDone: number | null;
  /** An 8D report is owed: a product-quality complaint, or the customer asked for one by a date. */
  readonly eightDRequired: boolean;
  readonly followUpDue: number | null;
  readonly followUpDone: number | null;
}

/**
 * The timeliness KPI of a closed complaint (REQ 19): replied by the reply deadline, and every other step that was
 * done (proposal, 8D) done by its own. Null while the complaint is open.
 */
export function complaintOnTime(progress: ComplaintProgress): boolean | null {
  if (progress.closedAt === null) return null;
  // As the formula compares: a blank due cell is text, which Excel ranks above every number.
  const doneBy = (done: number | null, due: number | null) => done === null || due === null || done <= due;
  return (
    progress.replyDone !== null &&
    doneBy(progress.replyDone, progress.replyDue) &&
    doneBy(progress.proposalDone, progress.proposalDue) &&
    doneBy(progress.eightDDone, progress.eightDDue)
  );
}

/**
 * A step past its deadline and not done at `now` (REQ 27: such a case gets a reminder slip): for an open case the
 * reply, the proposal or an owed 8D report; for a closed one the follow-up call. Null for a row without a
 * received date.
 */
export function complaintOverdue(progress: ComplaintProgress, now: number): boolean | null {
  if (progress.receivedAt === null) return null;
  const late = (done: number | null, due: number | null) => done === null && due !== null && now > due;
  if (progress.closedAt !== null) return late(progress.followUpDone, progress.followUpDue);
  return (
    late(progress.replyDone, progress.replyDue) ||
    late(progress.proposalDone, progress.proposalDue) ||
    (progress.eightDRequired && late(progress.eightDDone, progress.eightDDue))
  );
}

// Native formulas ------------------------------------------------------------------------------------------------

/** Cell references (structured references of the row, or A1 addresses) of a complaint's columns. */
export interface ComplaintRefs {
  readonly receivedAt: string;
  readonly urgent: string;
  readonly customerEightDDue: string;
  readonly closedAt: string;
  readonly contentClass: string;
  readonly replyDue: string;
  readonly replyDone: string;
  readonly proposalDue: string;
  readonly proposalDone: string;
  readonly eightDDue: string;
  readonly eightDDone: string;
  readonly followUpDue: string;
  readonly followUpDone: string;
}

/** Labels the formulas compare cells with, in the workbook's language. */
export interface FormulaLabels {
  /** The yesNo list's "yes" ("Yes", "是", "Có"). */
  readonly yes: string;
  /** The complaint content class that owes an 8D report ("Product quality", "产品质量"…). */
  readonly productQuality: string;
}

/** A text constant inside a formula. */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The formula without its leading "=", to nest it in another. */
function inner(formula: string): string {
  return formula.slice(1);
}

/** `replyDue` as a formula: 4 h when the urgent cell says yes, else 24 h. */
export function replyDueFormula(
  receivedAt: string,
  urgent: string,
  labels: FormulaLabels,
  deadlines: Deadlines,
  holidaysRef: string,
): string {
  const urgentDue = inner(dueFormula(receivedAt, deadlines.urgentReply, holidaysRef));
  const normalDue = inner(dueFormula(receivedAt, deadlines.reply, holidaysRef));
  return `=IF(${urgent}=${formulaText(labels.yes)},${urgentDue},${normalDue})`;
}

/** `eightDDue` as a formula: the customer's date when given, else 3 working days. */
export function eightDDueFormula(refs: ComplaintRefs, deadlines: Deadlines, holidaysRef: string): string {
  const procedureDue = inner(dueFormula(refs.receivedAt, deadlines.eightD, holidaysRef));
  return `=IF(${refs.customerEightDDue}<>"",${refs.customerEightDDue},${procedureDue})`;
}

/** complaintOnTime as a formula ("" while open). */
export function complaintOnTimeFormula(refs: ComplaintRefs): string {
  const doneBy = (done: string, due: string) => `OR(${done}="",${done}<=${due})`;
  return (
    `=IF(${refs.closedAt}="","",AND(${refs.replyDone}<>"",${refs.replyDone}<=${refs.replyDue},` +
    `${doneBy(refs.proposalDone, refs.proposalDue)},${doneBy(refs.eightDDone, refs.eightDDue)}))`
  );
}

/**
 * complaintOverdue as a formula at NOW() ("" without a received date).
 *
 * NOW() stays in each row (issue 14 asked whether one VOC_Now cell should hold it). The flag must be right in an
 * emailed workbook at any later hour, so something volatile has to feed it: a VOC_Now cell written by the add-in
 * goes stale without the add-in, and a VOC_Now cell holding =NOW() is itself volatile, so Excel recalculates it
 * at every edit and then every row that reads it, exactly the rows NOW() recalculates now; only the NOW() calls
 * are saved, and they are the cheapest part (in LibreOffice this column is about 2% of the workbook's time). It
 * would also add a cell whose deletion turns every flag into #REF!.
 */
export function complaintOverdueFormula(refs: ComplaintRefs, labels: FormulaLabels): string {
  const late = (done: string, due: string) => `AND(${done}="",${due}<>"",NOW()>${due})`;
  const eightDOwed = `OR(${refs.contentClass}=${formulaText(labels.productQuality)},${refs.customerEightDDue}<>"")`;
  return (
    `=IF(${refs.receivedAt}="","",IF(${refs.closedAt}<>"",${late(refs.followUpDone, refs.followUpDue)},` +
    `OR(${late(refs.replyDone, refs.replyDue)},${late(refs.proposalDone, refs.proposalDue)},` +
    `AND(${eightDOwed},${late(refs.eightDDone, refs.eightDDue)}))))`
  );
}

/** The working days a survey form has to come back (the surveyDueBack deadline must count working days). */
export function surveyReturnDays(deadlines: Deadlines): number {
  const { unit, amount } = parseDuration(deadlines.surveyDueBack);
  if (unit !== "workdays") {
    throw new SchemaError(`A survey form is due back in working days ("5wd"), not "${deadlines.surveyDueBack}".`);
  }
  return amount;
}
