import { Field, Select } from "@fluentui/react-components";
import { type ColumnSpec, headerOf } from "../../domain/schema";
import { useI18n } from "../i18n";
import type { AwaitingDispatch } from "./survey-awaiting";
import { type RecordForm, fieldId } from "./use-record-form";

export interface SurveyDispatchChoiceProps {
  readonly form: RecordForm;
  readonly column: ColumnSpec;
  readonly awaiting: readonly AwaitingDispatch[];
}

/**
 * The dispatch a returned form answers, chosen among the forms awaiting return; choosing one copies its period and
 * customer, as the procedure's ledger pairs them. Optional: a form may come back that was never recorded as sent.
 */
export function SurveyDispatchChoice({ form, column, awaiting }: SurveyDispatchChoiceProps) {
  const { t, language } = useI18n();
  const value = form.values[column.key] ?? "";
  const error = form.messages.get(column.key);
  // A dispatch chosen in a draft and returned since stays shown, rather than silently dropped.
  const listed = value === "" || awaiting.some((dispatch) => dispatch.id === value);
  const choose = (id: string) => {
    const dispatch = awaiting.find((candidate) => candidate.id === id);
    form.setMany(
      dispatch ? { dispatchId: id, period: dispatch.period, customer: dispatch.customer } : { dispatchId: id },
    );
  };
  return (
    <Field
      label={headerOf(column, language)}
      validationState={error ? "error" : "none"}
      validationMessage={error}
      hint={error ? undefined : t(awaiting.length === 0 ? "surveyReturn.noneAwaiting" : "surveyReturn.dispatchHint")}
    >
      <Select
        id={fieldId(form.name, column.key)}
        value={value}
        onChange={(_, data) => choose(data.value)}
        onBlur={() => form.visit(column.key)}
      >
        <option value="">{t("surveyReturn.noDispatch")}</option>
        {!listed && <option value={value}>{value}</option>}
        {awaiting.map((dispatch) => (
          <option key={dispatch.id} value={dispatch.id}>
            {t("surveyReturn.dispatchOption", {
              id: dispatch.id,
              customer: dispatch.customer,
              period: dispatch.period,
            })}
          </option>
        ))}
      </Select>
    </Field>
  );
}
