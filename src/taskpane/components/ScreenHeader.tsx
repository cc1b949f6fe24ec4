import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // As Fluent's <Text size={500} weight="semibold"> draws it (its margins the browser's): every screen has this
  // header, Home's in the first chunk, which need not carry Text for it.
  title: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function ScreenHeader({ title, intro }: { title: string; intro: string }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <h2 className={styles.title}>{title}</h2>
      <span>{intro}</span>
    </header>
  );
}
