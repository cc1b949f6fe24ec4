/**
 * The declarative schema of the workbook's tables: what each table is called, on which sheet it lives, and what
 * each column holds. Pure data and types; the workbook plan (sheets, validation, formats and the native formulas of
 * calculated columns) is built from it later and refers to columns by their stable keys.
 */
import type { Language } from "../i18n/language";

/** A text in every UI language. */
export type Localized = { readonly [language in Language]: string };

/**
 * Wordings a header had in earlier versions, per language: a workbook set up with one of them keeps working (its
 * column is that column, and setup gives it the current header). Never written.
 */
export type FormerWordings = { readonly [language in Language]?: readonly string[] };

/**
 * What a column holds, as the form, the validation lists and the number formats of the workbook plan need to know.
 *
 * - `text`, `longText`: one line / free text (descriptions, actions, comments).
 * - `number`, `integer`: a number; `integer` a whole one (quantities, ratings, counts).
 * - `percent`: a fraction shown as a percent (0.03 shows as 3 %), as Excel stores percentages.
 * - `date`, `dateTime`: an Excel date serial, with or without its time of day.
 * - `boolean`: TRUE or FALSE. Only calculated flags use it; flags people enter are the `yesNo` choice list, whose
 *   labels are words in the workbook's language.
 * - `choice`: one label of a choice list (ColumnSpec.choices), written in the workbook's language.
 * - `phone`, `email`: contact details, checked by the record validation.
 * - `period`: a reporting period label as VOC.PERIOD writes it: "2026-Q3", "2026-H2", "2026-07" or "2026".
 * - `duration`: duration text as VOC.DUE reads it: "24h", "30m", "7d" or "3wd".
 * - `recordId`: the row's own id (the table's first column), allocated by the add-in: `<idPrefix>-<year>-<number>`.
 * - `reference`: the key of a row of another table (ColumnSpec.references; see TableSpec.referenceKey).
 */
export type ColumnType =
  | "text"
  | "longText"
  | "number"
  | "integer"
  | "percent"
  | "date"
  | "dateTime"
  | "boolean"
  | "choice"
  | "phone"
  | "email"
  | "period"
  | "duration"
  | "recordId"
  | "reference";

/** The tables of the data model, by stable key (their Excel names are TableSpec.name). */
export type TableKey =
  | "customers"
  | "feedback"
  | "complaints"
  | "reminders"
  | "surveyDispatch"
  | "surveyReturns"
  | "actions"
  | "instrument"
  | "modules"
  | "holidays"
  | "ratingLevels"
  | "gradeBands"
  | "targets"
  | "slaDurations";

/** The choice lists, by stable key. */
export type ChoiceListKey =
  | "customerCategory"
  | "customerType"
  | "channel"
  | "feedbackKind"
  | "feedbackTopic"
  | "complaintContent"
  | "complaintNature"
  | "severity"
  | "approvalStatus"
  | "caseStatus"
  | "customerDemand"
  | "followUpResult"
  | "satisfactionLevel"
  | "department"
  | "dispatchMethod"
  | "dueStep"
  | "instrumentKind"
  | "actionKind"
  | "actionStatus"
  | "actionEffectiveness"
  | "yesNo";

/** One choice: a stable key (what the code compares) and the label a cell shows in each language. */
export interface Choice {
  readonly key: string;
  readonly label: Localized;
  /** Further words read back as this choice (never written), e.g. "非常满意" for very satisfied. */
  readonly aliases?: readonly string[];
  /**
   * The labels earlier versions wrote for this choice, in any language (e.g. "已批示" before "已审批"): cells of a
   * workbook set up then still read as this choice. Never written.
   */
  readonly formerLabels?: readonly string[];
}

export interface ChoiceList {
  readonly key: ChoiceListKey;
  /** What the list is, as the hidden Lists sheet heads its column. */
  readonly title: Localized;
  readonly choices: readonly Choice[];
}

export interface ColumnSpec {
  /** camelCase, stable, never localized: what the form, the plan and the formulas refer to. */
  readonly key: string;
  /** The table header in each language (the workbook's headers are in the language chosen at setup). */
  readonly header: Localized;
  /** Headers this column had in earlier versions (FormerWordings): matched as this column, renamed by setup. */
  readonly formerHeaders?: FormerWordings;
  readonly type: ColumnType;
  /** A record cannot be saved without it. Never set on calculated columns. */
  readonly required?: boolean;
  /** No two rows may hold the same value (ids, codes, keys of settings tables). */
  readonly unique?: boolean;
  /** The ChoiceList of a `choice` column. */
  readonly choices?: ChoiceListKey;
  /** The table a `reference` column points into. */
  readonly references?: TableKey;
  /**
   * Computed by the workbook with a native formula (due dates, on-time and overdue flags, module scores, total,
   * grade…); the forms never write it.
   */
  readonly calculated?: true;
  /**
   * A column a workbook may lack because an earlier version set it up without it (the notes every record table
   * now ends with), and that no save needs: its absence is reported (Set up adds it) but does not stop writing,
   * which goes by header and skips it; a value given for it there is refused, never dropped. A flag rather than a
   * rule derived from the column (say, "entered, no form writes it"): which columns an earlier workbook may lack
   * is a fact of the versions' history, and a derived rule would let a future column go missing unnoticed too.
   */
  readonly addedLater?: true;
  /** Longest text accepted, in characters. */
  readonly maxLength?: number;
  /** Smallest and largest number accepted (for `percent`, as a fraction: 0–1). */
  readonly min?: number;
  readonly max?: number;
}

export interface TableSpec {
  readonly key: TableKey;
  /** The stable Excel table name, e.g. "Complaints": never localized, never renamed. */
  readonly name: string;
  /** What people call the table, e.g. on Home: its sheet's name where it has a sheet of its own. */
  readonly title: Localized;
  /**
   * The sheet the table lives on, per language (≤ 31 characters, none of : \ / ? * [ ]). Small settings tables
   * share a sheet: such tables carry the very same sheet names.
   */
  readonly sheet: Localized;
  /** Record tables allocate ids `<idPrefix>-<year>-<number>` in their first column, e.g. CC-2026-0042. */
  readonly idPrefix?: string;
  /**
   * The column whose values `reference` columns of other tables hold. Default: the first column (the id).
   * Customers are referred to by name, as the procedures' ledgers do, so that the records read well on their own.
   */
  readonly referenceKey?: string;
  readonly columns: readonly ColumnSpec[];
}

/** One item of a survey instrument (a row of the Instrument table). */
export interface InstrumentItem {
  /** The key of its module (ModuleSpec.key). */
  readonly module: string;
  /** Short and stable: letters, digits or "_" (the SurveyReturns column is `item_<code>`). */
  readonly code: string;
  /** What the form asks; the SurveyReturns header is "<code> <text>". */
  readonly text: Localized;
  /** Weight within its module (≥ 0). */
  readonly weight: number;
  /** The maximum points of a rating (a rating is 0..scale). */
  readonly scale: number;
}

/** One module of a survey instrument (a row of the Modules table). */
export interface ModuleSpec {
  /**
   * Stable and camelCase: the SurveyReturns column is `module_<key>`. The organisation's own modules, read back
   * from the Modules table, may be keyed by position (m1, m2, …).
   */
  readonly key: string;
  /** The module's name (the Modules table's `module` cell and the score column's header). */
  readonly label: Localized;
  /** Weight in the total (module weights are the organisation's to set, REQ 14). */
  readonly weight: number;
  /** The department that collects and answers for it (a `department` choice key). */
  readonly ownerDepartment: string;
}
