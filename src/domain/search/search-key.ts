/**
 * Search that finds what a person means: the one place the task pane decides whether typed text matches a name,
 * an id or any other text it searches. Both sides are turned into a comparison key that ignores
 * - width: full- and half-width forms (Ａ/A, １/1, the ideographic space, half-width katakana) by NFKC;
 * - case;
 * - accents: Vietnamese diacritics and any other combining mark (NFD, marks removed), and đ/Đ as d;
 * - Traditional and Simplified Chinese characters that map one to one (華 and 华, 東 and 东), once the character
 *   table is installed (see chinese-folding.ts: it is loaded only when a search first holds a Chinese character).
 *   Only characters are folded, never phrases: a Traditional character folds to its Simplified form even where that
 *   form is shared by several Traditional characters (乾 and 幹 both fold to 干).
 */

/** Traditional character → Simplified character; empty until a table is installed. */
let traditionalToSimplified: ReadonlyMap<string, string> = new Map();
let foldingVersion = 0;
const listeners = new Set<() => void>();

const HAN = /\p{Script=Han}/u;
const MARKS = /\p{M}/gu;
const D_STROKE = /đ/g; // after lower-casing, Đ is đ

/** Whether the text holds a Chinese character: only then can Traditional/Simplified folding change a match. */
export function hasChineseCharacter(text: string): boolean {
  return HAN.test(text);
}

/** The text's comparison key: width, case, accents and (once installed) Traditional/Simplified forms ignored. */
export function searchKey(text: string): string {
  const plain = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(D_STROKE, "d")
    .normalize("NFD")
    .replace(MARKS, "")
    .normalize("NFC"); // Hangul and the like, decomposed by NFD into letters, are composed again
  return traditionalToSimplified.size > 0 && HAN.test(plain) ? foldChinese(plain) : plain;
}

function foldChinese(text: string): string {
  let folded = "";
  for (const character of text) folded += traditionalToSimplified.get(character) ?? character;
  return folded;
}

/** The query's words: whitespace (any width) separates them; each is a comparison key. */
export function searchWords(query: string): string[] {
  return searchKey(query)
    .split(/\s+/u)
    .filter((word) => word !== "");
}

/** Whether every whitespace-separated word of the query is found in the text; an empty query matches everything. */
export function matchesSearch(text: string, query: string): boolean {
  const words = searchWords(query);
  if (words.length === 0) return true;
  const key = searchKey(text);
  return words.every((word) => key.includes(word));
}

/**
 * A matcher for one query over many texts (a list filtered as someone types): the query is keyed once. A text
 * may be several fields (a case's id and customer); it matches when each word is found in one field or another.
 */
export function searchMatcher(query: string): (...texts: readonly string[]) => boolean {
  const words = searchWords(query);
  if (words.length === 0) return () => true;
  return (...texts) => {
    const keys = texts.map(searchKey);
    return words.every((word) => keys.some((key) => key.includes(word)));
  };
}

/**
 * Installs the Traditional→Simplified character table, as OpenCC writes its character dictionaries:
 * "T S|T S|…", one Traditional character, a space and its Simplified character per entry (entries whose two
 * characters are the same, or that are not one character each, are skipped). A chain (薴 → 苧 → 苎) folds to its
 * end, so a key is its own key.
 */
export function installChineseFolding(dictionary: string): void {
  const pairs = new Map<string, string>();
  for (const entry of dictionary.split("|")) {
    const [from, to, ...rest] = entry.trim().split(" ");
    if (rest.length > 0 || from === undefined || to === undefined) continue;
    if ([...from].length !== 1 || [...to].length !== 1 || from === to) continue;
    pairs.set(from, to);
  }
  for (const [from, to] of pairs) {
    let end = to;
    for (let step = 0; pairs.has(end) && step < 8; step++) end = pairs.get(end) ?? end;
    pairs.set(from, end);
  }
  traditionalToSimplified = pairs;
  foldingVersion += 1;
  for (const listener of listeners) listener();
}

/** Whether Traditional/Simplified folding is in force. */
export function chineseFoldingInstalled(): boolean {
  return traditionalToSimplified.size > 0;
}

/** Changes each time a table is installed: a list searched before must be searched again. */
export function searchFoldingVersion(): number {
  return foldingVersion;
}

/** Calls back when the folding changes; returns the unsubscription. */
export function onSearchFoldingChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
