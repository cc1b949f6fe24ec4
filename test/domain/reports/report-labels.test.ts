import { LANGUAGES } from "../../../src/domain/i18n/language";
import { REPORT_LABELS, type ReportLabelKey, reportLabel } from "../../../src/domain/reports/report-labels";
import { SHEETS } from "../../../src/domain/schema/tables";
import { duplicatesIgnoringCase, headerProblem, sheetNameProblem } from "../schema/rules";

const keys = Object.keys(REPORT_LABELS) as ReportLabelKey[];
const SHEET_KEYS = ["dashboardSheet", "reviewSheet"] as const;
/** The headers of the review's proposed-actions table, an Excel table the user adds rows to. */
const ACTION_HEADER_KEYS = ["actionNumber", "finding", "action", "owner", "dueDate", "status"] as const;

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
}

describe("report labels", () => {
  it.each(keys)("%s has a non-empty, trimmed text in every language", (key) => {
    for (const language of LANGUAGES) {
      const text = REPORT_LABELS[key][language];
      expect({ language, text: text.trim() }).toEqual({ language, text });
      expect(text).not.toBe("");
    }
  });

  it.each(keys)("%s has the same {placeholders} in every language as in English", (key) => {
    const english = placeholders(REPORT_LABELS[key].en);
    for (const language of LANGUAGES) {
      expect({ language, placeholders: placeholders(REPORT_LABELS[key][language]) }).toEqual({
        language,
        placeholders: english,
      });
    }
  });

  it.each(keys)("%s cannot be mistaken for a formula and fits a cell or chart title", (key) => {
    for (const language of LANGUAGES) {
      const text = REPORT_LABELS[key][language];
      expect(text).not.toMatch(/^[=+\-@]/);
      expect(text.length).toBeLessThanOrEqual(255);
      expect(text).not.toMatch(/[\n\r\t]/);
    }
  });

  it("names the Dashboard and Review sheets validly in every language, apart from each other and the ledger's sheets", () => {
    for (const language of LANGUAGES) {
      for (const key of SHEET_KEYS) {
        expect({ language, key, problem: sheetNameProblem(REPORT_LABELS[key][language]) }).toEqual({
          language,
          key,
          problem: undefined,
        });
      }
      const names = [
        ...SHEET_KEYS.map((key) => REPORT_LABELS[key][language]),
        ...Object.values(SHEETS).map((sheet) => sheet[language]),
      ];
      expect(duplicatesIgnoringCase(names)).toEqual([]);
    }
  });

  it("heads the proposed-actions table with valid, distinct Excel table headers in every language", () => {
    for (const language of LANGUAGES) {
      const headers = ACTION_HEADER_KEYS.map((key) => REPORT_LABELS[key][language]);
      for (const header of headers)
        expect({ language, header, problem: headerProblem(header) }).toEqual({ language, header, problem: undefined });
      expect(duplicatesIgnoringCase(headers)).toEqual([]);
    }
  });

  it("points to the Settings sheet by the name it has in the workbook's language", () => {
    for (const language of LANGUAGES)
      expect(REPORT_LABELS.refreshedNote[language]).toContain(SHEETS.settings[language]);
  });
});

describe("reportLabel", () => {
  it("gives the label in the language asked for", () => {
    expect(reportLabel("reviewSheet", "en")).toBe("Management review");
    expect(reportLabel("reviewSheet", "zh-CN")).toBe("管理评审");
    expect(reportLabel("reviewSheet", "zh-TW")).toBe("管理審查");
    expect(reportLabel("reviewSheet", "vi")).toBe("Xem xét của lãnh đạo");
  });

  it("fills every placeholder, with numbers as well as text", () => {
    expect(reportLabel("customersHeading", "en", { target: 80 })).toBe("Customers below 80: corrective action");
    expect(reportLabel("moduleAverage", "zh-CN", { module: "服务满意度" })).toBe("服务满意度平均分");
    expect(reportLabel("customerChart", "vi", { customer: "Công ty A" })).toBe("Xu hướng khách hàng: Công ty A");
  });

  it("leaves a placeholder without a value visible rather than dropping it", () => {
    expect(reportLabel("itemHeading", "en")).toBe("Item averages by period (at or below {target} marked)");
    expect(reportLabel("customerChart", "en", { other: "x" })).toBe("Customer trend: {customer}");
  });

  it("writes a value as given, even one that looks like a placeholder or holds $ signs", () => {
    expect(reportLabel("customerChart", "en", { customer: "{target} $& Co." })).toBe("Customer trend: {target} $& Co.");
  });
});
