/** Due dates of pending steps turned into badges, and the order the list shows cases in. */
import type { BadgeState, CaseBadge, CaseStep, OpenCase } from "./types";

/** A step that is pending, with its due date (null when the date it counts from is missing). */
export interface PendingStep {
  readonly step: CaseStep;
  readonly due: number | null;
}

/** "Due soon" looks one day (24 hours) ahead. */
const DUE_SOON_DAYS = 1;

export function badgeState(due: number, now: number): BadgeState {
  if (due < now) return "overdue";
  return due - now <= DUE_SOON_DAYS ? "dueSoon" : "upcoming";
}

/** Badges of the pending steps that have a due date, earliest first. */
export function badgesOf(pending: readonly PendingStep[], now: number): CaseBadge[] {
  return pending
    .filter((step): step is PendingStep & { readonly due: number } => step.due !== null)
    .map(({ step, due }) => ({ step, due, state: badgeState(due, now) }))
    .sort((a, b) => a.due - b.due);
}

/** How late the earliest badge is, in days; 0 when it is not late (badges are sorted earliest first). */
export function overdueByOf(badges: readonly CaseBadge[], now: number): number {
  const earliest = badges[0];
  return earliest !== undefined && earliest.due < now ? now - earliest.due : 0;
}

/**
 * Most overdue first, then soonest due; cases without any due date last. Ties keep the table order of kinds
 * (complaints, feedback, dispatches) and then go by id, so the list does not jump between refreshes.
 */
export function compareCases(a: OpenCase, b: OpenCase): number {
  return (
    b.overdueBy - a.overdueBy ||
    compareDue(a.nextDue, b.nextDue) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    compareText(a.id, b.id)
  );
}

const KIND_ORDER = { complaint: 0, feedback: 1, surveyDispatch: 2 } as const;

function compareDue(a: number | null, b: number | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return a - b;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
