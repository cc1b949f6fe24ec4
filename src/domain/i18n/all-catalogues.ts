import { type Catalogue, en } from "./catalogues/en";
import { vi } from "./catalogues/vi";
import { zhCN } from "./catalogues/zh-CN";
import { zhTW } from "./catalogues/zh-TW";
import type { Language } from "./language";

/**
 * Every language's catalogue at once, for tests and tools that read messages as data. Never for the task pane or the
 * functions: this would put all four languages into their first script, which loads each with loadLanguage
 * (translate.ts). test/domain/i18n.test.ts checks that nothing in src imports it.
 */
export const CATALOGUES: { readonly [language in Language]: Catalogue } = {
  en,
  "zh-CN": zhCN,
  "zh-TW": zhTW,
  vi,
};
