import { createRoot } from "react-dom/client";
import { readOfficeEnvironment } from "../excel/office-environment";
import { MemoryExcel, memoryExcelRunner, type TableContents } from "../memory-host";
import { TaskpaneApp } from "../taskpane/App";
import { loadFluentTheme } from "../taskpane/fluent-theme";
import { markInteractive } from "../taskpane/interactive-mark";
import { loadPaneLanguage } from "../taskpane/language-preference";
import { seedDemoWorkbook } from "./demo-workbook";

declare global {
  interface Window {
    vocPreview: { tables: () => TableContents; host: MemoryExcel };
  }
}

/**
 * The simulated workbook beside the pane. In Excel the grid is drawn by Excel, not by the pane's page, so the
 * preview draws it once the pane has first shown the workbook: its chunk (numfmt with it), its render and its
 * layout stay off the pane's path to interactive.
 */
async function showWorkbook(host: MemoryExcel, container: HTMLElement): Promise<void> {
  const { WorkbookView } = await import(/* webpackChunkName: "workbook-view" */ "./WorkbookView");
  createRoot(container).render(<WorkbookView host={host} />);
}

/**
 * The real task pane beside an in-memory workbook. Query parameters: lang (an Office display language such as
 * zh-TW), theme (light or dark), seed (demo, the default, or empty), width (task pane width in px).
 */
async function boot(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const theme = params.get("theme") === "dark" ? "dark" : "light";
  // The pane's messages and theme travel while office.js starts and the workbook is seeded, as in the real pane.
  const language = loadPaneLanguage(window.localStorage, params.get("lang") ?? navigator.language);
  void loadFluentTheme(theme).catch(() => undefined);
  const office = readOfficeEnvironment(); // proves office.js loads; outside Office host is null
  // The workbook is there before the pane opens, as in Excel: it is seeded while office.js finishes starting.
  const host = new MemoryExcel();
  const seeded = params.get("seed") === "empty" ? Promise.resolve() : seedDemoWorkbook(host);
  const [environment] = await Promise.all([office, seeded, language]);
  window.vocPreview = { tables: () => host.tables(), host };

  const width = Number(params.get("width"));
  if (width >= 240) document.documentElement.style.setProperty("--taskpane-width", `${width}px`);
  const lang = params.get("lang") ?? environment.displayLanguage;
  const taskpaneContainer = document.getElementById("taskpane");
  const workbookContainer = document.getElementById("workbook");
  if (!taskpaneContainer || !workbookContainer) return;

  let workbookShown = false;
  const onReady = () => {
    markInteractive();
    if (workbookShown) return;
    workbookShown = true;
    showWorkbook(host, workbookContainer).catch((error: unknown) => {
      workbookContainer.textContent = `The simulated workbook could not be shown: ${String(error)}`;
    });
  };
  createRoot(taskpaneContainer).render(
    <TaskpaneApp
      runner={memoryExcelRunner(host)}
      officeDisplayLanguage={lang}
      theme={theme}
      storage={window.localStorage}
      onReady={onReady}
    />,
  );
}

void boot();
