import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useMemo, useRef } from "react";
import { fieldErrorMessage, validateRecord } from "../../domain/records";
import { TABLES, columnSpec } from "../../domain/schema";
import { currentPeriod, dispatchInputs, dueBack } from "../../domain/survey-forms";
import { useI18n } from "../i18n";
import { UndoAnswer } from "../records/UndoAnswer";
import { type SavedRecords, useUndoLastSave } from "../records/use-undo-last-save";
import { FieldControl } from "./FieldControl";
import { FormSection } from "./FormSection";
import { RecordFormFrame } from "./RecordFormFrame";
import { dateTimeText, serialOfDate, serialText } from "./date-text";
import type { RecordFormProps } from "./record-form-props";
import { SurveyCustomerChoice } from "./survey-customer-choice";
import { type DispatchSaveState, useDispatchSave } from "./survey-dispatch-save";
import { CHOSEN_CUSTOMERS, chosenText, dispatchFields, firstDispatchInput } from "./survey-dispatch-values";
import { serialValue } from "./typed-value";
import type { SaveState } from "./use-append-record";
import type { FormValues } from "./use-draft";
import { fieldId, useRecordForm } from "./use-record-form";
import { useShowRecord } from "./use-show-record";

const TABLE = TABLES.surveyDispatch;
/** REQ 25: survey forms go out by fax, email or in person (letters too). */
const SENT_BY = ["fax", "email", "inPerson", "letter", "other"];
/** Those ways out of the feedback channels' list; a column with a list of its own offers all of that list. */
const sentBy = columnSpec(TABLE, "channel").choices === "channel" ? SENT_BY : undefined;

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** The frame shows the spinner and a failure; the outcome of a save of several rows is given to it as `saved`. */
function frameState(state: DispatchSaveState): SaveState {
  return state.status === "saved" ? { status: "idle" } : state;
}

