/**
 * Charts for a report plan written to .xlsx by the plan-only writer (report-to-xlsx.ts): each ChartPlan is made
 * into the chart the add-in makes of it through Office.js (src/excel/report-sheet.ts: the legend at the bottom,
 * axis titles shown, series types and axis groups set), and drawn by the exporter's chart writer
 * (src/memory-host/export/charts.ts), the code that draws the host's charts in a downloaded workbook.
 */
import JSZip from "jszip";
import type { ChartPlan, ReportSheetPlan } from "../../src/domain/reports/types";
import { addCharts } from "../../src/memory-host/export/charts";
import { worksheetPaths } from "../../src/memory-host/export/package-parts";
import type { MemoryChart } from "../../src/memory-host/model";

/** The sheets whose charts to add: a report plan, or just its sheet name and charts. */
export type SheetCharts = Pick<ReportSheetPlan, "sheet" | "charts">;

/** An A1 cell ("B5", "$B$5") as 0-based row and column. */
export function parseCell(cell: string): { readonly row: number; readonly column: number } {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(cell.trim().toUpperCase());
  if (!match) throw new Error(`"${cell}" is not an A1 cell address.`);
  const column = [...match[1]].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/** The chart Office.js makes of a ChartPlan, as the host records it. */
export function chartOfPlan(sheet: string, plan: ChartPlan): MemoryChart {
  const count = Math.max(0, ...(plan.series ?? []).map((series) => series.index + 1));
  const seriesOptions = Array.from({ length: count }, (_, index) => {
    const series = plan.series?.find((item) => item.index === index);
    return series ? { chartType: series.chartType, axisGroup: series.axisGroup } : {};
  });
  return {
    name: plan.name,
    type: plan.type,
    source: plan.source.includes("!") ? plan.source : `'${sheet.replace(/'/g, "''")}'!${plan.source}`,
    seriesBy: plan.seriesBy,
    title: plan.title,
    position: plan.position,
    categoryAxisTitle: { text: plan.categoryTitle, visible: plan.categoryTitle !== "" },
    valueAxisTitle: { text: plan.valueTitle, visible: plan.valueTitle !== "" },
    legend: { position: "Bottom", visible: true },
    ...(count > 0 ? { seriesOptions } : {}),
  };
}

/** The .xlsx with the charts of each sheet added; sheets without charts are left alone. */
export async function withCharts(
  xlsx: Buffer | Uint8Array | ArrayBuffer,
  sheets: readonly SheetCharts[],
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const charts = sheets.map((sheet) => ({
    sheet: sheet.sheet,
    charts: sheet.charts.map((chart) => chartOfPlan(sheet.sheet, chart)),
  }));
  await addCharts(zip, await worksheetPaths(zip), charts);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
