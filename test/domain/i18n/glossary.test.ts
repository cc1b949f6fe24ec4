/**
 * One glossary per language, used everywhere: every language has every term, and no message, sheet, header, choice,
 * setting row or report label of a language uses a word its glossary avoids (客户 where the glossary says 顾客, 案件,
 * 批示, 短期对策, 部门单位, 终端使用顾客, ", " in a Chinese list, "Trang đầu", "bằng Tiếng Việt", "Mức độ thỏa mãn"…).
 */
import { GLOSSARIES, type Glossary, avoidedIn, labelInSentence, listText } from "../../../src/domain/i18n/glossary";
import { LANGUAGES, type Language } from "../../../src/domain/i18n/language";
import { CATALOGUES } from "../../../src/domain/i18n/all-catalogues";
import { REPORT_LABELS } from "../../../src/domain/reports/report-labels";
import {
  ALL_CHOICE_LISTS,
  ALL_TABLES,
  DEFAULT_INSTRUMENT,
  DEFAULT_MODULES,
  defaultRows,
  surveyReturnColumns,
} from "../../../src/domain/schema";
import { LISTS_SHEET } from "../../../src/domain/workbook-plan";

/** The shape of a glossary: its terms, and the keys of its nested terms. */
function shapeOf(glossary: Glossary): string[] {
  return Object.entries(glossary).flatMap(([key, value]) =>
    typeof value === "object" && !Array.isArray(value) ? Object.keys(value).map((inner) => `${key}.${inner}`) : [key],
  );
}

/** Every avoided word a text of `language` uses, as "word → instead". */
function avoidedWords(language: Language, text: string): string[] {
  return GLOSSARIES[language].avoid.flatMap((word) => avoidedIn(text, word).map((found) => `${found} → ${word.use}`));
}

/** A message as people read it: the language names filled in as the pane fills them ("bằng tiếng Việt"). */
function filledIn(language: Language, message: string): string[] {
  if (!message.includes("{language}")) return [message];
  return LANGUAGES.map((named) => message.replace(/\{language\}/g, GLOSSARIES[language].languageNames[named]));
}

/** Every word the workbook plan writes in `language`: sheets, headers, choices, list titles, settings rows. */
function workbookWords(language: Language): { readonly where: string; readonly text: string }[] {
  const words: { where: string; text: string }[] = [{ where: "Lists sheet", text: LISTS_SHEET[language] }];
  for (const table of ALL_TABLES) {
    words.push({ where: `${table.name} sheet`, text: table.sheet[language] });
    words.push({ where: `${table.name} title`, text: table.title[language] });
    const columns =
      table.key === "surveyReturns" ? surveyReturnColumns(DEFAULT_INSTRUMENT, DEFAULT_MODULES) : table.columns;
    for (const column of columns) words.push({ where: `${table.name}.${column.key}`, text: column.header[language] });
  }
  for (const list of ALL_CHOICE_LISTS) {
    words.push({ where: `${list.key} list`, text: list.title[language] });
    for (const choice of list.choices) words.push({ where: `${list.key}.${choice.key}`, text: choice.label[language] });
  }
  for (const table of ["instrument", "modules", "ratingLevels", "gradeBands", "targets", "slaDurations"] as const) {
    defaultRows(table, language).forEach((row, index) =>
      Object.values(row).forEach((value) => words.push({ where: `${table} row ${index + 1}`, text: String(value) })),
    );
  }
  for (const [key, label] of Object.entries(REPORT_LABELS))
    words.push({ where: `report ${key}`, text: label[language] });
  return words;
}

describe("the glossaries", () => {
  it.each(LANGUAGES)("%s has every term the English glossary has, and only those", (language) => {
    expect(shapeOf(GLOSSARIES[language]).sort()).toEqual(shapeOf(GLOSSARIES.en).sort());
  });

  it.each(LANGUAGES)("%s gives every term a word", (language) => {
    const blank = Object.entries(GLOSSARIES[language]).filter(
      ([, value]) => typeof value === "string" && !value.trim(),
    );
    expect(blank).toEqual([]);
  });

  it.each(LANGUAGES)("%s does not avoid its own terms", (language) => {
    const terms = Object.entries(GLOSSARIES[language]).filter(
      ([key, value]) => typeof value === "string" && key !== "listSeparator" && key !== "excelHomeTab",
    );
    const clashes = terms.flatMap(([key, value]) =>
      avoidedWords(language, value as string).map((word) => `${key}: ${word}`),
    );
    expect(clashes).toEqual([]);
  });
});

