import { LANGUAGES } from "../../../src/domain/i18n/language";
import { DEFAULT_RATING_LEVELS } from "../../../src/domain/rating-levels";
import {
  ALL_CHOICE_LISTS,
  CHOICE_LISTS,
  type ChoiceListKey,
  SchemaError,
  choiceKeyForLabel,
  choiceLabel,
  choiceList,
  choiceMatchKey,
} from "../../../src/domain/schema";
import { CAMEL_CASE, duplicatesIgnoringCase } from "./rules";

const lists = ALL_CHOICE_LISTS.map((list) => [list.key, list] as const);

describe("choice lists", () => {
  it("are all listed under their own key", () => {
    expect(ALL_CHOICE_LISTS.map((list) => list.key)).toEqual(Object.keys(CHOICE_LISTS));
    for (const list of ALL_CHOICE_LISTS) expect(choiceList(list.key)).toBe(list);
  });

  it.each(lists)("%s has unique camelCase keys", (_key, list) => {
    const keys = list.choices.map((choice) => choice.key);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    for (const key of keys) expect(key).toMatch(CAMEL_CASE);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(lists)("%s has a non-empty, trimmed label for every choice in all four languages", (_key, list) => {
    for (const choice of list.choices) {
      for (const language of LANGUAGES) {
        const label = choice.label[language];
        expect({ choice: choice.key, language, label: label.trim() }).toEqual({ choice: choice.key, language, label });
        expect(label).not.toBe("");
      }
    }
  });

  it.each(lists)("%s has unique labels per language", (_key, list) => {
    for (const language of LANGUAGES) {
      const labels = list.choices.map((choice) => choiceMatchKey(choice.label[language]));
      expect({ language, duplicates: duplicatesIgnoringCase(labels) }).toEqual({ language, duplicates: [] });
    }
  });

  it.each(lists)("%s reads back unambiguously: no label or alias in any language names two choices", (_k, list) => {
    const owner = new Map<string, string>();
    for (const choice of list.choices) {
      for (const word of [...Object.values(choice.label), ...(choice.aliases ?? [])]) {
        const key = choiceMatchKey(word);
        expect({ word, owner: owner.get(key) ?? choice.key }).toEqual({ word, owner: choice.key });
        owner.set(key, choice.key);
      }
    }
  });

  it.each(lists)("%s fits an Excel list validation in every language", (_key, list) => {
    for (const language of LANGUAGES) {
      const labels = list.choices.map((choice) => choice.label[language]);
      for (const label of labels) {
        expect(label).not.toMatch(/[,"]/); // the list separator and the formula quote
        expect(label).not.toMatch(/^[=+\-@]/); // would be read as a formula
      }
      expect(labels.join(",").length).toBeLessThanOrEqual(255);
    }
  });

  it("use the procedures' own words", () => {
    expect(choiceLabel("customerCategory", "longTerm", "vi")).toBe("Quan hệ lâu dài");
    expect(choiceLabel("complaintNature", "helpSeeking", "zh-CN")).toBe("求助型");
    expect(choiceLabel("complaintNature", "venting", "zh-TW")).toBe("發洩型");
    expect(choiceLabel("channel", "inPerson", "zh-TW")).toBe("來人反映");
    expect(choiceLabel("channel", "suggestionLetter", "vi")).toBe("Thư góp ý");
    expect(choiceLabel("satisfactionLevel", "basicallySatisfied", "zh-CN")).toBe("基本满意");
  });

  it("satisfactionLevel is the four rating levels, labelled with each level's first word", () => {
    expect(CHOICE_LISTS.satisfactionLevel.choices.map((choice) => choice.key)).toEqual(
      DEFAULT_RATING_LEVELS.map((level) => level.key),
    );
    for (const level of DEFAULT_RATING_LEVELS) {
      for (const language of LANGUAGES) {
        expect(choiceLabel("satisfactionLevel", level.key, language)).toBe(level.words[language][0]);
        for (const word of level.words[language]) expect(choiceKeyForLabel("satisfactionLevel", word)).toBe(level.key);
      }
    }
  });
});

describe("choiceLabel", () => {
  it("gives the label a cell shows in each language", () => {
    expect(choiceLabel("severity", "major", "en")).toBe("Major");
    expect(choiceLabel("severity", "major", "zh-CN")).toBe("重大");
    expect(choiceLabel("yesNo", "no", "vi")).toBe("Không");
  });

  it("throws a SchemaError for a choice the list does not have", () => {
    expect(() => choiceLabel("severity", "critical", "en")).toThrow(SchemaError);
  });
});

describe("choiceKeyForLabel", () => {
  it.each(lists)("%s reads every label of every language back to its key", (key, list) => {
    for (const choice of list.choices) {
      for (const language of LANGUAGES) {
        expect(choiceKeyForLabel(key as ChoiceListKey, choice.label[language])).toBe(choice.key);
      }
    }
  });

  it("finds 很满意-style labels whatever the language", () => {
    expect(choiceKeyForLabel("satisfactionLevel", "很满意")).toBe("verySatisfied");
    expect(choiceKeyForLabel("satisfactionLevel", "很滿意")).toBe("verySatisfied");
    expect(choiceKeyForLabel("satisfactionLevel", "非常满意")).toBe("verySatisfied");
    expect(choiceKeyForLabel("satisfactionLevel", "rất hài lòng")).toBe("verySatisfied");
    expect(choiceKeyForLabel("satisfactionLevel", "Very satisfied")).toBe("verySatisfied");
    expect(choiceKeyForLabel("satisfactionLevel", "满意")).toBe("satisfied");
    expect(choiceKeyForLabel("satisfactionLevel", "不满意")).toBe("dissatisfied");
  });

  it("ignores case, white space of any kind and Unicode composition", () => {
    expect(choiceKeyForLabel("satisfactionLevel", "  VERY   satisfied ")).toBe("verySatisfied");
    expect(choiceKeyForLabel("satisfactionLevel", "很\u3000满意")).toBe("verySatisfied");
    expect(choiceKeyForLabel("satisfactionLevel", "Rất\u00a0hài lòng".normalize("NFD"))).toBe("verySatisfied");
    expect(choiceKeyForLabel("customerType", "agent/distributor")).toBe("agent");
    expect(choiceKeyForLabel("customerType", "代理商／经销商")).toBe("agent");
    expect(choiceKeyForLabel("channel", "IN PERSON")).toBe("inPerson");
  });

  it("reads a label only in its own list", () => {
    expect(choiceKeyForLabel("followUpResult", "满意")).toBe("satisfied");
    expect(choiceKeyForLabel("severity", "满意")).toBeUndefined();
  });

  it("gives undefined for blank cells, values that are not text and unknown words", () => {
    expect(choiceKeyForLabel("yesNo", "")).toBeUndefined();
    expect(choiceKeyForLabel("yesNo", "   ")).toBeUndefined();
    expect(choiceKeyForLabel("yesNo", null)).toBeUndefined();
    expect(choiceKeyForLabel("yesNo", true)).toBeUndefined();
    expect(choiceKeyForLabel("yesNo", 1)).toBeUndefined();
    expect(choiceKeyForLabel("yesNo", "maybe")).toBeUndefined();
  });
});
