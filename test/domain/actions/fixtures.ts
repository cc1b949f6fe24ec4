/** Survey rows and actions as the Excel layer reads them back, for the alerts and effectiveness specs. */
import {
  type ActionSettings,
  type ActionSources,
  type SurveyAlert,
  actionBoard,
  takeAlertInput,
} from "../../../src/domain/actions";
import type { LedgerRecord } from "../../../src/domain/cases";
import { serialOf } from "../../../src/domain/excel-date";
import type { Language } from "../../../src/domain/i18n/language";
import { validateRecord } from "../../../src/domain/records";
import { DEFAULT_INSTRUMENT, DEFAULT_TARGETS, TABLES, type TargetKey } from "../../../src/domain/schema";
import { DEFAULT_PLAN_SETTINGS } from "../../../src/domain/workbook-plan";

export const CUSTOMER = "Công ty Hòa Phát";
export const OTHER_CUSTOMER = "深圳华强电子";
/** 2026-04-10: the first quarter is over. */
export const APRIL = serialOf(2026, 4, 10);

/** The procedures' targets (item ≤ 70, total and customer < 80, return rate < 99), some of them changed. */
export function settings(targets: Partial<{ [K in TargetKey]: number }> = {}): ActionSettings {
  const defaults = Object.fromEntries(DEFAULT_TARGETS.map((target) => [target.key, target.value]));
  return {
    language: "en",
    plan: DEFAULT_PLAN_SETTINGS,
    holidays: new Set(),
    targets: { ...defaults, ...targets } as ActionSettings["targets"],
  };
}

/**
 * Ratings 0–5 of the default form in its order (OV1 OV2 OV3 SV1 SV2 SV3 PQ1 PQ2): 3 3 4 / 4 4 4 / 3 3 gives the
 * modules 66.7, 80 and 60 and the total 0.3·66.7 + 0.3·80 + 0.4·60 = 68, with four items at 60 points.
 */
export const RATINGS_68 = [3, 3, 4, 4, 4, 4, 3, 3];
/** Every item "satisfied": a total of 80. */
export const RATINGS_80 = [4, 4, 4, 4, 4, 4, 4, 4];

/** A SurveyReturns row; the calculated total and grade hold stale values, which must never be read. */
export function surveyReturn(
  id: string,
  period: string,
  customer: string,
  ratings: readonly (number | null)[],
  returnedAt = serialOf(2026, 3, 10),
): LedgerRecord {
  const items = Object.fromEntries(DEFAULT_INSTRUMENT.map((item, index) => [`item_${item.code}`, ratings[index]]));
  return { id, dispatchId: null, period, customer, returnedAt, ...items, total: 100, grade: "A", comments: null };
}

/** A SurveyDispatch row; `returnedFor` names it from a return (the returns table is what tells it came back). */
export function dispatch(id: string, period: string, customer: string, sentAt: number): LedgerRecord {
  return { id, period, customer, instrument: "Customer satisfaction", sentAt, dueBack: "", returnedAt: "", onTime: "" };
}

export function sources(parts: Partial<ActionSources>): ActionSources {
  return { surveyReturns: [], surveyDispatch: [], actions: [], ...parts };
}

/** The alerts and actions the Cases screen shows for these rows on `now`, under the procedures' targets. */
export function boardOf(parts: Partial<ActionSources>, now = APRIL) {
  return actionBoard(sources(parts), settings(), now);
}

/** The CorrectiveActions row a taken alert is stored as, labels in `language`, with `extra` cells. */
export function actionRow(
  alert: SurveyAlert,
  id: string,
  extra: LedgerRecord = {},
  language: Language = "en",
): LedgerRecord {
  const input = takeAlertInput(
    alert,
    { owner: "Trần Văn Minh", dueDate: "2026-04-17" },
    serialOf(2026, 4, 10),
    language,
  );
  const checked = validateRecord(TABLES.actions, input, { language });
  if (!checked.ok) throw new Error(`Invalid action: ${JSON.stringify(checked.errors)}`);
  return { id, ...checked.row, ...extra };
}
