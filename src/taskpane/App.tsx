import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { languageForOfficeLocale } from "../domain/i18n/language";
import type { ExcelRunner } from "../excel/excel-runner";
import type { ThemeKind } from "../excel/office-environment";
import { Navigation } from "./components/Navigation";
import { ExcelProvider } from "./excel-context";
import { I18nProvider } from "./i18n";
import { type LanguagePreference, loadLanguagePreference, saveLanguagePreference } from "./language-preference";
import { CasesScreen } from "./screens/CasesScreen";
import { HomeScreen } from "./screens/HomeScreen";
import { LastSaveProvider } from "./records/LastSaveProvider";
import { RecordsScreen } from "./records/RecordsScreen";
import { RecordScreen } from "./screens/RecordScreen";
import { ReportsScreen } from "./screens/ReportsScreen";
import { SettingsScreen } from "./screens/SettingsScreen";
import type { Section } from "./sections";
import { StorageProvider } from "./storage-context";

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

export function TaskpaneApp({ runner, officeDisplayLanguage, theme, storage, onReady }: TaskpaneProps) {
  const styles = useStyles();
  const officeLanguage = languageForOfficeLocale(officeDisplayLanguage);
  const [preference, setPreference] = useState<LanguagePreference>(() => loadLanguagePreference(storage));
  const [section, setSection] = useState<Section>("home");
  const language = preference === "office" ? officeLanguage : preference;

  const choosePreference = (next: LanguagePreference) => {
    setPreference(next);
    saveLanguagePreference(storage, next);
  };

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang={language}>
      <div className={styles.app}>
        <I18nProvider language={language}>
          <ExcelProvider runner={runner}>
            <StorageProvider storage={storage}>
              <LastSaveProvider>
                <Navigation current={section} onSelect={setSection} />
                <main className={styles.main} data-section={section}>
                  {section === "home" && <HomeScreen onFirstRead={onReady} />}
                  {section === "record" && <RecordScreen onGoHome={() => setSection("home")} />}
                  {section === "records" && <RecordsScreen />}
                  {section === "cases" && <CasesScreen />}
                  {section === "reports" && <ReportsScreen onGoHome={() => setSection("home")} />}
                  {section === "settings" && (
                    <SettingsScreen
                      preference={preference}
                      officeLanguage={officeLanguage}
                      theme={theme}
                      onPreferenceChange={choosePreference}
                    />
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
