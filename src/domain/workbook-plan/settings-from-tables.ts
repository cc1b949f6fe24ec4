/**
 * The organisation's settings as its workbook holds them: the settings tables' rows, read back into what the plan,
 * the forms and the KPIs need. Reading never fails: a row that cannot be used is left out, a table that cannot be
 * used gives way to the defaults, and each such fallback is named in `problems`, in plain English, for a notice.
 *
 * Names come back as keys: a module or item wording that is a default's in any language is that default (so a
 * workbook set up in one language reads back exactly as the defaults, and keeps its translations); the
 * organisation's own wording is the same text in every language, its module keyed by position (m1, m2, …).
 */
import type { Deadlines } from "../case-deadlines";
import { parseDuration } from "../due-date";
import { durationCode } from "../duration-words";
import { FormulaInputError } from "../formula-error";
import { DEFAULT_GRADE_BANDS, type GradeBand, gradeBandsFromRows } from "../grade";
import { LANGUAGES, type Language } from "../i18n/language";
import { DEFAULT_LEVELS, NUMERIC_TEXT, type RatingLevels, ratingLevelsFromRows } from "../rating-levels";
import {
  DEFAULT_INSTRUMENT,
  DEFAULT_MODULES,
  DEFAULT_SLA_DURATIONS,
  DEFAULT_TARGETS,
  type InstrumentItem,
  type Localized,
  type ModuleSpec,
  SchemaError,
  type SlaDefault,
  type TargetDefault,
  type TargetKey,
  choiceKeyForLabel,
  choiceLabel,
  choiceMatchKey,
  sameInAllLanguages,
  surveyReturnColumns,
  tableSpec,
} from "../schema";
import { holidaysFrom as holidaysOfRange } from "../working-days";
import type { PlanSettings } from "./settings";
import type { PlanValue } from "./types";

/** The settings tables, in the order their problems are reported. */
export const SETTINGS_TABLES = [
  "instrument",
  "modules",
  "holidays",
  "ratingLevels",
  "gradeBands",
  "targets",
  "slaDurations",
] as const;
export type SettingsTableKey = (typeof SETTINGS_TABLES)[number];

/** A settings row by column key, as the workbook holds it (a column the table lacks is absent). */
export type SettingsRow = { readonly [columnKey: string]: PlanValue };
export type SettingsRows = { readonly [K in SettingsTableKey]: readonly SettingsRow[] };

export interface LedgerSettings {
  /** Deadlines, instrument, modules and grade bands as the workbook holds them. */
  readonly plan: PlanSettings;
  /** Whole-day serials. */
  readonly holidays: ReadonlySet<number>;
  readonly targets: { readonly [K in TargetKey]: number };
  readonly ratingLevels: RatingLevels;
  /** Rows left out and defaults used instead, in plain English, for a notice; empty when all was read. */
  readonly problems: readonly string[];
}

type Report = (problem: string) => void;

export function settingsFromTables(rows: SettingsRows, language: Language): LedgerSettings {
  const problems: string[] = [];
  const report: Report = (problem) => void problems.push(problem);
  const questionnaire = questionnaireFrom(rows, language, report);
  const holidays = holidaysFrom(rows.holidays, report);
  const ratingLevels = ratingLevelsFrom(rows.ratingLevels, report);
  const gradeBands = gradeBandsFrom(rows.gradeBands, report);
  const targets = targetsFrom(rows.targets, report);
  const deadlines = deadlinesFrom(rows.slaDurations, report);
  return { plan: { deadlines, ...questionnaire, gradeBands }, holidays, targets, ratingLevels, problems };
}

// Cells ----------------------------------------------------------------------------------------------------------

function isBlank(value: PlanValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Blank rows (Excel's empty insert row, rows cleared by hand) are no rows at all. */
function isBlankRow(row: SettingsRow): boolean {
  return Object.values(row).every(isBlank);
}

function textOf(value: PlanValue | undefined): string {
  return isBlank(value) ? "" : String(value).trim();
}

/** A number, or a number stored as text (as the native formulas read it); undefined for anything else. */
function numberOf(value: PlanValue | undefined): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && NUMERIC_TEXT.test(value.trim())) return Number(value.trim());
  return undefined;
}

