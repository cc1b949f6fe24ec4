import { LANGUAGES, type Language } from "../../../src/domain/i18n/language";
import { levelPoints } from "../../../src/domain/rating-levels";
import { DEFAULT_GRADE_BANDS } from "../../../src/domain/grade";
import {
  DEFAULT_SLA_DURATIONS,
  DEFAULT_TARGETS,
  type TableKey,
  defaultRows,
  sameInAllLanguages,
} from "../../../src/domain/schema";
import {
  DEFAULT_PLAN_SETTINGS,
  type PlanValue,
  SETTINGS_TABLES,
  type SettingsRow,
  type SettingsRows,
  buildWorkbookPlan,
  settingsFromTables,
  tablePlan,
} from "../../../src/domain/workbook-plan";

/** The rows a new workbook in `language` starts with, by column key: the plan's own initial rows. */
function plannedRows(language: Language): { [K in keyof SettingsRows]: SettingsRow[] } {
  const plan = buildWorkbookPlan(language);
  const rowsOf = (key: TableKey) => {
    const table = tablePlan(plan, key);
    return table.initialRows.map((row) => Object.fromEntries(table.columns.map((column, i) => [column.key, row[i]])));
  };
  return Object.fromEntries(SETTINGS_TABLES.map((key) => [key, rowsOf(key)])) as {
    [K in keyof SettingsRows]: SettingsRow[];
  };
}

/** The Targets and SlaDurations rows of a workbook set up before they were named in its language: by key. */
const KEYED = {
  targets: DEFAULT_TARGETS.map((target) => ({ key: target.key, value: target.value })),
  slaDurations: DEFAULT_SLA_DURATIONS.map((sla) => ({ key: sla.key, duration: sla.duration })),
};

/** The default rows with some tables replaced. */
function rowsWith(changes: Partial<SettingsRows>, language: Language = "en"): SettingsRows {
  return { ...plannedRows(language), ...changes };
}

const moduleRow = (module: string, weight: PlanValue, ownerDepartment: PlanValue = null) => ({
  module,
  weight,
  ownerDepartment,
});
const itemRow = (module: string, code: string, text: string, weight: PlanValue = 1, scale: PlanValue = 5) => ({
  module,
  code,
  text,
  weight,
  scale,
});

