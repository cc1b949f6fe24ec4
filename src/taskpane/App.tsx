import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useCallback, useState } from "react";
import { languageForOfficeLocale } from "../domain/i18n/language";
import type { ExcelRunner } from "../excel/excel-runner";
import type { ThemeKind } from "../excel/office-environment";
import { Navigation } from "./components/Navigation";
import { ExcelProvider } from "./excel-context";
import { loadFluentTheme, useFluentTheme } from "./fluent-theme";
import { I18nProvider, useI18n } from "./i18n";
import {
  type LanguagePreference,
  loadLanguagePreference,
  paneLanguage,
  saveLanguagePreference,
} from "./language-preference";
import { lazySection, prefetchWhenIdle, SectionFrame } from "./lazy-section";
import { LastSaveProvider } from "./records/LastSaveProvider";
import { HomeScreen } from "./screens/HomeScreen";
import { type Section, SECTION_LABELS } from "./sections";
import { StorageProvider } from "./storage-context";

// Home is the first screen and ships with the pane; every other section is its own chunk, with the rules and
// Fluent components only it uses (DESIGN: task-pane loading).
const RecordSection = lazySection(() =>
  import(/* webpackChunkName: "section-record" */ "./screens/RecordScreen").then((m) => m.RecordScreen),
);
const RecordsSection = lazySection(() =>
  import(/* webpackChunkName: "section-records" */ "./records/RecordsScreen").then((m) => m.RecordsScreen),
);
const CasesSection = lazySection(() =>
  import(/* webpackChunkName: "section-cases" */ "./screens/CasesScreen").then((m) => m.CasesScreen),
);
const ReportsSection = lazySection(() =>
  import(/* webpackChunkName: "section-reports" */ "./screens/ReportsScreen").then((m) => m.ReportsScreen),
);
const SettingsSection = lazySection(() =>
  import(/* webpackChunkName: "section-settings" */ "./screens/SettingsScreen").then((m) => m.SettingsScreen),
);
const LAZY_SECTIONS = [RecordSection, RecordsSection, CasesSection, ReportsSection, SettingsSection];

/**
 * Fetches every section's chunk now, as the idle prefetch does in turn, and the dark theme's (component specs wait
 * for it first).
 */
export async function preloadSections(): Promise<void> {
  await Promise.all([...LAZY_SECTIONS.map((section) => section.preload()), loadFluentTheme("dark")]);
}

const useStyles = makeStyles({
  // On a div inside the provider, never on FluentProvider itself: the provider's className is copied onto every
  // pop-up's layer (Combobox lists, tooltips), and a full-height layer would cover the pane and swallow clicks.
  app: { minHeight: "100vh", minWidth: "300px", display: "flex", flexDirection: "column" },
  main: { padding: tokens.spacingHorizontalM, flex: 1 },
});

export interface TaskpaneProps {
  readonly runner: ExcelRunner;
  readonly officeDisplayLanguage: string;
  readonly theme: ThemeKind;
  readonly storage?: Storage;
  /** Called once the task pane first shows the workbook: the moment it becomes useful. */
  readonly onReady?: () => void;
}

/** A section that may still be on its way, named in the pane's language while it loads or if it fails. */
function SectionSlot({ section, children }: { section: Section; children: ReactNode }) {
  const { t } = useI18n();
  const name = t(SECTION_LABELS[section]);
  return (
    <SectionFrame
      key={section}
      name={section}
      loadingText={t("nav.opening", { section: name })}
      failureText={(reason) => t("nav.openFailed", { section: name, reason })}
      retryText={t("nav.retry")}
    >
      {children}
    </SectionFrame>
  );
}

export function TaskpaneApp({ runner, officeDisplayLanguage, theme, storage, onReady }: TaskpaneProps) {
  const styles = useStyles();
  const fluentTheme = useFluentTheme(theme);
  const officeLanguage = languageForOfficeLocale(officeDisplayLanguage);
  const [preference, setPreference] = useState<LanguagePreference>(() => loadLanguagePreference(storage));
  const [section, setSection] = useState<Section>("home");
  const language = paneLanguage(preference, officeDisplayLanguage);

  const whenInteractive = useCallback(() => {
    onReady?.();
    prefetchWhenIdle(LAZY_SECTIONS);
  }, [onReady]);

  const choosePreference = (next: LanguagePreference) => {
    setPreference(next);
    saveLanguagePreference(storage, next);
  };

  if (!fluentTheme) return null; // a dark pane waits for its theme: it never shows light first
  return (
    <FluentProvider theme={fluentTheme} lang={language}>
      <div className={styles.app}>
        <I18nProvider language={language}>
          <ExcelProvider runner={runner}>
            <StorageProvider storage={storage}>
              <LastSaveProvider>
                <Navigation current={section} onSelect={setSection} />
                <main className={styles.main} data-section={section}>
                  {section === "home" ? (
                    <HomeScreen onFirstRead={whenInteractive} />
                  ) : (
                    <SectionSlot section={section}>
                      {section === "record" && <RecordSection.View onGoHome={() => setSection("home")} />}
                      {section === "records" && <RecordsSection.View />}
                      {section === "cases" && <CasesSection.View />}
                      {section === "reports" && <ReportsSection.View onGoHome={() => setSection("home")} />}
                      {section === "settings" && (
                        <SettingsSection.View
                          preference={preference}
                          officeLanguage={officeLanguage}
                          theme={theme}
                          onPreferenceChange={choosePreference}
                        />
                      )}
                    </SectionSlot>
                  )}
                </main>
              </LastSaveProvider>
            </StorageProvider>
          </ExcelProvider>
        </I18nProvider>
      </div>
    </FluentProvider>
  );
}
