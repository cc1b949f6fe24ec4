import { MAX_EXCEL_SERIAL, serialOf } from "../../../src/domain/excel-date";
import { EXCEL_CELL_LIMIT, validateRecord } from "../../../src/domain/records";
import {
  DEFAULT_INSTRUMENT,
  DEFAULT_MODULES,
  SchemaError,
  TABLES,
  choiceLabel,
  surveyReturnColumns,
} from "../../../src/domain/schema";
import { EN, at, columnOf, errorsOf, rowOf, tableOf, validateComplaint } from "./fixtures";

describe("validating a new record", () => {
  it("returns the normalised cells of every column a form writes, by column key", () => {
    const row = rowOf(validateComplaint({ defectQuantity: "12", defectRate: "3%" }));
    expect(row).toMatchObject({
      receivedAt: at(2026, 11, 21, 14, 30),
      channel: "Phone",
      customer: "Hà Nội Motors",
      product: "Pump P-200",
      defectQuantity: 12,
      defectRate: 0.03,
      severity: "General",
      status: "Open",
      batchNo: null,
      closedAt: null,
    });
  });

  it("never takes the id or a calculated column from the form", () => {
    const row = rowOf(validateComplaint({ id: "CC-2026-0001", replyDue: 46000, overdue: true }));
    expect(row).not.toHaveProperty("id");
    expect(row).not.toHaveProperty("replyDue");
    expect(row).not.toHaveProperty("overdue");
    const calculated = TABLES.complaints.columns.filter((column) => column.calculated).map((column) => column.key);
    expect(Object.keys(row).filter((key) => calculated.includes(key))).toEqual([]);
  });

  it("refuses a form field that is none of the table's columns, rather than lose what was typed in it", () => {
    expect(() => validateComplaint({ prodcut: "typo" })).toThrow(SchemaError);
  });

  it("reports every missing required field, in column order", () => {
    const result = validateRecord(TABLES.complaints, {}, EN);
    expect(errorsOf(result)).toEqual([
      ["receivedAt", "validation.required"],
      ["channel", "validation.required"],
      ["customer", "validation.required"],
      ["product", "validation.required"],
      ["severity", "validation.required"],
      ["description", "validation.required"],
      ["status", "validation.required"],
    ]);
  });

  it("treats white space as blank", () => {
    expect(errorsOf(validateComplaint({ product: " \t\n　" }))).toEqual([["product", "validation.required"]]);
    expect(rowOf(validateComplaint({ batchNo: "   " })).batchNo).toBeNull();
  });

  it("puts an error of a field before the errors of later fields, whatever found it", () => {
    const result = validateComplaint({ closedAt: "2026-11-20", status: "Closed", defectQuantity: "x" });
    expect(errorsOf(result)).toEqual([
      ["defectQuantity", "validation.notANumber"],
      ["closedAt", "validation.beforeOther"],
    ]);
  });
});

describe("text", () => {
  it("collapses pasted tabs, line breaks and runs of spaces in one-line text", () => {
    const row = rowOf(validateComplaint({ product: "  Pump\tP-200\r\n  rev   B " }));
    expect(row.product).toBe("Pump P-200 rev B");
  });

  it("keeps the line breaks of long text, as Excel's line feeds, and trims its ends", () => {
    const row = rowOf(validateComplaint({ description: "\n  Leaks.\r\nTwice.\rThen stops.  \n" }));
    expect(row.description).toBe("Leaks.\nTwice.\nThen stops.");
  });

  it("keeps emoji, Chinese and Vietnamese as typed, composed (NFC)", () => {
    const decomposed = "Khách hàng rất hài lòng 😀 很满意".normalize("NFD");
    const row = rowOf(validateComplaint({ description: decomposed }));
    expect(row.description).toBe("Khách hàng rất hài lòng 😀 很满意".normalize("NFC"));
  });

  it.each(["=SUM(A1:A9)", "+86 wants a call", "-5 units short", "@sales please check", '=HYPERLINK("x")'])(
    "keeps %p exactly as typed: the Excel layer writes it as text, never as a formula",
    (typed) => {
      expect(rowOf(validateComplaint({ product: typed, description: typed })).product).toBe(typed);
      expect(rowOf(validateComplaint({ description: typed })).description).toBe(typed);
    },
  );

  it("drops control characters Excel cannot hold", () => {
    expect(rowOf(validateComplaint({ product: "Pump\u0000 P\u0007-200" })).product).toBe("Pump P-200");
  });

  it("writes a number typed into a text field as its digits", () => {
    expect(rowOf(validateComplaint({ batchNo: 240518 })).batchNo).toBe("240518");
  });

  it("rejects a checkbox value in a text field", () => {
    expect(errorsOf(validateComplaint({ batchNo: true }))).toEqual([["batchNo", "validation.notText"]]);
  });

  it("rejects text longer than the column's maximum, counting UTF-16 code units as Excel does", () => {
    const name = "😀".repeat(128); // 256 code units: one over the 255 of a text column
    const result = validateComplaint({ product: name });
    expect(result).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({
          field: "product",
          code: "validation.tooLong",
          values: { maxLength: 255, length: 256 },
        }),
      ],
    });
    expect(rowOf(validateComplaint({ product: "😀".repeat(127) })).product).toHaveLength(254);
  });

  it("never accepts more than a cell holds, even where the column sets no maximum", () => {
    const table = tableOf(columnOf("note", "longText"));
    expect(rowOf(validateRecord(table, { note: "x".repeat(EXCEL_CELL_LIMIT) }, EN)).note).toHaveLength(
      EXCEL_CELL_LIMIT,
    );
    expect(errorsOf(validateRecord(table, { note: "x".repeat(EXCEL_CELL_LIMIT + 1) }, EN))).toEqual([
      ["note", "validation.tooLong"],
    ]);
  });
});

