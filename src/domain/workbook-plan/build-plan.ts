/** Builds the workbook plan for a language and the organisation's settings. */
import { durationInWords } from "../duration-words";
import type { Language } from "../i18n/language";
import {
  ALL_CHOICE_LISTS,
  ALL_TABLES,
  type ChoiceListKey,
  type ColumnSpec,
  DEFAULT_SLA_DURATIONS,
  DEFAULT_TARGETS,
  type Localized,
  type TableSpec,
  choiceLabel,
  defaultRows,
  formerHeadersOf,
  headerOf,
  localized,
  surveyReturnColumns,
  tableSpec,
} from "../schema";
import { type FormulaContext, calculatedFormulas } from "./calculated-columns";
import { numberFormatOf, widthOf } from "./column-formats";
import { fingerprint } from "./fingerprint";
import { DEFAULT_PLAN_SETTINGS, type PlanSettings } from "./settings";
import { formulaSheetName } from "./sheet-reference";
import { thisRow, wholeColumn } from "./structured-reference";
import type { ColumnPlan, NamePlan, PlanValue, SheetPlan, TablePlan, ValidationPlan } from "./types";
import type { WorkbookPlan } from "./types";

/** The hidden sheet holding the choice lists that validation drop-downs read. */
export const LISTS_SHEET: Localized = localized("Lists", "选项列表", "選項列表", "Danh mục");

/** Defined names the add-in keeps; all start with VOC_ so they sort together and never clash with the user's. */
export const NAMES = {
  language: "VOC_Language",
  planVersion: "VOC_PlanVersion",
  list: (key: ChoiceListKey) => `VOC_List_${key}`,
  target: (key: string) => `VOC_Target_${key}`,
} as const;

/** One blank column between tables that share a sheet. */
const GAP = 1;

function validationOf(column: ColumnSpec): ValidationPlan | undefined {
  if (column.calculated || column.type === "recordId") return undefined;
  switch (column.type) {
    case "choice":
      return column.choices ? { kind: "list", source: `=${NAMES.list(column.choices)}` } : undefined;
    case "integer":
      return { kind: "wholeNumber", min: column.min, max: column.max };
    case "number":
    case "percent":
      return column.min === undefined && column.max === undefined
        ? undefined
        : { kind: "decimal", min: column.min, max: column.max };
    case "date":
    case "dateTime":
      return { kind: "date" };
    case "text":
      return column.maxLength === undefined ? undefined : { kind: "textLength", max: column.maxLength };
    default:
      return undefined;
  }
}

function columnPlans(table: TableSpec, columns: readonly ColumnSpec[], context: FormulaContext): ColumnPlan[] {
  const formulas = calculatedFormulas(table.key, context);
  return columns.map((spec) => {
    const header = headerOf(spec, context.language);
    const formerHeaders = formerHeadersOf(spec, context.language);
    const formula = formulas[spec.key];
    if (spec.calculated && formula === undefined) throw new Error(`No formula for ${table.name}.${spec.key}.`);
    return {
      key: spec.key,
      header,
      ...(formerHeaders.length > 0 ? { formerHeaders } : {}),
      spec,
      numberFormat: numberFormatOf(spec),
      width: widthOf(spec, header),
      ...(formula === undefined ? {} : { formula }),
      ...(validationOf(spec) === undefined ? {} : { validation: validationOf(spec) }),
    };
  });
}

/** The rows a settings table starts with, in column order; record tables start empty. */
function initialRows(table: TableSpec, language: Language, settings: PlanSettings): PlanValue[][] {
  const rows: readonly { readonly [key: string]: string | number }[] = (() => {
    switch (table.key) {
      case "instrument":
        return settings.instrument.map((item) => ({
          module: settings.modules.find((module) => module.key === item.module)?.label[language] ?? item.module,
          code: item.code,
          text: item.text[language],
          weight: item.weight,
          scale: item.scale,
        }));
      case "modules":
        return settings.modules.map((module) => ({
          module: module.label[language],
          weight: module.weight,
          ownerDepartment: choiceLabel("department", module.ownerDepartment, language),
        }));
      case "gradeBands":
        return settings.gradeBands.map((band) => ({ lowerBound: band.lowerBound, label: band.label }));
      case "slaDurations":
        // People read the step and its duration in words; both are read back in any language (settings-from-tables).
        return Object.entries(settings.deadlines).map(([key, duration]) => ({
          key: DEFAULT_SLA_DURATIONS.find((sla) => sla.key === key)?.label[language] ?? key,
          duration: durationInWords(language, duration),
        }));
      case "ratingLevels":
      case "targets":
        return defaultRows(table.key, language);
      default:
        return [];
    }
  })();
  return rows.map((row) => table.columns.map((column) => row[column.key] ?? null));
}

