import { type FormulaErrorKind, FormulaInputError } from "../domain/formula-error";

/**
 * Each kind's Excel error, and whether Excel shows a custom message with it: #VALUE! (and #N/A) carry one; Excel
 * drops it from #DIV/0! and #NUM! ("A custom error message can't be used",
 * https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode and
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors), so none is sent with them.
 * The codes are those of CustomFunctionsRuntime 1.3, written as the strings the enum stands for.
 */
const EXCEL_ERRORS: { readonly [kind in FormulaErrorKind]: { code: string; message: boolean } } = {
  value: { code: "#VALUE!", message: true },
  num: { code: "#NUM!", message: false },
  div0: { code: "#DIV/0!", message: false },
};

/** Runs a domain rule; whatever goes wrong reaches the cell as an Excel error, never as a JavaScript exception. */
export function excelResult<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    const excelError = EXCEL_ERRORS[error instanceof FormulaInputError ? error.kind : "value"];
    const code = excelError.code as CustomFunctions.ErrorCode;
    if (!excelError.message) throw new CustomFunctions.Error(code);
    throw new CustomFunctions.Error(code, error instanceof Error ? error.message : String(error));
  }
}

/** A blank result shows as an empty cell. */
export function blankAsEmpty<T>(value: T | null): T | "" {
  return value === null ? "" : value;
}
