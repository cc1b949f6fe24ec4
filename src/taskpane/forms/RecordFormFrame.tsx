import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular, SaveRegular } from "@fluentui/react-icons";
import {
  type FormEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useRef,
  useState,
} from "react";
import type { TableKey } from "../../domain/schema";
import type { WorkbookPlan } from "../../domain/workbook-plan";
import { useI18n } from "../i18n";
import type { UndoState } from "../records/use-undo-last-save";
import { ErrorSummary } from "./ErrorSummary";
import { SaveOutcome } from "./SaveOutcome";
import type { SaveState } from "./use-append-record";
import type { RecordForm } from "./use-record-form";
import { useShowRecord } from "./use-show-record";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  outcome: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, scrollMarginTop: "48px" },
});

/** Undoing the save the saved message is about (useNewRecord gives it). */
export interface FrameUndo {
  readonly state: UndoState;
  /** The saved message's record is this form's to undo: it offers Undo. */
  readonly available: boolean;
  readonly run: () => void;
}

/**
 * How long after a save a click is taken for the rest of a double click: the saved message moved the form under
 * the pointer (the pane scrolls to it), so that click would land on whatever came there.
 */
const STRAY_CLICK_MS = 600;

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
  /**
   * What a save of several rows saved (the survey dispatch form), shown where a single record's id would be; `key`
   * changes with each save. While it is given the frame treats the form as just saved, as for `save` "saved".
   */
  readonly saved?: { readonly key: object; readonly content: ReactNode };
  /** Inside another form (a customer added from the complaint form): a group, Enter saves this one only. */
  readonly nested?: boolean;
  /** A nested form's way back: Cancel (also Escape) instead of Clear form. */
  readonly onCancel?: () => void;
  /** Undo beside the saved message; its answer (undone, or why not) is said there too. */
  readonly undo?: FrameUndo;
  readonly children: ReactNode;
}

/**
 * The frame every record form shares: the fields, what stops a save, Save (also Ctrl+Enter) and Clear, and the
 * save's outcome. Saving is disabled while a save is under way, so one click is one row.
 *
 * The outcome is said at the top of the form, where the first field of the next record is, and focused there, so
 * the eye and a screen reader both land on it. Save pressed again on the fresh form a save left behind (a double
 * click, Ctrl+Enter twice) saves nothing and is no error: the frame says again what was saved. Undo, beside the
 * saved message, answers in the same place and takes the focus there: undone replaces the saved message (the form
 * is then no longer "just saved"), a refusal is said under it.
 */
export function RecordFormFrame(props: RecordFormFrameProps) {
  const { form, label, save, onSubmit, plan, table, submitLabel, saved, nested, onCancel, undo, children } = props;
  const { t } = useI18n();
  const shown = useShowRecord(plan, table);
  const styles = useStyles();
  const outcome = useRef<HTMLDivElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const answeredAt = useRef(Number.NEGATIVE_INFINITY);
  const [restated, setRestated] = useState(0);
  const saving = save.status === "saving";
  const undoState = save.status === "saved" ? undo?.state : undefined;
  const undone = undoState?.status === "undone";
  const undoAnswered = undone || undoState?.status === "refused";
  const justSaved = (save.status === "saved" && !undone) || saved !== undefined;
  const answered = justSaved || save.status === "failed" || undone;

  useEffect(() => {
    if (!answered) return;
    if (justSaved) answeredAt.current = Date.now();
    outcome.current?.focus(); // which also scrolls it into view
  }, [answered, justSaved, save, saved?.key, restated]);
  useEffect(() => {
    if (undoAnswered) outcome.current?.focus();
  }, [undoAnswered, undoState]);
  useEffect(() => {
    if (!justSaved || form.touched) setRestated(0);
  }, [justSaved, form.touched]);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    if (justSaved && !form.touched) {
      setRestated((count) => count + 1); // nothing new to save: say again what was
      return;
    }
    onSubmit();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (nested && onCancel && event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
      return;
    }
    if (event.key !== "Enter") return;
    const inTextArea = event.target instanceof HTMLTextAreaElement;
    const implicit = nested && !inTextArea && !(event.target instanceof HTMLButtonElement);
    if (!implicit && !event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    event.stopPropagation();
    submit();
  };
  // The rest of a double click on Save, landing elsewhere once the saved message moved the form: it neither takes
  // the focus from the message nor opens, fills or clears anything. On Save itself it says again what was saved.
  const swallowStrayClick = (event: MouseEvent) => {
    if (Date.now() - answeredAt.current > STRAY_CLICK_MS) return;
    const target = event.target instanceof Node ? event.target : null;
    if (submitButton.current?.contains(target) || outcome.current?.contains(target)) return;
    event.preventDefault();
    event.stopPropagation();
  };
  const Container = nested ? "div" : "form";
  return (
    <Container
      className={styles.form}
      aria-label={label}
      role={nested ? "group" : undefined}
      onSubmit={nested ? undefined : submit}
      onKeyDown={onKeyDown}
      onMouseDownCapture={swallowStrayClick}
      onClickCapture={swallowStrayClick}
      noValidate={nested ? undefined : true}
    >
      {form.restored && (
        <MessageBar intent="info">
          <MessageBarBody>{t("form.draftRestored")}</MessageBarBody>
        </MessageBar>
      )}
      {answered && (
        <div ref={outcome} tabIndex={-1} className={styles.outcome}>
          {saved?.content ??
            (!undone && (
              <SaveOutcome
                state={save}
                onShow={shown.show}
                restated={restated > 0}
                onUndo={undo?.available ? undo.run : undefined}
                undoing={undoState?.status === "undoing"}
              />
            ))}
          {undoState?.status === "undoing" && <Spinner size="tiny" label={t("records.undo.working")} />}
          {undoAnswered && (
            <MessageBar intent={undone ? "success" : "warning"} role={undone ? "status" : "alert"} layout="multiline">
              <MessageBarBody>
                {[undoState.message, ...(undoState.status === "refused" ? undoState.details : [])].join(" ")}
              </MessageBarBody>
            </MessageBar>
          )}
          {saved !== undefined && restated > 0 && (
            <MessageBar intent="info" role="status">
              <MessageBarBody>{t("form.nothingMoreToSave")}</MessageBarBody>
            </MessageBar>
          )}
          {shown.problem && (
            <MessageBar intent="warning">
              <MessageBarBody>{t("form.showFailed", { reason: shown.problem })}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
      <ErrorSummary idOf={form.idOf} messages={form.summary} />
      {children}
      <div className={styles.actions}>
        <Button
          ref={submitButton}
          type={nested ? "button" : "submit"}
          appearance="primary"
          icon={<SaveRegular />}
          disabled={saving}
          onClick={nested ? () => submit() : undefined}
        >
          {submitLabel ?? t("form.save")}
        </Button>
        {onCancel ? (
          <Button type="button" icon={<DismissRegular />} onClick={onCancel} disabled={saving}>
            {t("form.cancel")}
          </Button>
        ) : (
          !nested && (
            <Button type="button" icon={<DismissRegular />} onClick={form.reset} disabled={saving}>
              {t("form.clear")}
            </Button>
          )
        )}
        {saving && <Spinner size="tiny" label={t("form.saving")} />}
      </div>
    </Container>
  );
}
