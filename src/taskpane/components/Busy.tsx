import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

/** Marks every busy indicator on the page, as `.fui-Spinner` marks Fluent's: specs wait for both to go. */
export const BUSY_CLASS = "voc-Busy";

// Fluent's Spinner as it draws a tiny or small one (the brand ring, its track and the label's typography, with
// its tokens), for what the first screen shows while it waits: Spinner, its Label and their motion code are about
// 9 KB of the first chunk for a ring most people see for a moment. Sections in chunks of their own keep Spinner.
const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    gap: "8px",
    minWidth: "min-content",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
  },
  ring: {
    flexShrink: 0,
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2Contrast}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } },
    animationDuration: "1.5s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    // As Spinner does: slower, and its arc no longer grows and shrinks (this one never does).
    "@media screen and (prefers-reduced-motion: reduce)": { animationDuration: "1.8s" },
    "@media screen and (forced-colors: active)": {
      border: `${tokens.strokeWidthThick} solid HighlightText`,
      borderTopColor: "Highlight",
      forcedColorAdjust: "none",
    },
  },
  tiny: { width: "20px", height: "20px" },
  small: { width: "28px", height: "28px" },
});

/**
 * A labelled busy ring that looks like Fluent's Spinner. A status, so assistive technology reads the label (the
 * pane's language) when it appears, and the ring itself is hidden from it.
 */
export function Busy({ label, size = "tiny" }: { label: string; size?: "tiny" | "small" }) {
  const styles = useStyles();
  return (
    <div role="status" className={mergeClasses(BUSY_CLASS, styles.root)}>
      <span aria-hidden className={mergeClasses(styles.ring, styles[size])} />
      <span>{label}</span>
    </div>
  );
}
