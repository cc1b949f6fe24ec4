import {
  ISSUED_IDS_MAX_TEXT,
  issuedIdsText,
  parseIssuedIds,
  withIssuedId,
} from "../../../src/domain/records/issued-ids";
import { nextRecordId } from "../../../src/domain/records";

describe("ids taken back by an undone save", () => {
  it("are read from their text, anything that is not an id dropped", () => {
    expect(parseIssuedIds(" CC-2026-0007  cc-2025-0100 junk 42 ")).toEqual(["CC-2026-0007", "cc-2025-0100"]);
    expect(parseIssuedIds(undefined)).toEqual([]);
  });

  it("keep the highest of each prefix and year, the newest year first", () => {
    let ids = withIssuedId([], "CC-2026-0007");
    ids = withIssuedId(ids, "CC-2026-0003");
    ids = withIssuedId(ids, "cc-2025-0100");
    ids = withIssuedId(ids, "CC-2026-0009");
    expect(ids).toEqual(["CC-2026-0009", "CC-2025-0100"]);
    expect(issuedIdsText(ids)).toBe("CC-2026-0009 CC-2025-0100");
  });

  it("make nextRecordId skip them", () => {
    const table = ["CC-2026-0001", "CC-2026-0002"];
    expect(nextRecordId("CC", 2026, [...table, ...withIssuedId([], "CC-2026-0003")])).toBe("CC-2026-0004");
  });

  it("fit in Excel's 255 characters, dropping the oldest years first", () => {
    let ids: string[] = [];
    for (let year = 1950; year <= 2026; year++) ids = withIssuedId(ids, `CC-${year}-0001`);
    expect(issuedIdsText(ids).length).toBeLessThanOrEqual(ISSUED_IDS_MAX_TEXT);
    expect(ids[0]).toBe("CC-2026-0001");
    expect(ids).not.toContain("CC-1950-0001");
  });

  it("refuse text that is not an id", () => {
    expect(() => withIssuedId([], "not an id")).toThrow(RangeError);
  });
});
