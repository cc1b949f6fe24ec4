import {
  type SurveyAlert,
  doneChanges,
  effectivenessChanges,
  nextPeriod,
  periodEnd,
  proposedDueDate,
  takeAlertInput,
} from "../../../src/domain/actions";
import { serialOf } from "../../../src/domain/excel-date";
import { validateRecord, validateUpdate } from "../../../src/domain/records";
import { TABLES } from "../../../src/domain/schema";
import {
  APRIL,
  CUSTOMER,
  OTHER_CUSTOMER,
  RATINGS_68,
  RATINGS_80,
  actionRow,
  boardOf,
  dispatch,
  surveyReturn,
} from "./fixtures";

const JULY = serialOf(2026, 7, 15);
const q1 = surveyReturn("SR-2026-0001", "2026-Q1", CUSTOMER, RATINGS_68);

function alert(kind: SurveyAlert["kind"], item: string | null = null): SurveyAlert {
  const found = boardOf({ surveyReturns: [q1] }).alerts.find(
    (candidate) => candidate.kind === kind && candidate.item === item,
  );
  if (!found) throw new Error(`no ${kind} alert`);
  return found;
}

/** The one action of the board, its Q1 alert taken, with the Q2 returns and forms given. */
function effectiveness(
  kind: SurveyAlert["kind"],
  q2: Parameters<typeof boardOf>[0],
  now = JULY,
  item: string | null = null,
) {
  const action = actionRow(alert(kind, item), "CA-2026-0001");
  const board = boardOf({ ...q2, surveyReturns: [q1, ...(q2.surveyReturns ?? [])], actions: [action] }, now);
  return board.actions[0].effectiveness;
}

describe("the effectiveness check: the same figure in the next period (REQ 16, 34)", () => {
  it("confirms an action effective when the customer's next quarter total reaches 80", () => {
    const q2 = surveyReturn("SR-2026-0010", "2026-Q2", CUSTOMER, RATINGS_80, serialOf(2026, 6, 12));
    expect(effectiveness("surveyTotal", { surveyReturns: [q2] })).toEqual({
      state: "effective",
      period: "2026-Q2",
      figure: 80,
      threshold: 80,
    });
    expect(effectiveness("customerScore", { surveyReturns: [q2] })).toMatchObject({ state: "effective", figure: 80 });
  });

  it("finds it not effective when the next quarter's total stays below 80", () => {
    const q2 = surveyReturn("SR-2026-0010", "2026-Q2", CUSTOMER, [4, 4, 4, 4, 4, 4, 4, 3], serialOf(2026, 6, 12));
    expect(effectiveness("surveyTotal", { surveyReturns: [q2] })).toEqual({
      state: "notEffective",
      period: "2026-Q2",
      figure: 76,
      threshold: 80,
    });
  });

  it("judges only the action's own customer", () => {
    const other = surveyReturn("SR-2026-0011", "2026-Q2", OTHER_CUSTOMER, RATINGS_80, serialOf(2026, 6, 12));
    expect(effectiveness("surveyTotal", { surveyReturns: [other] })).toEqual({
      state: "pending",
      period: "2026-Q2",
      reason: "noData",
    });
  });

  it("stays pending while the next quarter runs, even once a form is back", () => {
    const q2 = surveyReturn("SR-2026-0010", "2026-Q2", CUSTOMER, RATINGS_80, serialOf(2026, 5, 12));
    expect(effectiveness("surveyTotal", { surveyReturns: [q2] }, serialOf(2026, 6, 30))).toEqual({
      state: "pending",
      period: "2026-Q2",
      reason: "notFinished",
    });
  });

  it("stays pending while the customer's next form can still come back on time", () => {
    const form = dispatch("SD-2026-0020", "2026-Q2", CUSTOMER, serialOf(2026, 6, 29)); // due back Monday 6 July
    expect(effectiveness("surveyTotal", { surveyDispatch: [form] }, serialOf(2026, 7, 6))).toMatchObject({
      state: "pending",
      reason: "notFinished",
    });
    expect(effectiveness("surveyTotal", { surveyDispatch: [form] }, serialOf(2026, 7, 7))).toMatchObject({
      state: "pending",
      reason: "noData",
    });
  });

  it("needs an item above 70 the next quarter for a root-cause analysis to be effective", () => {
    const better = surveyReturn("SR-2026-0010", "2026-Q2", CUSTOMER, [4, 3, 4, 4, 4, 4, 4, 4], serialOf(2026, 6, 12));
    expect(effectiveness("itemScore", { surveyReturns: [better] }, JULY, "OV1")).toMatchObject({
      state: "effective",
      figure: 80,
      threshold: 70,
    });
    expect(effectiveness("itemScore", { surveyReturns: [better] }, JULY, "OV2")).toMatchObject({
      state: "notEffective",
      figure: 60,
    });
  });

  it("checks a quarter's return rate against the next quarter's", () => {
    const forms = (period: string, month: number) => [
      dispatch(`SD-${period}-1`, period, CUSTOMER, serialOf(2026, month, 2)),
      dispatch(`SD-${period}-2`, period, OTHER_CUSTOMER, serialOf(2026, month, 2)),
    ];
    const back = (period: string, dispatchId: string, customer: string, month: number) => ({
      ...surveyReturn(`SR-${dispatchId}`, period, customer, RATINGS_80, serialOf(2026, month, 3)),
      dispatchId,
    });
    const q1Only = {
      surveyDispatch: forms("2026-Q1", 3),
      surveyReturns: [back("2026-Q1", "SD-2026-Q1-1", CUSTOMER, 3)],
    };
    const rate = boardOf(q1Only).alerts.find((found) => found.kind === "returnRate");
    if (!rate) throw new Error("no return-rate alert");
    const action = actionRow(rate, "CA-2026-0002");
    const q2 = {
      surveyDispatch: [...q1Only.surveyDispatch, ...forms("2026-Q2", 5)],
      surveyReturns: [
        ...q1Only.surveyReturns,
        back("2026-Q2", "SD-2026-Q2-1", CUSTOMER, 5),
        back("2026-Q2", "SD-2026-Q2-2", OTHER_CUSTOMER, 5),
      ],
      actions: [action],
    };
    expect(boardOf(q2, JULY).actions[0].effectiveness).toEqual({
      state: "effective",
      period: "2026-Q2",
      figure: 100,
      threshold: 99,
    });
  });

  it("reads a recorded check apart from the computed one", () => {
    const q2 = surveyReturn("SR-2026-0010", "2026-Q2", CUSTOMER, RATINGS_80, serialOf(2026, 6, 12));
    const action = actionRow(alert("surveyTotal"), "CA-2026-0001", {
      effectiveness: "Effective",
      checkedAt: serialOf(2026, 7, 10),
    });
    const [entry] = boardOf({ surveyReturns: [q1, q2], actions: [action] }, JULY).actions;
    expect(entry).toMatchObject({ recorded: "effective", checkedAt: serialOf(2026, 7, 10) });
    expect(entry.effectiveness.state).toBe("effective");
  });
});

