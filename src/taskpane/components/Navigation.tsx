import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { bundleIcon } from "@fluentui/react-icons";
// Each icon from its own module: from the package's index, an icon comes in a module shared with hundreds of
// others, and every one of them that any section uses would come into the first chunk with it.
import { DataTrendingFilled, DataTrendingRegular } from "@fluentui/react-icons/svg/data-trending";
import { DocumentAddFilled, DocumentAddRegular } from "@fluentui/react-icons/svg/document-add";
import { DocumentSearchFilled, DocumentSearchRegular } from "@fluentui/react-icons/svg/document-search";
import { HomeFilled, HomeRegular } from "@fluentui/react-icons/svg/home";
import { SettingsFilled, SettingsRegular } from "@fluentui/react-icons/svg/settings";
import { TaskListSquareLtrFilled, TaskListSquareLtrRegular } from "@fluentui/react-icons/svg/task-list-square-ltr";
import { type KeyboardEvent, useRef } from "react";
import { useI18n } from "../i18n";
import { type Section, SECTION_LABELS, SECTIONS } from "../sections";

const ICONS = {
  home: bundleIcon(HomeFilled, HomeRegular),
  record: bundleIcon(DocumentAddFilled, DocumentAddRegular),
  records: bundleIcon(DocumentSearchFilled, DocumentSearchRegular),
  cases: bundleIcon(TaskListSquareLtrFilled, TaskListSquareLtrRegular),
  reports: bundleIcon(DataTrendingFilled, DataTrendingRegular),
  settings: bundleIcon(SettingsFilled, SettingsRegular),
};

/** Class names that stay the same across builds, for specs that measure the tabs' parts. */
export const navigationClassNames = { tab: "voc-Nav__tab", icon: "voc-Nav__icon", label: "voc-Nav__label" };

// Fluent's small transparent Tab, drawn with its tokens: TabList would bring tabster (about 60 KB) into the first
// screen's chunk for the arrow keys alone.
const useStyles = makeStyles({
  list: { display: "flex", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  // Icon above a short label: six sections fit the narrowest task pane (320 px), about 53 px a tab. No side
  // padding: "Settings" needs nearly all of those 53 px.
  tab: {
    flex: "1 1 0",
    minWidth: 0,
    position: "relative",
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalSNudge,
    paddingInline: 0,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    cursor: "pointer",
    outlineStyle: "none",
    ":hover": { backgroundColor: tokens.colorTransparentBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ":active": {
      backgroundColor: tokens.colorTransparentBackgroundPressed,
      color: tokens.colorNeutralForeground2Pressed,
    },
    // The bar beneath: grey under the pointer, the brand colour under the chosen section (::after, below).
    "::before": {
      content: '""',
      position: "absolute",
      bottom: 0,
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
      height: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusCircular,
    },
    ":hover::before": { backgroundColor: tokens.colorNeutralStroke1Hover },
    ":active::before": { backgroundColor: tokens.colorNeutralStroke1Pressed },
    // The focus ring shows for the keyboard only; a transparent outline becomes visible in forced colours.
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: "transparent",
      boxShadow: `${tokens.shadow4}, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}`,
      zIndex: 1,
    },
    "@media (forced-colors: active)": {
      ":hover::before": { backgroundColor: "Highlight" },
      ":active::before": { backgroundColor: "Highlight" },
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    ":active": { color: tokens.colorNeutralForeground1Pressed },
    "::after": {
      content: '""',
      position: "absolute",
      bottom: 0,
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
      height: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    ":active::after": { backgroundColor: tokens.colorCompoundBrandStrokePressed },
    "@media (forced-colors: active)": { "::after": { backgroundColor: "ButtonText" } },
  },
  icon: { display: "inline-flex", fontSize: "20px", width: "20px", height: "20px", overflow: "hidden" },
  selectedIcon: { color: tokens.colorCompoundBrandForeground1 },
  // Long labels (Vietnamese) wrap onto a second line rather than being cut off. The chosen section shows by its
  // filled icon and the bar beneath, not by bold text, which is wider: bold "Settings" or "Records" did not fit.
  label: {
    display: "block",
    maxWidth: "100%",
    overflow: "hidden",
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
    textAlign: "center",
  },
});

/** Where each key moves the focus among `count` tabs from `index`; undefined for a key the tab list leaves alone. */
function targetIndex(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case "ArrowRight":
      return (index + 1) % count;
    case "ArrowLeft":
      return (index - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * The sections as a tab list, after the WAI-ARIA tabs pattern (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/):
 * one Tab stop, the chosen section's tab (roving tabindex); Left and Right arrows move the focus round the list,
 * Home and End to its ends; Enter or Space opens the focused section. Opening on Enter rather than on focus is
 * the pattern's manual activation, as Fluent's TabList does by default: a section may have to fetch its chunk
 * and read the workbook, which arrow keys passing over it should not start.
 */
export function Navigation({ current, onSelect }: { current: Section; onSelect: (section: Section) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const moveFocus = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const target = targetIndex(event.key, index, SECTIONS.length);
    if (target === undefined) return;
    event.preventDefault(); // Home and End would scroll the pane, the arrows too where it scrolls sideways
    tabs.current[target]?.focus();
  };

  return (
    <div role="tablist" aria-label={t("nav.label")} aria-orientation="horizontal" className={styles.list}>
      {SECTIONS.map((section, index) => {
        const Icon = ICONS[section];
        const selected = section === current;
        return (
          <button
            key={section}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            className={mergeClasses(navigationClassNames.tab, styles.tab, selected && styles.selected)}
            onClick={() => onSelect(section)}
            onKeyDown={(event) => moveFocus(event, index)}
          >
            <span className={mergeClasses(navigationClassNames.icon, styles.icon, selected && styles.selectedIcon)}>
              <Icon filled={selected} aria-hidden />
            </span>
            <span className={mergeClasses(navigationClassNames.label, styles.label)}>{t(SECTION_LABELS[section])}</span>
          </button>
        );
      })}
    </div>
  );
}
