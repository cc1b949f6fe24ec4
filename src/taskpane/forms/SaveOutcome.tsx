import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../i18n";
import type { SaveState } from "./use-append-record";

const useStyles = makeStyles({ list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL } });

/**
 * The answer to a save: the new id with a way to see its row (and to undo the save, given `onUndo`), or why it failed
 * and that nothing was lost. `restated`: Save was pressed again on the fresh form left by this save, and nothing more
 * was saved. `undoing`: the undo is under way.
 */
export function SaveOutcome({
  state,
  onShow,
  restated,
  onUndo,
  undoing,
}: {
  state: SaveState;
  onShow: (id: string) => void;
  restated?: boolean;
  onUndo?: () => void;
  undoing?: boolean;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  if (state.status === "saved") {
    return (
      <MessageBar intent="success" layout="multiline" role="status">
        <MessageBarBody>
          {t(state.alreadySaved ? "form.alreadySaved" : "form.saved", { id: state.id })}{" "}
          <Link as="button" onClick={() => onShow(state.id)}>
            {t("form.showInSheet")}
          </Link>
          {onUndo && (
            <>
              {" "}
              <Link as="button" onClick={onUndo} disabled={undoing}>
                {t("records.undo.action")}
              </Link>
            </>
          )}
          {restated && (
            <Text as="span" block>
              {t("form.nothingMoreToSave")}
            </Text>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (state.status !== "failed") return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{state.failure.summary}</MessageBarTitle>
        <ul className={styles.list}>
          {state.failure.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
