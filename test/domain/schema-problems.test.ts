import { translate } from "../../src/domain/i18n/translate";
import { LANGUAGES } from "../../src/domain/i18n/language";
import {
  type SchemaProblem,
  blocksWriting,
  columnProblems,
  explainProblem,
  repairable,
} from "../../src/domain/schema-problems";

const PLANNED = ["ID", "Received at", "Customer", "Status"];

describe("the column problems of a table", () => {
  it("finds none when the headers are as planned, whatever their case, with the user's own columns added", () => {
    expect(columnProblems("Complaints", PLANNED, ["id", "Received at", "Customer", "My notes", "Status"])).toEqual([]);
  });

  it("calls a planned header missing when nothing stands in its place", () => {
    expect(columnProblems("Complaints", PLANNED, ["ID", "Received at", "Status"])).toEqual([
      { kind: "missingColumn", table: "Complaints", column: "Customer" },
    ]);
  });

  it("calls a planned header renamed when one unknown header stands in its place", () => {
    expect(columnProblems("Complaints", PLANNED, ["ID", "Received at", "Client", "Status"])).toEqual([
      { kind: "renamedColumn", table: "Complaints", column: "Customer", found: "Client" },
    ]);
  });

  it("marks a missing column added later (a workbook set up before it), and only that one", () => {
    const planned = [
      ...PLANNED.slice(0, 3).map((header) => ({ header })),
      { header: "Notes", spec: { addedLater: true as const } },
    ];
    expect(columnProblems("Complaints", planned, ["ID", "Received at"])).toEqual([
      { kind: "missingColumn", table: "Complaints", column: "Customer" },
      { kind: "missingColumn", table: "Complaints", column: "Notes", addedLater: true },
    ]);
  });

  it("calls only the column that was dragged elsewhere moved", () => {
    expect(columnProblems("Complaints", PLANNED, ["ID", "Customer", "Status", "Received at"])).toEqual([
      { kind: "movedColumn", table: "Complaints", column: "Received at" },
    ]);
  });
});

describe("what a problem means for writing", () => {
  const problems: SchemaProblem[] = [
    { kind: "missingSheet", sheet: "Complaints" },
    { kind: "missingTable", table: "Complaints" },
    { kind: "convertedToRange", table: "Complaints", sheet: "Complaints" },
    { kind: "missingColumn", table: "Complaints", column: "Status" },
    { kind: "missingColumn", table: "Complaints", column: "Notes", addedLater: true },
    { kind: "renamedColumn", table: "Complaints", column: "Status", found: "State" },
    { kind: "movedColumn", table: "Complaints", column: "Status" },
    { kind: "protectedSheet", sheet: "Complaints" },
    { kind: "filteredTable", table: "Complaints" },
    { kind: "sortedTable", table: "Complaints" },
    { kind: "duplicateId", table: "Complaints", id: "CC-2026-0001" },
  ];

  it("lets the add-in write past a column added later, a moved column, a sorted table or a repeated id, and nothing else", () => {
    expect(problems.filter((problem) => !blocksWriting(problem)).map((problem) => problem.kind)).toEqual([
      "missingColumn",
      "movedColumn",
      "sortedTable",
      "duplicateId",
    ]);
  });

  it("repairs only what it can without touching anyone's data", () => {
    expect(problems.filter(repairable).map((problem) => problem.kind)).toEqual([
      "missingSheet",
      "missingTable",
      "convertedToRange",
      "missingColumn",
      "missingColumn",
      "duplicateId",
    ]);
  });

  it.each(LANGUAGES)("explains every problem and its fix in %s, naming the table, sheet or column", (language) => {
    for (const problem of problems) {
      const { what, fix } = explainProblem(problem, language);
      expect(what).not.toMatch(/\{\w+\}/);
      expect(fix).not.toMatch(/\{\w+\}/);
      const named = "column" in problem ? problem.column : "table" in problem ? problem.table : problem.sheet;
      expect(`${what} ${fix}`).toContain(named);
    }
  });

  it.each(LANGUAGES)("tells, in %s, that Set up adds a column a workbook set up before lacks", (language) => {
    const setUp = translate(language, "setup.action");
    const added = explainProblem(
      { kind: "missingColumn", table: "Complaints", column: "Notes", addedLater: true },
      language,
    );
    const deleted = explainProblem({ kind: "missingColumn", table: "Complaints", column: "Status" }, language);
    expect(added.fix).toContain(setUp);
    expect(added.fix).toContain("Notes");
    expect(deleted.fix).not.toContain(setUp);
  });
});
