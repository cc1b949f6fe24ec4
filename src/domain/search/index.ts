/** Search that ignores width, case, accents and Traditional/Simplified forms: one source of truth for the pane. */
export {
  chineseFoldingInstalled,
  hasChineseCharacter,
  installChineseFolding,
  matchesSearch,
  onSearchFoldingChange,
  searchFoldingVersion,
  searchKey,
  searchMatcher,
  searchWords,
} from "./search-key";
export { loadChineseFolding, prepareSearch } from "./chinese-folding";
