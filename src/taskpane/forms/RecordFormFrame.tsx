import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular, SaveRegular } from "@fluentui/react-icons";
import type { FormEvent, KeyboardEvent, ReactNode } from "react";
import type { TableKey } from "../../domain/schema";
import type { WorkbookPlan } from "../../domain/workbook-plan";
import { useI18n } from "../i18n";
import { ErrorSummary } from "./ErrorSummary";
import { SaveOutcome } from "./SaveOutcome";
import type { SaveState } from "./use-append-record";
import type { RecordForm } from "./use-record-form";
import { useShowRecord } from "./use-show-record";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface RecordFormFrameProps {
  readonly form: RecordForm;
  /** Names the form for assistive technology. */
  readonly label: string;
  readonly save: SaveState;
  readonly onSubmit: () => void;
  /** Where the record is saved: "Show in sheet" selects its row there. */
  readonly plan: WorkbookPlan;
  readonly table: TableKey;
  readonly submitLabel?: string;
  /** Inside another form (a customer added from the complaint form): a group, Enter saves this one only. */
  readonly nested?: boolean;
  readonly children: ReactNode;
}

/**
 * The frame every record form shares: the fields, what stops a save, Save (also Ctrl+Enter) and Clear, and the
 * save's outcome. Saving is disabled while a save is under way, so one click is one row.
 */
export function RecordFormFrame(props: RecordFormFrameProps) {
  const { form, label, save, onSubmit, plan, table, submitLabel, nested, children } = props;
  const { t } = useI18n();
  const shown = useShowRecord(plan, table);
  const styles = useStyles();
  const saving = save.status === "saving";
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!saving) onSubmit();
  };
  const submitOnEnter = (event: KeyboardEvent) => {
    if (event.key !== "Enter") return;
    const inTextArea = event.target instanceof HTMLTextAreaElement;
    const implicit = nested && !inTextArea && !(event.target instanceof HTMLButtonElement);
    if (!implicit && !event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    event.stopPropagation();
    submit();
  };
  const Container = nested ? "div" : "form";
  return (
    <Container
      className={styles.form}
      aria-label={label}
      role={nested ? "group" : undefined}
      onSubmit={nested ? undefined : submit}
      onKeyDown={submitOnEnter}
      noValidate={nested ? undefined : true}
    >
      {form.restored && (
        <MessageBar intent="info">
          <MessageBarBody>{t("form.draftRestored")}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorSummary form={form.name} messages={form.summary} />
      {children}
      <div className={styles.actions}>
        <Button
          type={nested ? "button" : "submit"}
          appearance="primary"
          icon={<SaveRegular />}
          disabled={saving}
          onClick={nested ? () => submit() : undefined}
        >
          {submitLabel ?? t("form.save")}
        </Button>
        <Button type="button" icon={<DismissRegular />} onClick={form.reset} disabled={saving}>
          {t("form.clear")}
        </Button>
        {saving && <Spinner size="tiny" label={t("form.saving")} />}
      </div>
      <SaveOutcome state={save} onShow={shown.show} />
      {shown.problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("form.showFailed", { reason: shown.problem })}</MessageBarBody>
        </MessageBar>
      )}
    </Container>
  );
}