/** "Row 3 of the Modules table": the table's own rows, counted from its first data row. */
function rowName(table: SettingsTableKey, index: number): string {
  return `Row ${index + 1} of the ${tableSpec(table).name} table`;
}

/** The same wording, whatever its case, spacing or Unicode form. */
function sameText(a: string, b: string): boolean {
  return choiceMatchKey(a) === choiceMatchKey(b);
}

/** The entry whose label the text is: in the workbook's language first, then in any. */
function labelled<T>(entries: readonly T[], labelOf: (entry: T) => Localized, text: string, language: Language) {
  return (
    entries.find((entry) => sameText(labelOf(entry)[language], text)) ??
    entries.find((entry) => LANGUAGES.some((other) => sameText(labelOf(entry)[other], text)))
  );
}

// The questionnaire ----------------------------------------------------------------------------------------------

/** Modules and items read together: an item names its module, a module without items has nothing to score. */
function questionnaireFrom(rows: SettingsRows, language: Language, report: Report) {
  const listed = modulesFrom(rows.modules, language, report);
  const instrument = instrumentFrom(rows.instrument, listed, language, report);
  const modules = listed.filter((module) => {
    const used = instrument.some((item) => item.module === module.key);
    if (!used) report(`The module "${module.label[language]}" has no items in the Instrument table; it was left out.`);
    return used;
  });
  const problem = questionnaireProblem(instrument, modules);
  if (problem === undefined) return { instrument, modules };
  report(`${problem} The default questionnaire is used instead.`);
  return { instrument: DEFAULT_INSTRUMENT, modules: DEFAULT_MODULES };
}

function modulesFrom(rows: readonly SettingsRow[], language: Language, report: Report): ModuleSpec[] {
  const modules: ModuleSpec[] = [];
  rows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    const at = rowName("modules", index);
    const name = textOf(row.module);
    const weight = numberOf(row.weight);
    if (name === "") return report(`${at} has no module name; it was left out.`);
    if (weight === undefined || weight < 0) {
      return report(`${at} (${name}): the weight must be a number 0 or more; the module was left out.`);
    }
    if (labelled(modules, (module) => module.label, name, language)) {
      return report(`${at}: the module "${name}" is listed twice; this row was left out.`);
    }
    const known = labelled(DEFAULT_MODULES, (module) => module.label, name, language);
    const standard = known && !modules.some((module) => module.key === known.key) ? known : undefined;
    modules.push({
      key: standard?.key ?? `m${index + 1}`,
      label: standard?.label ?? sameInAllLanguages(name),
      weight,
      ownerDepartment: departmentOf(row.ownerDepartment, standard, at, report),
    });
  });
  return modules;
}

/** The department choice a cell names; a blank cell is the default module's department, or "other". */
function departmentOf(cell: PlanValue | undefined, standard: ModuleSpec | undefined, at: string, report: Report) {
  const fallback = standard?.ownerDepartment ?? "other";
  if (isBlank(cell)) return fallback;
  const key = choiceKeyForLabel("department", cell);
  if (key !== undefined) return key;
  const label = choiceLabel("department", fallback, "en");
  report(`${at}: "${textOf(cell)}" is not a department of the list; ${label} is used.`);
  return fallback;
}

