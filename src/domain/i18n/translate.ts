import { en, type Catalogue, type MessageKey } from "./catalogues/en";
import { type Language, LANGUAGES } from "./language";

export type { Catalogue, MessageKey } from "./catalogues/en";

export type MessageValues = Readonly<Record<string, string | number>>;

/** English ships with the pane: it is the reference catalogue and the pane's most common language. */
const loaded: { [language in Language]?: Catalogue } = { en };
const loading = new Map<Language, Promise<void>>();

// Every other language is a chunk of its own (messages-zh-CN.js…), fetched only when the pane or a workbook speaks
// it: the four languages together are most of the pane's first script otherwise.
const LOADERS: { readonly [language in Exclude<Language, "en">]: () => Promise<Catalogue> } = {
  "zh-CN": () => import(/* webpackChunkName: "messages-zh-CN" */ "./catalogues/zh-CN").then((m) => m.zhCN),
  "zh-TW": () => import(/* webpackChunkName: "messages-zh-TW" */ "./catalogues/zh-TW").then((m) => m.zhTW),
  vi: () => import(/* webpackChunkName: "messages-vi" */ "./catalogues/vi").then((m) => m.vi),
};

export function isLanguageLoaded(language: Language): boolean {
  return loaded[language] !== undefined;
}

/** Fetches a language's messages, once (again after a failure); translate speaks it when this has resolved. */
export function loadLanguage(language: Language): Promise<void> {
  if (language === "en" || loaded[language]) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]().then(
      (catalogue) => {
        loaded[language] = catalogue;
      },
      (error: unknown) => {
        loading.delete(language); // a dropped connection is no reason never to try again
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/** Every language at once: for tests and tools, which speak them all (the pane loads what it uses). */
export async function loadAllLanguages(): Promise<void> {
  await Promise.all(LANGUAGES.map(loadLanguage));
}

/**
 * The message in the language, its {placeholders} filled; a placeholder without a value is left visible. The
 * language must have been loaded (loadLanguage): a message in the wrong language, perhaps written into a workbook,
 * would be worse than this error, which tests meet first.
 */
export function translate(language: Language, key: MessageKey, values: MessageValues = {}): string {
  const catalogue = loaded[language];
  if (!catalogue) {
    throw new Error(`The ${language} messages are not loaded: await loadLanguage("${language}") before translating.`);
  }
  const template = catalogue[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}