describe("reading the settings tables back", () => {
  it.each(LANGUAGES)("gives back the default settings and the very same plan from a new %s workbook", (language) => {
    const settings = settingsFromTables(plannedRows(language), language);
    expect(settings.plan).toEqual(DEFAULT_PLAN_SETTINGS);
    expect(buildWorkbookPlan(language, settings.plan).version).toBe(buildWorkbookPlan(language).version);
    expect(settings.problems).toEqual([]);
    expect(settings.holidays.size).toBe(0);
    expect(settings.targets).toEqual(Object.fromEntries(DEFAULT_TARGETS.map((target) => [target.key, target.value])));
  });

  it("reads the schema's default rows as the plan writes them", () => {
    for (const language of LANGUAGES) {
      const rows = rowsWith(
        {
          instrument: defaultRows("instrument", language),
          modules: defaultRows("modules", language),
          slaDurations: defaultRows("slaDurations", language),
        },
        language,
      );
      expect(settingsFromTables(rows, language).plan).toEqual(DEFAULT_PLAN_SETTINGS);
    }
  });

  it.each(LANGUAGES)("reads a %s workbook set up when targets and deadlines were named by their keys", (language) => {
    const settings = settingsFromTables({ ...plannedRows(language), ...KEYED }, language);
    expect(settings.plan).toEqual(DEFAULT_PLAN_SETTINGS);
    expect(settings.problems).toEqual([]);
  });

  it("reads targets and deadlines by their names in any language, deadlines in words or as VOC.DUE text", () => {
    const settings = settingsFromTables(
      {
        ...plannedRows("zh-CN"),
        targets: [
          { key: "Survey return rate ≥ (%)", value: 95 },
          { key: "投訴辦結率 ≥ (%)", value: 85 },
          { key: "satisfactionRate", value: 92 },
          { key: "Điểm tiêu chí ≤ mức này phải phân tích nguyên nhân", value: 65 },
          { key: "顾客或总均分 < 此值须会同检讨", value: 75 },
        ],
        slaDurations: [
          { key: "答复", duration: "12 小时" },
          { key: "Urgent reply", duration: "2 hours" },
          { key: "處理方案", duration: "2 個工作日" },
          { key: "Báo cáo 8D", duration: "5 ngày làm việc" },
          { key: "notifyOwner", duration: "15m" },
          { key: "调查表回收", duration: "1 working day" },
          { key: "投诉回访", duration: "3 天" },
        ],
      },
      "zh-CN",
    );
    expect(settings.targets).toEqual({
      returnRate: 95,
      closureRate: 85,
      satisfactionRate: 92,
      itemAlert: 65,
      customerAlert: 75,
    });
    expect(settings.plan.deadlines).toEqual({
      reply: "12h",
      urgentReply: "2h",
      proposal: "2wd",
      eightD: "5wd",
      notifyOwner: "15m",
      surveyDueBack: "1wd",
      followUp: "3d",
    });
    expect(settings.problems).toEqual([]);
  });

  it("reads the rating level words of the workbook's language", () => {
    const settings = settingsFromTables(plannedRows("zh-CN"), "zh-CN");
    expect(levelPoints(settings.ratingLevels, "很满意")).toBe(100);
    expect(levelPoints(settings.ratingLevels, "基本满意")).toBe(60);
  });

  it("takes edited weights, departments, deadlines, grade bands and targets", () => {
    const rows = plannedRows("en");
    const settings = settingsFromTables(
      {
        ...rows,
        modules: [moduleRow("Overall", 0.5, "Quality"), ...rows.modules.slice(1)],
        slaDurations: rows.slaDurations.map((row) =>
          row.key === "Urgent reply" ? { ...row, duration: "2 hours" } : row,
        ),
        gradeBands: [
          { lowerBound: 0, label: "Poor" },
          { lowerBound: 90, label: "Excellent" },
        ],
        targets: rows.targets.map((row) => (row.key === "Survey return rate ≥ (%)" ? { ...row, value: "95" } : row)),
      },
      "en",
    );
    expect(settings.plan.modules[0]).toMatchObject({ key: "overall", weight: 0.5, ownerDepartment: "quality" });
    expect(settings.plan.deadlines.urgentReply).toBe("2h");
    expect(settings.plan.gradeBands).toEqual([
      { lowerBound: 90, label: "Excellent" },
      { lowerBound: 0, label: "Poor" },
    ]);
    expect(settings.targets.returnRate).toBe(95);
    expect(settings.problems).toEqual([]);
  });

  it("maps a default module named in another language to its key, with its translations", () => {
    const rows = plannedRows("zh-CN");
    const modules = [moduleRow("Service", 0.3, "客服部"), ...rows.modules.filter((row) => row.module !== "服务满意度")];
    const instrument = rows.instrument.map((row) =>
      row.module === "服务满意度" ? { ...row, module: "Service" } : row,
    );
    const settings = settingsFromTables({ ...rows, modules, instrument }, "zh-CN");
    const service = settings.plan.modules.find((module) => module.key === "service");
    expect(service?.label["zh-CN"]).toBe("服务满意度");
    expect(settings.plan.instrument.filter((item) => item.module === "service")).toHaveLength(3);
    expect(settings.problems).toEqual([]);
  });

  it("keys the organisation's own modules by position and keeps its own wording in every language", () => {
    const settings = settingsFromTables(
      rowsWith({
        modules: [moduleRow("Overall", 0.5, "Sales"), moduleRow("Logistics", 0.5, "Production")],
        instrument: [
          itemRow("Overall", "OV1", "Product price"),
          itemRow("Logistics", "LG1", "Packaging [outer]", 2, 10),
          itemRow("logistics", "LG2", "On-time delivery", 1, 10),
        ],
      }),
      "en",
    );
    expect(settings.plan.modules.map((module) => module.key)).toEqual(["overall", "m2"]);
    expect(settings.plan.modules[1]).toEqual({
      key: "m2",
      label: sameInAllLanguages("Logistics"),
      weight: 0.5,
      ownerDepartment: "production",
    });
    expect(settings.plan.instrument[0].text["vi"]).toBe("Giá sản phẩm");
    expect(settings.plan.instrument[1]).toEqual({
      module: "m2",
      code: "LG1",
      text: sameInAllLanguages("Packaging [outer]"),
      weight: 2,
      scale: 10,
    });
    const plan = buildWorkbookPlan("vi", settings.plan);
    const headers = tablePlan(plan, "surveyReturns").columns.map((column) => column.header);
    expect(headers).toEqual(expect.arrayContaining(["LG1 Packaging [outer]", "Điểm logistics"]));
    expect(settings.problems).toEqual([]);
  });

  it("leaves out rows it cannot read, and says which", () => {
    const rows = plannedRows("en");
    const settings = settingsFromTables(
      {
        ...rows,
        modules: [...rows.modules, { module: null, weight: null, ownerDepartment: null }, moduleRow("Extra", "heavy")],
        instrument: [
          ...rows.instrument,
          itemRow("Service", "SV4", "Courtesy", "one"),
          itemRow("Nowhere", "NW1", "Lost item"),
          itemRow("Service", "SV5", "Half a scale", 1, 2.5),
          itemRow("Service", "", "No code"),
        ],
        holidays: [{ date: 46_296.75, name: "New Year" }, { date: "1 January" }, { date: null, name: "No date" }],
      },
      "en",
    );
    expect(settings.plan.modules).toEqual(DEFAULT_PLAN_SETTINGS.modules);
    expect(settings.plan.instrument).toEqual(DEFAULT_PLAN_SETTINGS.instrument);
    expect([...settings.holidays]).toEqual([46_296]);
    expect(settings.problems).toEqual([
      "Row 5 of the Modules table (Extra): the weight must be a number 0 or more; the module was left out.",
      "Row 9 of the Instrument table (SV4): the weight must be a number 0 or more; the item was left out.",
      'Row 10 of the Instrument table (NW1): the module "Nowhere" is not in the Modules table; the item was left out.',
      "Row 11 of the Instrument table (SV5): the scale must be a whole number 1 or more; the item was left out.",
      "Row 12 of the Instrument table needs a code and a question; it was left out.",
      'Row 2 of the Holidays table: "1 January" is not a date; the holiday was left out.',
      "Row 3 of the Holidays table has no date; the holiday was left out.",
    ]);
  });

  it("leaves out a module without items", () => {
    const rows = plannedRows("en");
    const settings = settingsFromTables({ ...rows, modules: [...rows.modules, moduleRow("Logistics", 0.2)] }, "en");
    expect(settings.plan.modules).toEqual(DEFAULT_PLAN_SETTINGS.modules);
    expect(settings.problems).toEqual([
      'The module "Logistics" has no items in the Instrument table; it was left out.',
    ]);
  });

  it.each([
    ["a code that cannot head a column", itemRow("Service", "SV 4", "Courtesy"), /item code is letters, digits/],
    ["a code given twice", itemRow("Service", "sv1", "Courtesy"), /"sv1" is given twice/],
    ["items of one module on different scales", itemRow("Service", "SV4", "Courtesy", 1, 10), /differ in scale/],
  ])("falls back to the default questionnaire for %s", (_, extra, message) => {
    const rows = plannedRows("en");
    const settings = settingsFromTables({ ...rows, instrument: [...rows.instrument, extra] }, "en");
    expect(settings.plan.instrument).toBe(DEFAULT_PLAN_SETTINGS.instrument);
    expect(settings.plan.modules).toBe(DEFAULT_PLAN_SETTINGS.modules);
    expect(settings.problems).toHaveLength(1);
    expect(settings.problems[0]).toMatch(message);
    expect(settings.problems[0]).toMatch(/The default questionnaire is used instead\.$/);
  });

  it("falls back to the default questionnaire when the tables are empty", () => {
    const settings = settingsFromTables(rowsWith({ instrument: [], modules: [] }), "en");
    expect(settings.plan.instrument).toBe(DEFAULT_PLAN_SETTINGS.instrument);
    expect(settings.problems).toEqual([
      "The Instrument and Modules tables hold no usable questionnaire. The default questionnaire is used instead.",
    ]);
  });

  it("names an unknown department and uses the default module's own", () => {
    const rows = plannedRows("en");
    const modules = [moduleRow("Overall", 0.3, "Marketing"), ...rows.modules.slice(1)];
    const settings = settingsFromTables({ ...rows, modules }, "en");
    expect(settings.plan.modules[0].ownerDepartment).toBe("sales");
    expect(settings.problems).toEqual([
      'Row 1 of the Modules table: "Marketing" is not a department of the list; Sales is used.',
    ]);
  });

  it("uses the defaults for an empty or invalid table of levels or grades", () => {
    const settings = settingsFromTables(
      rowsWith({ gradeBands: [], ratingLevels: [{ word: "good", points: 120 }] }),
      "en",
    );
    expect(settings.plan.gradeBands).toBe(DEFAULT_GRADE_BANDS);
    expect(levelPoints(settings.ratingLevels, "很满意")).toBe(100);
    expect(settings.problems).toEqual([
      'The RatingLevels table cannot be used: The points of "good" lie between 0 and 100, not 120. The default rating levels are used.',
      "The GradeBands table is empty; the default grade bands are used.",
    ]);
  });

  it("uses the default of a missing, repeated or unreadable target or deadline, and leaves other keys alone", () => {
    const rows = { ...plannedRows("en"), ...KEYED };
    const settings = settingsFromTables(
      {
        ...rows,
        targets: [
          ...rows.targets.filter((row) => row.key !== "itemAlert"),
          { key: "CLOSURERATE", value: 50 },
          { key: "ownTarget", value: 3 },
          { key: "satisfactionRate ", value: "high" },
        ].filter((row) => row.key !== "satisfactionRate"),
        slaDurations: rows.slaDurations.map((row) =>
          row.key === "reply"
            ? { ...row, duration: "a day" }
            : row.key === "surveyDueBack"
              ? { ...row, duration: "5d" }
              : row,
        ),
      },
      "en",
    );
    expect(settings.targets).toMatchObject({ closureRate: 80, itemAlert: 70, satisfactionRate: 90 });
    expect(settings.plan.deadlines).toEqual(DEFAULT_PLAN_SETTINGS.deadlines);
    expect(settings.problems).toEqual([
      'Row 4 of the Targets table repeats "closureRate"; the first row\'s value is used.',
      "Row 6 of the Targets table (satisfactionRate): the value must be a number; the default 90 is used.",
      'The Targets table has no row "itemAlert"; the default 70 is used.',
      'Row 1 of the SlaDurations table (reply): "a day" is not a duration such as 24h, 30m, 7d or 3wd; the default 24h is used.',
      'Row 6 of the SlaDurations table (surveyDueBack): a survey form is due back in working days ("5wd"); the default 5wd is used.',
    ]);
  });

  it("reads a missing key row of the deadlines as its default", () => {
    const rows = { ...plannedRows("en"), ...KEYED };
    const settings = settingsFromTables(
      { ...rows, slaDurations: rows.slaDurations.filter((row) => row.key !== "followUp") },
      "en",
    );
    expect(settings.plan.deadlines.followUp).toBe("7d");
    expect(settings.problems).toEqual(['The SlaDurations table has no row "followUp"; the default 7d is used.']);
  });

  it("always gives settings a plan can be built from", () => {
    const rows = plannedRows("en");
    const settings = settingsFromTables(
      {
        ...rows,
        modules: [moduleRow("Overall", 1), moduleRow("overall ", 2), moduleRow("Ghost", 1)],
        instrument: [itemRow("Overall", "A1", "x"), itemRow("Ghost", "A2", "")],
      },
      "zh-TW",
    );
    expect(() => buildWorkbookPlan("zh-TW", settings.plan)).not.toThrow();
    expect(settings.plan.modules.map((module) => module.key)).toEqual(["overall"]);
  });
});
