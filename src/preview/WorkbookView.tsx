import { useSyncExternalStore } from "react";
import type { MemoryExcel } from "../memory-host";
import { columnLetters } from "../memory-host/address";
import type { MemorySheet } from "../memory-host/model";

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
                    {cell.formula ?? String(cell.value)}
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

/** The simulated workbook as plain HTML tables, redrawn after every sync, so a person sees what the add-in wrote. */
export function WorkbookView({ host }: { host: MemoryExcel }) {
  const version = useSyncExternalStore(
    (onChange) => host.onChange(onChange),
    () => host.changeCount,
  );
  return (
    <div data-version={version}>
      <p className="note">
        Simulated workbook (in memory). The task pane on the left talks to it through the same Office.js calls it makes
        in Excel.
      </p>
      {host.workbook.sheets.map((sheet) => (
        <SheetGrid key={sheet.name} sheet={sheet} />
      ))}
    </div>
  );
}
