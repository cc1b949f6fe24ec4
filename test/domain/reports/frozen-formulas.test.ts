import {
  type FrozenCell,
  cellAddress,
  cellPosition,
  decodeFrozenRows,
  encodeFrozenCell,
  frozenAtFormula,
  frozenValueInput,
  isAddinFormula,
  isExcelError,
  isFormulaCell,
  sameFrozenValue,
} from "../../../src/domain/reports/frozen-formulas";

describe("a formula that needs the add-in", () => {
  it.each([
    "=VOC.SCORE(B2:E2)",
    "=ROUND(voc.score(B2:E2),1)",
    '=IFERROR(Voc.Grade(F2), "")',
    "=VOC.TOTAL( F2:H2 , F$1:H$1 )",
    "=VOC.SCORE (B2:E2)",
    "=@VOC.POINTS(B2)",
    "=SUM(Returns[Total])+VOC.NPS(Returns[Score])",
    "=VOC.GRADE(VOC.TOTAL(F2:H2,F$1:H$1))",
    "=_xldudf_VOC.SCORE(B2:E2)",
    "=_xldudf_VOC_SCORE(B2:E2)",
    '=IF(A1="x",VOC.PERIOD(B1),"")',
    '="Total: "&VOC.TOTAL(F2:H2,F$1:H$1)',
  ])("%s calls a VOC.* function", (formula) => {
    expect(isAddinFormula(formula)).toBe(true);
  });

  it.each([
    ["a native formula", "=SUMPRODUCT(B2:E2,B$1:E$1)/SUM(B$1:E$1)"],
    ["text in a string literal", '="Use VOC.SCORE(B2:E2) here"'],
    ["a string literal with doubled quotes", '="say ""VOC.SCORE("" please"&A1'],
    ["a quoted sheet name", "='VOC.Data(2025)'!A1+1"],
    ["a structured reference", "=SUM(Returns[VOC.SCORE(old)])"],
    ["a longer function name", "=MYVOC.SCORE(B2)+COM.VOC.SCORE(B3)"],
    ["a defined name with a dot", "=VOC.Threshold*2"],
    ["a LAMBDA named like the function", "=VOC_SCORE(B2:E2)"],
    ["plain text", "VOC.SCORE(B2:E2)"],
  ])("%s does not", (_, formula) => {
    expect(isAddinFormula(formula)).toBe(false);
  });
});

describe("a cell that holds a formula", () => {
  it("has a formula that differs from its value", () => {
    expect(isFormulaCell("=VOC.SCORE(B2:E2)", 85)).toBe(true);
    expect(isFormulaCell("=VOC.GRADE(F2)", "")).toBe(true);
  });

  it("is not text that starts with = (it reads the same in both grids), nor a value", () => {
    expect(isFormulaCell("=VOC.SCORE(B2:E2)", "=VOC.SCORE(B2:E2)")).toBe(false);
    expect(isFormulaCell(85, 85)).toBe(false);
    expect(isFormulaCell("=", "=")).toBe(false);
    expect(isFormulaCell("", "")).toBe(false);
  });
});

describe("a result that is not frozen", () => {
  it("is an Excel error, such as a function still computing or missing", () => {
    ["#NAME?", "#BUSY!", "#VALUE!", "#DIV/0!", "#N/A", "#num!"].forEach((value) =>
      expect(isExcelError(value)).toBe(true),
    );
    ["#1", "A", "", 0, "#NAME"].forEach((value) => expect(isExcelError(value)).toBe(false));
  });
});

describe("a frozen value as written", () => {
  it("keeps every text as text, even text Excel would read as a number, date or formula", () => {
    expect(frozenValueInput("2026")).toBe("'2026");
    expect(frozenValueInput("2026-07")).toBe("'2026-07");
    expect(frozenValueInput("=A")).toBe("'=A");
    expect(frozenValueInput("A")).toBe("'A");
  });

  it("writes numbers, booleans and blank as they are", () => {
    expect(frozenValueInput(83.1)).toBe(83.1);
    expect(frozenValueInput(false)).toBe(false);
    expect(frozenValueInput("")).toBe("");
  });

  it("is recognised when read back unchanged", () => {
    expect(sameFrozenValue(83.1, 83.1)).toBe(true);
    expect(sameFrozenValue(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameFrozenValue("A", "A")).toBe(true);
    expect(sameFrozenValue(null, "")).toBe(true);
    expect(sameFrozenValue(83, 83.1)).toBe(false);
    expect(sameFrozenValue(2026, "2026")).toBe(false);
    expect(sameFrozenValue("B", "A")).toBe(false);
  });
});

describe("cell addresses", () => {
  it("go from positions to A1 and back", () => {
    expect(cellAddress(11, 5)).toBe("F12");
    expect(cellAddress(0, 26)).toBe("AA1");
    expect(cellPosition("F12")).toEqual({ row: 11, column: 5 });
    expect(cellPosition("$aa$1")).toEqual({ row: 0, column: 26 });
    expect(cellPosition("XFD1048576")).toEqual({ row: 1048575, column: 16383 });
  });

  it("are one cell on the sheet", () => {
    ["F0", "A1:B2", "Sheet1!A1", "XFE1", "A1048577", ""].forEach((address) =>
      expect(cellPosition(address)).toBeUndefined(),
    );
  });
});

describe("the store's rows", () => {
  const score: FrozenCell = { sheet: "2026", address: "F2", formula: "=VOC.SCORE(B2:E2)", value: 85 };
  const period: FrozenCell = { sheet: "Khách hàng", address: "C7", formula: "=VOC.PERIOD(A7)", value: "2026" };

  /** What Excel keeps of a written row: the apostrophe marks text and is not part of the value. */
  const asRead = (row: readonly unknown[]) =>
    row.map((value) => (typeof value === "string" ? value.replace(/^'/, "") : value));

  it("keep sheet names, formulas and text values as text", () => {
    expect(encodeFrozenCell(score)).toEqual(["'2026", "F2", "'=VOC.SCORE(B2:E2)", 85]);
    expect(encodeFrozenCell(period)).toEqual(["'Khách hàng", "C7", "'=VOC.PERIOD(A7)", "'2026"]);
  });

  it("read back as the frozen cells with their place in the store", () => {
    const rows = [score, period].map((cell) => asRead(encodeFrozenCell(cell)));
    expect(decodeFrozenRows(rows)).toEqual([
      { row: 0, cell: score },
      { row: 1, cell: period },
    ]);
  });

  it("skip blank and damaged rows, and keep the later row of a cell stored twice", () => {
    const again = { ...score, value: 90 };
    const rows = [
      asRead(encodeFrozenCell(score)),
      [],
      ["", "", "", ""],
      ["Sheet1", "not an address", "=VOC.SCORE(B2)", 1],
      ["Sheet1", "B3", "no formula", 1],
      asRead(encodeFrozenCell(again)),
      [2026, "g4", "=VOC.GRADE(F4)", "A"],
    ];
    expect(decodeFrozenRows(rows)).toEqual([
      { row: 5, cell: again },
      { row: 6, cell: { sheet: "2026", address: "G4", formula: "=VOC.GRADE(F4)", value: "A" } },
    ]);
  });
});

describe("the name that says a freeze is in place", () => {
  it("is a text constant a person can read", () => {
    const at = new Date(Date.UTC(2026, 10, 20, 9, 15));
    expect(frozenAtFormula(42, at)).toBe('="VOC Ledger froze 42 formulas at 2026-11-20T09:15:00.000Z"');
    expect(frozenAtFormula(1, at)).toContain("froze 1 formula at");
  });
});
