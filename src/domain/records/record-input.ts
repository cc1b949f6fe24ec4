/**
 * What a form hands the record validation and what it hands back: the values a person typed, by column key, and
 * the normalised cell values the Excel layer writes.
 */
import type { Language } from "../i18n/language";
import type { MessageKey } from "../i18n/translate";
import type { ColumnSpec, Localized } from "../schema";

/** One value as a form gives it: text as typed, or a number (an Excel date serial for dates), or a boolean. */
export type InputValue = string | number | boolean | null | undefined;

/** A record as a form gives it, by column key. */
export type RecordInput = { readonly [columnKey: string]: InputValue };

/** One normalised cell value; null is a blank cell. */
export type RowValue = string | number | boolean | null;

/** A record's normalised cell values by column key (null = blank cell). */
export type RecordRow = { readonly [columnKey: string]: RowValue };

/** The message keys of validation errors. */
export type ValidationCode = Extract<MessageKey, `validation.${string}`>;

/** Placeholder values that are the same in every language (limits, the text the person typed). */
export type ErrorValues = Readonly<Record<string, string | number>>;

/**
 * What is wrong with one field. `values` fill the message's placeholders as they are; `localizedValues` fill
 * them with words of the UI language: always {field} (the column's header), and for rules between fields the other
 * column's header ({other}) or a choice's label ({status}, {severity}, {approved}).
 */
export interface FieldError {
  /** The column key of the field to point at. */
  readonly field: string;
  readonly code: ValidationCode;
  readonly values: ErrorValues;
  readonly localizedValues: Readonly<Record<string, Localized>>;
}

export type RecordValidation =
  { readonly ok: true; readonly row: RecordRow } | { readonly ok: false; readonly errors: readonly FieldError[] };

export interface ValidateOptions {
  /** The workbook's language: choice labels are written in it. */
  readonly language: Language;
  /** The table's columns when they depend on settings (SurveyReturns: surveyReturnColumns); default table.columns. */
  readonly columns?: readonly ColumnSpec[];
}

/** What a single value's check found wrong, before it is tied to a column. */
export interface Problem {
  readonly code: ValidationCode;
  readonly values?: ErrorValues;
}

/** A normalised value, or what is wrong with it. */
export type CellOutcome =
  { readonly ok: true; readonly value: RowValue } | { readonly ok: false; readonly problem: Problem };

export function accepted(value: RowValue): CellOutcome {
  return { ok: true, value };
}

export function rejected(code: ValidationCode, values: ErrorValues = {}): CellOutcome {
  return { ok: false, problem: { code, values } };
}

/** Blank: nothing, or text of white space only. */
export function isBlankInput(value: InputValue): value is null | undefined | string {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

const PREVIEW_LENGTH = 40;

/** The typed value as an error message quotes it: one line, cut short. */
export function preview(value: InputValue): string {
  const line = String(value).replace(/\s+/gu, " ").trim();
  return line.length <= PREVIEW_LENGTH ? line : `${line.slice(0, PREVIEW_LENGTH - 1)}…`;
}

/** Whether an object has the key as its own property (not Object.prototype's "constructor", say). */
export function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}
