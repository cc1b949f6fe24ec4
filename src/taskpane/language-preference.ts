import { isLanguage, type Language, languageForOfficeLocale } from "../domain/i18n/language";
import { loadLanguage } from "../domain/i18n/translate";

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

/** The language the pane speaks: the one chosen in Settings, else Office's display language (English if unknown). */
export function paneLanguage(preference: LanguagePreference, officeDisplayLanguage: string): Language {
  return preference === "office" ? languageForOfficeLocale(officeDisplayLanguage) : preference;
}

/**
 * Fetches the messages of the language the pane opens in, for the boot to await before the first render (the pane
 * then never paints in another language). Never rejects: if they cannot come, the pane speaks English.
 */
export async function loadPaneLanguage(
  storage: Pick<Storage, "getItem"> | undefined,
  officeDisplayLanguage: string,
): Promise<void> {
  await loadLanguage(paneLanguage(loadLanguagePreference(storage), officeDisplayLanguage)).catch(() => undefined);
}
