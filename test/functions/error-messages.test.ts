import * as VOC from "../../src/functions/functions";
import { excelResult } from "../../src/functions/excel-results";
import { FormulaInputError } from "../../src/domain/formula-error";

/**
 * Excel shows a custom function's message only with #VALUE! and #N/A; for #DIV/0! and #NUM! "a custom error
 * message can't be used" (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode).
 * The functions send one only where Excel keeps it.
 */
const runtime = globalThis as unknown as { CustomFunctions: { Error: unknown } };
const installed = runtime.CustomFunctions.Error;
const constructed: unknown[][] = [];

class RecordingError extends Error {
  constructor(...args: unknown[]) {
    super();
    constructed.push(args);
  }
}

beforeEach(() => {
  constructed.length = 0;
  runtime.CustomFunctions.Error = RecordingError;
});
afterEach(() => {
  runtime.CustomFunctions.Error = installed;
});

/** The arguments the function gave CustomFunctions.Error: the code, and a message where there is one. */
function errorArguments(run: () => unknown): unknown[] {
  expect(run).toThrow(RecordingError);
  expect(constructed).toHaveLength(1);
  return constructed[0];
}

describe("the messages that reach Excel with a VOC error", () => {
  it("explains a #VALUE! in words", () => {
    const [code, message] = errorArguments(() => VOC.points("so-so"));
    expect(code).toBe("#VALUE!");
    expect(message).toEqual(expect.stringMatching(/\S/));
  });

  it.each([
    ["a rating above the scale", () => VOC.points(6)],
    ["a module score above 100", () => VOC.total([[101]], [[1]])],
    ["an NPS score that is not a whole number", () => VOC.nps([[7.5]])],
  ])("sends #NUM! alone, without a message, for %s", (_, run) => {
    expect(errorArguments(run)).toEqual(["#NUM!"]);
  });

  it.each([
    ["a score of nothing answered", () => VOC.score([[null, ""]])],
    ["a trend of one value", () => VOC.trend([[80]])],
  ])("sends #DIV/0! alone, without a message, for %s", (_, run) => {
    expect(errorArguments(run)).toEqual(["#DIV/0!"]);
  });

  it("reports an unexpected exception as #VALUE! with its message", () => {
    const [code, message] = errorArguments(() =>
      excelResult(() => {
        throw new TypeError("cannot read the range");
      }),
    );
    expect([code, message]).toEqual(["#VALUE!", "cannot read the range"]);
  });

  it("keeps a rule's #VALUE! message as the rule wrote it", () => {
    const [, message] = errorArguments(() =>
      excelResult(() => {
        throw new FormulaInputError("value", "The weights and the ratings differ in shape.");
      }),
    );
    expect(message).toBe("The weights and the ratings differ in shape.");
  });
});
