/** How the alerts and actions read in the task pane's language. */
import {
  type ActionEntry,
  type AlertKind,
  type Effectiveness,
  type SurveyAlert,
  findingText,
} from "../../domain/actions";
import type { Language } from "../../domain/i18n/language";
import { type InstrumentItem, choiceLabel } from "../../domain/schema";
import { serialText } from "../forms/date-text";
import { scoreText } from "../forms/survey-score-text";
import type { I18n } from "../i18n";

type Translate = I18n["t"];

/** "Improvement report (survey total)": the actionKind label. */
export function kindLabel(kind: AlertKind | null, language: Language): string {
  return kind === null ? "—" : choiceLabel("actionKind", kind, language);
}

/** An item as the survey form names it: "OV2 Delivery time". */
export function itemName(code: string, instrument: readonly InstrumentItem[], language: Language): string {
  const item = instrument.find((candidate) => candidate.code.toLowerCase() === code.toLowerCase());
  return item ? `${item.code} ${item.text[language]}` : code;
}

/** Who or what it is about, and when: "Công ty Hòa Phát · 2026-Q1"; a return rate is about every customer. */
export function subjectText(customer: string | null, period: string, t: Translate): string {
  return t("actions.subject", { subject: customer || t("actions.allCustomers"), period });
}

/** What the alert found, in the pane's language, the item by its question. */
export function alertFinding(alert: SurveyAlert, instrument: readonly InstrumentItem[], language: Language) {
  return findingText(alert, language, alert.item === null ? "" : itemName(alert.item, instrument, language));
}

/** A figure of the kind: points, or a return rate in percent. */
export function figureShown(kind: AlertKind | null, figure: number, language: Language): string {
  const text = scoreText(figure, language);
  return kind === "returnRate" ? `${text} %` : text;
}

/** The effectiveness check as the next period's figure gives it now. */
export function effectivenessText(
  kind: AlertKind | null,
  effectiveness: Effectiveness,
  t: Translate,
  language: Language,
): string {
  switch (effectiveness.state) {
    case "effective":
    case "notEffective":
      return t(`actions.effectiveness.${effectiveness.state}`, {
        figure: figureShown(kind, effectiveness.figure, language),
        period: effectiveness.period,
        threshold: effectiveness.threshold,
      });
    case "pending":
      return effectiveness.period === null
        ? t("actions.effectiveness.pending.unknownPeriod")
        : t(`actions.effectiveness.pending.${effectiveness.reason}`, { period: effectiveness.period });
  }
}

/** "Due 2026-04-17", "Overdue: was due …" or "Done 2026-04-15"; the status alone without its date. */
export function statusText(action: ActionEntry, t: Translate, language: Language): string {
  const date = action.status === "done" ? action.doneAt : action.dueDate;
  if (date === null) return choiceLabel("actionStatus", action.status, language);
  const day = serialText(date, false);
  if (action.status === "done") return t("actions.doneOn", { date: day });
  return action.overdue ? t("actions.overdue", { date: day }) : t("actions.due", { date: day });
}

/** The recorded check: "Effectiveness check recorded on 2026-07-10: Effective." */
export function recordedText(action: ActionEntry, t: Translate, language: Language): string | undefined {
  if (action.recorded === null) return undefined;
  return t("actions.effectiveness.recorded", {
    date: action.checkedAt === null ? "—" : serialText(action.checkedAt, false),
    result: choiceLabel("actionEffectiveness", action.recorded, language),
  });
}
