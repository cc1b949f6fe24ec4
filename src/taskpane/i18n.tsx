import { createContext, type ReactNode, useContext, useMemo } from "react";
import type { Language } from "../domain/i18n/language";
import { type MessageKey, type MessageValues, translate } from "../domain/i18n/translate";

export interface I18n {
  readonly language: Language;
  readonly t: (key: MessageKey, values?: MessageValues) => string;
}

const I18nContext = createContext<I18n>({ language: "en", t: (key, values) => translate("en", key, values) });

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const i18n = useMemo<I18n>(() => ({ language, t: (key, values) => translate(language, key, values) }), [language]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
