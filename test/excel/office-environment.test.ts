import { themeKindOf } from "../../src/excel/office-environment";

describe("following the Office theme", () => {
  it.each([
    ["#FFFFFF", "light"],
    ["#E6E6E6", "light"],
    ["#262626", "dark"],
    ["#000000", "dark"],
    ["0A0A0A", "dark"],
    [undefined, "light"],
    ["not a colour", "light"],
  ])("reads an Office body background of %p as %p", (background, theme) => {
    expect(themeKindOf(background)).toBe(theme);
  });
});
