import { LANGUAGES } from "../../../src/domain/i18n/language";
import { ALL_CHOICE_LISTS, ALL_TABLES } from "../../../src/domain/schema";
import {
  DEFAULT_PLAN_SETTINGS,
  NAMES,
  buildWorkbookPlan,
  columnLetter,
  escapeColumnName,
  exactCriterion,
  literalPattern,
  tablePlan,
  thisRow,
  thisRowSpan,
} from "../../../src/domain/workbook-plan";

describe("the workbook plan", () => {
  it.each(LANGUAGES)("places every table of the data model on a sheet named in %s", (language) => {
    const plan = buildWorkbookPlan(language);
    const planned = plan.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name));
    expect(planned.sort()).toEqual(ALL_TABLES.map((table) => table.name).sort());
    for (const sheet of plan.sheets) {
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      expect(sheet.name).not.toMatch(/[:\\/?*[\]]/);
    }
  });

  it("heads the columns in the workbook's language", () => {
    const complaints = tablePlan(buildWorkbookPlan("zh-TW"), "complaints");
    expect(complaints.columns[0].header).toBe("投訴編號");
    expect(complaints.sheet).toBe("顧客投訴");
  });

  it("puts tables that share a sheet side by side with one blank column between them", () => {
    const plan = buildWorkbookPlan("en");
    const settings = plan.sheets.find((sheet) => sheet.name === "Settings");
    const tables = settings?.tables ?? [];
    expect(tables.length).toBeGreaterThan(1);
    tables.slice(1).forEach((table, index) => {
      const before = tables[index];
      expect(table.column).toBe(before.column + before.columns.length + 1);
      expect(table.row).toBe(0);
    });
  });

  it("keeps the header row in view on every visible sheet and hides only the choice lists", () => {
    const plan = buildWorkbookPlan("vi");
    expect(plan.sheets.filter((sheet) => !sheet.visible).map((sheet) => sheet.name)).toEqual(["Danh mục"]);
    expect(plan.sheets.every((sheet) => sheet.freezeRows === 1)).toBe(true);
  });

  it("gives every calculated column a formula and no entered column one", () => {
    const plan = buildWorkbookPlan("en");
    for (const table of plan.sheets.flatMap((sheet) => sheet.tables)) {
      for (const column of table.columns) {
        expect(column.formula !== undefined).toBe(column.spec.calculated === true);
        if (column.formula) expect(column.formula.startsWith("=")).toBe(true);
      }
    }
  });

  it("uses only functions that Excel 2016 and LibreOffice 7.4 both compute", () => {
    const allowed = new Set(
      "IF AND OR NOT INT MOD ROUND WORKDAY SUM SUMPRODUCT COUNT COUNTBLANK COUNTIF MIN MAX ISNUMBER LOOKUP INDEX MATCH IFERROR NOW SUBSTITUTE".split(
        " ",
      ),
    );
    const plan = buildWorkbookPlan("zh-CN");
    const formulas = [
      ...plan.sheets.flatMap((sheet) => sheet.tables.flatMap((table) => table.columns.map((column) => column.formula))),
      ...plan.names.map((name) => name.formula),
    ].filter((formula): formula is string => formula !== undefined);
    const used = new Set(formulas.flatMap((formula) => [...formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])));
    expect([...used].filter((name) => !allowed.has(name))).toEqual([]);
  });

  it("computes due dates from the received date with the Holidays table's dates", () => {
    const complaints = tablePlan(buildWorkbookPlan("en"), "complaints");
    const proposalDue = complaints.columns.find((column) => column.key === "proposalDue");
    expect(proposalDue?.formula).toBe(
      '=IF(Complaints[[#This Row],[Received at]]="","",WORKDAY(INT(Complaints[[#This Row],[Received at]]),3,' +
        "Holidays[[Date]])+MOD(Complaints[[#This Row],[Received at]],1))",
    );
  });

  it("compares the urgent flag with the yes label of the workbook's language", () => {
    const feedback = tablePlan(buildWorkbookPlan("vi"), "feedback");
    expect(feedback.columns.find((column) => column.key === "replyDue")?.formula).toContain('="Có"');
  });

  it("scores each module over its own item columns and totals the modules with their weights", () => {
    const returns = tablePlan(buildWorkbookPlan("en"), "surveyReturns");
    const formula = (key: string) => returns.columns.find((column) => column.key === key)?.formula ?? "";
    expect(formula("module_service")).toContain(
      thisRowSpan("SurveyReturns", "SV1 Response time to feedback", "SV3 Effectiveness of problem handling"),
    );
    expect(formula("total")).toContain("{0.3,0.3,0.4}");
    expect(formula("grade")).toContain('{"D","C","B","A"}');
  });

  it("counts a complaint's reminder slips by its id, read literally (a typed 'CC-7?' is not a pattern), none without one", () => {
    const complaints = tablePlan(buildWorkbookPlan("en"), "complaints");
    const id = "Complaints[[#This Row],[Complaint ID]]";
    expect(complaints.columns.find((column) => column.key === "reminderCount")?.formula).toBe(
      `=IF(${id}="",0,COUNTIF(Reminders[[Complaint ID]],${exactCriterion(id)}))`,
    );
  });

  it("looks a dispatch's return up by its id read literally", () => {
    const dispatch = tablePlan(buildWorkbookPlan("en"), "surveyDispatch");
    expect(dispatch.columns.find((column) => column.key === "returnedAt")?.formula).toContain(
      `MATCH(${literalPattern("SurveyDispatch[[#This Row],[Dispatch ID]]")},`,
    );
  });

  it("formats no calculated column as text, where Excel would keep its formula as text", () => {
    for (const table of buildWorkbookPlan("vi").sheets.flatMap((sheet) => sheet.tables)) {
      for (const column of table.columns.filter((planned) => planned.formula !== undefined)) {
        expect({ column: column.key, format: column.numberFormat }).not.toEqual({ column: column.key, format: "@" });
      }
    }
  });

  it("formats text columns as text, so that typed formulas stay text, and dates as dates", () => {
    const complaints = tablePlan(buildWorkbookPlan("en"), "complaints");
    const format = (key: string) => complaints.columns.find((column) => column.key === key)?.numberFormat;
    expect(format("description")).toBe("@");
    expect(format("phone")).toBe("@");
    expect(format("receivedAt")).toBe("yyyy-mm-dd hh:mm");
    expect(format("purchaseDate")).toBe("yyyy-mm-dd");
    expect(format("defectRate")).toBe("0.0%");
  });

  it("offers every choice column's list as a drop-down from a named range on the lists sheet", () => {
    const plan = buildWorkbookPlan("zh-CN");
    const complaints = tablePlan(plan, "complaints");
    const severity = complaints.columns.find((column) => column.key === "severity");
    expect(severity?.validation).toEqual({ kind: "list", source: `=${NAMES.list("severity")}` });
    const lists = plan.sheets.find((sheet) => !sheet.visible);
    const header = lists?.cells?.values[0] ?? [];
    // Each list is headed by its title in the workbook's language, not by its key.
    const at = header.indexOf("严重程度");
    expect(header).not.toContain("severity");
    const name = plan.names.find((candidate) => candidate.name === NAMES.list("severity"));
    const size = ALL_CHOICE_LISTS.find((list) => list.key === "severity")?.choices.length ?? 0;
    expect(name?.formula).toBe(`='选项列表'!$${columnLetter(at)}$2:$${columnLetter(at)}$${size + 1}`);
    expect(lists?.cells?.values[1][at]).toBe("一般");
  });

  it("starts the settings tables with the procedures' defaults and the record tables empty", () => {
    const plan = buildWorkbookPlan("en");
    // People read each target and deadline by its name, and the deadline in words, in the workbook's language.
    expect(tablePlan(plan, "targets").initialRows).toContainEqual(["Survey return rate ≥ (%)", 99]);
    expect(tablePlan(plan, "slaDurations").initialRows).toContainEqual(["Urgent reply", "4 hours"]);
    expect(tablePlan(buildWorkbookPlan("zh-CN"), "slaDurations").initialRows).toContainEqual(["8D报告", "3 个工作日"]);
    expect(tablePlan(buildWorkbookPlan("vi"), "targets").initialRows).toContainEqual(["Tỷ lệ thu hồi phiếu ≥ (%)", 99]);
    expect(tablePlan(plan, "modules").initialRows[0]).toEqual(["Overall", 0.3, "Sales"]);
    expect(tablePlan(plan, "complaints").initialRows).toEqual([]);
  });

  it("names the targets, the language and the plan's version", () => {
    const plan = buildWorkbookPlan("en");
    const names = new Map(plan.names.map((name) => [name.name, name.formula]));
    // By the row's name as setup writes it, else by the key older workbooks hold.
    expect(names.get(NAMES.target("returnRate"))).toBe(
      '=INDEX(Targets[[Value]],IFERROR(MATCH("Survey return rate ≥ (%)",Targets[[Target]],0),MATCH("returnRate",Targets[[Target]],0)))',
    );
    expect(names.get(NAMES.language)).toBe('="en"');
    expect(names.get(NAMES.planVersion)).toBe(`="${plan.version}"`);
  });

  it("changes its version when a setting changes, and only then", () => {
    const plan = buildWorkbookPlan("en");
    expect(buildWorkbookPlan("en").version).toBe(plan.version);
    expect(buildWorkbookPlan("vi").version).not.toBe(plan.version);
    const urgentIn2h = buildWorkbookPlan("en", {
      ...DEFAULT_PLAN_SETTINGS,
      deadlines: { ...DEFAULT_PLAN_SETTINGS.deadlines, urgentReply: "2h" },
    });
    expect(urgentIn2h.version).not.toBe(plan.version);
  });
});

describe("structured references", () => {
  it("escape the characters Excel reserves in column names", () => {
    expect(escapeColumnName("Q1 [price] #1 it's")).toBe("Q1 '[price'] '#1 it''s");
    expect(thisRow("SurveyReturns", "A#")).toBe("SurveyReturns[[#This Row],[A'#]]");
  });

  it("name columns from AA on after Z", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
  });
});
