import { excelErrorOf } from "../support/custom-functions-runtime";
import { grade } from "../../src/functions/functions";

describe("=VOC.GRADE(score, [bands])", () => {
  it("grades 80 as A and 79.99 as B with the default bands", () => {
    expect(grade(80)).toBe("A");
    expect(grade(79.99)).toBe("B");
  });

  it("gives a blank grade for a blank cell, however Excel passes it", () => {
    expect(grade(null)).toBe("");
    expect(grade("")).toBe("");
  });

  it("reads the organisation's bands from a two-column range", () => {
    const bands = [
      [0, "Không đạt"],
      [85, "Tốt"],
      [null, null],
    ];
    expect(grade(85, bands)).toBe("Tốt");
    expect(grade("84.5", bands)).toBe("Không đạt");
  });

  it("returns #VALUE! for text that is not a score", () => {
    expect(excelErrorOf(() => grade("excellent"))).toBe("#VALUE!");
  });

  it("returns #NUM! for a score outside 0–100", () => {
    expect(excelErrorOf(() => grade(101))).toBe("#NUM!");
  });

  it("returns #VALUE! for bands that are not two columns", () => {
    expect(excelErrorOf(() => grade(50, [[50]]))).toBe("#VALUE!");
  });
});
