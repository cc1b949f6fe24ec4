/** The Cases screen over an in-memory workbook, and the records it lists: for the case and corrective-action specs. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { serialOf } from "../../src/domain/excel-date";
import type { Language } from "../../src/domain/i18n/language";
import type { RecordInput } from "../../src/domain/records";
import type { TableKey } from "../../src/domain/schema";
import { buildWorkbookPlan } from "../../src/domain/workbook-plan";
import { appendRecord } from "../../src/excel/append-record";
import type { ExcelRunner } from "../../src/excel/excel-runner";
import { type MemoryExcel, memoryExcelRunner } from "../../src/memory-host";
import { ExcelProvider } from "../../src/taskpane/excel-context";
import { I18nProvider } from "../../src/taskpane/i18n";
import { CasesScreen } from "../../src/taskpane/screens/CasesScreen";
import { StorageProvider } from "../../src/taskpane/storage-context";
import { countingRunner } from "./counting-runner";
import { validRecord } from "./excel-fixtures";
import { memoryStorage } from "./render-taskpane";

/** Wednesday 2026-11-25, 10:00: the moment the Cases specs look at the ledger, unless one says otherwise. */
export const CASES_NOW = new Date(2026, 10, 25, 10, 0);

/** An Excel date-time serial in 2026. */
export const at = (month: number, day: number, hours = 0, minutes = 0) =>
  serialOf(2026, month, day) + (hours * 60 + minutes) / 1440;

/** A complaint handled to the end: answered, closed on 2026-11-20 and its effectiveness checked; its id. */
export function closedComplaint(host: MemoryExcel, complaint: RecordInput): Promise<string> {
  return addRecord(host, "complaints", {
    ...complaint,
    receivedAt: at(11, 16, 9),
    notifiedAt: at(11, 16, 9, 10),
    replyDone: at(11, 16, 14),
    proposalDone: at(11, 17, 10),
    contentClass: "serviceQuality",
    ownerDepartment: "engineering",
    status: "closed",
    closedAt: at(11, 20, 16),
    effectivenessChecked: "yes",
  });
}

/** Appends a record as a form does, in the workbook's `language`: validated first, then appendRecord; its id. */
export async function addRecord(
  host: MemoryExcel,
  table: TableKey,
  input: RecordInput,
  language: Language = "en",
): Promise<string> {
  const record = validRecord(table, input, language);
  const plan = buildWorkbookPlan(language);
  const { id } = await memoryExcelRunner(host)((context) => appendRecord(context, plan, { table, record, year: 2026 }));
  return id;
}

export interface CasesRendering {
  /** The clock the deadlines are measured against; CASES_NOW by default. */
  readonly now?: Date;
  /** Gets the syncs of each batch, when the runner is the counting one. */
  readonly batches?: number[];
  /** The pane's language. */
  readonly language?: Language;
  readonly runner?: ExcelRunner;
}

export function renderCases(
  host: MemoryExcel,
  { now = CASES_NOW, batches = [], language = "en", runner = countingRunner(host, batches) }: CasesRendering = {},
) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={language}>
        <ExcelProvider runner={runner}>
          <StorageProvider storage={memoryStorage()}>
            <CasesScreen now={() => now} />
          </StorageProvider>
        </ExcelProvider>
      </I18nProvider>
    </FluentProvider>,
  );
}

export async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}

/** A table's rows in the workbook now, each by its headers. */
export function tableRows(host: MemoryExcel, table: string): Record<string, unknown>[] {
  const { headers, rows } = host.tables()[table];
  return rows.map((cells) => Object.fromEntries(headers.map((header, index) => [header, cells[index]])));
}

/** Records the dissatisfied call and saves the complaint it attaches; the new complaint's id. */
export async function attachComplaint(host: MemoryExcel, original: string, batches?: number[]): Promise<string> {
  renderCases(host, batches ? { batches } : {});
  fireEvent.click(await screen.findByRole("button", { name: new RegExp(`^${original}`) }));
  const region = await screen.findByRole("region", { name: new RegExp(original) });
  fireEvent.click(within(region).getByLabelText("Reached: dissatisfied"));
  await click(within(region).getByRole("button", { name: "Record the call" }));
  const form = within(region).getByRole("form", { name: "New complaint attached to the original" });
  const description = within(form).getByLabelText(/^Description/);
  await waitFor(() => expect(document.activeElement).toBe(description));
  fireEvent.change(description, { target: { value: "Still leaking after the seal was replaced." } });
  await click(within(form).getByRole("button", { name: "Save follow-up and new complaint" }));
  const saved = await screen.findByText(/^Follow-up recorded on .*; new complaint (CC-2026-\d{4}) attached to it\./);
  return /new complaint (CC-2026-\d{4})/.exec(saved.textContent ?? "")?.[1] ?? "";
}
