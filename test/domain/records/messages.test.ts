import { en } from "../../../src/domain/i18n/catalogues/en";
import { LANGUAGES } from "../../../src/domain/i18n/language";
import { CATALOGUES } from "../../../src/domain/i18n/all-catalogues";
import { placeholdersOf } from "../../../src/domain/i18n/translate";
import { fieldErrorMessage } from "../../../src/domain/records";
import { validateComplaint } from "./fixtures";

function firstError(result: ReturnType<typeof validateComplaint>) {
  if (result.ok) throw new Error("Expected an error");
  return result.errors[0];
}

describe("validation messages", () => {
  it("name the field by its header in the UI language, whatever the workbook's language", () => {
    const error = firstError(validateComplaint({ product: "" }, { language: "vi" }));
    expect(fieldErrorMessage(error, "en")).toBe("Product / part no. is required.");
    expect(fieldErrorMessage(error, "zh-CN")).toBe("产品/料号为必填项。");
    expect(fieldErrorMessage(error, "zh-TW")).toBe("產品/料號為必填項。");
    expect(fieldErrorMessage(error, "vi")).toBe("Cần nhập Sản phẩm / mã hàng.");
  });

  it("give the allowed range", () => {
    const error = firstError(validateComplaint({ defectRate: "120" }));
    expect(fieldErrorMessage(error, "en")).toBe("Defect rate must be between 0% and 100%.");
  });

  it("quote what was typed", () => {
    const error = firstError(validateComplaint({ channel: "Pigeon" }));
    expect(fieldErrorMessage(error, "zh-TW")).toBe("反映管道：「Pigeon」不是可選項之一。");
  });

  it("name the other field and the choice a rule is about in the UI language", () => {
    expect(
      fieldErrorMessage(firstError(validateComplaint({ status: "Closed", closedAt: "2026-01-01" })), "zh-CN"),
    ).toBe("结案日期不能早于受理时间。");
    expect(fieldErrorMessage(firstError(validateComplaint({ status: "Closed" })), "vi")).toBe(
      "Khi tình trạng là “Đã đóng”, cần nhập Ngày đóng.",
    );
  });

  it("leave no placeholder unfilled", () => {
    const errors = [
      validateComplaint({ product: "x".repeat(300) }),
      validateComplaint({ defectQuantity: -1 }),
      validateComplaint({ purchaseDate: "1800-01-01" }),
      validateComplaint({ severity: "Major", status: "Closed", closedAt: "2026-12-01", approval: "Pending" }),
    ].map(firstError);
    for (const error of errors) {
      for (const language of LANGUAGES) expect(fieldErrorMessage(error, language)).not.toMatch(/\{\w+\}/);
    }
  });
});

describe("schema checker messages", () => {
  const expected: Record<string, string[]> = {
    "schema.missingSheet": ["sheet"],
    "schema.missingTable": ["table"],
    "schema.convertedToRange": ["sheet", "table"],
    "schema.missingColumn": ["column", "table"],
    "schema.renamedColumn": ["column", "found", "table"],
    "schema.movedColumn": ["column", "table"],
    "schema.protectedSheet": ["sheet"],
    "schema.filteredTable": ["table"],
    "schema.sortedTable": ["table"],
    "schema.duplicateId": ["id", "table"],
  };

  it.each(Object.entries(expected))("%s has the placeholders %p and a fix using only those", (key, placeholders) => {
    const catalogue: Readonly<Record<string, string>> = en;
    expect(placeholdersOf(catalogue[key])).toEqual(placeholders);
    for (const name of placeholdersOf(catalogue[`${key}.fix`])) expect(placeholders).toContain(name);
  });

  it("exist in every language", () => {
    for (const language of LANGUAGES) {
      const catalogue: Readonly<Record<string, string>> = CATALOGUES[language];
      for (const key of Object.keys(expected)) {
        expect(catalogue[key]).toBeTruthy();
        expect(catalogue[`${key}.fix`]).toBeTruthy();
      }
    }
  });
});
