import { SLA_DURATIONS, parseDuration } from "../../../src/domain/due-date";
import { DEFAULT_GRADE_BANDS } from "../../../src/domain/grade";
import { LANGUAGES } from "../../../src/domain/i18n/language";
import { DEFAULT_LEVELS, levelPoints } from "../../../src/domain/rating-levels";
import { DEFAULT_RETURN_DAYS } from "../../../src/domain/return-rate";
import {
  CHOICE_LISTS,
  DEFAULT_GRADE_BAND_ROWS,
  DEFAULT_INSTRUMENT,
  DEFAULT_MODULES,
  DEFAULT_RATING_LEVEL_ROWS,
  DEFAULT_SLA_DURATIONS,
  DEFAULT_TARGETS,
  type DefaultTableKey,
  TABLES,
  choiceKeyForLabel,
  defaultRows,
} from "../../../src/domain/schema";

describe("the default questionnaire (REQ 14)", () => {
  it("has three modules — overall, service, product quality — whose weights sum to 1", () => {
    expect(DEFAULT_MODULES.map((module) => module.key)).toEqual(["overall", "service", "productQuality"]);
    expect(DEFAULT_MODULES.reduce((sum, module) => sum + module.weight, 0)).toBeCloseTo(1, 12);
    for (const module of DEFAULT_MODULES) expect(module.weight).toBeGreaterThan(0);
  });

  it("gives each module to the department of procedure 004 §3: sales, service, quality", () => {
    expect(DEFAULT_MODULES.map((module) => module.ownerDepartment)).toEqual(["sales", "customerService", "quality"]);
    const departments = CHOICE_LISTS.department.choices.map((choice) => choice.key);
    for (const module of DEFAULT_MODULES) expect(departments).toContain(module.ownerDepartment);
  });

  it("asks about price, delivery and use; response time, efficiency and effectiveness; quality and safety", () => {
    const byModule = (key: string) => DEFAULT_INSTRUMENT.filter((item) => item.module === key).map((item) => item.code);
    expect(byModule("overall")).toEqual(["OV1", "OV2", "OV3"]);
    expect(byModule("service")).toEqual(["SV1", "SV2", "SV3"]);
    expect(byModule("productQuality")).toEqual(["PQ1", "PQ2"]);
    expect(DEFAULT_INSTRUMENT.map((item) => item.text["zh-CN"])).toEqual([
      "产品价格",
      "交货期",
      "产品使用",
      "信息反馈响应时间",
      "问题处理效率",
      "问题处理有效性",
      "产品质量",
      "质量安全",
    ]);
  });

  it("puts every item in a module that exists, with weight 1 on a 5-point scale", () => {
    const modules = new Set(DEFAULT_MODULES.map((module) => module.key));
    for (const item of DEFAULT_INSTRUMENT) {
      expect(modules.has(item.module)).toBe(true);
      expect(item).toMatchObject({ weight: 1, scale: 5 });
    }
    expect(new Set(DEFAULT_INSTRUMENT.map((item) => item.code)).size).toBe(DEFAULT_INSTRUMENT.length);
  });

  it("words every item and module in all four languages, each distinct within its language", () => {
    for (const language of LANGUAGES) {
      const texts = DEFAULT_INSTRUMENT.map((item) => item.text[language]);
      const labels = DEFAULT_MODULES.map((module) => module.label[language]);
      for (const text of [...texts, ...labels]) expect(text.trim()).not.toBe("");
      expect(new Set(texts).size).toBe(texts.length);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});

describe("the default targets", () => {
  it("are return rate 99, closure 80, satisfaction rate 90, item alert 70 and customer alert 80", () => {
    expect(Object.fromEntries(DEFAULT_TARGETS.map((target) => [target.key, target.value]))).toEqual({
      returnRate: 99,
      closureRate: 80,
      satisfactionRate: 90,
      itemAlert: 70,
      customerAlert: 80,
    });
  });

  it("explain themselves in all four languages", () => {
    for (const target of DEFAULT_TARGETS) {
      for (const language of LANGUAGES) expect(target.label[language].trim()).not.toBe("");
    }
  });
});

describe("the default deadlines", () => {
  it("are the procedures' SLA durations and the complaint follow-up within 7 days", () => {
    expect(Object.fromEntries(DEFAULT_SLA_DURATIONS.map((sla) => [sla.key, sla.duration]))).toEqual({
      ...SLA_DURATIONS,
      followUp: "7d",
    });
  });

  it("are all durations VOC.DUE reads, a survey form due back after DEFAULT_RETURN_DAYS working days", () => {
    for (const sla of DEFAULT_SLA_DURATIONS) expect(() => parseDuration(sla.duration)).not.toThrow();
    expect(parseDuration(SLA_DURATIONS.surveyDueBack)).toEqual({ unit: "workdays", amount: DEFAULT_RETURN_DAYS });
  });

  it("explain themselves in all four languages", () => {
    for (const sla of DEFAULT_SLA_DURATIONS) {
      for (const language of LANGUAGES) expect(sla.label[language].trim()).not.toBe("");
    }
  });
});

describe("the default rating levels and grade bands", () => {
  it("are the four levels with 100, 80, 60 and 0 points, in the procedures' words", () => {
    expect(DEFAULT_RATING_LEVEL_ROWS.map((level) => [level.key, level.points])).toEqual([
      ["verySatisfied", 100],
      ["satisfied", 80],
      ["basicallySatisfied", 60],
      ["dissatisfied", 0],
    ]);
    expect(DEFAULT_RATING_LEVEL_ROWS.map((level) => level.word["zh-CN"])).toEqual([
      "很满意",
      "满意",
      "基本满意",
      "不满意",
    ]);
    for (const level of DEFAULT_RATING_LEVEL_ROWS) {
      for (const language of LANGUAGES) expect(levelPoints(DEFAULT_LEVELS, level.word[language])).toBe(level.points);
    }
  });

  it("are A 80, B 70, C 60 and D 0", () => {
    expect(DEFAULT_GRADE_BAND_ROWS).toEqual(DEFAULT_GRADE_BANDS);
    expect(DEFAULT_GRADE_BAND_ROWS.map((band) => [band.label, band.lowerBound])).toEqual([
      ["A", 80],
      ["B", 70],
      ["C", 60],
      ["D", 0],
    ]);
  });
});

describe("defaultRows", () => {
  const settingsTables: readonly DefaultTableKey[] = [
    "instrument",
    "modules",
    "ratingLevels",
    "gradeBands",
    "targets",
    "slaDurations",
  ];
  const cases = settingsTables.flatMap((table) => LANGUAGES.map((language) => [table, language] as const));

  it.each(cases)("fills %s in %s with rows that satisfy its columns", (table, language) => {
    const spec = TABLES[table];
    const rows = defaultRows(table, language);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(spec.columns.map((column) => column.key));
      for (const column of spec.columns) {
        const value = row[column.key];
        if (column.required) expect(value === "" || value === undefined).toBe(false);
        if (typeof value === "number") {
          if (column.min !== undefined) expect(value).toBeGreaterThanOrEqual(column.min);
          if (column.max !== undefined) expect(value).toBeLessThanOrEqual(column.max);
          if (column.type === "integer") expect(Number.isInteger(value)).toBe(true);
        }
        if (typeof value === "string" && column.maxLength !== undefined) {
          expect(value.length).toBeLessThanOrEqual(column.maxLength);
        }
        if (column.choices !== undefined) expect(choiceKeyForLabel(column.choices, value)).toBeDefined();
      }
    }
    for (const column of spec.columns.filter((c) => c.unique)) {
      const values = rows.map((row) => row[column.key]);
      expect(new Set(values).size).toBe(values.length);
    }
  });

  it.each(LANGUAGES)("points every %s instrument row at a module named in the Modules rows", (language) => {
    const names = new Set(defaultRows("modules", language).map((row) => row.module));
    for (const row of defaultRows("instrument", language)) expect(names.has(row.module)).toBe(true);
  });

  it("writes module names and departments in the workbook's language", () => {
    expect(defaultRows("modules", "zh-TW")[2]).toEqual({
      module: "產品質量滿意度",
      weight: 0.4,
      ownerDepartment: "質量部",
    });
    expect(defaultRows("instrument", "vi")[0]).toEqual({
      module: "Tổng thể",
      code: "OV1",
      text: "Giá sản phẩm",
      weight: 1,
      scale: 5,
    });
  });
});
