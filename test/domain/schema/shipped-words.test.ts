/**
 * Headers, sheet names and choice labels are written into users' workbooks, so a word that changes must leave the
 * workbooks set up with the old one working: a changed header keeps its old wording among its formerHeaders (the
 * column is found under it, and setup gives it today's header), a changed label among its choice's formerLabels
 * (its cells still read as that choice). shipped-words.json holds what released versions wrote.
 */
import shipped from "./shipped-words.json";
import { LANGUAGES, type Language } from "../../../src/domain/i18n/language";
import {
  ALL_CHOICE_LISTS,
  ALL_TABLES,
  type ChoiceListKey,
  DEFAULT_INSTRUMENT,
  DEFAULT_MODULES,
  type TableKey,
  choiceKeyForLabel,
  choiceMatchKey,
  formerHeadersOf,
  sameExcelName,
  surveyReturnColumns,
  tableSpec,
} from "../../../src/domain/schema";
import { LISTS_SHEET } from "../../../src/domain/workbook-plan";

type Row = readonly string[];

function columnsOf(table: TableKey) {
  return table === "surveyReturns"
    ? surveyReturnColumns(DEFAULT_INSTRUMENT, DEFAULT_MODULES)
    : tableSpec(table).columns;
}

/** The four words of a row, by language. */
function words(row: Row, skip: number): { readonly [language in Language]: string } {
  const [en, zhCN, zhTW, vi] = row.slice(skip);
  return { en, "zh-CN": zhCN, "zh-TW": zhTW, vi };
}

describe("words released versions wrote into workbooks", () => {
  it("keep every sheet name: a renamed sheet would be a missing one", () => {
    expect(words(["lists", ...shipped.listsSheet], 1)).toEqual(LISTS_SHEET);
    for (const row of shipped.sheets as Row[]) expect(tableSpec(row[0] as TableKey).sheet).toEqual(words(row, 1));
  });

  it.each(LANGUAGES)("name each column in %s by today's header or a former one", (language) => {
    const unread = (shipped.headers as Row[]).flatMap((row) => {
      const [table, key] = row;
      const column = columnsOf(table as TableKey).find((candidate) => candidate.key === key);
      const header = words(row, 2)[language];
      const known = column && [column.header[language], ...formerHeadersOf(column, language)];
      return known?.some((candidate) => sameExcelName(candidate, header)) ? [] : [`${table}.${key}: ${header}`];
    });
    expect(unread).toEqual([]);
  });

  it.each(LANGUAGES)("read each choice label in %s as its choice", (language) => {
    const unread = (shipped.choices as Row[]).flatMap((row) => {
      const [list, key] = row;
      const label = words(row, 2)[language];
      return choiceKeyForLabel(list as ChoiceListKey, label) === key ? [] : [`${list}.${key}: ${label}`];
    });
    expect(unread).toEqual([]);
  });

  it("read the channels a survey dispatch was sent by, where they name a way of sending", () => {
    const sent = (label: string) => choiceKeyForLabel("dispatchMethod", label);
    expect(["Fax", "传真", "傳真"].map(sent)).toEqual(["fax", "fax", "fax"]);
    expect(["Email", "电子邮件", "電子郵件"].map(sent)).toEqual(["email", "email", "email"]);
    expect(["Letter", "信函", "Thư"].map(sent)).toEqual(["post", "post", "post"]);
    expect(["Customer visit", "客户拜访", "客戶拜訪", "Gặp gỡ riêng khách hàng"].map(sent)).toEqual([
      "visit",
      "visit",
      "visit",
      "visit",
    ]);
    expect(["In person", "来人反映", "Trao đổi trực tiếp"].map(sent)).toEqual(["byHand", "byHand", "byHand"]);
    expect(tableSpec("surveyDispatch").columns.find((column) => column.key === "channel")?.choices).toBe(
      "dispatchMethod",
    );
  });
});

describe("former wordings", () => {
  it.each(ALL_TABLES.map((table) => [table.name, table] as const))(
    "of %s never name another of its columns",
    (_name, table) => {
      const columns = columnsOf(table.key);
      for (const language of LANGUAGES) {
        for (const column of columns) {
          for (const former of formerHeadersOf(column, language)) {
            const clash = columns.find((other) => other !== column && sameExcelName(other.header[language], former));
            expect({ column: column.key, former, clash: clash?.key }).toEqual({
              column: column.key,
              former,
              clash: undefined,
            });
          }
        }
      }
    },
  );

  it.each(ALL_CHOICE_LISTS.map((list) => [list.key, list] as const))(
    "of the %s list read as one choice only, and never as another choice's label",
    (_key, list) => {
      const labels = new Map(
        list.choices.flatMap((choice) =>
          Object.values(choice.label).map((label) => [choiceMatchKey(label), choice.key]),
        ),
      );
      for (const choice of list.choices) {
        for (const former of choice.formerLabels ?? []) {
          expect({ former, owner: labels.get(choiceMatchKey(former)) ?? choice.key }).toEqual({
            former,
            owner: choice.key,
          });
          expect(choiceKeyForLabel(list.key, former)).toBe(choice.key);
        }
      }
    },
  );
});
