import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { MessageKey } from "../../domain/i18n/translate";
import { type TableKey, TABLES, columnSpec, surveyReturnColumns } from "../../domain/schema";
import {
  type SurveyAlert,
  type SurveyPreview,
  currentPeriod,
  dueBack,
  itemColumnKey,
  returnTiming,
  surveyModuleGroups,
  surveyPreview,
} from "../../domain/survey-forms";
import type { Ledger } from "../../excel/read-ledger";
import { useI18n } from "../i18n";
import { useLedger } from "../use-ledger";
import { CustomerPicker } from "./CustomerPicker";
import { FieldControl } from "./FieldControl";
import { FormSection } from "./FormSection";
import { RecordFormFrame } from "./RecordFormFrame";
import { dateText, serialOfDate, serialText } from "./date-text";
import type { RecordFormProps } from "./record-form-props";
import { SurveyAnswerField } from "./survey-answer-field";
import { awaitingDispatches } from "./survey-awaiting";
import { SurveyDispatchChoice } from "./survey-dispatch-choice";
import { formLevels } from "./survey-levels";
import { readAnswers, returnInput } from "./survey-return-values";
import { SurveyScorePreview } from "./survey-score-preview";
import { serialValue } from "./typed-value";
import type { FormValues } from "./use-draft";
import { type RecordForm, fieldId } from "./use-record-form";
import { useNewRecord } from "./use-new-record";

const TABLE = TABLES.surveyReturns;
/** The return form pairs a return with its dispatch: it reads both ledgers, and the register for the picker. */
const SURVEY_TABLES: readonly TableKey[] = ["customers", "surveyDispatch", "surveyReturns"];

type ItemAlert = Extract<SurveyAlert, { kind: "itemAtOrBelow" }>;

/** A returned survey form (004 §5.5–5.7, REQ 13–17): its answers, previewed as the workbook will score them. */
export function SurveyReturnForm({ onCustomerAdded }: RecordFormProps) {
  const { t } = useI18n();
  // Read when the form opens, so that forms sent a moment ago on the dispatch form are there to choose from.
  const { state, reload } = useLedger(SURVEY_TABLES);
  const customerAdded = useCallback(() => {
    reload();
    onCustomerAdded();
  }, [reload, onCustomerAdded]);
  if (state.status === "ready") return <ReturnForm ledger={state.ledger} onCustomerAdded={customerAdded} />;
  if (state.status === "reading") return <Spinner size="tiny" label={t("record.reading")} />;
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        {state.status === "failed" ? t("record.readFailed", { reason: state.reason }) : t("record.notSetUp")}
      </MessageBarBody>
    </MessageBar>
  );
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** When the dispatch was due back and whether this return is on time (REQ 18), for the returned date's hint. */
function useTimingHint(ledger: Ledger, form: RecordForm): string | undefined {
  const { t } = useI18n();
  const dispatchId = (form.values.dispatchId ?? "").trim().toLowerCase();
  const dispatch = (ledger.records.surveyDispatch ?? []).find(
    (row) =>
      dispatchId !== "" &&
      String(row.id ?? "")
        .trim()
        .toLowerCase() === dispatchId,
  );
  const returned = serialValue(TABLE, form.values, "returnedAt", ledger.language);
  if (!dispatch || typeof dispatch.sentAt !== "number" || returned === null) return undefined;
  const { deadlines } = ledger.settings.plan;
  const { holidays } = ledger.settings;
  try {
    const timing = returnTiming(dispatch.sentAt, returned, deadlines, holidays);
    const due = serialText(dueBack(dispatch.sentAt, deadlines, holidays), true);
    const keys: { [K in typeof timing]: MessageKey } = {
      onTime: "surveyReturn.onTime",
      late: "surveyReturn.late",
      beforeSent: "surveyReturn.beforeSent",
    };
    return t(keys[timing], { due, sent: serialText(dispatch.sentAt, true) });
  } catch {
    return undefined; // settings the workbook cannot compute either: its own columns show the error
  }
}

