import type { Language } from "../../domain/i18n/language";
import { translate } from "../../domain/i18n/translate";
import { tableSpec, type TableKey } from "../../domain/schema";
import { SchemaProblemsError } from "../../excel/schema-problems-error";
import { RecordMovedError, RecordNotFoundError } from "../../excel/update-record";
import { type SaveFailure, describeSaveFailure } from "../forms/save-failure";

/**
 * Why changing a record failed, in plain words: the row moved or vanished while saving (someone sorted or deleted
 * rows), the workbook needs attention (a protected sheet…), or the connection failed. What was typed is kept.
 */
export function describeUpdateFailure(error: unknown, table: TableKey, language: Language): SaveFailure {
  if (error instanceof RecordMovedError) {
    return {
      summary: translate(language, "cases.recordMoved", { id: error.id }),
      details: [translate(language, "cases.keptUpdate")],
    };
  }
  if (error instanceof RecordNotFoundError) {
    return {
      summary: translate(language, "cases.recordNotFound", { id: error.id, table: tableSpec(table).name }),
      details: [translate(language, "cases.refreshHint")],
    };
  }
  const failure = describeSaveFailure(error, language);
  if (error instanceof SchemaProblemsError) return failure;
  return { summary: failure.summary, details: [translate(language, "cases.keptUpdate")] };
}
