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
  // The folded content: `hidden` alone would lose to the shown content's `display: flex`.
  folded: { display: "none" },
});

export interface FormSectionProps {
  readonly title: string;
  /** A heading that folds the section away (fields filled in later, or seldom). */
  readonly collapsible?: boolean;
  /**
   * The section must be open now: one of its fields has an error, or became needed. It opens and stays open, so
   * that fixing the error does not fold the field away under the person's hands.
   */
  readonly open?: boolean;
  readonly children: ReactNode;
}

/**
 * A group of fields under a heading. A collapsible section starts folded unless `open`: folded, its fields are
 * not shown, not in the tab order and not read out, though they keep what was typed in them.
 */
export function FormSection({ title, collapsible, open, children }: FormSectionProps) {
  const styles = useStyles();
  const [expanded, setExpanded] = useState(open ?? false);
  const contentId = useId();
  if (open === true && !expanded) setExpanded(true); // derived from props during render: no folded frame is drawn
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
      <div id={contentId} className={shown ? styles.section : styles.folded} hidden={!shown}>
        {children}
      </div>
    </fieldset>
  );
}
