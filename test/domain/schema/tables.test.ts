import { LANGUAGES } from "../../../src/domain/i18n/language";
import {
  ALL_TABLES,
  CHOICE_LISTS,
  SHEETS,
  SchemaError,
  TABLES,
  type TableKey,
  type TableSpec,
  columnSpec,
  headerOf,
  referenceColumn,
  tableByName,
  tableSpec,
} from "../../../src/domain/schema";
import { CAMEL_CASE, duplicatesIgnoringCase, headerProblem, sheetNameProblem, tableNameProblem } from "./rules";

const TABLE_KEYS: readonly TableKey[] = [
  "customers",
  "feedback",
  "complaints",
  "reminders",
  "surveyDispatch",
  "surveyReturns",
  "actions",
  "instrument",
  "modules",
  "holidays",
  "ratingLevels",
  "gradeBands",
  "targets",
  "slaDurations",
];

const tables = ALL_TABLES.map((table) => [table.name, table] as const);
const columns = ALL_TABLES.flatMap((table) =>
  table.columns.map((column) => [`${table.name}.${column.key}`, table, column] as const),
);

describe("the tables of the data model", () => {
  it("are the thirteen of DESIGN.md and the corrective actions (REQ 15, 16, 18), each under its own key", () => {
    expect(ALL_TABLES.map((table) => table.key)).toEqual(TABLE_KEYS);
    for (const key of TABLE_KEYS) {
      expect(TABLES[key].key).toBe(key);
      expect(tableSpec(key)).toBe(TABLES[key]);
    }
  });

  it("have the stable Excel names of DESIGN.md", () => {
    expect(ALL_TABLES.map((table) => table.name)).toEqual([
      "Customers",
      "Feedback",
      "Complaints",
      "Reminders",
      "SurveyDispatch",
      "SurveyReturns",
      "CorrectiveActions",
      "Instrument",
      "Modules",
      "Holidays",
      "RatingLevels",
      "GradeBands",
      "Targets",
      "SlaDurations",
    ]);
  });

  it.each(tables)("%s has a valid Excel table name", (_name, table) => {
    expect(tableNameProblem(table.name)).toBeUndefined();
  });

  it("have table names no two of which Excel would confuse", () => {
    expect(duplicatesIgnoringCase(ALL_TABLES.map((table) => table.name))).toEqual([]);
  });

  it("are found by their Excel name in any case, and unknown names are not", () => {
    expect(tableByName("complaints")).toBe(TABLES.complaints);
    expect(tableByName(" SurveyReturns ")).toBe(TABLES.surveyReturns);
    expect(tableByName("Table1")).toBeUndefined();
  });
});

describe("sheet names", () => {
  it.each(tables)("%s lives on a sheet with a valid name in every language", (_name, table) => {
    for (const language of LANGUAGES) {
      expect({ language, problem: sheetNameProblem(table.sheet[language]) }).toEqual({ language, problem: undefined });
    }
  });

  it("are unique per language: distinct sheets have distinct names, and tables sharing a sheet share all four", () => {
    const sheets = Object.values(SHEETS);
    for (const language of LANGUAGES) {
      expect(duplicatesIgnoringCase(sheets.map((sheet) => sheet[language]))).toEqual([]);
    }
    for (const table of ALL_TABLES) expect(sheets).toContain(table.sheet);
  });

  it("put every record table on a sheet of its own", () => {
    const recordTables = ALL_TABLES.filter((table) => table.idPrefix !== undefined);
    for (const table of recordTables) {
      expect(ALL_TABLES.filter((other) => other.sheet === table.sheet)).toEqual([table]);
    }
  });
});

