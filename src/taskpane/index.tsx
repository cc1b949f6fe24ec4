import { createRoot } from "react-dom/client";
import { languageForOfficeLocale } from "../domain/i18n/language";
import { translate } from "../domain/i18n/translate";
import { officeExcelRunner } from "../excel/excel-runner";
import { readOfficeEnvironment } from "../excel/office-environment";
import { TaskpaneApp } from "./App";
import { markInteractive } from "./interactive-mark";

async function boot(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const environment = await readOfficeEnvironment();
  if (!environment.inExcel) {
    container.textContent = translate(languageForOfficeLocale(environment.displayLanguage), "app.outsideExcel");
    return;
  }
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
