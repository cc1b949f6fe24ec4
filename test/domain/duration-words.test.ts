import { durationCode, durationInWords } from "../../src/domain/duration-words";
import { LANGUAGES } from "../../src/domain/i18n/language";

describe("durations in words, as the Settings sheet shows them", () => {
  it("writes VOC.DUE's duration text in the workbook's language", () => {
    expect(durationInWords("en", "3wd")).toBe("3 working days");
    expect(durationInWords("zh-CN", "3wd")).toBe("3 个工作日");
    expect(durationInWords("zh-TW", "24h")).toBe("24 小時");
    expect(durationInWords("vi", "30m")).toBe("30 phút");
    expect(durationInWords("vi", "7d")).toBe("7 ngày");
    expect(durationInWords("en", "soon")).toBe("soon");
  });

  it.each(LANGUAGES)("reads the %s words back as the duration text, in every language", (language) => {
    for (const code of ["24h", "4h", "3wd", "30m", "5wd", "7d", "1wd"]) {
      expect(durationCode(durationInWords(language, code))).toBe(code);
    }
  });

  it("reads the duration text itself (older workbooks), singulars and spacing as typed", () => {
    expect(durationCode(" 3wd ")).toBe("3wd");
    expect(durationCode("1 working day")).toBe("1wd");
    expect(durationCode("1 hour")).toBe("1h");
    expect(durationCode("3个工作日")).toBe("3wd");
    expect(durationCode("3 Ngày làm việc")).toBe("3wd");
    expect(durationCode("a day")).toBeUndefined();
    expect(durationCode("0 days")).toBeUndefined();
    expect(durationCode("3 weeks")).toBeUndefined();
  });
});