describe("numbers", () => {
  it.each([
    ["12", 12],
    [12, 12],
    ["+7", 7],
    ["３", 3],
    [" 40 ", 40],
    ["5.0", 5],
  ])("reads the integer %p as %p", (typed, expected) => {
    expect(rowOf(validateComplaint({ defectQuantity: typed })).defectQuantity).toBe(expected);
  });

  it.each([
    ["1.5", "validation.notAWholeNumber"],
    ["1,234", "validation.notANumber"],
    ["1e3", "validation.notANumber"],
    ["twelve", "validation.notANumber"],
    [Number.NaN, "validation.notANumber"],
    [false, "validation.notANumber"],
    ["-1", "validation.belowMin"],
  ])("rejects the defect quantity %p", (typed, code) => {
    expect(errorsOf(validateComplaint({ defectQuantity: typed }))).toEqual([["defectQuantity", code]]);
  });

  it("names the lower limit when a quantity is negative", () => {
    const result = validateComplaint({ defectQuantity: -3 });
    expect(!result.ok && result.errors[0].values).toEqual({ min: "0" });
  });

  it("names the whole allowed range when a column has both limits", () => {
    const table = TABLES.ratingLevels;
    const result = validateRecord(table, { word: "Great", points: "120" }, EN);
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({ field: "points", code: "validation.outOfRange", values: { min: "0", max: "100" } }),
    ]);
  });

  it("accepts a decimal number", () => {
    expect(rowOf(validateRecord(TABLES.modules, { module: "Service", weight: "0.35" }, EN)).weight).toBe(0.35);
  });
});

describe("percentages", () => {
  it.each([
    ["3", 0.03],
    ["3%", 0.03],
    [" 3.3 % ", 0.033],
    ["0.5", 0.005],
    ["100%", 1],
    ["０", 0],
    [0.03, 0.03],
  ])("reads %p as the fraction %p: text is percentage points, a form's number is the fraction", (typed, fraction) => {
    expect(rowOf(validateComplaint({ defectRate: typed })).defectRate).toBe(fraction);
  });

  it("shows the allowed range as percentages", () => {
    const result = validateComplaint({ defectRate: "150%" });
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({
        field: "defectRate",
        code: "validation.outOfRange",
        values: { min: "0%", max: "100%" },
      }),
    ]);
  });

  it.each(["3 percent", "%3", "3%%", "abc"])("rejects %p", (typed) => {
    expect(errorsOf(validateComplaint({ defectRate: typed }))).toEqual([["defectRate", "validation.notAPercent"]]);
  });
});

