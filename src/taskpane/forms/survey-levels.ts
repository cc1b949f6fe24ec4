/** The rating levels the survey return form offers and reads, with their words in the UI language. */
import type { Language } from "../../domain/i18n/language";
import { DEFAULT_RATING_LEVELS, type RatingLevelKey, type RatingLevels } from "../../domain/rating-levels";
import { formRatingLevels } from "../../domain/survey-forms";

/**
 * The workbook's levels (its RatingLevels rows, in its own language) with their points lent to the same level's
 * words in every language, so that "satisfied" can be typed in a Chinese workbook.
 */
export function formLevels(levels: RatingLevels): RatingLevels {
  return formRatingLevels([...levels.pointsByWord].map(([word, points]) => ({ word, points })));
}

/** A level as the procedures word it in the UI language ("基本满意", "Basically satisfied"). */
export function levelWord(key: RatingLevelKey, language: Language): string {
  const level = DEFAULT_RATING_LEVELS.find((candidate) => candidate.key === key);
  const word = level ? level.words[language][0] : key;
  return word.charAt(0).toLocaleUpperCase(language) + word.slice(1);
}
