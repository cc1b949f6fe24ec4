import { type SchemaProblem, blocksWriting } from "../domain/schema-problems";

/** The workbook's tables are not as the plan describes and the add-in will not write: the problems say why. */
export class SchemaProblemsError extends Error {
  override readonly name = "SchemaProblemsError";

  constructor(readonly problems: readonly SchemaProblem[]) {
    super(`The workbook needs attention before saving: ${problems.map((problem) => problem.kind).join(", ")}.`);
  }
}

/** Throws when any problem stops writing. */
export function assertWritable(problems: readonly SchemaProblem[]): void {
  const blocking = problems.filter(blocksWriting);
  if (blocking.length > 0) throw new SchemaProblemsError(blocking);
}
