import { fireEvent, render, screen } from "@testing-library/react";
import { type MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { TaskpaneApp } from "../../src/taskpane/App";

/** A Storage over a Map: what the task pane keeps between openings (language, drafts). */
export function memoryStorage(entries = new Map<string, string>()): Storage {
  return {
    get length() {
      return entries.size;
    },
    clear: () => entries.clear(),
    getItem: (key) => entries.get(key) ?? null,
    key: (index) => [...entries.keys()][index] ?? null,
    removeItem: (key) => void entries.delete(key),
    setItem: (key, value) => void entries.set(key, value),
  };
}

/** The task pane over an in-memory workbook, in Office's display `language`; returns its unmount. */
export function renderTaskpane(host: MemoryExcel, language = "en-US", storage: Storage = memoryStorage()) {
  return render(
    <TaskpaneApp runner={memoryExcelRunner(host)} officeDisplayLanguage={language} theme="light" storage={storage} />,
  );
}

/** Opens a section of the pane by its navigation button. */
export async function openSection(name: string | RegExp): Promise<void> {
  fireEvent.click(await screen.findByRole("tab", { name }));
}
