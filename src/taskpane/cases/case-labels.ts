/** The words the Cases screen shows for a case's kind, its steps and their due dates, in the UI language. */
import type { BadgeState, CaseBadge, CaseKind, CaseStep } from "../../domain/cases";
import { labelInSentence } from "../../domain/i18n/glossary";
import type { Language } from "../../domain/i18n/language";
import type { MessageKey } from "../../domain/i18n/translate";
import { choiceLabel } from "../../domain/schema";
import { serialText } from "../forms/date-text";
import type { I18n } from "../i18n";

const KIND_LABELS: { readonly [kind in CaseKind]: MessageKey } = {
  complaint: "cases.kind.complaint",
  feedback: "cases.kind.feedback",
  surveyDispatch: "cases.kind.surveyDispatch",
};

const BADGE_TEXT: { readonly [state in BadgeState]: MessageKey } = {
  overdue: "cases.badge.overdue",
  dueSoon: "cases.badge.dueSoon",
  upcoming: "cases.badge.upcoming",
};

export function kindLabel(kind: CaseKind, { t }: I18n): string {
  return t(KIND_LABELS[kind]);
}

/** A step by the name reminder slips give it; a survey form coming back is not a slip's step. */
export function stepLabel(step: CaseStep, { t, language }: I18n): string {
  return step === "return" ? t("cases.step.return") : choiceLabel("dueStep", step, language);
}

export function statusLabel(status: string, language: Language): string {
  return choiceLabel("caseStatus", status, language);
}

/**
 * "Reply overdue since 2026-11-21 16:00": the state is in the words, never in the colour alone. The step is written
 * as inside a sentence ("Hạn phương án xử lý: …").
 */
export function badgeText(badge: CaseBadge, i18n: I18n): string {
  const step = labelInSentence(i18n.language, stepLabel(badge.step, i18n));
  return i18n.t(BADGE_TEXT[badge.state], { step, due: serialText(badge.due, true) });
}
