/** The glossary of each UI language: the words every message, header and choice takes (glossary.ts). */
import type { Language } from "../language";
import { en } from "./en";
import { type Glossary, labelInSentence as inSentence } from "./glossary";
import { vi } from "./vi";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

export { type AvoidedWord, type Glossary, avoidedIn, capitalized } from "./glossary";
export { en, vi, zhCN, zhTW };

export const GLOSSARIES: { readonly [language in Language]: Glossary } = { en, "zh-CN": zhCN, "zh-TW": zhTW, vi };

/** Items of a list written out in a sentence, with the language's separator (Chinese: the enumeration comma 、). */
export function listText(language: Language, items: readonly string[]): string {
  return items.join(GLOSSARIES[language].listSeparator);
}

/** A choice label inside a sentence of the language ("Hạn phương án xử lý: …" in Vietnamese). */
export function labelInSentence(language: Language, label: string): string {
  return inSentence(GLOSSARIES[language], label);
}
