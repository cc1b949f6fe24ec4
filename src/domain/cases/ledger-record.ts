/**
 * Reading a row as the Excel layer hands it over: choice cells hold labels in the workbook's language (or, from a
 * form, the key itself), dates are serials, and someone may have typed anything into any cell.
 */
import { isBlank } from "../cell-value";
import { type ChoiceListKey, choiceKeyForLabel, choiceList } from "../schema";

/** A table row by column key. Dates are Excel serials (the fraction is the time of day). */
export type LedgerRecord = { readonly [columnKey: string]: string | number | boolean | null };

/** Whether the cell holds anything (a "done" date counts as done whatever was typed there). */
export function isFilled(record: LedgerRecord, key: string): boolean {
  return !isBlank(record[key]);
}

/** Whether every cell is blank: an empty row inside the table, not a record. */
export function isEmptyRow(record: LedgerRecord): boolean {
  return Object.values(record).every((value) => isBlank(value));
}

/** The cell as one trimmed line of text ("" when blank). */
export function textOf(record: LedgerRecord, key: string): string {
  const value = record[key];
  return isBlank(value) ? "" : String(value).trim();
}

/** The choice key a cell holds: its key, or its label in any language; null when blank or unknown. */
export function choiceOf(record: LedgerRecord, key: string, list: ChoiceListKey): string | null {
  const value = record[key];
  if (typeof value !== "string") return null;
  const typed = value.trim();
  const byKey = choiceList(list).choices.find((choice) => choice.key === typed);
  return byKey ? byKey.key : (choiceKeyForLabel(list, typed) ?? null);
}

/** A yes/no flag people enter: the "yes" label in any language, its key, or a checkbox's TRUE. */
export function isYes(record: LedgerRecord, key: string): boolean {
  return record[key] === true || choiceOf(record, key, "yesNo") === "yes";
}

const NUMERIC_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * The date-time serial a cell holds, or null when the cell is blank or holds no date (text that is not a number, a negative
 * number): a deadline cannot be counted from it, so the step gets no due date rather than a wrong one.
 */
export function dateIn(record: LedgerRecord, key: string): number | null {
  const value = record[key];
  const serial =
    typeof value === "number"
      ? value
      : typeof value === "string" && NUMERIC_TEXT.test(value.trim())
        ? Number(value)
        : NaN;
  return Number.isFinite(serial) && serial >= 0 ? serial : null;
}