function instrumentFrom(
  rows: readonly SettingsRow[],
  modules: readonly ModuleSpec[],
  language: Language,
  report: Report,
): InstrumentItem[] {
  const items: InstrumentItem[] = [];
  rows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    const at = rowName("instrument", index);
    const [code, question, moduleName] = [textOf(row.code), textOf(row.text), textOf(row.module)];
    const module = labelled(modules, (candidate) => candidate.label, moduleName, language);
    const weight = numberOf(row.weight);
    const scale = numberOf(row.scale);
    if (code === "" || question === "") return report(`${at} needs a code and a question; it was left out.`);
    if (!module) {
      return report(`${at} (${code}): the module "${moduleName}" is not in the Modules table; the item was left out.`);
    }
    if (weight === undefined || weight < 0) {
      return report(`${at} (${code}): the weight must be a number 0 or more; the item was left out.`);
    }
    if (scale === undefined || !Number.isInteger(scale) || scale < 1) {
      return report(`${at} (${code}): the scale must be a whole number 1 or more; the item was left out.`);
    }
    items.push({ module: module.key, code, text: itemText(code, question, language), weight, scale });
  });
  return items;
}

/** A default item's wording keeps its translations; the item of the same code is preferred. */
function itemText(code: string, question: string, language: Language): Localized {
  const sameCode = DEFAULT_INSTRUMENT.filter((item) => sameText(item.code, code));
  const known =
    labelled(sameCode, (item) => item.text, question, language) ??
    labelled(DEFAULT_INSTRUMENT, (item) => item.text, question, language);
  return known?.text ?? sameInAllLanguages(question);
}

/** Why the questionnaire cannot become the SurveyReturns columns and their scores, if it cannot. */
function questionnaireProblem(instrument: readonly InstrumentItem[], modules: readonly ModuleSpec[]) {
  if (instrument.length === 0 || modules.length === 0) {
    return "The Instrument and Modules tables hold no usable questionnaire.";
  }
  try {
    surveyReturnColumns(instrument, modules);
  } catch (error) {
    if (error instanceof SchemaError) return `The questionnaire cannot be used: ${error.message}`;
    throw error;
  }
  const mixed = modules.find(
    (module) => new Set(instrument.filter((item) => item.module === module.key).map((item) => item.scale)).size > 1,
  );
  return mixed && `The questionnaire cannot be used: the items of the module "${mixed.label.en}" differ in scale.`;
}

// Calendar, levels and grades ------------------------------------------------------------------------------------

/** As WORKDAY reads its holidays: date serials (numbers stored as text too), the time of day dropped. */
function holidaysFrom(rows: readonly SettingsRow[], report: Report): ReadonlySet<number> {
  const holidays = new Set<number>();
  rows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    const at = rowName("holidays", index);
    if (isBlank(row.date)) return report(`${at} has no date; the holiday was left out.`);
    try {
      for (const day of holidaysOfRange([[row.date ?? null]])) holidays.add(day);
    } catch (error) {
      if (!(error instanceof FormulaInputError)) throw error;
      report(`${at}: "${textOf(row.date)}" is not a date; the holiday was left out.`);
    }
  });
  return holidays;
}

/** A whole table read by a domain rule that throws FormulaInputError: the defaults when it is empty or invalid. */
function wholeTable<T>(
  table: SettingsTableKey,
  rows: readonly SettingsRow[],
  read: () => T,
  fallback: T,
  what: string,
  report: Report,
): T {
  if (rows.every(isBlankRow)) {
    report(`The ${tableSpec(table).name} table is empty; the default ${what} are used.`);
    return fallback;
  }
  try {
    return read();
  } catch (error) {
    if (!(error instanceof FormulaInputError)) throw error;
    report(`The ${tableSpec(table).name} table cannot be used: ${error.message} The default ${what} are used.`);
    return fallback;
  }
}

function ratingLevelsFrom(rows: readonly SettingsRow[], report: Report): RatingLevels {
  const cells = rows.filter((row) => !isBlankRow(row)).map((row) => [row.word, row.points]);
  return wholeTable("ratingLevels", rows, () => ratingLevelsFromRows(cells), DEFAULT_LEVELS, "rating levels", report);
}

function gradeBandsFrom(rows: readonly SettingsRow[], report: Report): readonly GradeBand[] {
  const cells = rows.filter((row) => !isBlankRow(row)).map((row) => [row.lowerBound, row.label]);
  return wholeTable("gradeBands", rows, () => gradeBandsFromRows(cells), DEFAULT_GRADE_BANDS, "grade bands", report);
}

