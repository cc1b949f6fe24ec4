import { assertSameShape, cellsOf } from "../../src/domain/cell-range";

describe("range arguments", () => {
  it("reads a range row by row, and a single cell as a one-cell range", () => {
    expect(
      cellsOf([
        [1, 2],
        [3, null],
      ]),
    ).toEqual([1, 2, 3, null]);
    expect(cellsOf(7)).toEqual([7]);
  });

  it("accepts ranges of the same shape and rejects others as #VALUE!", () => {
    expect(() => assertSameShape([[1, 2]], [[3, 4]], "weights")).not.toThrow();
    expect(() => assertSameShape([[1, 2]], [[3], [4]], "weights")).toThrow(/1×2 and 2×1/);
  });
});
