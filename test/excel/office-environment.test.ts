import { customFunctionsSupport, themeKindOf } from "../../src/excel/office-environment";
import { fakeOffice, removeOffice } from "../support/fake-office";

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

describe("whether Excel can run the VOC custom functions", () => {
  afterEach(removeOffice);

  it("says they run where Excel supports CustomFunctionsRuntime 1.3 or later", () => {
    fakeOffice("Excel", { CustomFunctionsRuntime: "1.3" });
    expect(customFunctionsSupport()).toBe("supported");
    fakeOffice("Excel", { CustomFunctionsRuntime: "1.10" });
    expect(customFunctionsSupport()).toBe("supported");
  });

  it("says they do not run below 1.3, or where Excel has no custom functions runtime at all", () => {
    fakeOffice("Excel", { CustomFunctionsRuntime: "1.2" });
    expect(customFunctionsSupport()).toBe("unsupported");
    fakeOffice("Excel", { ExcelApi: "1.9", SharedRuntime: "1.1" });
    expect(customFunctionsSupport()).toBe("unsupported");
  });

  it("knows nothing outside Excel: without Office.js, or with Office.js in a plain page", () => {
    expect(customFunctionsSupport()).toBe("unknown");
    fakeOffice("", { CustomFunctionsRuntime: "1.3" });
    expect(customFunctionsSupport()).toBe("unknown");
  });
});
