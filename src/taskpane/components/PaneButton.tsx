import {
  createCustomFocusIndicatorStyle,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import type { ReactElement, ReactNode } from "react";

// Fluent's medium Button as it draws a secondary, primary or transparent one (its tokens, its hover, pressed,
// disabled, focus and forced-colours states), for the first screen's few buttons: Button's styles for every
// appearance, size and shape are about 8 KB of the first chunk. Sections in chunks of their own keep Button.
const useStyles = makeStyles({
  root: {
    alignItems: "center",
    boxSizing: "border-box",
    display: "inline-flex",
    justifyContent: "center",
    verticalAlign: "middle",
    margin: 0,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontFamily: tokens.fontFamilyBase,
    outlineStyle: "none",
    padding: `5px ${tokens.spacingHorizontalM}`,
    minWidth: "96px",
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    transitionDuration: tokens.durationFaster,
    transitionProperty: "background, border, color",
    transitionTimingFunction: tokens.curveEasyEase,
    ":hover": {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
      color: tokens.colorNeutralForeground1Hover,
      cursor: "pointer",
    },
    ":hover:active": {
      backgroundColor: tokens.colorNeutralBackground1Pressed,
      ...shorthands.borderColor(tokens.colorNeutralStroke1Pressed),
      color: tokens.colorNeutralForeground1Pressed,
    },
    "@media screen and (prefers-reduced-motion: reduce)": { transitionDuration: "0.01ms" },
    "@media (forced-colors: active)": {
      ":hover": {
        backgroundColor: "HighlightText",
        ...shorthands.borderColor("Highlight"),
        color: "Highlight",
        forcedColorAdjust: "none",
      },
    },
    ...createCustomFocusIndicatorStyle({
      ...shorthands.borderColor(tokens.colorStrokeFocus2),
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorTransparentStroke}`,
      boxShadow: `0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset`,
      zIndex: 1,
    }),
  },
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    ...shorthands.borderColor("transparent"),
    color: tokens.colorNeutralForegroundOnBrand,
    ":hover": {
      backgroundColor: tokens.colorBrandBackgroundHover,
      ...shorthands.borderColor("transparent"),
      color: tokens.colorNeutralForegroundOnBrand,
    },
    ":hover:active": { backgroundColor: tokens.colorBrandBackgroundPressed },
    "@media (forced-colors: active)": {
      backgroundColor: "Highlight",
      ...shorthands.borderColor("HighlightText"),
      color: "HighlightText",
      forcedColorAdjust: "none",
    },
  },
  transparent: {
    backgroundColor: tokens.colorTransparentBackground,
    ...shorthands.borderColor("transparent"),
    color: tokens.colorNeutralForeground2,
    ":hover": {
      backgroundColor: tokens.colorTransparentBackgroundHover,
      ...shorthands.borderColor("transparent"),
      color: tokens.colorNeutralForeground2BrandHover,
    },
    ":hover:active": { backgroundColor: tokens.colorTransparentBackgroundPressed },
  },
  // An icon alone: a 32 px square, as Button's iconOnly.
  iconOnly: { minWidth: "32px", maxWidth: "32px", padding: "5px" },
  disabled: {
    backgroundColor: tokens.colorNeutralBackgroundDisabled,
    ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
    color: tokens.colorNeutralForegroundDisabled,
    cursor: "not-allowed",
    ":hover": {
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
      color: tokens.colorNeutralForegroundDisabled,
      cursor: "not-allowed",
    },
    "@media (forced-colors: active)": {
      backgroundColor: "ButtonFace",
      ...shorthands.borderColor("GrayText"),
      color: "GrayText",
      ":hover": { backgroundColor: "ButtonFace", ...shorthands.borderColor("GrayText"), color: "GrayText" },
    },
  },
  transparentDisabled: { backgroundColor: tokens.colorTransparentBackground, ...shorthands.borderColor("transparent") },
  icon: {
    alignItems: "center",
    display: "inline-flex",
    justifyContent: "center",
    fontSize: "20px",
    height: "20px",
    width: "20px",
  },
  iconBefore: { marginInlineEnd: tokens.spacingHorizontalSNudge },
});

export interface PaneButtonProps {
  readonly appearance?: "secondary" | "primary" | "transparent";
  readonly icon?: ReactElement;
  readonly disabled?: boolean;
  readonly onClick?: () => void;
  readonly "aria-label"?: string;
  readonly children?: ReactNode;
}

/** A button of the first screen that looks like Fluent's medium Button. */
export function PaneButton({ appearance = "secondary", icon, disabled, onClick, children, ...aria }: PaneButtonProps) {
  const styles = useStyles();
  const iconOnly = icon !== undefined && children === undefined;
  return (
    <button
      type="button"
      aria-label={aria["aria-label"]}
      disabled={disabled}
      onClick={onClick}
      className={mergeClasses(
        styles.root,
        appearance !== "secondary" && styles[appearance],
        iconOnly && styles.iconOnly,
        disabled && styles.disabled,
        disabled && appearance === "transparent" && styles.transparentDisabled,
      )}
    >
      {icon && <span className={mergeClasses(styles.icon, !iconOnly && styles.iconBefore)}>{icon}</span>}
      {children}
    </button>
  );
}
