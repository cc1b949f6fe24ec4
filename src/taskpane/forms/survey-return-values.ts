/** The survey return form's values as the answers and the record they stand for. */
import type { RecordInput } from "../../domain/records";
import type { RatingLevels } from "../../domain/rating-levels";
import type { InstrumentItem } from "../../domain/schema";
import {
  type AnswerProblem,
  type SurveyAnswers,
  itemColumnKey,
  parseAnswer,
  surveyReturnInput,
} from "../../domain/survey-forms";
import type { FormValues } from "./use-draft";

export interface AnswerFault {
  readonly code: AnswerProblem;
  readonly max: number;
}

export interface ReadAnswers {
  /** Each item's stored rating (null: blank or not a rating yet). */
  readonly answers: SurveyAnswers;
  /** What is wrong with an answer, by item code. */
  readonly faults: ReadonlyMap<string, AnswerFault>;
}

/** The answers as typed (a level word or points, under the item's column key) read as the ratings they store. */
export function readAnswers(values: FormValues, instrument: readonly InstrumentItem[], levels: RatingLevels) {
  const answers: { [code: string]: number | null } = {};
  const faults = new Map<string, AnswerFault>();
  for (const item of instrument) {
    const outcome = parseAnswer(values[itemColumnKey(item.code)], item, levels);
    answers[item.code] = outcome.ok ? outcome.rating : null;
    if (!outcome.ok) faults.set(item.code, { code: outcome.code, max: outcome.max });
  }
  return { answers, faults } satisfies ReadAnswers;
}

/**
 * The SurveyReturns record: the fixed fields and every item's rating as a number. An answer that is no rating goes
 * to validation as typed, so that the form cannot be saved while it stands.
 */
export function returnInput(
  values: FormValues,
  instrument: readonly InstrumentItem[],
  levels: RatingLevels,
): RecordInput {
  const { answers, faults } = readAnswers(values, instrument, levels);
  const input = surveyReturnInput(
    {
      dispatchId: values.dispatchId ?? "",
      period: values.period ?? "",
      customer: values.customer ?? "",
      returnedAt: values.returnedAt ?? "",
      comments: values.comments ?? "",
    },
    answers,
  );
  const typed = [...faults.keys()].map((code) => [itemColumnKey(code), values[itemColumnKey(code)]] as const);
  return { ...input, ...Object.fromEntries(typed) };
}
