import { type FormulaErrorKind, FormulaInputError } from "../domain/formula-error";

const ERROR_CODES: { readonly [kind in FormulaErrorKind]: string } = {
  value: "#VALUE!",
  num: "#NUM!",
  div0: "#DIV/0!",
};

/** Runs a domain rule; whatever goes wrong reaches the cell as an Excel error, never as a JavaScript exception. */
export function excelResult<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    const kind = error instanceof FormulaInputError ? error.kind : "value";
    const message = error instanceof Error ? error.message : String(error);
    throw new CustomFunctions.Error(ERROR_CODES[kind] as CustomFunctions.ErrorCode, message);
  }
}

/** A blank result shows as an empty cell. */
export function blankAsEmpty<T>(value: T | null): T | "" {
  return value === null ? "" : value;
}
