import { readdirSync, readFileSync } from "fs";
import { dirname, join, relative, resolve } from "path";
import { en } from "../../src/domain/i18n/catalogues/en";
import { LANGUAGES, languageForOfficeLocale } from "../../src/domain/i18n/language";
import { CATALOGUES } from "../../src/domain/i18n/all-catalogues";
import { placeholdersOf, translate } from "../../src/domain/i18n/translate";

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

describe("loading a language's messages", () => {
  type Translate = typeof import("../../src/domain/i18n/translate");
  /** translate.ts as the pane first meets it: English only (the specs' setup has loaded every language elsewhere). */
  const fresh = async (run: (i18n: Translate) => Promise<void>) =>
    jest.isolateModulesAsync(async () => run(await import("../../src/domain/i18n/translate")));

  it("speaks English from the start, and no other language before it is loaded", () =>
    fresh(async ({ isLanguageLoaded, translate }) => {
      expect(isLanguageLoaded("en")).toBe(true);
      expect(translate("en", "nav.home")).toBe(CATALOGUES.en["nav.home"]);
      for (const language of ["zh-CN", "zh-TW", "vi"] as const) {
        expect(isLanguageLoaded(language)).toBe(false);
        // Refused, not answered in English: an English line written into a Chinese workbook would stay there.
        expect(() => translate(language, "nav.home")).toThrow(`await loadLanguage("${language}")`);
      }
    }));

  it("speaks a language once it has loaded, and only that one", () =>
    fresh(async ({ isLanguageLoaded, loadLanguage, translate }) => {
      await loadLanguage("zh-TW");
      expect(translate("zh-TW", "setup.action")).toBe(CATALOGUES["zh-TW"]["setup.action"]);
      expect(translate("zh-TW", "home.tableRows", { name: "客訴", count: 2 })).toBe("客訴 — 2 列");
      expect(isLanguageLoaded("zh-CN")).toBe(false);
      expect(isLanguageLoaded("vi")).toBe(false);
    }));

  it("fetches a language once however many ask for it at the same time", () =>
    fresh(async ({ loadLanguage }) => {
      const first = loadLanguage("vi");
      expect(loadLanguage("vi")).toBe(first);
      await first;
    }));

  it("tries again after a failed fetch, which it reports", () =>
    fresh(async () => {
      let attempts = 0;
      jest.doMock("../../src/domain/i18n/catalogues/vi", () => {
        attempts += 1;
        if (attempts === 1) throw new Error("The connection was lost");
        return jest.requireActual("../../src/domain/i18n/catalogues/vi");
      });
      const { isLanguageLoaded, loadLanguage, translate } = await import("../../src/domain/i18n/translate");
      await expect(loadLanguage("vi")).rejects.toThrow("The connection was lost");
      expect(isLanguageLoaded("vi")).toBe(false);
      await loadLanguage("vi");
      expect(translate("vi", "nav.home")).toBe(CATALOGUES.vi["nav.home"]);
      expect(attempts).toBe(2);
    }));
});

describe("the languages the task pane's first script carries", () => {
  const SRC = join(__dirname, "../../src");
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
    );
  /** Every module a source file imports as code (type-only imports leave nothing in the bundle). */
  const importsOf = (file: string) =>
    [...readFileSync(file, "utf8").matchAll(/^import\s+(?!type\s)[^;]*?from\s+"(\.[^"]+)";/gms)].map((match) =>
      relative(SRC, resolve(dirname(file), match[1])).replace(/\\/g, "/"),
    );
  const LANGUAGE_MODULE = /^domain\/i18n\/(?:catalogues|messages\/[\w-]+)\/(zh-CN|zh-TW|vi)$/;

  it("are English alone: another language's messages are imported only by its catalogue, loaded on demand", () => {
    const strays = sources(SRC).flatMap((file) => {
      const importer = relative(SRC, file).replace(/\\/g, "/");
      if (importer === "domain/i18n/all-catalogues.ts") return []; // which nothing in src imports
      return importsOf(file)
        .filter((imported) => {
          if (imported === "domain/i18n/all-catalogues") return true;
          const language = LANGUAGE_MODULE.exec(imported)?.[1];
          return language !== undefined && importer !== `domain/i18n/catalogues/${language}.ts`;
        })
        .map((imported) => `${importer} → ${imported}`);
    });
    expect(strays).toEqual([]);
  });

  it("reach the other languages through loadLanguage, each its own chunk", () => {
    const translateSource = readFileSync(join(SRC, "domain/i18n/translate.ts"), "utf8");
    for (const language of ["zh-CN", "zh-TW", "vi"]) {
      expect(translateSource).toContain(
        `import(/* webpackChunkName: "messages-${language}" */ "./catalogues/${language}")`,
      );
    }
  });
});
