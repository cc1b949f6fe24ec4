import { isLanguage, type Language } from "../domain/i18n/language";

/** The user's choice in Settings: a language, or whatever Office displays. */
export type LanguagePreference = Language | "office";

const KEY = "vocLedger.language";

export function loadLanguagePreference(storage: Pick<Storage, "getItem"> | undefined): LanguagePreference {
  try {
    const saved = storage?.getItem(KEY) ?? "office";
    return isLanguage(saved) ? saved : "office";
  } catch {
    return "office"; // storage can be blocked in some Office webviews
  }
}

export function saveLanguagePreference(
  storage: Pick<Storage, "setItem"> | undefined,
  preference: LanguagePreference,
): void {
  try {
    storage?.setItem(KEY, preference);
  } catch {
    // The choice then lasts for this session only.
  }
}
