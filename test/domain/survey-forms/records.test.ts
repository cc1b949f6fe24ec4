import type { Deadlines } from "../../../src/domain/case-deadlines";
import { dueDate, dueFormula } from "../../../src/domain/due-date";
import type { Language } from "../../../src/domain/i18n/language";
import { type RecordValidation, validateRecord } from "../../../src/domain/records";
import {
  DEFAULT_INSTRUMENT,
  DEFAULT_MODULES,
  SchemaError,
  TABLES,
  surveyReturnColumns,
} from "../../../src/domain/schema";
import {
  currentPeriod,
  dispatchInputs,
  dueBack,
  parseAnswer,
  returnTiming,
  surveyReturnInput,
} from "../../../src/domain/survey-forms";
import { DEFAULT_PLAN_SETTINGS, thisRow, wholeColumn } from "../../../src/domain/workbook-plan";
import { calculatedFormulas } from "../../../src/domain/workbook-plan/calculated-columns";
import { at } from "./fixtures";

const LANGUAGES: readonly Language[] = ["en", "zh-CN", "zh-TW", "vi"];
const DEADLINES = DEFAULT_PLAN_SETTINGS.deadlines;
const NO_HOLIDAYS: ReadonlySet<number> = new Set();
const RETURN_COLUMNS = surveyReturnColumns(DEFAULT_INSTRUMENT, DEFAULT_MODULES);

function rowOf(result: RecordValidation) {
  if (!result.ok) throw new Error(`Expected a valid record, got ${JSON.stringify(result.errors)}`);
  return result.row;
}

function errorsOf(result: RecordValidation) {
  return result.ok ? [] : result.errors.map((error) => [error.field, error.code]);
}

describe("dispatching survey forms to several customers at once", () => {
  const fields = {
    period: "2026-q4",
    customers: ["Hà Nội Motors", "深圳精密", "Acme Ltd"],
    instrument: "customer",
    sentAt: "2026-11-20 10:00",
    channel: "email",
    receiptConfirmed: "yes",
  };

  it.each(LANGUAGES)("makes one SurveyDispatch record per customer, each valid in %s", (language) => {
    const rows = dispatchInputs(fields).map((input) =>
      rowOf(validateRecord(TABLES.surveyDispatch, input, { language })),
    );
    expect(rows.map((row) => row.customer)).toEqual(fields.customers);
    for (const row of rows) {
      expect(row.period).toBe("2026-Q4");
      expect(row.sentAt).toBe(at(2026, 11, 20, 10, 0));
    }
  });

  it("writes the questionnaire kind, channel and receipt confirmation in the workbook's language", () => {
    const [row] = dispatchInputs(fields).map((input) =>
      rowOf(validateRecord(TABLES.surveyDispatch, input, { language: "zh-CN" })),
    );
    expect(row).toMatchObject({ instrument: "顾客满意度调查", channel: "电子邮件", receiptConfirmed: "是" });
  });

  it("takes the sent date as a serial and leaves out the fields not given", () => {
    const inputs = dispatchInputs({ period: "2026-Q4", customers: ["A"], instrument: "employee", sentAt: 46346.5 });
    expect(inputs).toEqual([{ period: "2026-Q4", customer: "A", instrument: "employee", sentAt: 46346.5 }]);
    expect(rowOf(validateRecord(TABLES.surveyDispatch, inputs[0], { language: "vi" })).instrument).toBe(
      "Khảo sát nhân viên",
    );
  });

  it("sends one form to a customer chosen twice, and none to a blank entry", () => {
    const inputs = dispatchInputs({ ...fields, customers: ["Acme  Ltd", " ", "acme ltd", "Beta"] });
    expect(inputs.map((input) => input.customer)).toEqual(["Acme Ltd", "Beta"]);
  });

  it("reports the customer as required when none is chosen, rather than saving nothing", () => {
    const inputs = dispatchInputs({ ...fields, customers: [] });
    expect(inputs).toHaveLength(1);
    expect(errorsOf(validateRecord(TABLES.surveyDispatch, inputs[0], { language: "en" }))).toEqual([
      ["customer", "validation.required"],
    ]);
  });

  it("reports a wrong period and a questionnaire kind that does not exist", () => {
    const [input] = dispatchInputs({ ...fields, period: "2026-Q5", instrument: "supplier" });
    expect(errorsOf(validateRecord(TABLES.surveyDispatch, input, { language: "en" }))).toEqual([
      ["period", "validation.notAPeriod"],
      ["instrument", "validation.notAChoice"],
    ]);
  });
});