describe("the period after an action's", () => {
  it.each([
    ["2026-Q1", "2026-Q2"],
    ["2026-Q4", "2027-Q1"],
    ["2026-H2", "2027-H1"],
    ["2026-07", "2026-08"],
    ["2026-12", "2027-01"],
    ["2026", "2027"],
  ])("follows %s with %s", (period, next) => {
    expect(nextPeriod(period)).toBe(next);
  });

  it("ends on the first day after it", () => {
    expect(periodEnd("2026-Q2")).toBe(serialOf(2026, 7, 1));
    expect(periodEnd("2026-12")).toBe(serialOf(2027, 1, 1));
    expect(periodEnd("Q2 2026")).toBeUndefined();
  });
});

describe("the rows the Cases screen writes", () => {
  it("takes an alert as a valid open row, its finding in the workbook's language", () => {
    const input = takeAlertInput(
      alert("itemScore", "OV1"),
      { owner: "Lê Thị Hoa", department: "sales", dueDate: "2026-04-17" },
      APRIL + 0.4,
      "vi",
    );
    const checked = validateRecord(TABLES.actions, input, { language: "vi" });
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    expect(checked.row).toMatchObject({
      alertKey: `itemScore|2026-Q1|OV1|${CUSTOMER}`,
      kind: "Phân tích nguyên nhân gốc (tiêu chí)",
      period: "2026-Q1",
      customer: CUSTOMER,
      item: "OV1",
      finding: "OV1: 60 điểm, không quá 70",
      owner: "Lê Thị Hoa",
      department: "Phòng kinh doanh",
      dueDate: serialOf(2026, 4, 17),
      status: "Đang thực hiện",
    });
  });

  it("refuses an action without an owner or a due date", () => {
    const input = takeAlertInput(alert("surveyTotal"), { owner: " ", dueDate: "" }, APRIL, "en");
    const checked = validateRecord(TABLES.actions, input, { language: "en" });
    expect(checked.ok ? [] : checked.errors.map((error) => [error.field, error.code])).toEqual([
      ["owner", "validation.required"],
      ["dueDate", "validation.required"],
    ]);
  });

  it("proposes a due date 5 working days on", () => {
    expect(proposedDueDate(serialOf(2026, 4, 10) + 0.5, new Set())).toBe(serialOf(2026, 4, 17));
  });

  it("marks an action done and records its check, changing only those cells", () => {
    const stored = actionRow(alert("surveyTotal"), "CA-2026-0001");
    const done = validateUpdate(TABLES.actions, stored, doneChanges("Delivery slots agreed", JULY), { language: "en" });
    expect(done).toEqual({ ok: true, row: { status: "Done", doneAt: JULY, actionTaken: "Delivery slots agreed" } });
    const check = validateUpdate(TABLES.actions, stored, effectivenessChanges("notEffective", JULY + 0.5), {
      language: "en",
    });
    expect(check).toEqual({ ok: true, row: { effectiveness: "Not effective", checkedAt: JULY } });
  });
});
