import { createContext, type ReactNode, useContext } from "react";
import type { ExcelRunner } from "../excel/excel-runner";

const ExcelContext = createContext<ExcelRunner | null>(null);

/** Gives components the runner for src/excel batches: Excel.run in Excel, the in-memory host in the preview. */
export function ExcelProvider({ runner, children }: { runner: ExcelRunner; children: ReactNode }) {
  return <ExcelContext.Provider value={runner}>{children}</ExcelContext.Provider>;
}

export function useExcel(): ExcelRunner {
  const runner = useContext(ExcelContext);
  if (!runner) throw new Error("useExcel needs an ExcelProvider above it.");
  return runner;
}
