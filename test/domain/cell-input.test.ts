import { cellInput, formulaInput, textCellInput } from "../../src/domain/cell-input";

describe("what the add-in writes into a cell", () => {
  it.each(["=SUM(A1:A9)", "+84 912 345 678", "-5", "@mention", "'quoted"])(
    "quotes %s so that Excel keeps it as the text it is",
    (text) => {
      expect(cellInput(text)).toBe(`'${text}`);
    },
  );

  it("writes ordinary text, numbers and flags as they are, and a blank as an empty cell", () => {
    expect(cellInput("Giao hàng trễ 😞")).toBe("Giao hàng trễ 😞");
    expect(cellInput(46000.5)).toBe(46000.5);
    expect(cellInput(false)).toBe(false);
    expect(cellInput(null)).toBe("");
  });

  it("writes formula-like text into a text-formatted cell without an apostrophe, which that cell would not need", () => {
    for (const text of ["=SUM(A1:A9)", "+84 912 345 678", "-5", "@mention"]) expect(textCellInput(text)).toBe(text);
    expect(textCellInput("'quoted")).toBe("''quoted");
    expect(textCellInput(12)).toBe(12);
    expect(textCellInput(null)).toBe("");
  });

  it("accepts only formulas as formulas", () => {
    expect(formulaInput("=1+1")).toBe("=1+1");
    expect(() => formulaInput("1+1")).toThrow();
  });
});
