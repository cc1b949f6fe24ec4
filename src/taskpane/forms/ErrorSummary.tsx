import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n";
import type { FieldMessage } from "./use-record-form";

const useStyles = makeStyles({ list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL } });

/** What stops the form from saving, each message a link to its field. */
export function ErrorSummary(props: { idOf: (field: string) => string; messages: readonly FieldMessage[] }) {
  const { idOf, messages } = props;
  const { t } = useI18n();
  const styles = useStyles();
  if (messages.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("form.errorSummary", { count: messages.length })}</MessageBarTitle>
        <ul className={styles.list}>
          {messages.map(({ field, message }) => (
            <li key={field}>
              <Link as="button" onClick={() => document.getElementById(idOf(field))?.focus()}>
                {message}
              </Link>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
