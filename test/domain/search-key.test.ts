import {
  chineseFoldingInstalled,
  hasChineseCharacter,
  loadChineseFolding,
  matchesSearch,
  onSearchFoldingChange,
  prepareSearch,
  searchFoldingVersion,
  searchKey,
  searchMatcher,
  searchWords,
} from "../../src/domain/search";

// The Traditional/Simplified table is loaded on demand: these first specs run before it is, as a pane's first search.
describe("search before the Chinese table has loaded", () => {
  it("finds 'Công ty Hòa Phát' when 'hoa' is typed", () => {
    expect(matchesSearch("Công ty Hòa Phát", "hoa")).toBe(true);
  });

  it("finds 'Công ty Hòa Phát' when 'HOA PHAT', 'phat hoa' or 'Hòa Phát' is typed: every word, in any order", () => {
    for (const query of ["HOA PHAT", "phat hoa", "Hòa Phát", "cong ty hoa"]) {
      expect(matchesSearch("Công ty Hòa Phát", query)).toBe(true);
    }
    expect(matchesSearch("Công ty Hòa Phát", "hoa sen")).toBe(false);
  });

  it("matches text typed with decomposed accents (as macOS and some keyboards send it) and composed ones alike", () => {
    expect(matchesSearch("Công ty Hòa Phát".normalize("NFD"), "hòa")).toBe(true);
    expect(matchesSearch("Công ty Hòa Phát", "hòa".normalize("NFD"))).toBe(true);
    expect(searchKey("Nguyễn Thị Hường")).toBe("nguyen thi huong");
  });

  it("reads đ and Đ as d", () => {
    expect(matchesSearch("Công ty Đồng Nai", "dong nai")).toBe(true);
    expect(matchesSearch("Dong Nai Steel", "Đồng")).toBe(true);
    expect(searchKey("ĐĐđđ")).toBe("dddd");
  });

  it("ignores case", () => {
    expect(matchesSearch("ACME Industrial", "acme")).toBe(true);
    expect(matchesSearch("acme industrial", "ACME INDUSTRIAL")).toBe(true);
  });

  it("ignores full- and half-width forms: Ａ/A, １/1, the full-width space, half-width katakana", () => {
    expect(matchesSearch("ＡＢＣ Ｍｏｔｏｒｓ １２３", "abc 123")).toBe(true);
    expect(matchesSearch("ABC Motors 123", "ａｂｃ　１２３")).toBe(true); // the query's words split at U+3000
    expect(searchWords("华为　深圳")).toEqual(["华为", "深圳"]);
    expect(matchesSearch("ｶﾀｶﾅ", "カタカナ")).toBe(true);
  });

  it("matches everything with an empty or blank query, and nothing in empty text", () => {
    expect(matchesSearch("anything", "")).toBe(true);
    expect(matchesSearch("anything", " \u3000 ")).toBe(true);
    expect(matchesSearch("", "hoa")).toBe(false);
  });

  it("matches Simplified with Simplified and Traditional with Traditional already", () => {
    expect(matchesSearch("华为技术有限公司", "华为")).toBe(true);
    expect(matchesSearch("華為技術有限公司", "華為")).toBe(true);
    expect(chineseFoldingInstalled()).toBe(false);
  });

  it("tells when a query needs the table: only one that holds a Chinese character", () => {
    expect(hasChineseCharacter("hoa phat")).toBe(false);
    expect(hasChineseCharacter("華為 Co.")).toBe(true);
    expect(prepareSearch("hoa phat")).toBe(true); // nothing to wait for
  });
});

describe("search once the Chinese table has loaded", () => {
  let notified = 0;
  beforeAll(async () => {
    const stop = onSearchFoldingChange(() => (notified += 1));
    const before = searchFoldingVersion();
    expect(prepareSearch("华为")).toBe(false); // starts the load
    await loadChineseFolding();
    stop();
    expect(searchFoldingVersion()).toBe(before + 1);
  });

  it("told the lists searched before that the table arrived, once", () => {
    expect(notified).toBe(1);
    expect(prepareSearch("华为")).toBe(true);
  });

  it("finds 華為 when 华为 is typed", () => {
    expect(matchesSearch("華為技術有限公司", "华为")).toBe(true);
  });

  it("finds 华为 when 華為 is typed", () => {
    expect(matchesSearch("华为技术有限公司", "華為")).toBe(true);
  });

  it("finds 東 with 东 and 华东 with 華東, in mixed text and mixed queries", () => {
    expect(matchesSearch("東莞市", "东莞")).toBe(true);
    expect(matchesSearch("华东 Electric", "華東 electric")).toBe(true);
    expect(matchesSearch("華东", "华東")).toBe(true);
  });

  it("folds character by character, never phrase by phrase: characters sharing a Simplified form fold together", () => {
    expect(searchKey("乾")).toBe("干");
    expect(searchKey("幹")).toBe("干");
    expect(searchKey("頭髮")).toBe("头发");
    expect(searchKey("臺灣")).toBe("台湾");
  });

  it("keeps a key its own key, also through a chain in the table (薴 → 苧 → 苎)", () => {
    expect(searchKey("薴")).toBe("苎");
    for (const text of ["薴苧苎", "華為 Hòa Phát ＡＢＣ", "東莞 Đồng Nai"])
      expect(searchKey(searchKey(text))).toBe(searchKey(text));
  });

  it("still ignores accents, case and width around Chinese text", () => {
    expect(matchesSearch("Công ty TNHH 華為 Việt Nam", "华为 viet nam")).toBe(true);
    expect(matchesSearch("華為　ＶＩＥＴ", "华为 viet")).toBe(true);
  });

  it("matches one query against several fields (a case's id and customer): each word may be in any of them", () => {
    const matches = searchMatcher("华为 cc-7");
    expect(matches("CC-7", "華為")).toBe(true);
    expect(matches("CC-8", "華為")).toBe(false);
    expect(searchMatcher("")("CC-8")).toBe(true);
  });
});
