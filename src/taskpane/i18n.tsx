import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import type { Language } from "../domain/i18n/language";
import {
  isLanguageLoaded,
  loadLanguage,
  type MessageKey,
  type MessageValues,
  translate,
} from "../domain/i18n/translate";

export interface I18n {
  readonly language: Language;
  readonly t: (key: MessageKey, values?: MessageValues) => string;
}

const I18nContext = createContext<I18n>({ language: "en", t: (key, values) => translate("en", key, values) });

/**
 * The pane in `language` once its messages have loaded. Until then it stays in the language it spoke before (a
 * switch in Settings), or shows nothing (the first paint, which boot normally holds back until they are loaded):
 * never a flash of English before Chinese. Should they not arrive, it carries on in the language it spoke, or in
 * English (which ships with the pane).
 */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const [spoken, setSpoken] = useState<Language | null>(() => (isLanguageLoaded(language) ? language : null));
  // A loaded language is spoken at once, in this render (the state follows it, as React allows during render).
  if (isLanguageLoaded(language) && spoken !== language) setSpoken(language);

  useEffect(() => {
    if (isLanguageLoaded(language)) return;
    let wanted = true;
    loadLanguage(language).then(
      () => {
        if (wanted) setSpoken(language);
      },
      (error: unknown) => {
        console.warn(`The ${language} messages could not be loaded.`, error);
        if (wanted) setSpoken((previous) => previous ?? "en");
      },
    );
    return () => {
      wanted = false;
    };
  }, [language]);

  const i18n = useMemo<I18n | null>(
    () => spoken && { language: spoken, t: (key, values) => translate(spoken, key, values) },
    [spoken],
  );
  return i18n && <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