describe("words a language avoids", () => {
  it.each(LANGUAGES)("appear in no %s message of the task pane", (language) => {
    const found = Object.entries(CATALOGUES[language]).flatMap(([key, message]) =>
      filledIn(language, message).flatMap((text) => avoidedWords(language, text).map((word) => `${key}: ${word}`)),
    );
    expect(found).toEqual([]);
  });

  it.each(LANGUAGES)("appear in no %s sheet, header, choice, settings row or report label", (language) => {
    const found = workbookWords(language).flatMap(({ where, text }) =>
      avoidedWords(language, text).map((word) => `${where}: ${word}`),
    );
    expect(found).toEqual([]);
  });

  it("are found where they stand, and only there", () => {
    const avoid = (language: Language, text: string) => avoidedWords(language, text);
    expect(avoid("zh-CN", "重大投诉须经主任批示。")).toEqual(["批示 → 审批"]);
    expect(avoid("zh-CN", "小于等于 70 分的项目：根本原因分析")).toEqual([]);
    expect(avoid("zh-CN", "原因分析")).toEqual(["原因分析 → 根本原因"]);
    expect(avoid("zh-CN", "审批状态, 根本原因")).toEqual([",  → 、"]);
    expect(avoid("zh-TW", "客戶訴求")).toEqual(["客戶 → 顧客"]);
    expect(avoid("vi", "Đã thiết lập bằng Tiếng Việt.")).toEqual(["Tiếng Việt → tiếng Việt"]);
    expect(avoid("vi", "Tiếng Việt")).toEqual([]);
    expect(avoid("vi", "Về Trang đầu")).toEqual(["Trang đầu → Trang chủ"]);
    expect(avoid("vi", "Hãy mở Sổ VOC từ thẻ Trang đầu trong Excel")).toEqual([]);
    expect(avoid("vi", "Mức độ thỏa mãn")).toEqual(["thỏa mãn → hài lòng"]);
    expect(avoid("en", "needs the general manager's approval")).toEqual(["general manager → director"]);
  });
});

describe("writing with the glossary", () => {
  it("lists items with the language's separator: 、 in Chinese", () => {
    expect(listText("zh-CN", ["审批状态", "根本原因"])).toBe("审批状态、根本原因");
    expect(listText("zh-TW", ["核准狀態", "根本原因"])).toBe("核准狀態、根本原因");
    expect(listText("vi", ["Phê duyệt", "Nguyên nhân gốc"])).toBe("Phê duyệt, Nguyên nhân gốc");
    expect(listText("en", ["Approval", "Root cause"])).toBe("Approval, Root cause");
  });

  it("writes a choice label inside a Vietnamese sentence in lower case, keeping acronyms", () => {
    expect(labelInSentence("vi", "Phương án xử lý")).toBe("phương án xử lý");
    expect(labelInSentence("vi", "Báo cáo 8D")).toBe("báo cáo 8D");
    expect(labelInSentence("vi", "8D")).toBe("8D");
    expect(labelInSentence("vi", "KPI tháng")).toBe("KPI tháng");
    expect(labelInSentence("en", "Handling proposal")).toBe("Handling proposal");
    expect(labelInSentence("zh-CN", "处理方案")).toBe("处理方案");
  });

  it("names the languages inside a sentence as the sentence's language does", () => {
    expect(CATALOGUES.vi["setup.setUpIn"].replace("{language}", CATALOGUES.vi["languageName.vi"])).toBe(
      "Đã thiết lập bằng tiếng Việt.",
    );
    expect(CATALOGUES["zh-CN"]["languageName.en"]).toBe("英语");
    expect(CATALOGUES.en["languageName.zh-TW"]).toBe("Traditional Chinese");
  });

  it("names the approver of a major complaint as the seeds do: the director, 主任", () => {
    for (const language of LANGUAGES) {
      const approver = GLOSSARIES[language].approver;
      expect(CATALOGUES[language]["cases.approvalHint"]).toContain(approver);
      expect(CATALOGUES[language]["cases.majorNeedsApproval"]).toContain(approver);
      expect(CATALOGUES[language]["validation.approvalRequired"]).toContain(approver);
    }
    expect(GLOSSARIES["zh-CN"].approver).toBe("主任");
    expect(GLOSSARIES["zh-TW"].approver).toBe("主任");
  });
});
