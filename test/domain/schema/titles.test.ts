import { LANGUAGES } from "../../../src/domain/i18n/language";
import { ALL_TABLES } from "../../../src/domain/schema";
import { tableTitle } from "../../../src/domain/schema/titles";

describe("a table's title, by its Excel name (all Home takes of the schema)", () => {
  it.each(LANGUAGES)("is the title the table's spec gives in %s", (language) => {
    expect(ALL_TABLES.map((table) => tableTitle(table.name, language))).toEqual(
      ALL_TABLES.map((table) => table.title[language]),
    );
  });

  it("finds the table as Excel does, whatever the case and outer spaces of its name", () => {
    expect(tableTitle(" complaints ", "zh-TW")).toBe(tableTitle("Complaints", "zh-TW"));
    expect(tableTitle("SURVEYRETURNS", "en")).toBe("Survey returns");
  });

  it("is undefined for a table of the user's own", () => {
    expect(tableTitle("MyList", "en")).toBeUndefined();
  });
});
