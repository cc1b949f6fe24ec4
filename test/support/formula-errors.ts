import { FormulaInputError } from "../../src/domain/formula-error";

/** The kind of formula error a rule raises ("value", "num", "div0"), or "no error"; any other exception escapes. */
export function errorKind(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof FormulaInputError) return error.kind;
    throw error;
  }
  return "no error";
}
