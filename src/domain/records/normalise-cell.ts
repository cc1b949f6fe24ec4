/**
 * One cell's value, normalised by its column's type: what the Excel layer writes, or what is wrong with it.
 * Blank input (nothing, or white space) is a blank cell (null); whether a blank is allowed is checked afterwards.
 */
import type { Language } from "../i18n/language";
import { type ColumnSpec, SchemaError, choiceKeyForLabel, choiceLabel, choiceList } from "../schema";
import { normaliseDate } from "./date";
import { normaliseEmail } from "./email";
import { normaliseNumber } from "./number";
import { normaliseDuration, normalisePeriod } from "./period-duration";
import { normalisePhone } from "./phone";
import {
  type CellOutcome,
  type InputValue,
  type ValidationCode,
  accepted,
  isBlankInput,
  preview,
  rejected,
} from "./record-input";
import { checkedText, multiLine, singleLine, textOf } from "./text";

/** Whether a form writes the column: calculated columns are the workbook's, the id is allocated by the Excel layer. */
export function isEntered(column: ColumnSpec): boolean {
  return column.calculated !== true && column.type !== "recordId";
}

export function normaliseCell(column: ColumnSpec, value: InputValue, language: Language): CellOutcome {
  if (isBlankInput(value)) return accepted(null);
  switch (column.type) {
    case "text":
    case "reference":
      return text(column, value, singleLine);
    case "longText":
      return text(column, value, multiLine);
    case "number":
    case "integer":
    case "percent":
      return normaliseNumber(column, value);
    case "date":
    case "dateTime":
      return normaliseDate(column, value);
    case "boolean":
      return normaliseBoolean(value);
    case "choice":
      return normaliseChoice(column, value, language);
    case "phone":
      return checked(column, value, normalisePhone, "validation.notAPhone");
    case "email":
      return checked(column, value, normaliseEmail, "validation.notAnEmail");
    case "period":
      return checked(column, value, normalisePeriod, "validation.notAPeriod");
    case "duration":
      return checked(column, value, normaliseDuration, "validation.notADuration");
    case "recordId":
      throw new SchemaError(`The id column "${column.key}" is allocated by the add-in, never entered.`);
  }
}

function text(column: ColumnSpec, value: InputValue, clean: (text: string) => string): CellOutcome {
  const typed = textOf(value);
  return typed === undefined ? rejected("validation.notText") : checkedText(clean(typed), column.maxLength);
}

/** Text of a format (phone, email, period, duration): one line, then its canonical form, or the column's error. */
function checked(
  column: ColumnSpec,
  value: InputValue,
  canonical: (text: string) => string | undefined,
  code: ValidationCode,
): CellOutcome {
  const typed = textOf(value);
  const line = typed === undefined ? undefined : singleLine(typed);
  const result = line === undefined || line === "" ? undefined : canonical(line);
  return result === undefined ? rejected(code, { value: preview(value) }) : checkedText(result, column.maxLength);
}

function normaliseBoolean(value: InputValue): CellOutcome {
  if (typeof value === "boolean") return accepted(value);
  const word = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (word === "true" || word === "false") return accepted(word === "true");
  return rejected("validation.notABoolean", { value: preview(value) });
}

/**
 * A choice: its key, or its label in any language (or an alias), written as the label in the workbook's language.
 * A yes/no flag also takes a form's checkbox (true or false).
 */
function normaliseChoice(column: ColumnSpec, value: InputValue, language: Language): CellOutcome {
  const listKey = column.choices;
  if (listKey === undefined) throw new SchemaError(`The choice column "${column.key}" names no choice list.`);
  const key = typeof value === "boolean" && listKey === "yesNo" ? (value ? "yes" : "no") : choiceKeyOf(listKey, value);
  if (key === undefined) return rejected("validation.notAChoice", { value: preview(value) });
  return checkedText(choiceLabel(listKey, key, language), column.maxLength);
}

function choiceKeyOf(listKey: NonNullable<ColumnSpec["choices"]>, value: InputValue): string | undefined {
  const typed = textOf(value);
  if (typed === undefined) return undefined;
  const line = singleLine(typed);
  const byKey = choiceList(listKey).choices.find((choice) => choice.key === line);
  return byKey ? byKey.key : choiceKeyForLabel(listKey, line);
}
