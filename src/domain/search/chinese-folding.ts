/**
 * The Traditional→Simplified character table for search, loaded on demand: OpenCC's character dictionary
 * (TSCharacters, about 3,200 one-to-one characters, ~17 KB gzip) from opencc-js, in a chunk of its own, so that the
 * first screen does not carry it. Until it arrives, search already ignores width, case and accents.
 */
import { chineseFoldingInstalled, hasChineseCharacter, installChineseFolding } from "./search-key";

let loading: Promise<void> | undefined;

/** Loads and installs the table once; a failed load (a chunk that did not arrive) may be tried again later. */
export function loadChineseFolding(): Promise<void> {
  if (chineseFoldingInstalled()) return Promise.resolve();
  loading ??= import(/* webpackChunkName: "chinese-folding" */ "opencc-js/dict/TSCharacters").then(
    (table) => installChineseFolding(table.default),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Starts loading the table when a search may need it: when one of the texts (the query, or the list about to be
 * searched) holds a Chinese character, since only Chinese text can match differently once it is folded. True when
 * there is nothing to wait for.
 */
export function prepareSearch(...texts: readonly string[]): boolean {
  if (chineseFoldingInstalled() || !texts.some(hasChineseCharacter)) return true;
  loadChineseFolding().catch(() => undefined); // search goes on without folding; the next search tries again
  return false;
}
