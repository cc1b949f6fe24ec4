import { createRoot } from "react-dom/client";
import { languageForOfficeLocale } from "../domain/i18n/language";
import { isLanguageLoaded, loadLanguage, translate } from "../domain/i18n/translate";
import { officeExcelRunner } from "../excel/excel-runner";
import { readOfficeEnvironment } from "../excel/office-environment";
import { TaskpaneApp } from "./App";
import { loadFluentTheme } from "./fluent-theme";
import { markInteractive } from "./interactive-mark";
import { loadPaneLanguage } from "./language-preference";

async function boot(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  // The pane's messages travel while office.js gets ready, not after it. Office's display language is known only
  // then: until then the browser's, which Office's web views usually share, is the best guess (a wrong one costs a
  // fetch, not a wait).
  void loadPaneLanguage(window.localStorage, navigator.language);
  const environment = await readOfficeEnvironment();
  if (!environment.inExcel) {
    const language = languageForOfficeLocale(environment.displayLanguage);
    await loadLanguage(language).catch(() => undefined);
    container.textContent = translate(isLanguageLoaded(language) ? language : "en", "app.outsideExcel");
    return;
  }
  // A dark pane's theme travels beside its language; if it fails, the pane's own request tries again.
  void loadFluentTheme(environment.theme).catch(() => undefined);
  await loadPaneLanguage(window.localStorage, environment.displayLanguage);
  createRoot(container).render(
    <TaskpaneApp
      runner={officeExcelRunner}
      officeDisplayLanguage={environment.displayLanguage}
      theme={environment.theme}
      storage={window.localStorage}
      onReady={markInteractive}
    />,
  );
}

void boot();
