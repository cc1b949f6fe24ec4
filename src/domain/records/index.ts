/**
 * Records: validation and normalisation of what the forms enter (one row of a table), and record ids.
 */
export type {
  ErrorValues,
  FieldError,
  InputValue,
  RecordInput,
  RecordRow,
  RecordValidation,
  RowValue,
  ValidateOptions,
  ValidationCode,
} from "./record-input";
export { fieldErrorMessage, validateRecord, validateUpdate } from "./validate-record";
export { isEntered, normaliseCell } from "./normalise-cell";
export { EXCEL_CELL_LIMIT } from "./text";
export { normalisePhone } from "./phone";
export { normaliseEmail } from "./email";
export { normaliseDuration, normalisePeriod } from "./period-duration";
export { type RecordId, formatRecordId, nextRecordId, parseRecordId, recordYear } from "./record-id";
