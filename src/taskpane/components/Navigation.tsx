import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import {
  bundleIcon,
  DataTrendingFilled,
  DataTrendingRegular,
  DocumentAddFilled,
  DocumentAddRegular,
  DocumentSearchFilled,
  DocumentSearchRegular,
  HomeFilled,
  HomeRegular,
  SettingsFilled,
  SettingsRegular,
  TaskListSquareLtrFilled,
  TaskListSquareLtrRegular,
} from "@fluentui/react-icons";
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

const useStyles = makeStyles({
  list: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  // Icon above a short label: six sections fit the narrowest task pane (320 px), about 53 px a tab.
  // Tab lays out icon and label as grid columns; stack them as rows instead. No side padding, the tab's or its
  // label's: "Settings" needs nearly all of those 53 px.
  tab: {
    flex: "1 1 0",
    minWidth: 0,
    gridTemplateColumns: "minmax(0, 1fr)",
    justifyItems: "center",
    rowGap: tokens.spacingVerticalXXS,
    paddingInline: 0,
    "& > .fui-Tab__icon": { gridColumnStart: 1, gridRowStart: 1 },
    "& > .fui-Tab__content, & > .fui-Tab__content--reserved-space": {
      gridColumnStart: 1,
      gridRowStart: 2,
      maxWidth: "100%",
      paddingInline: 0,
    },
  },
  // Long labels (Vietnamese) wrap onto a second line rather than being cut off. The chosen section shows by its
  // filled icon and the bar beneath, not by bold text, which is wider: bold "Settings" or "Records" did not fit.
  label: {
    display: "block",
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
    textAlign: "center",
  },
});

export function Navigation({ current, onSelect }: { current: Section; onSelect: (section: Section) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <TabList
      className={styles.list}
      selectedValue={current}
      onTabSelect={(_, data) => onSelect(data.value as Section)}
      aria-label={t("nav.label")}
      size="small"
    >
      {SECTIONS.map((section) => {
        const Icon = ICONS[section];
        return (
          <Tab key={section} value={section} icon={<Icon />} className={styles.tab}>
            <span className={styles.label}>{t(SECTION_LABELS[section])}</span>
          </Tab>
        );
      })}
    </TabList>
  );
}
