import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { type ColumnSpec, choiceLabel, choiceList, headerOf } from "../../domain/schema";
import { useI18n } from "../i18n";
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

/** One column of a record as a labelled form field, its label the column's header in the UI language. */
export function FieldControl({ form, column, hint, choices, required }: FieldControlProps) {
  const { t, language } = useI18n();
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
    control = (
      <Input
        {...common}
        type={INPUT_TYPES[column.type] ?? "text"}
        inputMode={numeric ? (column.type === "integer" ? "numeric" : "decimal") : undefined}
        contentAfter={column.type === "percent" ? "%" : undefined}
        onChange={(_, data) => form.set(column.key, data.value)}
      />
    );
  }
  return (
    <Field
      label={headerOf(column, language)}
      required={required ?? column.required}
      validationState={error ? "error" : "none"}
      validationMessage={error}
      hint={error ? undefined : hint}
    >
      {control}
    </Field>
  );
}
