/**
 * The survey dispatch form's values: the shared fields by column key, and the chosen customers kept as one draft
 * value (a JSON list), so that the choice survives closing the task pane with the rest of the draft.
 */
import type { RecordInput } from "../../domain/records";
import { type DispatchFields, dispatchInputs } from "../../domain/survey-forms";
import type { FormValues } from "./use-draft";

/** The draft value holding the chosen customers' names; no column of the table. */
export const CHOSEN_CUSTOMERS = "customers";

export function chosenCustomers(values: FormValues): string[] {
  try {
    const parsed: unknown = JSON.parse(values[CHOSEN_CUSTOMERS] ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((name): name is string => typeof name === "string") : [];
  } catch {
    return []; // a draft that cannot be read chooses nobody rather than somebody by mistake
  }
}

export function chosenText(names: readonly string[]): string {
  return JSON.stringify(names);
}

export function dispatchFields(values: FormValues): DispatchFields {
  return {
    period: values.period ?? "",
    customers: chosenCustomers(values),
    instrument: values.instrument ?? "",
    sentAt: values.sentAt ?? "",
    channel: values.channel ?? "",
    receiptConfirmed: values.receiptConfirmed ?? "",
  };
}

/**
 * The record the shared fields are validated as, field by field: the first customer's (with none chosen, a blank
 * customer, which validation reports as required). Every customer's record is checked again before saving.
 */
export function firstDispatchInput(values: FormValues): RecordInput {
  return dispatchInputs(dispatchFields(values))[0];
}
