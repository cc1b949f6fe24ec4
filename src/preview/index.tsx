import { createRoot } from "react-dom/client";
import { readOfficeEnvironment } from "../excel/office-environment";
import { MemoryExcel, memoryExcelRunner, type TableContents } from "../memory-host";
import { TaskpaneApp } from "../taskpane/App";
import { markInteractive } from "../taskpane/interactive-mark";
import { seedDemoWorkbook } from "./demo-workbook";
import { WorkbookView } from "./WorkbookView";

declare global {
  interface Window {
    vocPreview: { tables: () => TableContents; host: MemoryExcel };
  }
}

/**
 * The real task pane beside an in-memory workbook. Query parameters: lang (an Office display language such as
 * zh-TW), theme (light or dark), seed (demo, the default, or empty), width (task pane width in px).
 */
async function boot(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const environment = await readOfficeEnvironment(); // proves office.js loads; outside Office host is null
  const host = new MemoryExcel();
  if (params.get("seed") !== "empty") await seedDemoWorkbook(host);
  window.vocPreview = { tables: () => host.tables(), host };

  const width = Number(params.get("width"));
  if (width >= 240) document.documentElement.style.setProperty("--taskpane-width", `${width}px`);
  const lang = params.get("lang") ?? environment.displayLanguage;
  const taskpaneContainer = document.getElementById("taskpane");
  const workbookContainer = document.getElementById("workbook");
  if (!taskpaneContainer || !workbookContainer) return;

  createRoot(taskpaneContainer).render(
    <TaskpaneApp
      runner={memoryExcelRunner(host)}
      officeDisplayLanguage={lang}
      theme={params.get("theme") === "dark" ? "dark" : "light"}
      storage={window.localStorage}
      onReady={markInteractive}
    />,
  );
  createRoot(workbookContainer).render(<WorkbookView host={host} />);
}

void boot();
