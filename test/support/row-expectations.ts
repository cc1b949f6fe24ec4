/**
 * What src/domain says a sample row's calculated columns hold: the expectations both LibreOffice specs of the
 * workbook (the plan written to .xlsx, and the add-in's own output exported) compare the recalculated cells with.
 */
import { type ComplaintProgress, complaintDueDates, followUpDue } from "../../src/domain/case-deadlines";
import type { Language } from "../../src/domain/i18n/language";
import { DEFAULT_LEVELS } from "../../src/domain/rating-levels";
import { choiceLabel } from "../../src/domain/schema";
import { score, total } from "../../src/domain/score";
import { DEFAULT_PLAN_SETTINGS } from "../../src/domain/workbook-plan";
import { holidaysFrom } from "../../src/domain/working-days";
import type { SampleRow } from "./sample-records";

const SETTINGS = DEFAULT_PLAN_SETTINGS;

/** The Holidays table's rows as the working-day calendar. */
export function holidaysOfRows(rows: readonly SampleRow[]): ReadonlySet<number> {
  return holidaysFrom(rows.map((row) => [row.date ?? null]));
}

export function dateOf(value: SampleRow[string] | undefined): number | null {
  return typeof value === "number" ? value : null;
}

/** A yes/no cell holding "yes" in the workbook's language. */
export function isYes(language: Language, value: SampleRow[string] | undefined): boolean {
  return value === choiceLabel("yesNo", "yes", language);
}

export interface ComplaintExpectation {
  readonly notifyDue: number | null;
  readonly replyDue: number | null;
  readonly proposalDue: number | null;
  readonly eightDDue: number | null;
  readonly followUpDue: number | null;
  readonly progress: ComplaintProgress;
}

export function complaintExpectation(
  row: SampleRow,
  language: Language,
  holidays: ReadonlySet<number>,
): ComplaintExpectation {
  const due = complaintDueDates(
    {
      receivedAt: row.receivedAt ?? null,
      urgent: isYes(language, row.urgent),
      customerEightDDue: row.eightDCustomerDue,
    },
    SETTINGS.deadlines,
    holidays,
  );
  const followUp = followUpDue(row.closedAt ?? null, SETTINGS.deadlines, holidays);
  const productQuality = choiceLabel("complaintContent", "productQuality", language);
  return {
    ...due,
    followUpDue: followUp,
    progress: {
      receivedAt: dateOf(row.receivedAt),
      closedAt: dateOf(row.closedAt),
      replyDue: due.replyDue,
      replyDone: dateOf(row.replyDone),
      proposalDue: due.proposalDue,
      proposalDone: dateOf(row.proposalDone),
      eightDDue: due.eightDDue,
      eightDDone: dateOf(row.eightDDone),
      eightDRequired: row.contentClass === productQuality || dateOf(row.eightDCustomerDue) !== null,
      followUpDue: followUp,
      followUpDone: dateOf(row.followUpDone),
    },
  };
}

export function moduleScore(row: SampleRow, moduleKey: string): number | null {
  const items = SETTINGS.instrument.filter((item) => item.module === moduleKey);
  const ratings = items.map((item) => row[`item_${item.code}`] ?? null);
  if (ratings.every((rating) => rating === null)) return null;
  const scale = { maxPoints: items[0].scale, levels: DEFAULT_LEVELS };
  return score([ratings as (number | null)[]], [items.map((item) => item.weight)], scale);
}

export function totalScore(row: SampleRow): number | null {
  const scores = SETTINGS.modules.map((module) => moduleScore(row, module.key));
  if (scores.every((value) => value === null)) return null;
  return total([scores], [SETTINGS.modules.map((module) => module.weight)]);
}
