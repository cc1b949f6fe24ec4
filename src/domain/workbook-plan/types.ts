/**
 * The workbook plan: the whole workbook the add-in keeps, described as data for one language and one set of
 * settings. src/excel applies it through Office.js; the spreadsheet tests write the same plan to .xlsx for
 * LibreOffice. Positions are 0-based (row 0 is Excel's row 1).
 */
import type { Language } from "../i18n/language";
import type { ColumnSpec, TableKey } from "../schema";

/** A value a plan writes into a cell: a number, text (written as text, never as a formula), TRUE/FALSE or blank. */
export type PlanValue = string | number | boolean | null;

/** The data validation of a column's cells below its header. */
export type ValidationPlan =
  | { readonly kind: "list"; readonly source: string }
  | { readonly kind: "wholeNumber" | "decimal"; readonly min?: number; readonly max?: number }
  | { readonly kind: "date" }
  | { readonly kind: "textLength"; readonly max: number };

export interface ColumnPlan {
  readonly key: string;
  /** The header in the plan's language: the table column's name. */
  readonly header: string;
  /** Headers it had in earlier versions, in the plan's language: a column under one is this column. */
  readonly formerHeaders?: readonly string[];
  readonly spec: ColumnSpec;
  /** Excel number format code: "yyyy-mm-dd hh:mm", "0.0", "@" (text)… */
  readonly numberFormat: string;
  /** Column width in characters of the default font (Excel's column width unit). */
  readonly width: number;
  /** The calculated column's formula, the same for every row (structured references to the row). */
  readonly formula?: string;
  readonly validation?: ValidationPlan;
}

export interface TablePlan {
  readonly key: TableKey;
  /** The stable Excel table name. */
  readonly name: string;
  readonly sheet: string;
  /** The header row's position on its sheet. */
  readonly row: number;
  readonly column: number;
  readonly columns: readonly ColumnPlan[];
  /** The rows a new table starts with (settings defaults), column by column; written only when it is created. */
  readonly initialRows: readonly (readonly PlanValue[])[];
}

export interface SheetPlan {
  readonly name: string;
  /** Header rows kept in view while scrolling. */
  readonly freezeRows: number;
  /** Sheets only formulas read (the choice lists) are hidden, not protected, so nothing is locked away. */
  readonly visible: boolean;
  readonly tables: readonly TablePlan[];
  /** Plain cells the sheet starts with (the choice lists), row by row from `cellsAt`. */
  readonly cells?: {
    readonly row: number;
    readonly column: number;
    readonly values: readonly (readonly PlanValue[])[];
  };
}

/** A workbook-level defined name: the choice lists, the targets, the language and the plan's version. */
export interface NamePlan {
  readonly name: string;
  /** What it refers to, as Excel shows it: "=Lists!$A$2:$A$9", "=INDEX(…)", "=\"zh-CN\"". */
  readonly formula: string;
  readonly comment: string;
}

export interface WorkbookPlan {
  readonly language: Language;
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamePlan[];
  /**
   * A fingerprint of everything above, kept in the workbook as the VOC_PlanVersion name, so that setting up an
   * already set-up workbook can tell in one read that there is nothing to do.
   */
  readonly version: string;
}
