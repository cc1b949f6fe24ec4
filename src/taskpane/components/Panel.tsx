import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

// Fluent's Card, drawn with its tokens, for Home: Card brings tabster's focus groups into the first screen's chunk,
// and a panel nobody focuses needs none of them.
const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    padding: "12px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow4,
    // Shadows vanish in forced colours (Windows high contrast); a transparent outline shows there as the edge.
    outlineWidth: tokens.strokeWidthThin,
    outlineStyle: "solid",
    outlineColor: "transparent",
    outlineOffset: `-${tokens.strokeWidthThin}`,
  },
});

/** A group of Home's content on a raised surface, as Fluent's Card draws one. */
export function Panel({ className, children }: { className?: string; children: ReactNode }) {
  const styles = useStyles();
  return <div className={mergeClasses(styles.panel, className)}>{children}</div>;
}
