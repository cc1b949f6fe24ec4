import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular, SaveRegular } from "@fluentui/react-icons";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { RecordEntry } from "../../domain/records-search";
import { type ColumnSpec, choiceLabel, choiceList, headerOf } from "../../domain/schema";
import type { Ledger } from "../../excel/read-ledger";
import { useI18n } from "../i18n";
import { useRecordCorrection } from "./use-record-correction";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  field: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  grow: { flex: "1 1 auto", minWidth: 0 },
  // A list as wide as its longest option (a survey item's header) would run past a 320 px pane.
  select: { minWidth: 0, maxWidth: "100%" },
  control: { minWidth: 0 },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

const INPUT_TYPES: Partial<Record<ColumnSpec["type"], "date" | "datetime-local" | "tel" | "email">> = {
  date: "date",
  dateTime: "datetime-local",
  phone: "tel",
  email: "email",
};

/** The element id of a field of the correction form (its label, the focus after adding it). */
export function correctionFieldId(entry: RecordEntry, key: string): string {
  return `records-correct-${entry.kind}-${entry.row}-${key}`;
}

/** One column as an input of its kind: a drop-down of the choices, a date picker, a text box. */
function CorrectionInput(props: { id: string; column: ColumnSpec; value: string; onChange: (value: string) => void }) {
  const { id, column, value, onChange } = props;
  const { t, language } = useI18n();
  if (column.type === "choice" && column.choices) {
    const list = column.choices;
    return (
      <Select id={id} value={value} onChange={(_, data) => onChange(data.value)}>
        <option value="">{t("form.choose")}</option>
        {choiceList(list).choices.map((choice) => (
          <option key={choice.key} value={choice.key}>
            {choiceLabel(list, choice.key, language)}
          </option>
        ))}
      </Select>
    );
  }
  if (column.type === "longText") {
    return <Textarea id={id} value={value} resize="vertical" onChange={(_, data) => onChange(data.value)} />;
  }
  const numeric = column.type === "number" || column.type === "percent" || column.type === "integer";
  return (
    <Input
      id={id}
      value={value}
      type={INPUT_TYPES[column.type] ?? "text"}
      inputMode={numeric ? (column.type === "integer" ? "numeric" : "decimal") : undefined}
      contentAfter={column.type === "percent" ? "%" : undefined}
      onChange={(_, data) => onChange(data.value)}
    />
  );
}

/**
 * Correcting a stored record, closed ones included: choose the fields to correct, give their right values and the
 * reason, and save; the reason is kept, dated, in the record's notes. Everything is a native control in a form
 * (Tab, the arrow keys, Enter on Save); adding a field moves the focus to it, removing one to the field chooser.
 */
export function CorrectRecord(props: {
  ledger: Ledger;
  entry: RecordEntry;
  now: () => Date;
  onCorrected: (message: string) => void;
}) {
  const { ledger, entry, now, onCorrected } = props;
  const { t, language } = useI18n();
  const styles = useStyles();
  const correction = useRecordCorrection({ ledger, entry, now });
  const chooserId = useId();
  const reasonId = useId();
  const [focus, setFocus] = useState<string | undefined>(undefined);
  const problem = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focus === undefined) return;
    document.getElementById(focus)?.focus();
    setFocus(undefined);
  }, [focus]);
  useEffect(() => {
    if (correction.notice || correction.state.status === "failed") problem.current?.focus();
  }, [correction.notice, correction.state]);
  // A field the save found wrong takes the focus, the first of them in the form's order.
  const { errors, fields } = correction;
  useEffect(() => {
    const first = fields.find((key) => errors.has(key));
    if (first !== undefined) document.getElementById(correctionFieldId(entry, first))?.focus();
    else if (errors.has("reason")) document.getElementById(reasonId)?.focus();
  }, [errors, fields, entry, reasonId]);

  if (correction.reasonColumn === undefined) {
    return <Text>{t("records.correct.noPlace", { column: correction.notesHeader, action: t("setup.action") })}</Text>;
  }

  const saving = correction.state.status === "saving";
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const message = await correction.save();
    if (message) onCorrected(message);
  };
  const remaining = correction.correctable.filter((column) => !correction.fields.includes(column.key));
  const columnOf = (key: string) => correction.table.columns.find((column) => column.key === key);
  let failure: string | undefined;
  if (correction.state.status === "failed") {
    const { summary, details } = correction.state.failure;
    failure = [summary, ...details].join(" ");
  }

  return (
    <form className={styles.form} aria-label={t("records.correct.title")} onSubmit={submit} noValidate>
      <Text>{t("records.correct.hint", { column: correction.reasonHeader })}</Text>
      <Field label={t("records.correct.field")}>
        <Select
          className={styles.select}
          select={{ className: styles.control }}
          id={chooserId}
          value=""
          onChange={(_, data) => {
            if (data.value === "") return;
            correction.add(data.value);
            setFocus(correctionFieldId(entry, data.value));
          }}
        >
          <option value="">{t("records.correct.chooseField")}</option>
          {remaining.map((column) => (
            <option key={column.key} value={column.key}>
              {headerOf(column, language)}
            </option>
          ))}
        </Select>
      </Field>
      {correction.fields.length > 0 && (
        <div className={styles.list} role="group" aria-label={t("records.correct.fieldsLabel")}>
          {correction.fields.map((key) => {
            const column = columnOf(key);
            if (!column) return null;
            const id = correctionFieldId(entry, key);
            const error = correction.errors.get(key);
            const header = headerOf(column, language);
            return (
              <div key={key} className={styles.field}>
                <Field
                  className={styles.grow}
                  label={{ children: header, htmlFor: id }}
                  validationState={error ? "error" : "none"}
                  validationMessage={error}
                >
                  <CorrectionInput
                    id={id}
                    column={column}
                    value={correction.values[key] ?? ""}
                    onChange={(value) => correction.set(key, value)}
                  />
                </Field>
                <Button
                  type="button"
                  appearance="subtle"
                  icon={<DismissRegular />}
                  aria-label={t("records.correct.remove", { field: header })}
                  onClick={() => {
                    correction.remove(key);
                    setFocus(chooserId);
                  }}
                />
              </div>
            );
          })}
        </div>
      )}
      <Field
        label={{ children: t("records.correct.reason"), htmlFor: reasonId }}
        required
        validationState={correction.errors.has("reason") ? "error" : "none"}
        validationMessage={correction.errors.get("reason")}
      >
        <Textarea
          id={reasonId}
          value={correction.reason}
          resize="vertical"
          onChange={(_, data) => correction.setReason(data.value)}
        />
      </Field>
      {(correction.notice || failure) && (
        <div ref={problem} tabIndex={-1}>
          <MessageBar intent={failure ? "error" : "warning"} role="alert" layout="multiline">
            <MessageBarBody>{correction.notice ?? failure}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<SaveRegular />} disabled={saving}>
          {t("records.correct.save")}
        </Button>
        {saving && <Spinner size="tiny" />}
      </div>
    </form>
  );
}