describe("dates and times", () => {
  it.each([
    ["2026-11-21T14:30", at(2026, 11, 21, 14, 30)],
    ["2026-11-21 14:30", at(2026, 11, 21, 14, 30)],
    ["2026-11-21 08:05:30", at(2026, 11, 21, 8, 5) + 30 / 86400],
    ["2026-11-21", at(2026, 11, 21)],
    ["2026/1/5 9:00", at(2026, 1, 5, 9)],
    [46347.25, 46347.25],
  ])("reads the date-time %p as the serial %p", (typed, serial) => {
    expect(rowOf(validateComplaint({ receivedAt: typed })).receivedAt).toBeCloseTo(serial, 10);
  });

  it("counts serials as Excel does (2026-01-01 is 46023)", () => {
    expect(rowOf(validateComplaint({ receivedAt: "2026-01-01" })).receivedAt).toBe(46023);
  });

  it("drops the time of day in a date column", () => {
    expect(rowOf(validateComplaint({ purchaseDate: "2026-11-20T18:45" })).purchaseDate).toBe(serialOf(2026, 11, 20));
    expect(rowOf(validateComplaint({ purchaseDate: 46345.75 })).purchaseDate).toBe(46345);
  });

  it.each([
    "2026-02-30",
    "2026-13-01",
    "2026-00-10",
    "2026-11-21 24:00",
    "2026-11-21 12:60",
    "21/11/2026",
    "tomorrow",
    "46347",
  ])("rejects %p, which is no date", (typed) => {
    expect(errorsOf(validateComplaint({ receivedAt: typed }))).toEqual([["receivedAt", "validation.notADateTime"]]);
  });

  it("accepts 29 February of a leap year only", () => {
    expect(rowOf(validateComplaint({ purchaseDate: "2024-02-29" })).purchaseDate).toBe(serialOf(2024, 2, 29));
    expect(errorsOf(validateComplaint({ purchaseDate: "2026-02-29" }))).toEqual([
      ["purchaseDate", "validation.notADate"],
    ]);
  });

  it.each([["1899-12-31"], [0], [-1], [MAX_EXCEL_SERIAL + 1]])(
    "rejects %p, outside the days Excel can show",
    (typed) => {
      const result = validateComplaint({ purchaseDate: typed });
      expect(!result.ok && result.errors).toEqual([
        expect.objectContaining({
          field: "purchaseDate",
          code: "validation.dateOutOfRange",
          values: { min: "1900-01-01", max: "9999-12-31" },
        }),
      ]);
    },
  );

  it("accepts the first and last days Excel shows", () => {
    const table = tableOf(columnOf("day", "date"));
    expect(rowOf(validateRecord(table, { day: "1900-01-01" }, EN)).day).toBe(1);
    expect(rowOf(validateRecord(table, { day: "9999-12-31 23:59" }, EN)).day).toBe(MAX_EXCEL_SERIAL);
  });
});

describe("choices", () => {
  it("takes a choice's key or its label in any language, and writes the label in the workbook's language", () => {
    const options = { language: "zh-CN" } as const;
    const row = rowOf(
      validateComplaint({ channel: "email", severity: "Nghiêm trọng", status: "處理中", approval: "Pending" }, options),
    );
    expect(row).toMatchObject({ channel: "电子邮件", severity: "重大", status: "处理中", approval: "待审批" });
  });

  it("reads a label whatever its case and spacing", () => {
    expect(rowOf(validateComplaint({ channel: "  in   PERSON " })).channel).toBe("In person");
  });

  it("reads an alias of a rating level", () => {
    const row = rowOf(validateComplaint({ handlingSatisfaction: "非常满意" }, { language: "vi" }));
    expect(row.handlingSatisfaction).toBe(choiceLabel("satisfactionLevel", "verySatisfied", "vi"));
  });

  it("takes a checkbox for a yes/no flag", () => {
    expect(rowOf(validateComplaint({ urgent: true }, { language: "zh-TW" })).urgent).toBe("是");
    expect(rowOf(validateComplaint({ urgent: false })).urgent).toBe("No");
  });

  it("rejects a word that is none of the choices, quoting it", () => {
    const result = validateComplaint({ channel: "Carrier pigeon" });
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({ field: "channel", code: "validation.notAChoice", values: { value: "Carrier pigeon" } }),
    ]);
  });

  it("rejects a checkbox value for a list other than yes/no", () => {
    expect(errorsOf(validateComplaint({ channel: true }))).toEqual([["channel", "validation.notAChoice"]]);
  });
});

describe("booleans", () => {
  const table = tableOf(columnOf("flag", "boolean"));

  it.each([
    [true, true],
    [false, false],
    ["TRUE", true],
    [" false ", false],
  ])("reads %p as %p", (typed, value) => {
    expect(rowOf(validateRecord(table, { flag: typed }, EN)).flag).toBe(value);
  });

  it.each(["yes", 1, "0"])("rejects %p", (typed) => {
    expect(errorsOf(validateRecord(table, { flag: typed }, EN))).toEqual([["flag", "validation.notABoolean"]]);
  });
});