function ReturnForm({ ledger, onCustomerAdded }: RecordFormProps) {
  const { t, language } = useI18n();
  const { instrument, modules, gradeBands } = ledger.settings.plan;
  const { itemAlert, customerAlert } = ledger.settings.targets;
  const levels = useMemo(() => formLevels(ledger.settings.ratingLevels), [ledger.settings.ratingLevels]);
  const columns = useMemo(() => surveyReturnColumns(instrument, modules), [instrument, modules]);
  const groups = useMemo(() => surveyModuleGroups(instrument, modules), [instrument, modules]);
  const initial = useCallback((): FormValues => {
    const now = new Date();
    return { period: currentPeriod(serialOfDate(now)), returnedAt: dateText(now) };
  }, []);
  const toInput = useCallback((values: FormValues) => returnInput(values, instrument, levels), [instrument, levels]);
  const [returned, setReturned] = useState<ReadonlySet<string>>(new Set());
  const { form, frame } = useNewRecord(
    { name: "surveyReturn", table: TABLE, columns, workbookLanguage: ledger.language, initial, toInput },
    ledger.plan,
    // The returned form leaves the list of those awaiting return without another read.
    (_, row) =>
      typeof row.dispatchId === "string" && setReturned((before) => new Set(before).add(String(row.dispatchId))),
  );
  const awaiting = useMemo(
    () => awaitingDispatches(ledger.records.surveyDispatch ?? [], ledger.records.surveyReturns ?? [], returned),
    [ledger, returned],
  );
  const timingHint = useTimingHint(ledger, form);

  const { answers, faults } = readAnswers(form.values, instrument, levels);
  let preview: SurveyPreview | { failed: string };
  try {
    preview = surveyPreview(answers, { instrument, modules, gradeBands, itemAlert, customerAlert });
  } catch (error) {
    preview = { failed: errorText(error) };
  }
  const itemAlerts = new Map(
    ("failed" in preview ? [] : preview.alerts)
      .filter((alert): alert is ItemAlert => alert.kind === "itemAtOrBelow")
      .map((alert) => [alert.itemCode, alert]),
  );
  const answerError = (code: string) => {
    const column = itemColumnKey(code);
    const fault = faults.get(code);
    if (!form.messages.has(column)) return undefined;
    return fault ? t(`surveyReturn.answer.${fault.code}`, { max: fault.max }) : form.messages.get(column);
  };

  return (
    <RecordFormFrame {...frame} label={t("record.form.surveyReturn")}>
      <FormSection title={t("surveyReturn.section.form")}>
        <SurveyDispatchChoice form={form} column={columnSpec(TABLE, "dispatchId")} awaiting={awaiting} />
        <FieldControl form={form} column={columnSpec(TABLE, "period")} hint={t("survey.periodHint")} />
        <CustomerPicker
          form={form}
          column={columnSpec(TABLE, "customer")}
          ledger={ledger}
          onCustomerAdded={onCustomerAdded}
        />
        <FieldControl form={form} column={columnSpec(TABLE, "returnedAt")} hint={timingHint} />
      </FormSection>
      {groups.map((group) => (
        <FormSection key={group.module.key} title={group.module.label[language]}>
          {group.items.map((item) => {
            const column = itemColumnKey(item.code);
            return (
              <SurveyAnswerField
                key={item.code}
                id={fieldId(form.name, column)}
                item={item}
                levels={levels}
                text={form.values[column] ?? ""}
                onChange={(text) => form.set(column, text)}
                onLeave={() => form.visit(column)}
                error={answerError(item.code)}
                alert={itemAlerts.get(item.code)}
              />
            );
          })}
        </FormSection>
      ))}
      <FormSection title={t("surveyReturn.preview")}>
        <SurveyScorePreview preview={preview} instrument={instrument} modules={modules} />
      </FormSection>
      <FormSection title={t("surveyReturn.section.comments")}>
        <FieldControl form={form} column={columnSpec(TABLE, "comments")} />
      </FormSection>
    </RecordFormFrame>
  );
}
