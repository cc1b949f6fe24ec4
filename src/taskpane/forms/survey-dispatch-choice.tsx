import { Field, Select, makeStyles } from "@fluentui/react-components";
import { type ColumnSpec, headerOf } from "../../domain/schema";
import { useI18n } from "../i18n";
import type { AwaitingDispatch } from "./survey-awaiting";
import { type RecordForm, fieldId } from "./use-record-form";

const useStyles = makeStyles({
  // A drop-down is as wide as its longest choice; in the narrow pane it takes the field's width instead, and the
  // field its column's, so that neither it nor its hint runs past the pane's edge.
  field: { minWidth: 0, gridTemplateColumns: "minmax(0, 1fr)" },
  select: { minWidth: 0, maxWidth: "100%" },
  control: { minWidth: 0 },
  chosen: { display: "block", overflowWrap: "anywhere" },
});

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
  const styles = useStyles();
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
  const optionText = (dispatch: AwaitingDispatch) =>
    t("surveyReturn.dispatchOption", { id: dispatch.id, customer: dispatch.customer, period: dispatch.period });
  const chosen = awaiting.find((dispatch) => dispatch.id === value);
  const guide = t(awaiting.length === 0 ? "surveyReturn.noneAwaiting" : "surveyReturn.dispatchHint");
  // A long customer name does not fit a closed drop-down at 320 px: the hint repeats the choice in full, wrapped.
  const hint = chosen ? (
    <>
      <span className={styles.chosen}>{optionText(chosen)}</span>
      {guide}
    </>
  ) : (
    guide
  );
  return (
    <Field
      className={styles.field}
      label={headerOf(column, language)}
      validationState={error ? "error" : "none"}
      validationMessage={error}
      hint={error ? undefined : hint}
    >
      <Select
        className={styles.select}
        select={{ className: styles.control }}
        id={fieldId(form.name, column.key)}
        value={value}
        onChange={(_, data) => choose(data.value)}
        onBlur={() => form.visit(column.key)}
      >
        <option value="">{t("surveyReturn.noDispatch")}</option>
        {!listed && <option value={value}>{value}</option>}
        {awaiting.map((dispatch) => (
          <option key={dispatch.id} value={dispatch.id}>
            {optionText(dispatch)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
