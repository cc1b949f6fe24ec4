/** The preview grid shows a cell as Excel would: its value in its number format, a formula's text until computed. */
import { shownText } from "../../src/preview/shown-text";

describe("a cell in the preview grid", () => {
  it("shows dates, date-times and percentages in their formats", () => {
    expect(shownText({ value: 46346 }, "yyyy-mm-dd")).toBe("2026-11-20");
    expect(shownText({ value: 46346.5 }, "yyyy-mm-dd hh:mm")).toBe("2026-11-20 12:00");
    expect(shownText({ value: 0.995 }, "0.0%")).toBe("99.5%");
    expect(shownText({ value: 1234.5 }, "#,##0.00")).toBe("1,234.50");
    expect(shownText({ value: 12.5 }, "General")).toBe("12.5");
  });

  it("shows text as typed, '=' and all, and booleans as Excel does", () => {
    expect(shownText({ value: "=HYPERLINK(1)" }, "@")).toBe("=HYPERLINK(1)");
    expect(shownText({ value: true }, "General")).toBe("TRUE");
  });

  it("shows a formula's text while the host has not computed it, else its value", () => {
    expect(shownText({ value: "", formula: "=A1*2" }, "0%")).toBe("=A1*2");
    expect(shownText({ value: 0.8, formula: "=A1*2" }, "0%")).toBe("80%");
  });
});
