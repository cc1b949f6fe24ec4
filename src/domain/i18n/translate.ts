import { en, type Catalogue, type MessageKey } from "./catalogues/en";
import { vi } from "./catalogues/vi";
import { zhCN } from "./catalogues/zh-CN";
import { zhTW } from "./catalogues/zh-TW";
import type { Language } from "./language";

export type { MessageKey } from "./catalogues/en";

export const CATALOGUES: { readonly [language in Language]: Catalogue } = {
  en,
  "zh-CN": zhCN,
  "zh-TW": zhTW,
  vi,
};

export type MessageValues = Readonly<Record<string, string | number>>;

/** The message in the language, its {placeholders} filled; a placeholder without a value is left visible. */
export function translate(language: Language, key: MessageKey, values: MessageValues = {}): string {
  const template = CATALOGUES[language][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}
