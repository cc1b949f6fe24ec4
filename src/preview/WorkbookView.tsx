import { startTransition, useEffect, useState } from "react";
import type { MemoryExcel } from "../memory-host";
import { columnLetters } from "../memory-host/address";
import type { MemorySheet, MemoryWorkbook } from "../memory-host/model";
import { shownText } from "./shown-text";

/** The name a download is saved under. */
export const DOWNLOAD_FILE_NAME = "VOC Ledger (preview).xlsx";

function usedArea(sheet: MemorySheet): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const key of sheet.cells.keys()) {
    const [row, column] = key.split(",").map(Number);
    rows = Math.max(rows, row + 1);
    columns = Math.max(columns, column + 1);
  }
  return { rows, columns };
}

function cellClass(sheet: MemorySheet, row: number, column: number, hasFormula: boolean): string {
  const table = sheet.tables.find(
    (t) => row >= t.area.top && row <= t.area.bottom && column >= t.area.left && column <= t.area.right,
  );
  const classes = [table ? (row === table.top ? "table-header" : "in-table") : "", hasFormula ? "formula" : ""];
  return classes.filter(Boolean).join(" ");
}

function SheetGrid({ sheet }: { sheet: MemorySheet }) {
  const { rows, columns } = usedArea(sheet);
  const tableNames = sheet.tables.map((table) => table.name).join(", ");
  return (
    <section className="sheet" data-sheet={sheet.name}>
      <h2>
        {sheet.name}
        {tableNames && ` — ${tableNames}`}
      </h2>
      <table className="grid">
        <thead>
          <tr>
            <th />
            {Array.from({ length: columns }, (_, c) => (
              <th key={c}>{columnLetters(c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th>{r + 1}</th>
              {Array.from({ length: columns }, (_, c) => {
                const cell = sheet.cell(r, c);
                return (
                  <td key={c} className={cellClass(sheet, r, c, Boolean(cell.formula))} title={cell.formula}>
                    {shownText(cell, sheet.numberFormatAt(r, c))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * Saves the workbook as an .xlsx file through the browser. The exporter (and ExcelJS with it, about 1 MB) is
 * loaded only now, in its own chunk, so the preview's first screen does not wait for it.
 */
async function downloadWorkbook(workbook: MemoryWorkbook): Promise<void> {
  const { exportWorkbook, XLSX_MIME_TYPE } = await import(
    /* webpackChunkName: "workbook-export" */ "../memory-host/export"
  );
  const bytes = await exportWorkbook(workbook);
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_MIME_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = DOWNLOAD_FILE_NAME;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download once click() returns; the address can go a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

function DownloadButton({ workbook }: { workbook: MemoryWorkbook }) {
  const [state, setState] = useState<"idle" | "working" | "failed">("idle");
  const download = () => {
    setState("working");
    downloadWorkbook(workbook).then(
      () => setState("idle"),
      () => setState("failed"),
    );
  };
  return (
    <p className="download">
      <button type="button" onClick={download} disabled={state === "working"}>
        {state === "working" ? "Preparing the workbook…" : "Download workbook (.xlsx)"}
      </button>{" "}
      {state === "failed" && <span role="alert">The workbook could not be written. Try again.</span>}
    </p>
  );
}

/**
 * The simulated workbook as plain HTML tables, redrawn after syncs, so a person sees what the add-in wrote. At most
 * once a frame and as a transition: a synchronous redraw inside each sync (useSyncExternalStore's way) would hold
 * the pane up, as Excel's grid never does.
 */
export function WorkbookView({ host }: { host: MemoryExcel }) {
  const [version, setVersion] = useState(host.changeCount);
  useEffect(() => {
    let frame: number | undefined;
    const redraw = () => {
      frame = undefined;
      startTransition(() => setVersion(host.changeCount));
    };
    const unsubscribe = host.onChange(() => (frame ??= requestAnimationFrame(redraw)));
    redraw(); // a sync between the first render and this effect
    return () => {
      unsubscribe();
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [host]);
  return (
    <div data-version={version}>
      <p className="note">
        Simulated workbook (in memory). The task pane on the left talks to it through the same Office.js calls it makes
        in Excel. Cells show their values in their number formats; formulas are not calculated here (hover a cell to see
        its formula): download the workbook and open it in Excel or LibreOffice to see them computed.
      </p>
      <DownloadButton workbook={host.workbook} />
      {host.workbook.sheets.map((sheet) => (
        <SheetGrid key={sheet.name} sheet={sheet} />
      ))}
    </div>
  );
}