/** The sheets in workbook order, each with its tables side by side from A1. */
function sheetPlans(context: FormulaContext, lists: SheetPlan): SheetPlan[] {
  const { language, settings } = context;
  const sheets = new Map<string, TablePlan[]>();
  for (const table of ALL_TABLES) {
    const sheet = table.sheet[language];
    const tables = sheets.get(sheet) ?? [];
    const column = tables.reduce((left, placed) => left + placed.columns.length + GAP, 0);
    const columns = table.key === "surveyReturns" ? context.surveyReturnColumns : table.columns;
    tables.push({
      key: table.key,
      name: table.name,
      sheet,
      row: 0,
      column,
      columns: columnPlans(table, columns, context),
      initialRows: initialRows(table, language, settings),
    });
    sheets.set(sheet, tables);
  }
  const tableSheets = [...sheets].map(([name, tables]) => ({ name, freezeRows: 1, visible: true, tables }));
  return [...tableSheets, lists];
}

/**
 * The choice lists, one column each (its title as header, the labels below), on the hidden lists sheet. Nothing
 * reads the headers back: the drop-downs read the labels through the VOC_List_ names.
 */
function listsSheet(language: Language): { sheet: SheetPlan; names: NamePlan[] } {
  const name = LISTS_SHEET[language];
  const longest = Math.max(...ALL_CHOICE_LISTS.map((list) => list.choices.length));
  const values: PlanValue[][] = [ALL_CHOICE_LISTS.map((list) => list.title[language])];
  for (let row = 0; row < longest; row++) {
    values.push(ALL_CHOICE_LISTS.map((list) => list.choices[row]?.label[language] ?? null));
  }
  const names = ALL_CHOICE_LISTS.map((list, index) => {
    const column = columnLetter(index);
    return {
      name: NAMES.list(list.key),
      formula: `=${formulaSheetName(name)}!$${column}$2:$${column}$${list.choices.length + 1}`,
      comment: `VOC Ledger: the ${list.key} drop-down list.`,
    };
  });
  return { sheet: { name, freezeRows: 1, visible: false, tables: [], cells: { row: 0, column: 0, values } }, names };
}

/** "A", "B", … "Z", "AA"… for a 0-based column index. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** A text as a string literal that MATCH(…,0) reads literally (`~`, `*` and `?` escaped). */
function matchLiteral(text: string): string {
  return `"${text.replace(/[~*?]/g, (character) => `~${character}`).replace(/"/g, '""')}"`;
}

/**
 * A target's value by its row in the Targets table: the row a new workbook starts with names it in the workbook's
 * language ("调查表回收率 ≥ (%)"); a workbook set up before those words holds its key ("returnRate") instead.
 */
function targetNames(language: Language): NamePlan[] {
  const targets = tableSpec("targets");
  const keyColumn = wholeColumn(targets.name, headerOf(targets.columns[0], language));
  const valueColumn = wholeColumn(targets.name, headerOf(targets.columns[1], language));
  return DEFAULT_TARGETS.map((target) => ({
    name: NAMES.target(target.key),
    formula: `=INDEX(${valueColumn},IFERROR(MATCH(${matchLiteral(target.label[language])},${keyColumn},0),MATCH("${target.key}",${keyColumn},0)))`,
    comment: `VOC Ledger: ${target.label.en}`,
  }));
}

/**
 * The whole workbook for `language`: record sheets, the questionnaire and settings sheets with their default rows,
 * the hidden choice lists, defined names, and the calculated columns' formulas for these settings.
 */
export function buildWorkbookPlan(language: Language, settings: PlanSettings = DEFAULT_PLAN_SETTINGS): WorkbookPlan {
  const context: FormulaContext = {
    language,
    settings,
    surveyReturnColumns: surveyReturnColumns(settings.instrument, settings.modules),
  };
  const lists = listsSheet(language);
  const sheets = sheetPlans(context, lists.sheet);
  const names: NamePlan[] = [
    ...lists.names,
    ...targetNames(language),
    { name: NAMES.language, formula: `="${language}"`, comment: "VOC Ledger: the language of the headers." },
  ];
  const version = fingerprint(JSON.stringify({ language, sheets, names }));
  return {
    language,
    sheets,
    names: [...names, { name: NAMES.planVersion, formula: `="${version}"`, comment: "VOC Ledger: plan version." }],
    version,
  };
}

/** A table of the plan by key. */
export function tablePlan(plan: WorkbookPlan, key: TableSpec["key"]): TablePlan {
  for (const sheet of plan.sheets) {
    const found = sheet.tables.find((table) => table.key === key);
    if (found) return found;
  }
  throw new Error(`The plan has no table "${key}".`);
}

/** A structured reference to `key`'s cell in the row of a planned table. */
export function rowReference(table: TablePlan, key: string): string {
  const column = table.columns.find((candidate) => candidate.key === key);
  if (!column) throw new Error(`The table ${table.name} has no column "${key}".`);
  return thisRow(table.name, column.header);
}