/** Survey forms sent to several customers at once, one SurveyDispatch row each (004 §5.6, REQ 18, 25, 32). */
export function SurveyDispatchForm({ ledger }: RecordFormProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const initial = useCallback((): FormValues => {
    const now = new Date();
    return {
      period: currentPeriod(serialOfDate(now)),
      instrument: "customer",
      sentAt: dateTimeText(now),
      [CHOSEN_CUSTOMERS]: chosenText([]),
    };
  }, []);
  const form = useRecordForm({
    name: "surveyDispatch",
    table: TABLE,
    workbookLanguage: ledger.language,
    initial,
    toInput: firstDispatchInput,
  });
  const { state, save, dismiss } = useDispatchSave(ledger.plan);
  const undoer = useUndoLastSave();
  /** This form's last save and the values it was typed as, to put back when it is undone. */
  const mine = useRef<{ save: SavedRecords; values: FormValues } | undefined>(undefined);
  const shown = useShowRecord(ledger.plan, TABLE.key);
  const fields = dispatchFields(form.values);
  const inputs = useMemo(() => dispatchInputs(dispatchFields(form.values)), [form.values]);
  const validations = useMemo(
    () => inputs.map((input) => validateRecord(TABLE, input, { language: ledger.language })),
    [inputs, ledger.language],
  );

  // A customer's own record can fail where the first one did not (a name too long for the cell): said by name.
  const customerProblems = validations.flatMap((validation, index) => {
    const customer = String(inputs[index].customer ?? "");
    if (validation.ok || customer === "") return [];
    const error = validation.errors.find((candidate) => candidate.field === "customer");
    return error
      ? [t("surveyDispatch.customerProblem", { customer, message: fieldErrorMessage(error, language) })]
      : [];
  });
  const customerErrors =
    fields.customers.length === 0 && form.messages.has("customer")
      ? [t("surveyDispatch.customersRequired")]
      : customerProblems;

  const sent = serialValue(TABLE, form.values, "sentAt", ledger.language);
  let dueHint: string;
  try {
    dueHint =
      sent === null
        ? t("surveyDispatch.dueBackWaiting")
        : t("surveyDispatch.dueBack", {
            due: serialText(dueBack(sent, ledger.settings.plan.deadlines, ledger.settings.holidays), true),
          });
  } catch (error) {
    dueHint = t("surveyDispatch.dueBackFailed", { reason: error instanceof Error ? error.message : String(error) });
  }

  const submit = async () => {
    undoer.dismiss(); // what the last undo said is not about these forms
    const rows = validations.flatMap((validation) => (validation.ok ? [validation.row] : []));
    if (!form.check() || rows.length < validations.length) {
      dismiss(); // what the last save said is not about these forms
      if (rows.length < validations.length) document.getElementById(fieldId(form.name, "customer"))?.focus();
      return;
    }
    const values = form.values;
    const saved = await save(rows);
    if (saved === undefined) return;
    mine.current = { save: saved, values };
    undoer.remember(saved); // the session's last save: the Records screen can undo it too
    form.reset();
  };
  /** Takes back every row of this save, or none (the refusal says which row changed); the choices come back. */
  const undo = async () => {
    const last = mine.current;
    if (!last || undoer.state.status === "undoing") return;
    if (!(await undoer.undo(ledger.plan, last.save))) return;
    mine.current = undefined;
    if (!form.touched) form.setMany(last.values);
  };
  const undoable = state.status === "saved" && mine.current?.save === state.save;
  const undoAnswered = undoer.state.status === "undone" || undoer.state.status === "refused";

  const saved = state.status === "saved" && {
    // A new key when the undo answers, so that the frame focuses its answer where the saved message was.
    key: undoAnswered ? undoer.state : state,
    content: (
      <>
        {undoer.state.status === "undone" ? (
          <UndoAnswer state={undoer.state} />
        ) : (
          <MessageBar intent="success" layout="multiline" role="status">
            <MessageBarBody>
              <MessageBarTitle>{t("surveyDispatch.saved", { count: state.rows.length })}</MessageBarTitle>
              {state.alreadySaved > 0 && t("surveyDispatch.alreadySaved", { count: state.alreadySaved })}
              <ul className={styles.list}>
                {state.rows.map((row) => (
                  <li key={row.id}>
                    {t("surveyDispatch.savedRow", { id: row.id, customer: row.customer })}{" "}
                    <Link as="button" onClick={() => shown.show(row.id)}>
                      {t("form.showInSheet")}
                    </Link>
                  </li>
                ))}
              </ul>
              {undoable && (
                <Link as="button" onClick={() => void undo()} disabled={undoer.state.status === "undoing"}>
                  {t("records.undo.action")}
                </Link>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {undoer.state.status === "undoing" && <Spinner size="tiny" label={t("records.undo.working")} />}
        {undoer.state.status === "refused" && <UndoAnswer state={undoer.state} />}
        {shown.problem && (
          <MessageBar intent="warning">
            <MessageBarBody>{t("form.showFailed", { reason: shown.problem })}</MessageBarBody>
          </MessageBar>
        )}
      </>
    ),
  };

  return (
    <RecordFormFrame
      form={form}
      label={t("record.form.surveyDispatch")}
      save={frameState(state)}
      onSubmit={() => void submit()}
      plan={ledger.plan}
      table={TABLE.key}
      saved={saved || undefined}
    >
      <FormSection title={t("surveyDispatch.section.survey")}>
        <FieldControl form={form} column={columnSpec(TABLE, "period")} hint={t("survey.periodHint")} />
        <FieldControl form={form} column={columnSpec(TABLE, "instrument")} />
      </FormSection>
      <FormSection title={t("surveyDispatch.section.customers")}>
        <SurveyCustomerChoice
          id={fieldId(form.name, "customer")}
          ledger={ledger}
          chosen={fields.customers}
          onChange={(names) => form.set(CHOSEN_CUSTOMERS, chosenText(names))}
          onLeave={() => form.visit("customer")}
          errors={customerErrors}
        />
      </FormSection>
      <FormSection title={t("surveyDispatch.section.sending")}>
        <FieldControl form={form} column={columnSpec(TABLE, "channel")} choices={sentBy} />
        <FieldControl form={form} column={columnSpec(TABLE, "sentAt")} hint={dueHint} />
        <FieldControl form={form} column={columnSpec(TABLE, "receiptConfirmed")} />
      </FormSection>
    </RecordFormFrame>
  );
}
