/** The Excel errors a VOC formula may return, named by what went wrong. */
export type FormulaErrorKind = "value" | "num" | "div0";

/** Raised by domain rules on input a formula cannot use; src/functions turns it into an Excel error. */
export class FormulaInputError extends Error {
  constructor(
    readonly kind: FormulaErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "FormulaInputError";
  }
}
