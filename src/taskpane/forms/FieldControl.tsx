import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useId } from "react";
import { type ColumnSpec, choiceLabel, choiceList, headerOf } from "../../domain/schema";
import { type I18n, useI18n } from "../i18n";
import { dateText, dateTimeText } from "./date-text";
import { isDoneAt } from "./done-at";
import { typedChanges } from "./typed-changes";
import { type RecordForm, fieldId } from "./use-record-form";

export interface FieldControlProps {
  readonly form: RecordForm;
  readonly column: ColumnSpec;
  /** Help under the field (a due date, a format); an error replaces it while there is one. */
  readonly hint?: string;
  /** Limits a choice field to some of its list's choices. */
  readonly choices?: readonly string[];
  /** Overrides the column's own "required". */
  readonly required?: boolean;
}

const INPUT_TYPES: Partial<Record<ColumnSpec["type"], "date" | "datetime-local" | "tel" | "email">> = {
  date: "date",
  dateTime: "datetime-local",
  phone: "tel",
  email: "email",
};

const useStyles = makeStyles({
  now: { minWidth: "auto", paddingInline: tokens.spacingHorizontalXS },
});

/** What saving will change in a field's text, as one note; undefined when it is saved as typed. */
export function typedChangeNote(column: ColumnSpec, text: string, t: I18n["t"]): string | undefined {
  const notes = typedChanges(column, text).map((change) => t(change.key, change.values));
  return notes.length > 0 ? notes.join(" ") : undefined;
}

/**
 * The field's messages: its error, else what saving will change in its text (a warning, shown as soon as it is
 * typed or pasted), else its hint. An error shows the change note as its hint, so neither hides the other.
 */
export function fieldMessages(error: string | undefined, note: string | undefined, hint: string | undefined) {
  if (error) return { validationState: "error", validationMessage: error, hint: note } as const;
  if (note) return { validationState: "warning", validationMessage: note, hint } as const;
  return { validationState: "none", validationMessage: undefined, hint } as const;
}

/**
 * One column of a record as a labelled form field, its label the column's header in the UI language. A field
 * for when something was done has "Now" (or "Today") beside it.
 */
export function FieldControl({ form, column, hint, choices, required }: FieldControlProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const labelId = useId();
  const id = fieldId(form.name, column.key);
  const value = form.values[column.key] ?? "";
  const error = form.messages.get(column.key);
  const common = {
    id,
    value,
    onBlur: () => form.visit(column.key),
  };
  let control: ReactNode;
  if (column.type === "choice" && column.choices) {
    const list = column.choices;
    const keys = choices ?? choiceList(list).choices.map((choice) => choice.key);
    control = (
      <Select {...common} onChange={(_, data) => form.set(column.key, data.value)}>
        <option value="">{t("form.choose")}</option>
        {keys.map((key) => (
          <option key={key} value={key}>
            {choiceLabel(list, key, language)}
          </option>
        ))}
      </Select>
    );
  } else if (column.type === "longText") {
    control = <Textarea {...common} resize="vertical" onChange={(_, data) => form.set(column.key, data.value)} />;
  } else {
    const numeric = column.type === "number" || column.type === "percent" || column.type === "integer";
    const withTime = column.type === "dateTime";
    const now = isDoneAt(column) ? (
      <Button
        size="small"
        appearance="transparent"
        className={styles.now}
        aria-describedby={labelId}
        onClick={() => {
          const moment = new Date();
          form.set(column.key, withTime ? dateTimeText(moment) : dateText(moment));
        }}
      >
        {t(withTime ? "form.now" : "form.today")}
      </Button>
    ) : undefined;
    control = (
      <Input
        {...common}
        type={INPUT_TYPES[column.type] ?? "text"}
        inputMode={numeric ? (column.type === "integer" ? "numeric" : "decimal") : undefined}
        contentAfter={column.type === "percent" ? "%" : now}
        onChange={(_, data) => form.set(column.key, data.value)}
      />
    );
  }
  return (
    <Field
      label={{ id: labelId, children: headerOf(column, language) }}
      required={required ?? column.required}
      {...fieldMessages(error, typedChangeNote(column, value, t), hint)}
    >
      {control}
    </Field>
  );
}
