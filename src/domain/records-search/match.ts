/**
 * Whether a record's text matches what someone typed in the search box: the pane's one search rule
 * (src/domain/search: width, case, accents and, once its table is loaded, Traditional/Simplified forms ignored;
 * every word of the query found).
 */
import { searchMatcher } from "../search";

/** A matcher for one query over many records' texts: the query is keyed once. */
export function queryMatcher(query: string): (text: string) => boolean {
  const matches = searchMatcher(query);
  return (text) => matches(text);
}

export function matchesQuery(text: string, query: string): boolean {
  return queryMatcher(query)(text);
}