describe("columns", () => {
  it.each(tables)("%s has unique camelCase column keys", (_name, table) => {
    const keys = table.columns.map((column) => column.key);
    for (const key of keys) expect(key).toMatch(CAMEL_CASE);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(columns)("%s has a usable header in all four languages", (_name, _table, column) => {
    for (const language of LANGUAGES) {
      expect({ language, problem: headerProblem(headerOf(column, language)) }).toEqual({
        language,
        problem: undefined,
      });
    }
  });

  it.each(tables)("%s has headers unique per language, as Excel requires of a table", (_name, table) => {
    for (const language of LANGUAGES) {
      expect({ language, duplicates: duplicatesIgnoringCase(table.columns.map((c) => c.header[language])) }).toEqual({
        language,
        duplicates: [],
      });
    }
  });

  it.each(columns)("%s names its choice list exactly when it is a choice column, and the list exists", (_n, _t, c) => {
    expect(c.type === "choice").toBe(c.choices !== undefined);
    if (c.choices !== undefined) expect(CHOICE_LISTS[c.choices]?.key).toBe(c.choices);
  });

  it.each(columns)("%s names its table exactly when it is a reference column, and the table exists", (_n, _t, c) => {
    expect(c.type === "reference").toBe(c.references !== undefined);
    if (c.references !== undefined) expect(TABLES[c.references]?.key).toBe(c.references);
  });

  it.each(columns)("%s is never both calculated and required", (_name, _table, column) => {
    expect(column.calculated === true && column.required === true).toBe(false);
  });

  it.each(columns)("%s has consistent bounds", (_name, _table, column) => {
    if (column.min !== undefined && column.max !== undefined) expect(column.min).toBeLessThanOrEqual(column.max);
    if (column.type === "percent") {
      expect(column.min ?? 0).toBeGreaterThanOrEqual(0);
      expect(column.max ?? 1).toBeLessThanOrEqual(1);
    }
    if (column.maxLength !== undefined) {
      expect(Number.isInteger(column.maxLength)).toBe(true);
      expect(column.maxLength).toBeGreaterThan(0);
      expect(column.maxLength).toBeLessThanOrEqual(32767);
    }
  });

  it("are found by key, and an unknown key is a SchemaError", () => {
    expect(columnSpec(TABLES.complaints, "batchNo").header.en).toBe("Batch / lot no.");
    expect(() => columnSpec(TABLES.complaints, "batch")).toThrow(SchemaError);
  });
});

describe("references", () => {
  it.each(columns.filter(([, , column]) => column.references !== undefined))(
    "%s points at a required, unique column of its table",
    (_name, _table, column) => {
      const target = referenceColumn(TABLES[column.references as TableKey]);
      expect(target.required).toBe(true);
      expect(target.unique).toBe(true);
    },
  );

  it("name customers by name and everything else by id", () => {
    expect(referenceColumn(TABLES.customers).key).toBe("name");
    expect(referenceColumn(TABLES.complaints).key).toBe("id");
    expect(referenceColumn(TABLES.surveyDispatch).key).toBe("id");
    expect(referenceColumn(TABLES.modules).key).toBe("module");
  });
});

describe("record ids", () => {
  const records = ALL_TABLES.filter((table): table is TableSpec & { idPrefix: string } => table.idPrefix !== undefined);

  it("are allocated in the seven record tables, each with its own two-letter prefix", () => {
    expect(Object.fromEntries(records.map((table) => [table.name, table.idPrefix]))).toEqual({
      Customers: "CU",
      Feedback: "FB",
      Complaints: "CC",
      Reminders: "RM",
      SurveyDispatch: "SD",
      SurveyReturns: "SR",
      CorrectiveActions: "CA",
    });
    expect(new Set(records.map((table) => table.idPrefix)).size).toBe(records.length);
  });

  it.each(tables)("%s starts with a required, unique id exactly when it allocates ids", (_name, table) => {
    const ids = table.columns.filter((column) => column.type === "recordId");
    if (table.idPrefix === undefined) {
      expect(ids).toEqual([]);
    } else {
      expect(ids).toEqual([table.columns[0]]);
      expect(table.columns[0]).toMatchObject({ key: "id", required: true, unique: true });
    }
  });
});
