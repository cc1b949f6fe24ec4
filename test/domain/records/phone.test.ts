import { normalisePhone } from "../../../src/domain/records";

describe("phone numbers", () => {
  it.each([
    // China mobile: 11 digits, with or without the country code
    ["13800138000", "13800138000"],
    ["138 0013 8000", "13800138000"],
    ["138-0013-8000", "13800138000"],
    ["１３８００１３８０００", "13800138000"],
    ["+86 138 0013 8000", "+8613800138000"],
    ["+86 (0)138 0013 8000", "+8613800138000"],
    ["0086 13800138000", "+8613800138000"],
    ["8613800138000", "+8613800138000"],
    // China landline: 0, area code, 7–8 digits
    ["010-12345678", "01012345678"],
    ["(0755) 1234-5678", "075512345678"],
    ["0371 1234567", "03711234567"],
    ["+86 755 1234 5678", "+8675512345678"],
    ["+86 (0)10 1234 5678", "+861012345678"],
    // Vietnam: mobile 10 digits, landline 11, or +84 without the 0
    ["0912 345 678", "0912345678"],
    ["090.123.4567", "0901234567"],
    ["024 3812 3456", "02438123456"],
    ["+84 912 345 678", "+84912345678"],
    ["+84 (0) 912 345 678", "+84912345678"],
    ["0084 24 3812 3456", "+842438123456"],
    // other countries: + and 8–15 digits
    ["+1 (202) 555-0123", "+12025550123"],
    ["+44 20 7946 0958", "+442079460958"],
    ["+49 30 1234 5678", "+493012345678"],
  ])("reads %p as %p", (typed, canonical) => {
    expect(normalisePhone(typed)).toBe(canonical);
  });

  it.each([
    ["1380013800", "a China mobile one digit short"],
    ["138001380001", "a China mobile one digit long"],
    ["12800138000", "a mobile prefix China does not use"],
    ["+86 128 0013 8000", "the same after +86"],
    ["010-123456", "a landline number too short"],
    ["0612345678", "a Vietnam mobile prefix that does not exist"],
    ["+84 612 345 678", "the same after +84"],
    ["+1 555 012", "too few digits for any country"],
    ["+1234567890123456", "more digits than E.164 allows"],
    ["+0 123 456 789", "a country code starting with 0"],
    ["138 0013 8000 ext 12", "an extension"],
    ["13800138000 / 13900139000", "two numbers"],
    ["call after 5", "words"],
    ["+", "a plus sign alone"],
  ])("rejects %p (%s)", (typed) => {
    expect(normalisePhone(typed)).toBeUndefined();
  });

  it("keeps its canonical form as it is", () => {
    for (const canonical of ["13800138000", "+8613800138000", "02438123456", "+84912345678", "+12025550123"]) {
      expect(normalisePhone(canonical)).toBe(canonical);
    }
  });
});
