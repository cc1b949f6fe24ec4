import fc from "fast-check";
import { formatRecordId, nextRecordId, parseRecordId, recordYear } from "../../../src/domain/records";
import { serialOf } from "../../../src/domain/excel-date";

describe("formatting a record id", () => {
  it.each([
    ["CC", 2026, 42, "CC-2026-0042"],
    ["CC", 2026, 1, "CC-2026-0001"],
    ["FB", 2027, 9999, "FB-2027-9999"],
    ["CC", 2026, 10000, "CC-2026-10000"],
    ["cc", 2026, 7, "CC-2026-0007"],
  ])("formats %p, %p, %p as %p", (prefix, year, serial, id) => {
    expect(formatRecordId(prefix, year, serial)).toBe(id);
  });

  it.each([
    ["C-C", 2026, 1],
    ["", 2026, 1],
    ["CC", 1899, 1],
    ["CC", 10000, 1],
    ["CC", 2026, 0],
    ["CC", 2026, 1.5],
  ])("refuses %p, %p, %p", (prefix, year, serial) => {
    expect(() => formatRecordId(prefix, year, serial)).toThrow(RangeError);
  });
});

describe("parsing a record id", () => {
  it("reads the parts back, trimmed and with the prefix upper-cased", () => {
    expect(parseRecordId("  cc-2026-0042 ")).toEqual({ prefix: "CC", year: 2026, serial: 42 });
    expect(parseRecordId("SR-2026-123456")).toEqual({ prefix: "SR", year: 2026, serial: 123456 });
  });

  it.each([
    ["CC-2026-042"],
    ["CC-26-0042"],
    ["CC 2026 0042"],
    ["CC-2026-0000"],
    ["CC-2026-0042x"],
    [""],
    [null],
    [42],
    [undefined],
  ])("finds no id in %p", (text) => {
    expect(parseRecordId(text)).toBeUndefined();
  });

  it("round-trips every id it formats", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z]{1,8}$/),
        fc.integer({ min: 1900, max: 9999 }),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (prefix, year, serial) => {
          expect(parseRecordId(formatRecordId(prefix, year, serial))).toEqual({ prefix, year, serial });
        },
      ),
    );
  });
});

describe("the next record id", () => {
  it("starts a prefix and year at 0001", () => {
    expect(nextRecordId("CC", 2026, [])).toBe("CC-2026-0001");
  });

  it("follows the highest serial of the same prefix and year, not the count of rows", () => {
    expect(nextRecordId("CC", 2026, ["CC-2026-0001", "CC-2026-0007", "CC-2026-0003"])).toBe("CC-2026-0008");
  });

  it("ignores other years, other prefixes, blanks and junk, and reads ids as people retype them", () => {
    const column = ["CC-2025-0099", "FB-2026-0050", "", null, 42, "see CC-2026-0100", " cc-2026-0012 ", "CC-2026-0011"];
    expect(nextRecordId("cc", 2026, column)).toBe("CC-2026-0013");
  });

  it("grows past four digits", () => {
    expect(nextRecordId("CC", 2026, ["CC-2026-9999"])).toBe("CC-2026-10000");
  });

  it("is never one of the existing ids, and follows them all", () => {
    const existing = fc.array(
      fc.oneof(
        fc.integer({ min: 1, max: 20000 }).map((serial) => formatRecordId("CC", 2026, serial)),
        fc.integer({ min: 1, max: 20000 }).map((serial) => formatRecordId("CC", 2025, serial)),
        fc.string(),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(existing, (ids) => {
        const next = nextRecordId("CC", 2026, ids);
        const serial = parseRecordId(next)?.serial ?? 0;
        expect(ids).not.toContain(next);
        for (const id of ids.map(parseRecordId)) {
          if (id?.prefix === "CC" && id.year === 2026) expect(id.serial).toBeLessThan(serial);
        }
      }),
    );
  });
});

describe("the year of a record", () => {
  it("is the year of a date serial", () => {
    expect(recordYear(serialOf(2026, 12, 31) + 0.99)).toBe(2026);
    expect(recordYear(serialOf(2027, 1, 1))).toBe(2027);
  });

  it("is the local year of a Date", () => {
    expect(recordYear(new Date(2026, 11, 31, 23, 59))).toBe(2026);
  });
});
