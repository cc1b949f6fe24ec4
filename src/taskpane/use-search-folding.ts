import { useEffect, useSyncExternalStore } from "react";
import { onSearchFoldingChange, prepareSearch, searchFoldingVersion } from "../domain/search";

/**
 * For a list searched as someone types: starts loading the Traditional/Simplified table when the query first holds
 * a Chinese character, and returns a number that changes when the table arrives, to put beside the query in the
 * search's memo dependencies (the list is searched again, now folding 華 and 华 together).
 */
export function useSearchFolding(query: string): number {
  const version = useSyncExternalStore(onSearchFoldingChange, searchFoldingVersion);
  useEffect(() => {
    prepareSearch(query);
  }, [query]);
  return version;
}
