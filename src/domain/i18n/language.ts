/** The UI languages of VOC Ledger: those of the procedures it serves. */
export const LANGUAGES = ["en", "zh-CN", "zh-TW", "vi"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(tag: string): tag is Language {
  return (LANGUAGES as readonly string[]).includes(tag);
}

const TRADITIONAL_CHINESE = /^zh-(tw|hk|mo|hant)\b/i;

/** Office's display language (for example "zh-HK" or "vi-VN") to a UI language; English where we have none. */
export function languageForOfficeLocale(locale: string | null | undefined): Language {
  const tag = (locale ?? "").trim().replace(/_/g, "-");
  if (/^zh\b/i.test(tag)) return TRADITIONAL_CHINESE.test(tag) ? "zh-TW" : "zh-CN";
  if (/^vi\b/i.test(tag)) return "vi";
  return "en";
}
