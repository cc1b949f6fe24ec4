import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { useEffect, useId, useRef } from "react";
import { RECORD_KINDS, type RecordKind } from "../../domain/records-search";
import type { TableKey } from "../../domain/schema";
import type { WorkbookPlan } from "../../domain/workbook-plan";
import { listText } from "../../domain/i18n/glossary";
import { type I18n, useI18n } from "../i18n";
import { UndoAnswer } from "./UndoAnswer";
import { recordKindLabel } from "./record-labels";
import { type LastSave, savedIds, useUndoLastSave } from "./use-undo-last-save";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  title: { margin: 0 },
  action: { alignSelf: "flex-start" },
  answer: { outlineStyle: "none" },
});

const isRecordKind = (table: TableKey): table is RecordKind => (RECORD_KINDS as readonly string[]).includes(table);

/** What the last save saved: its kind of record and its id, or its ids when it saved several rows. */
function lastSaveText(save: LastSave, i18n: I18n): string {
  const kind = isRecordKind(save.table) ? recordKindLabel(save.table, i18n) : save.table;
  const ids = savedIds(save);
  if (ids.length === 1) return i18n.t("records.undo.last", { kind, id: ids[0] });
  return i18n.t("records.undo.lastMany", { kind, count: ids.length, ids: listText(i18n.language, ids) });
}

/**
 * The session's last save and a way to take it back: its rows are deleted if nobody changed them since, and their
 * ids are never given again. The answer takes the focus, so a screen reader says it where the button was.
 */
export function UndoLastSave({ plan, onUndone }: { plan: WorkbookPlan; onUndone: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const styles = useStyles();
  const titleId = useId();
  const answer = useRef<HTMLDivElement>(null);
  const { lastSave, undo, state } = useUndoLastSave();
  const answered = state.status === "undone" || state.status === "refused";

  useEffect(() => {
    if (answered) answer.current?.focus();
  }, [answered, state]);

  if (!lastSave && !answered) return null;
  const run = async () => {
    if (await undo(plan)) onUndone();
  };
  return (
    <section className={styles.card} aria-labelledby={titleId}>
      <Text as="h3" id={titleId} size={400} weight="semibold" className={styles.title}>
        {t("records.undo.title")}
      </Text>
      {lastSave && (
        <>
          <Text>{lastSaveText(lastSave, i18n)}</Text>
          <Button
            className={styles.action}
            icon={<ArrowUndoRegular />}
            disabled={state.status === "undoing"}
            onClick={run}
          >
            {t("records.undo.action")}
          </Button>
        </>
      )}
      {state.status === "undoing" && <Spinner size="tiny" label={t("records.undo.working")} />}
      {answered && (
        <div ref={answer} tabIndex={-1} className={styles.answer}>
          <UndoAnswer state={state} />
        </div>
      )}
    </section>
  );
}
