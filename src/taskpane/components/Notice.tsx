import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
// Icons from their own modules, not the package's index: see Navigation.
import { DiamondDismissFilled } from "@fluentui/react-icons/svg/diamond-dismiss";
import { InfoFilled } from "@fluentui/react-icons/svg/info";
import type { ReactNode } from "react";

// Fluent's MessageBar as it draws an info or error bar, with its tokens, for what the first screen may have to say
// (Home's read failure, the VOC functions notice, a section that could not be fetched): MessageBar and its motion
// code are not worth their weight in the first chunk for messages most openings never show.
const useStyles = makeStyles({
  notice: {
    display: "grid",
    gridTemplateColumns: "auto 1fr auto",
    gridTemplateAreas: '"icon body actions"',
    alignItems: "start",
    minHeight: "36px",
    boxSizing: "border-box",
    paddingBlock: tokens.spacingVerticalMNudge,
    paddingInlineStart: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
  },
  icon: {
    gridArea: "icon",
    display: "flex",
    alignItems: "center",
    height: tokens.lineHeightBase300,
    marginInlineEnd: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase500,
    color: tokens.colorNeutralForeground3,
  },
  errorIcon: { color: tokens.colorStatusDangerForeground1 },
  body: { gridArea: "body", paddingInlineEnd: tokens.spacingHorizontalM, overflowWrap: "anywhere" },
  title: { fontWeight: tokens.fontWeightSemibold },
  actions: {
    gridArea: "actions",
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    marginBlock: `calc(-1 * ${tokens.spacingVerticalXS})`,
    paddingInlineEnd: tokens.spacingHorizontalM,
  },
});

export interface NoticeProps {
  readonly intent: "info" | "error";
  /** Said first, in bold. */
  readonly title?: string;
  readonly children: ReactNode;
  /** Buttons at its end: Try again, Dismiss. */
  readonly actions?: ReactNode;
}

/** A bar that says something went wrong (announced at once) or that something is so (announced when idle). */
export function Notice({ intent, title, children, actions }: NoticeProps) {
  const styles = useStyles();
  const error = intent === "error";
  const Icon = error ? DiamondDismissFilled : InfoFilled;
  return (
    <div role={error ? "alert" : "status"} className={mergeClasses(styles.notice, error && styles.error)}>
      <div className={mergeClasses(styles.icon, error && styles.errorIcon)}>
        <Icon aria-hidden />
      </div>
      <div className={styles.body}>
        {title && (
          <>
            <span className={styles.title}>{title}</span>{" "}
          </>
        )}
        {children}
      </div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}
