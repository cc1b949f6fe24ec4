import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { type ReactNode, useId, useState } from "react";

const useStyles = makeStyles({
  section: {
    border: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
  },
});

/**
 * A group of fields under a heading. A collapsible section starts closed (fields filled in later, while handling
 * the case) unless `open`; it opens by itself when one of its fields has an error, so no error is hidden.
 */
export function FormSection(props: { title: string; collapsible?: boolean; open?: boolean; children: ReactNode }) {
  const { title, collapsible, open, children } = props;
  const styles = useStyles();
  const [expanded, setExpanded] = useState(open ?? false);
  const contentId = useId();
  if (!collapsible) {
    return (
      <fieldset className={styles.section}>
        <legend className={styles.legend}>{title}</legend>
        {children}
      </fieldset>
    );
  }
  const shown = expanded || open === true;
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>
        <Button
          appearance="transparent"
          icon={shown ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={shown}
          aria-controls={contentId}
          onClick={() => setExpanded(!shown)}
        >
          {title}
        </Button>
      </legend>
      <div id={contentId} className={styles.section} hidden={!shown}>
        {children}
      </div>
    </fieldset>
  );
}
