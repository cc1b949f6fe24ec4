import { normaliseEmail } from "../../../src/domain/records";

describe("email addresses", () => {
  it.each([
    ["li.wei@example.com", "li.wei@example.com"],
    ["Li.Wei@Example.COM", "Li.Wei@example.com"],
    ["  quality+voc@mail.example.co.uk ", "quality+voc@mail.example.co.uk"],
    ["nguyen_van.a@công-ty.vn", "nguyen_van.a@công-ty.vn"],
    ["客服@例子.中国", "客服@例子.中国"],
    ["li＠example.com", "li@example.com"],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ["a@b.xn--fiqs8s", "a@b.xn--fiqs8s"],
  ])("accepts %p as %p", (typed, address) => {
    expect(normaliseEmail(typed)).toBe(address);
  });

  it.each([
    ["li.wei", "no @"],
    ["li@wei@example.com", "two @"],
    ["li wei@example.com", "a space"],
    ["@example.com", "no local part"],
    ["li@", "no domain"],
    ["li@example", "a domain without a dot"],
    ["li@example.c", "a one-letter top-level domain"],
    ["li@example.123", "a numeric top-level domain"],
    ["li@-example.com", "a label starting with a hyphen"],
    ["li@example..com", "an empty label"],
    [".li@example.com", "a local part starting with a dot"],
    ["li..wei@example.com", "two dots in a row"],
    ["<li@example.com>", "angle brackets"],
    [`${"x".repeat(65)}@example.com`, "a local part over 64 characters"],
  ])("rejects %p (%s)", (typed) => {
    expect(normaliseEmail(typed)).toBeUndefined();
  });
});
