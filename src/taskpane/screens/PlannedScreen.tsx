import { Card, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { MessageKey } from "../../domain/i18n/translate";
import { ScreenHeader } from "../components/ScreenHeader";
import { useI18n } from "../i18n";

const useStyles = makeStyles({ screen: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

/** A section whose tools arrive in a later release: it says what it will hold, and that it is not there yet. */
export function PlannedScreen({ title, intro, empty }: { title: MessageKey; intro: MessageKey; empty: MessageKey }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <section className={styles.screen}>
      <ScreenHeader title={t(title)} intro={t(intro)} />
      <Card appearance="subtle">
        <Text italic>{t(empty)}</Text>
      </Card>
    </section>
  );
}
