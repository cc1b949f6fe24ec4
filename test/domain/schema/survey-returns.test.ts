import { LANGUAGES } from "../../../src/domain/i18n/language";
import {
  DEFAULT_INSTRUMENT,
  DEFAULT_MODULES,
  type InstrumentItem,
  type ModuleSpec,
  SchemaError,
  TABLES,
  localized,
  sameInAllLanguages,
  surveyReturnColumns,
} from "../../../src/domain/schema";
import { duplicatesIgnoringCase, headerProblem } from "./rules";

const FIXED_BEFORE = ["id", "dispatchId", "period", "customer", "returnedAt"];
const FIXED_AFTER = ["total", "grade", "comments", "notes"];

function moduleSpec(key: string, weight = 1): ModuleSpec {
  return { key, label: sameInAllLanguages(key.toUpperCase()), weight, ownerDepartment: "quality" };
}

function itemSpec(module: string, code: string, scale = 5): InstrumentItem {
  return { module, code, text: sameInAllLanguages(`question ${code}`), weight: 1, scale };
}

describe("surveyReturnColumns with the default instrument", () => {
  const columns = surveyReturnColumns(DEFAULT_INSTRUMENT, DEFAULT_MODULES);
  const keys = columns.map((column) => column.key);

  it("puts the fixed columns, then the items, then the module scores, then total, grade, comments and notes", () => {
    expect(keys).toEqual([
      ...FIXED_BEFORE,
      "item_OV1",
      "item_OV2",
      "item_OV3",
      "item_SV1",
      "item_SV2",
      "item_SV3",
      "item_PQ1",
      "item_PQ2",
      "module_overall",
      "module_service",
      "module_productQuality",
      ...FIXED_AFTER,
    ]);
  });

  it("keeps the fixed columns as the SurveyReturns table has them", () => {
    for (const fixed of TABLES.surveyReturns.columns) expect(columns).toContain(fixed);
    expect(TABLES.surveyReturns.columns.map((column) => column.key)).toEqual([...FIXED_BEFORE, ...FIXED_AFTER]);
  });

  it("makes each item an optional whole-number rating from 0 to its scale, entered by the form", () => {
    const item = columns.find((column) => column.key === "item_SV2");
    expect(item).toEqual({
      key: "item_SV2",
      type: "integer",
      header: {
        en: "SV2 Efficiency of problem handling",
        "zh-CN": "SV2 问题处理效率",
        "zh-TW": "SV2 問題處理效率",
        vi: "SV2 Tốc độ xử lý vấn đề",
      },
      min: 0,
      max: 5,
    });
  });

  it("makes each module a calculated 0–100 score headed by the module's name", () => {
    const service = columns.find((column) => column.key === "module_service");
    expect(service).toEqual({
      key: "module_service",
      type: "number",
      header: { en: "Service score", "zh-CN": "服务满意度得分", "zh-TW": "服務滿意度得分", vi: "Điểm dịch vụ" },
      calculated: true,
      min: 0,
      max: 100,
    });
  });

  it("gives headers that are usable and unique in every language", () => {
    for (const language of LANGUAGES) {
      for (const column of columns) expect(headerProblem(column.header[language])).toBeUndefined();
      expect(duplicatesIgnoringCase(columns.map((column) => column.header[language]))).toEqual([]);
    }
  });
});

describe("surveyReturnColumns with an organisation's own instrument", () => {
  it("groups the items by module, in the modules' order, so each module's ratings are contiguous", () => {
    const columns = surveyReturnColumns(
      [itemSpec("b", "B1"), itemSpec("a", "A1"), itemSpec("b", "B2"), itemSpec("a", "A2")],
      [moduleSpec("a"), moduleSpec("b")],
    );
    expect(columns.map((column) => column.key)).toEqual([
      ...FIXED_BEFORE,
      "item_A1",
      "item_A2",
      "item_B1",
      "item_B2",
      "module_a",
      "module_b",
      ...FIXED_AFTER,
    ]);
  });

  it("bounds each rating by its own item's scale", () => {
    const columns = surveyReturnColumns([itemSpec("a", "A1", 10), itemSpec("a", "A2", 4)], [moduleSpec("a")]);
    expect(columns.find((column) => column.key === "item_A1")?.max).toBe(10);
    expect(columns.find((column) => column.key === "item_A2")?.max).toBe(4);
  });

  it("writes an item's text on one line", () => {
    const item = { ...itemSpec("a", "A1"), text: sameInAllLanguages("  How fast\ndo we\treply?  ") };
    const [column] = surveyReturnColumns([item], [moduleSpec("a")]).filter((c) => c.key === "item_A1");
    expect(column.header.en).toBe("A1 How fast do we reply?");
  });

  it("keeps the capitals of an acronym in the Vietnamese score header", () => {
    const module = { ...moduleSpec("kpi"), label: localized("KPI", "KPI", "KPI", "KPI") };
    const columns = surveyReturnColumns([itemSpec("kpi", "K1")], [module]);
    expect(columns.find((column) => column.key === "module_kpi")?.header.vi).toBe("Điểm KPI");
  });

  it.each<[string, readonly InstrumentItem[], readonly ModuleSpec[]]>([
    ["an item code that repeats", [itemSpec("a", "A1"), itemSpec("a", "A1")], [moduleSpec("a")]],
    ["an item code that repeats in another case", [itemSpec("a", "q1"), itemSpec("a", "Q1")], [moduleSpec("a")]],
    ["an item code with a space", [itemSpec("a", "A 1")], [moduleSpec("a")]],
    ["an item code with a dot", [itemSpec("a", "A.1")], [moduleSpec("a")]],
    ["an item of an unknown module", [itemSpec("a", "A1"), itemSpec("b", "B1")], [moduleSpec("a")]],
    ["a module without items", [itemSpec("a", "A1")], [moduleSpec("a"), moduleSpec("b")]],
    ["a module key that repeats", [itemSpec("a", "A1")], [moduleSpec("a"), moduleSpec("a")]],
    ["a module key that is not camelCase", [itemSpec("A-b", "A1")], [moduleSpec("A-b")]],
    ["a scale of 0", [itemSpec("a", "A1", 0)], [moduleSpec("a")]],
    ["a scale that is not whole", [itemSpec("a", "A1", 4.5)], [moduleSpec("a")]],
    ["an item without text", [{ ...itemSpec("a", "A1"), text: localized("x", "x", " ", "x") }], [moduleSpec("a")]],
    ["a module without a name", [itemSpec("a", "A1")], [{ ...moduleSpec("a"), label: localized("", "a", "a", "a") }]],
    [
      "a header that collides with a fixed one",
      [{ ...itemSpec("a", "Total"), text: localized("score", "分", "分", "điểm") }],
      [moduleSpec("a")],
    ],
  ])("rejects %s with a SchemaError", (_what, instrument, modules) => {
    expect(() => surveyReturnColumns(instrument, modules)).toThrow(SchemaError);
  });
});
