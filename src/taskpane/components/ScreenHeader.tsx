import { makeStyles, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function ScreenHeader({ title, intro }: { title: string; intro: string }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Text as="h2" size={500} weight="semibold">
        {title}
      </Text>
      <Text>{intro}</Text>
    </header>
  );
}