describe("recording a returned survey form", () => {
  const fields = { dispatchId: "SD-2026-0001", period: "2026-Q4", customer: "Acme Ltd", returnedAt: "2026-11-25" };
  const answers = { OV1: 5, OV2: 4, OV3: 3, SV1: 4, SV2: null, SV3: 0, PQ1: 4, PQ2: 5 };

  it.each(LANGUAGES)("makes a SurveyReturns record with an item_<code> rating per answer, valid in %s", (language) => {
    const input = surveyReturnInput({ ...fields, comments: "Faster replies, please." }, answers);
    const row = rowOf(validateRecord(TABLES.surveyReturns, input, { language, columns: RETURN_COLUMNS }));
    expect(row).toMatchObject({
      dispatchId: "SD-2026-0001",
      period: "2026-Q4",
      customer: "Acme Ltd",
      returnedAt: at(2026, 11, 25),
      item_OV1: 5,
      item_SV2: null,
      item_SV3: 0,
      item_PQ2: 5,
      comments: "Faster replies, please.",
    });
  });

  it("stores level words typed in any language as the ratings parseAnswer gives", () => {
    const typed = { OV1: "rất hài lòng", OV2: "满意", OV3: "基本滿意", SV1: "dissatisfied" };
    const parsed = Object.fromEntries(
      Object.entries(typed).map(([code, text]) => {
        const found = DEFAULT_INSTRUMENT.find((entry) => entry.code === code);
        const outcome = found ? parseAnswer(text, found) : undefined;
        return [code, outcome?.ok ? outcome.rating : undefined];
      }),
    );
    const input = surveyReturnInput(fields, parsed as { [code: string]: number | null });
    const row = rowOf(validateRecord(TABLES.surveyReturns, input, { language: "en", columns: RETURN_COLUMNS }));
    expect([row.item_OV1, row.item_OV2, row.item_OV3, row.item_SV1]).toEqual([5, 4, 3, 0]);
  });

  it("leaves out a dispatch id and comments not given: a form that came back without a dispatch row", () => {
    const input = surveyReturnInput({ period: "2026-Q4", customer: "Acme Ltd", returnedAt: 46351 }, { OV1: 4 });
    expect(input).toEqual({ period: "2026-Q4", customer: "Acme Ltd", returnedAt: 46351, item_OV1: 4 });
    expect(validateRecord(TABLES.surveyReturns, input, { language: "en", columns: RETURN_COLUMNS }).ok).toBe(true);
  });

  it("is refused with every answer blank", () => {
    const input = surveyReturnInput(fields, { OV1: null, PQ1: null });
    expect(errorsOf(validateRecord(TABLES.surveyReturns, input, { language: "en", columns: RETURN_COLUMNS }))).toEqual([
      ["item_OV1", "validation.noRatings"],
    ]);
  });

  it("is refused when a rating lies outside the item's scale", () => {
    const input = surveyReturnInput(fields, { OV1: 6 });
    expect(errorsOf(validateRecord(TABLES.surveyReturns, input, { language: "en", columns: RETURN_COLUMNS }))).toEqual([
      ["item_OV1", "validation.outOfRange"],
    ]);
  });

  it("cannot lose an answer to an item the instrument lacks: validation throws", () => {
    const input = surveyReturnInput(fields, { XX9: 4 });
    expect(() => validateRecord(TABLES.surveyReturns, input, { language: "en", columns: RETURN_COLUMNS })).toThrow(
      SchemaError,
    );
  });
});

describe("the date a survey form is due back", () => {
  it("is 5 working days after sending, at the same time of day", () => {
    expect(dueBack(at(2026, 11, 20, 10, 0), DEADLINES, NO_HOLIDAYS)).toBe(at(2026, 11, 27, 10, 0));
  });

  it("skips holidays", () => {
    const holidays = new Set([at(2026, 11, 24)]);
    expect(dueBack(at(2026, 11, 20, 10, 0), DEADLINES, holidays)).toBe(at(2026, 11, 30, 10, 0));
  });

  it("is the rule of the workbook's dueBack column, which reads the same surveyDueBack deadline", () => {
    const deadlines: Deadlines = { ...DEADLINES, surveyDueBack: "3wd" };
    const sent = at(2026, 11, 19, 8, 30);
    expect(dueBack(sent, deadlines, NO_HOLIDAYS)).toBe(dueDate(sent, "3wd", NO_HOLIDAYS));
    const formula = calculatedFormulas("surveyDispatch", {
      language: "en",
      settings: { ...DEFAULT_PLAN_SETTINGS, deadlines },
      surveyReturnColumns: RETURN_COLUMNS,
    }).dueBack;
    expect(formula).toBe(dueFormula(thisRow("SurveyDispatch", "Sent at"), "3wd", wholeColumn("Holidays", "Date")));
  });

  it("is refused for a deadline not in working days, as the workbook plan refuses it", () => {
    expect(() => dueBack(at(2026, 11, 20), { ...DEADLINES, surveyDueBack: "7d" }, NO_HOLIDAYS)).toThrow(SchemaError);
  });
});

describe("whether a return came back in time", () => {
  const sent = at(2026, 11, 20, 10, 0);

  it("is on time up to the end of the fifth working day", () => {
    expect(returnTiming(sent, at(2026, 11, 20, 9, 0), DEADLINES, NO_HOLIDAYS)).toBe("onTime");
    expect(returnTiming(sent, at(2026, 11, 27, 17, 0), DEADLINES, NO_HOLIDAYS)).toBe("onTime");
  });

  it("is late from the sixth working day on, and counts as not returned", () => {
    expect(returnTiming(sent, at(2026, 11, 30), DEADLINES, NO_HOLIDAYS)).toBe("late");
  });

  it("is on time one day later when a holiday falls in between", () => {
    expect(returnTiming(sent, at(2026, 11, 30), DEADLINES, new Set([at(2026, 11, 24)]))).toBe("onTime");
  });

  it("flags a return dated before the form was sent", () => {
    expect(returnTiming(sent, at(2026, 11, 19), DEADLINES, NO_HOLIDAYS)).toBe("beforeSent");
  });
});

describe("the current survey period", () => {
  it.each([
    [undefined, "2026-Q4"],
    ["Q", "2026-Q4"],
    ["H", "2026-H2"],
    ["M", "2026-11"],
    ["Y", "2026"],
  ] as const)("is, by grain %p, %p on 2026-11-21", (grain, period) => {
    expect(currentPeriod(at(2026, 11, 21, 14, 30), grain)).toBe(period);
  });

  it("is a period the dispatch record accepts as it is", () => {
    const [input] = dispatchInputs({
      period: currentPeriod(at(2026, 3, 31, 23, 59)),
      customers: ["A"],
      instrument: "customer",
      sentAt: at(2026, 3, 31),
    });
    expect(rowOf(validateRecord(TABLES.surveyDispatch, input, { language: "en" })).period).toBe("2026-Q1");
  });
});