// Targets and deadlines ------------------------------------------------------------------------------------------

interface KeyedCell {
  readonly value: PlanValue | undefined;
  readonly at: string;
}

/** A known row of the Targets or SlaDurations table: its key, and its name in every language. */
interface KnownRow {
  readonly key: string;
  readonly label: Localized;
}

/**
 * The value of each known key, found as the native formulas' MATCH finds it: without regard to case, the first row
 * of a key winning. A row names its key by the key itself (as workbooks set up before the Settings sheet spoke the
 * workbook's language do) or by its name in any of the four languages. Rows of other keys are the organisation's
 * own and are left alone.
 */
function valuesByKey(
  table: "targets" | "slaDurations",
  rows: readonly SettingsRow[],
  known: readonly KnownRow[],
  valueColumn: string,
  report: Report,
): ReadonlyMap<string, KeyedCell> {
  const found = new Map<string, KeyedCell>();
  rows.forEach((row, index) => {
    const cell = textOf(row.key);
    const key = known.find(
      (candidate) =>
        candidate.key.toLowerCase() === cell.toLowerCase() ||
        LANGUAGES.some((language) => sameText(candidate.label[language], cell)),
    )?.key;
    if (key === undefined) return;
    const at = rowName(table, index);
    if (found.has(key)) return report(`${at} repeats "${key}"; the first row's value is used.`);
    found.set(key, { value: row[valueColumn], at });
  });
  return found;
}

function targetsFrom(rows: readonly SettingsRow[], report: Report): { readonly [K in TargetKey]: number } {
  const found = valuesByKey("targets", rows, DEFAULT_TARGETS, "value", report);
  const entries = DEFAULT_TARGETS.map((target) => [target.key, targetValue(target, found.get(target.key), report)]);
  return Object.fromEntries(entries) as { [K in TargetKey]: number };
}

function targetValue(target: TargetDefault, cell: KeyedCell | undefined, report: Report): number {
  const value = numberOf(cell?.value);
  if (value !== undefined) return value;
  report(
    cell
      ? `${cell.at} (${target.key}): the value must be a number; the default ${target.value} is used.`
      : `The Targets table has no row "${target.key}"; the default ${target.value} is used.`,
  );
  return target.value;
}

/** In the defaults' order, so that a plan built from them is the very plan of the defaults. */
function deadlinesFrom(rows: readonly SettingsRow[], report: Report): Deadlines {
  const found = valuesByKey("slaDurations", rows, DEFAULT_SLA_DURATIONS, "duration", report);
  const entries = DEFAULT_SLA_DURATIONS.map((sla) => [sla.key, durationOf(sla, found.get(sla.key), report)]);
  return Object.fromEntries(entries) as Deadlines;
}

function durationOf(sla: SlaDefault, cell: KeyedCell | undefined, report: Report): string {
  if (!cell) {
    report(`The SlaDurations table has no row "${sla.key}"; the default ${sla.duration} is used.`);
    return sla.duration;
  }
  // "3 个工作日" as the Settings sheet writes it, or "3wd" as older workbooks hold it: "3wd" for the formulas.
  const text = durationCode(textOf(cell.value)) ?? textOf(cell.value);
  const problem = durationProblem(sla, text);
  if (problem === undefined) return text;
  report(`${cell.at} (${sla.key}): ${problem}; the default ${sla.duration} is used.`);
  return sla.duration;
}

/** The due-date formulas need a duration; the survey return rate counts working days. */
function durationProblem(sla: SlaDefault, text: string): string | undefined {
  try {
    const { unit } = parseDuration(text);
    if (sla.key === "surveyDueBack" && unit !== "workdays") return `a survey form is due back in working days ("5wd")`;
    return undefined;
  } catch (error) {
    if (error instanceof FormulaInputError) return `"${text}" is not a duration such as 24h, 30m, 7d or 3wd`;
    throw error;
  }
}
