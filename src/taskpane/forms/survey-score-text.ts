import type { Language } from "../../domain/i18n/language";

/** A score or points as the preview shows them: at most one decimal, in the UI language's digits and separator. */
export function scoreText(score: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(score);
}
