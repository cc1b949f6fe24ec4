import { useCallback, useMemo, useState } from "react";
import type { Language } from "../../domain/i18n/language";
import {
  type FieldError,
  type RecordInput,
  type RecordRow,
  fieldErrorMessage,
  validateRecord,
} from "../../domain/records";
import type { ColumnSpec, TableSpec } from "../../domain/schema";
import { useI18n } from "../i18n";
import { type FormValues, useDraft } from "./use-draft";

export interface RecordFormOptions {
  /** Names the draft and the fields' element ids. */
  readonly name: string;
  readonly table: TableSpec;
  /** The table's columns when they depend on the workbook's settings (survey returns). */
  readonly columns?: readonly ColumnSpec[];
  /** The workbook's header language: choice labels are written in it. */
  readonly workbookLanguage: Language;
  /** A fresh form's values (now, today, defaults). Keep its identity stable (useCallback). */
  readonly initial: () => FormValues;
  /** The record the values stand for, when some fields are not columns or need converting. */
  readonly toInput?: (values: FormValues) => RecordInput;
  /**
   * Where a field is typed, when some are typed outside this form (a customer added from a complaint takes its name
   * and phone from the complaint's fields). Keep its identity stable. By default the field's own `fieldId`.
   */
  readonly elementIdOf?: (field: string) => string;
}

/** One message per field: its first error, in the UI language. */
export interface FieldMessage {
  readonly field: string;
  readonly message: string;
}

/** The element id of a form's field: what a label, the error summary and the focus point at. */
export function fieldId(form: string, field: string): string {
  return `${form}-${field}`;
}

function firstPerField(errors: readonly FieldError[], language: Language): FieldMessage[] {
  const seen = new Set<string>();
  return errors.flatMap((error) => {
    if (seen.has(error.field)) return [];
    seen.add(error.field);
    return [{ field: error.field, message: fieldErrorMessage(error, language) }];
  });
}

/**
 * A record form's state: values as typed (kept as a draft), validated on every change with the domain's rules.
 * A field shows its error once it has been left or the form was submitted; submitting an invalid form focuses the
 * first invalid field and writes nothing.
 */
export function useRecordForm(options: RecordFormOptions) {
  const { name, table, columns, workbookLanguage, initial, toInput, elementIdOf } = options;
  const { language } = useI18n();
  const draft = useDraft(name, initial);
  const [visited, setVisited] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);

  const validation = useMemo(
    () =>
      validateRecord(table, toInput ? toInput(draft.values) : draft.values, { language: workbookLanguage, columns }),
    [table, toInput, draft.values, workbookLanguage, columns],
  );
  const allMessages = useMemo(
    () => (validation.ok ? [] : firstPerField(validation.errors, language)),
    [validation, language],
  );
  const shown = submitted ? allMessages : allMessages.filter((message) => visited.has(message.field));
  const messages = useMemo(() => new Map(shown.map((message) => [message.field, message.message])), [shown]);

  const set = useCallback((field: string, value: string) => draft.change({ ...draft.values, [field]: value }), [draft]);
  const setMany = useCallback((changes: FormValues) => draft.change({ ...draft.values, ...changes }), [draft]);
  const visit = useCallback((field: string) => setVisited((before) => new Set(before).add(field)), []);
  const idOf = useCallback((field: string) => elementIdOf?.(field) ?? fieldId(name, field), [elementIdOf, name]);

  /** The valid row to save, or undefined after pointing the person at the first problem. */
  const check = useCallback((): RecordRow | undefined => {
    setSubmitted(true);
    if (validation.ok) return validation.row;
    const first = allMessages[0];
    if (first) document.getElementById(idOf(first.field))?.focus();
    return undefined;
  }, [validation, allMessages, idOf]);

  const reset = useCallback(() => {
    draft.discard();
    setVisited(new Set());
    setSubmitted(false);
  }, [draft]);

  return {
    name,
    values: draft.values,
    restored: draft.restored,
    /** Changed since the form opened or was started afresh (after a save, or Clear form). */
    touched: draft.dirty,
    messages,
    summary: submitted ? allMessages : [],
    set,
    setMany,
    visit,
    idOf,
    check,
    reset,
  };
}

export type RecordForm = ReturnType<typeof useRecordForm>;
