import { en } from "../../src/domain/i18n/catalogues/en";
import { LANGUAGES, languageForOfficeLocale } from "../../src/domain/i18n/language";
import { CATALOGUES, placeholdersOf, translate } from "../../src/domain/i18n/translate";

describe("the message catalogues", () => {
  const englishKeys = Object.keys(en).sort();

  it.each(LANGUAGES.filter((language) => language !== "en"))("%s has every English key and no other", (language) => {
    expect(Object.keys(CATALOGUES[language]).sort()).toEqual(englishKeys);
  });

  it.each(LANGUAGES)("%s has no empty message", (language) => {
    const empty = Object.entries(CATALOGUES[language]).filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
  });

  it.each(LANGUAGES)("%s keeps every English placeholder", (language) => {
    const mismatched = englishKeys.filter(
      (key) =>
        placeholdersOf(CATALOGUES[language][key as keyof typeof en]).join() !==
        placeholdersOf(en[key as keyof typeof en]).join(),
    );
    expect(mismatched).toEqual([]);
  });
});

describe("choosing the UI language from Office's display language", () => {
  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-SG", "zh-CN"],
    ["zh-Hans", "zh-CN"],
    ["zh-TW", "zh-TW"],
    ["zh-HK", "zh-TW"],
    ["zh-MO", "zh-TW"],
    ["zh-Hant-TW", "zh-TW"],
    ["vi-VN", "vi"],
    ["VI", "vi"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    ["", "en"],
    [undefined, "en"],
  ])("reads %p as %p", (locale, language) => {
    expect(languageForOfficeLocale(locale)).toBe(language);
  });
});

describe("translating a message", () => {
  it("fills placeholders", () => {
    expect(translate("vi", "home.tableRows", { name: "Complaints", count: 3 })).toBe("Complaints — 3 dòng");
  });

  it("leaves a placeholder without a value visible rather than printing 'undefined'", () => {
    expect(translate("en", "home.sheets")).toBe("Sheets: {count}");
  });
});
