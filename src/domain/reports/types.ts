/**
 * A report sheet (Dashboard, Review) described as data, like the workbook plan: src/excel writes it through
 * Office.js and the spreadsheet tests write it to .xlsx for LibreOffice. Every figure is a native formula, so the
 * sheet computes in an emailed workbook without the add-in. Positions are 0-based (row 0 is Excel's row 1); ranges
 * are A1 addresses on the report's own sheet ("B5:B12").
 */
import type { NamePlan, PlanValue } from "../workbook-plan/types";

/** Quarter, half year or year: the grains the dashboard counts by (REQUIREMENTS 32, 35). */
export type ReportGrain = "Q" | "H" | "Y";

/** A cell the report writes: a value (text is written as text, never as a formula) or a native formula. */
export type ReportCell = PlanValue | { readonly formula: string };

/** How a block looks: a sheet title, a section heading, a table's header row, figures, a quiet note, or a cell to choose in. */
export type ReportStyle = "title" | "heading" | "header" | "body" | "note" | "input";

/** A rectangle of cells written in one go. */
export interface ReportBlock {
  readonly row: number;
  readonly column: number;
  readonly cells: readonly (readonly ReportCell[])[];
  readonly style: ReportStyle;
  /** The number format of each column of the block; null or missing: General. */
  readonly numberFormats?: readonly (string | null)[];
}

/**
 * A light conditional format: one custom-formula rule over a whole block (DESIGN: few rules over whole columns).
 * `formula` is relative to the range's top-left cell, as Excel reads a rule ("=AND(ISNUMBER(F5),F5<VOC_Target_…)").
 */
export interface ConditionalFormatPlan {
  readonly range: string;
  readonly formula: string;
  readonly fill: string;
  readonly fontColor: string;
}

/** Excel chart types the reports use (Office.js Excel.ChartType names). */
export type ReportChartType = "Line" | "LineMarkers" | "ColumnClustered";

export interface ChartSeriesPlan {
  /** 0-based series index in the chart. */
  readonly index: number;
  readonly chartType: ReportChartType;
  readonly axisGroup: "Primary" | "Secondary";
}

/** An Excel chart made through Office.js: source data on the report's sheet, titles in the workbook's language. */
export interface ChartPlan {
  /** A stable name starting with "VOC_", so a refresh replaces its own charts and leaves the user's alone. */
  readonly name: string;
  readonly type: ReportChartType;
  /** The source range, headers included (first row series names or categories). */
  readonly source: string;
  readonly seriesBy: "Rows" | "Columns";
  readonly title: string;
  readonly categoryTitle: string;
  readonly valueTitle: string;
  /** Top-left and bottom-right cells the chart covers. */
  readonly position: { readonly start: string; readonly end: string };
  /** Series drawn differently (a Pareto's cumulative percent as a line on the secondary axis). */
  readonly series?: readonly ChartSeriesPlan[];
}

/** A drop-down cell: one customer for the trend chart, one period for the review. */
export interface ListValidationPlan {
  readonly range: string;
  /** A formula ("=$A$5:$A$40") or the choices themselves, comma-separated ("2026-Q1,2026-Q2"). */
  readonly source: string;
}

/** An Excel table on a report sheet that holds the user's own rows (the review's proposed actions). */
export interface ReportTablePlan {
  /** The stable Excel table name. */
  readonly name: string;
  readonly row: number;
  readonly column: number;
  readonly headers: readonly string[];
  /** Rows it starts with when created; an existing table keeps its own rows. */
  readonly initialRows: readonly (readonly PlanValue[])[];
  readonly numberFormats: readonly (string | null)[];
}

/** Printing on A4 (the review): portrait, one page wide, the print area and a title repeated in the header. */
export interface PageSetupPlan {
  readonly orientation: "Portrait" | "Landscape";
  readonly printArea: string;
  readonly header: string;
}

export interface ReportSheetPlan {
  /** The sheet's name in the workbook's language. */
  readonly sheet: string;
  readonly blocks: readonly ReportBlock[];
  /** Column widths in characters, from column A; missing columns keep the default. */
  readonly columnWidths: readonly number[];
  /** Columns (0-based) hidden: helper columns outside the print area. */
  readonly hiddenColumns: readonly number[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly charts: readonly ChartPlan[];
  readonly validations: readonly ListValidationPlan[];
  readonly tables: readonly ReportTablePlan[];
  /** Workbook-level names the report keeps (the review's period, the dashboard's grain). */
  readonly names: readonly NamePlan[];
  readonly pageSetup?: PageSetupPlan;
  /** Rows kept in view while scrolling. */
  readonly freezeRows: number;
}
