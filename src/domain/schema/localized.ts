import type { Language } from "../i18n/language";
import type { Localized } from "./types";

/** A Localized text from its four translations, in the order of LANGUAGES: en, zh-CN, zh-TW, vi. */
export function localized(en: string, zhCN: string, zhTW: string, vi: string): Localized {
  return { en, "zh-CN": zhCN, "zh-TW": zhTW, vi };
}

/** The same text in every language: an organisation's own wording read back from its workbook. */
export function sameInAllLanguages(text: string): Localized {
  return localized(text, text, text, text);
}

/** Builds a Localized text language by language. */
export function mapLocalized(build: (language: Language) => string): Localized {
  return localized(build("en"), build("zh-CN"), build("zh-TW"), build("vi"));
}