describe("contact details", () => {
  it("writes a phone number in its canonical form", () => {
    expect(rowOf(validateComplaint({ phone: "+86 138-0013-8000" })).phone).toBe("+8613800138000");
  });

  it("rejects a phone number the rules do not accept, quoting it", () => {
    const result = validateComplaint({ phone: "138 0013 800" });
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({ field: "phone", code: "validation.notAPhone", values: { value: "138 0013 800" } }),
    ]);
  });

  it("writes an email address with its domain in lower case", () => {
    const row = rowOf(validateRecord(TABLES.customers, { name: "Acme", email: " Li.Wei@Example.COM " }, EN));
    expect(row.email).toBe("Li.Wei@example.com");
  });

  it("rejects an email address that is not one", () => {
    const result = validateRecord(TABLES.customers, { name: "Acme", email: "li wei@example" }, EN);
    expect(errorsOf(result)).toEqual([["email", "validation.notAnEmail"]]);
  });
});

describe("periods, durations and references", () => {
  const dispatch = { customer: "Acme", instrument: "customer", sentAt: "2026-07-01" };

  it.each([
    ["2026-Q3", "2026-Q3"],
    ["2026 - q3", "2026-Q3"],
    ["2026-h2", "2026-H2"],
    ["2026-7", "2026-07"],
    ["2026-12", "2026-12"],
    ["2026", "2026"],
  ])("writes the period %p as %p, as VOC.PERIOD does", (typed, period) => {
    expect(rowOf(validateRecord(TABLES.surveyDispatch, { ...dispatch, period: typed }, EN)).period).toBe(period);
  });

  it.each(["2026-Q5", "2026-H3", "2026-13", "2026-00", "26-Q3", "Q3 2026", "1899"])(
    "rejects the period %p",
    (typed) => {
      const result = validateRecord(TABLES.surveyDispatch, { ...dispatch, period: typed }, EN);
      expect(errorsOf(result)).toEqual([["period", "validation.notAPeriod"]]);
    },
  );

  it.each([
    ["24h", "24h"],
    ["3 WD", "3wd"],
    [" 30m ", "30m"],
    ["07d", "7d"],
  ])("writes the duration %p as %p, as VOC.DUE reads it", (typed, duration) => {
    expect(rowOf(validateRecord(TABLES.slaDurations, { key: "reply", duration: typed }, EN)).duration).toBe(duration);
  });

  it.each(["24", "0h", "-3wd", "3 weeks", 24])("rejects the duration %p", (typed) => {
    const result = validateRecord(TABLES.slaDurations, { key: "reply", duration: typed }, EN);
    expect(errorsOf(result)).toEqual([["duration", "validation.notADuration"]]);
  });

  it("writes a reference trimmed, leaving its existence to the Excel layer", () => {
    expect(rowOf(validateComplaint({ parentComplaint: "  CC-2026-0001 " })).parentComplaint).toBe("CC-2026-0001");
  });
});

describe("survey returns with an instrument's item columns", () => {
  const columns = surveyReturnColumns(DEFAULT_INSTRUMENT, DEFAULT_MODULES);
  const options = { language: "en", columns } as const;
  const form = { period: "2026-Q3", customer: "Acme", returnedAt: "2026-07-08" };

  it("takes the ratings as whole numbers", () => {
    const row = rowOf(validateRecord(TABLES.surveyReturns, { ...form, item_OV1: "5", item_SV2: 3 }, options));
    expect(row).toMatchObject({ item_OV1: 5, item_SV2: 3, item_PQ1: null });
    expect(row).not.toHaveProperty("module_overall");
  });

  it("rejects a rating above the item's scale or below zero", () => {
    const scale = DEFAULT_INSTRUMENT[0].scale;
    const result = validateRecord(TABLES.surveyReturns, { ...form, item_OV1: scale + 1, item_OV2: -1 }, options);
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({
        field: "item_OV1",
        code: "validation.outOfRange",
        values: { min: "0", max: String(scale) },
      }),
      expect.objectContaining({ field: "item_OV2", code: "validation.outOfRange" }),
    ]);
  });

  it("rejects a half point", () => {
    const result = validateRecord(TABLES.surveyReturns, { ...form, item_OV1: "4.5" }, options);
    expect(errorsOf(result)).toEqual([["item_OV1", "validation.notAWholeNumber"]]);
  });
});
