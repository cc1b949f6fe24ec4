import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type ComponentType, useState } from "react";
import type { MessageKey } from "../../domain/i18n/translate";
import type { TableKey } from "../../domain/schema";
import { ScreenHeader } from "../components/ScreenHeader";
import { ComplaintForm } from "../forms/ComplaintForm";
import { CustomerForm } from "../forms/CustomerForm";
import { FeedbackForm } from "../forms/FeedbackForm";
import { SurveyDispatchForm } from "../forms/SurveyDispatchForm";
import { SurveyReturnForm } from "../forms/SurveyReturnForm";
import type { RecordFormProps } from "../forms/record-form-props";
import { useI18n } from "../i18n";
import { useStorage } from "../storage-context";
import { useLedger } from "../use-ledger";

const useStyles = makeStyles({ screen: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

function CustomerRegisterForm({ ledger, onCustomerAdded }: RecordFormProps) {
  return <CustomerForm ledger={ledger} onSaved={onCustomerAdded} />;
}

/** The forms of the Record screen, in the order staff meet them. */
const FORMS = {
  feedback: { label: "record.form.feedback", component: FeedbackForm },
  complaint: { label: "record.form.complaint", component: ComplaintForm },
  surveyDispatch: { label: "record.form.surveyDispatch", component: SurveyDispatchForm },
  surveyReturn: { label: "record.form.surveyReturn", component: SurveyReturnForm },
  customer: { label: "record.form.customer", component: CustomerRegisterForm },
} as const satisfies Record<string, { label: MessageKey; component: ComponentType<RecordFormProps> }>;

type FormKey = keyof typeof FORMS;
const FORM_KEYS = Object.keys(FORMS) as FormKey[];
const CHOSEN_FORM = "vocLedger.recordForm";

/** What the forms read: the customer register for the picker; the settings come with every ledger. */
const TABLES_READ: readonly TableKey[] = ["customers"];

function isFormKey(value: string | null): value is FormKey {
  return value !== null && value in FORMS;
}

/** Records feedback, complaints, surveys and customers through forms that append to the workbook's tables. */
export function RecordScreen({ onGoHome }: { onGoHome: () => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const storage = useStorage();
  const { state, reload } = useLedger(TABLES_READ);
  const [chosen, setChosen] = useState<FormKey>(() => {
    const saved = storage?.getItem(CHOSEN_FORM) ?? null;
    return isFormKey(saved) ? saved : "feedback";
  });
  const choose = (key: FormKey) => {
    setChosen(key);
    storage?.setItem(CHOSEN_FORM, key);
  };
  const Form = FORMS[chosen].component;

  return (
    <section className={styles.screen}>
      <ScreenHeader title={t("record.title")} intro={t("record.intro")} />
      <Field label={t("record.chooseForm")}>
        <Select value={chosen} onChange={(_, data) => isFormKey(data.value) && choose(data.value)}>
          {FORM_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(FORMS[key].label)}
            </option>
          ))}
        </Select>
      </Field>
      {state.status === "reading" && <Spinner size="tiny" label={t("record.reading")} />}
      {state.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("record.readFailed", { reason: state.reason })}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "notSetUp" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("record.notSetUp")}{" "}
            <Button size="small" onClick={onGoHome}>
              {t("record.goHome")}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "ready" && <Form key={chosen} ledger={state.ledger} onCustomerAdded={reload} />}
    </section>
  );
}
