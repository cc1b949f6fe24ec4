import type { Language } from "../../domain/i18n/language";
import { translate } from "../../domain/i18n/translate";
import { explainProblem } from "../../domain/schema-problems";
import { SchemaProblemsError } from "../../excel/schema-problems-error";

/** Why a save failed, in plain words of the UI language, with what to do about each cause. */
export interface SaveFailure {
  readonly summary: string;
  readonly details: readonly string[];
}

export function describeSaveFailure(error: unknown, language: Language): SaveFailure {
  if (error instanceof SchemaProblemsError) {
    return {
      summary: translate(language, "form.blockedBySchema"),
      details: error.problems.map((problem) => {
        const { what, fix } = explainProblem(problem, language);
        return `${what} ${fix}`;
      }),
    };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { summary: translate(language, "form.saveFailed", { reason }), details: [translate(language, "form.kept")] };
}
