import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeftRegular, SaveRegular } from "@fluentui/react-icons";
import { type KeyboardEvent, useState } from "react";
import { type SurveyAlert, proposedDueDate, takeAlertInput } from "../../domain/actions";
import { isLanguageLoaded, loadLanguage } from "../../domain/i18n/translate";
import { type FieldError, fieldErrorMessage, validateRecord } from "../../domain/records";
import { TABLES, choiceList, columnSpec, headerOf } from "../../domain/schema";
import type { Ledger } from "../../excel/read-ledger";
import { SaveOutcome } from "../forms/SaveOutcome";
import { serialText } from "../forms/date-text";
import { useAppendRecord } from "../forms/use-append-record";
import { useI18n } from "../i18n";
import { alertFinding, kindLabel, subjectText } from "./action-text";

export const TAKE_HEADING_ID = "take-alert-heading";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, overflowWrap: "anywhere" },
  back: { alignSelf: "flex-start" },
  save: { alignSelf: "flex-start" },
  facts: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export interface TakeAlertProps {
  readonly ledger: Ledger;
  readonly alert: SurveyAlert;
  /** The present moment, an Excel serial. */
  readonly now: () => number;
  /** The action was saved with this id. */
  readonly onDone: (message: string, id: string) => void;
  readonly onBack: () => void;
}

/**
 * Taking an alert: its owner, responsible department and due date (5 working days on by default, REQ 25), saved as
 * one row of the CorrectiveActions table through the forms' append (2 round trips; a retry never adds a second
 * row). Nothing is written while a field is wrong. Escape goes back to the list.
 */
export function TakeAlert({ ledger, alert, now, onDone, onBack }: TakeAlertProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const appender = useAppendRecord(ledger.plan, "actions");
  const [owner, setOwner] = useState("");
  const [department, setDepartment] = useState("");
  const [dueDate, setDueDate] = useState(() => serialText(proposedDueDate(now(), ledger.settings.holidays), false));
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [notLoaded, setNotLoaded] = useState<string | null>(null);
  const header = (key: string) => headerOf(columnSpec(TABLES.actions, key), language);
  const errorOf = (key: string) => {
    const found = errors.find((error) => error.field === key);
    return found && fieldErrorMessage(found, language);
  };
  const saving = appender.state.status === "saving";

  const save = async () => {
    // The finding is written in the workbook's language, which need not be the pane's: its messages come first.
    if (!isLanguageLoaded(ledger.language)) {
      try {
        await loadLanguage(ledger.language);
        setNotLoaded(null);
      } catch (error) {
        setNotLoaded(t("form.saveFailed", { reason: error instanceof Error ? error.message : String(error) }));
        return;
      }
    }
    const input = takeAlertInput(alert, { owner, department, dueDate }, now(), ledger.language);
    const checked = validateRecord(TABLES.actions, input, { language: ledger.language });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors([]);
    const id = (await appender.save(checked.row))?.id;
    if (id === undefined) return;
    const due = serialText(Number(checked.row.dueDate), false);
    const kind = kindLabel(alert.kind, language);
    onDone(t("actions.saved", { id, kind, subject: subjectText(alert.customer, alert.period, t), owner, due }), id);
  };
  const goBackOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    event.preventDefault();
    onBack();
  };

  return (
    <section className={styles.page} aria-labelledby={TAKE_HEADING_ID} onKeyDown={goBackOnEscape}>
      <Button className={styles.back} appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
        {t("actions.back")}
      </Button>
      <Text as="h3" id={TAKE_HEADING_ID} tabIndex={-1} size={500} weight="semibold" className={styles.heading}>
        {t("actions.takeTitle")}
      </Text>
      <div>
        <Text block weight="semibold">
          {kindLabel(alert.kind, language)}
        </Text>
        <Text block>{subjectText(alert.customer, alert.period, t)}</Text>
        <Text block className={styles.facts}>
          {alertFinding(alert, ledger.settings.plan.instrument, language)}
        </Text>
      </div>
      <Field
        label={header("owner")}
        required
        validationState={errorOf("owner") ? "error" : "none"}
        validationMessage={errorOf("owner")}
      >
        <Input value={owner} onChange={(_, data) => setOwner(data.value)} />
      </Field>
      <Field label={header("department")}>
        <Select value={department} onChange={(_, data) => setDepartment(data.value)}>
          <option value="" />
          {choiceList("department").choices.map((choice) => (
            <option key={choice.key} value={choice.key}>
              {choice.label[language]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={header("dueDate")}
        required
        validationState={errorOf("dueDate") ? "error" : "none"}
        validationMessage={errorOf("dueDate")}
      >
        <Input type="date" value={dueDate} onChange={(_, data) => setDueDate(data.value)} />
      </Field>
      <Text size={200} className={styles.facts}>
        {t("actions.takeHint")}
      </Text>
      {errors.some((error) => error.field !== "owner" && error.field !== "dueDate") && (
        <Text role="alert">
          {t("actions.invalid", { problems: errors.map((error) => fieldErrorMessage(error, language)).join(" ") })}
        </Text>
      )}
      <Button
        className={styles.save}
        appearance="primary"
        icon={<SaveRegular />}
        disabled={saving}
        onClick={() => void save()}
      >
        {t("actions.save")}
      </Button>
      {notLoaded && <Text role="alert">{notLoaded}</Text>}
      {appender.state.status === "failed" && <SaveOutcome state={appender.state} onShow={() => undefined} />}
    </section>
  );
}
