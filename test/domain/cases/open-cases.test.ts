import { type OpenCase, openCases } from "../../../src/domain/cases";
import { dueDate } from "../../../src/domain/due-date";
import { choiceLabel } from "../../../src/domain/schema";
import { workday } from "../../../src/domain/working-days";
import {
  CLOSED_AT,
  FRIDAY_4PM,
  HOUR,
  MONDAY,
  at,
  clockAt,
  closedComplaint,
  complaint,
  dispatch,
  feedback,
  sources,
  surveyReturn,
} from "./fixtures";

/** The steps of the only case listed, as [step, due, state]. */
function stepsOf(cases: readonly OpenCase[]) {
  expect(cases).toHaveLength(1);
  return cases[0].badges.map((badge) => [badge.step, badge.due, badge.state]);
}

const WEDNESDAY_4PM = at(2026, 11, 25, 16);

describe("an open complaint's pending steps", () => {
  it("waits for the owner to be notified in 30 minutes, a reply in 24 hours and a proposal in 3 working days", () => {
    const cases = openCases(sources({ complaints: [complaint()] }), clockAt(FRIDAY_4PM + HOUR / 12));
    expect(cases[0]).toMatchObject({
      kind: "complaint",
      id: "CC-2026-0001",
      customer: "Hà Nội Motors",
      department: "engineering",
      contentClass: "serviceQuality",
      status: "open",
      severity: "general",
      urgent: false,
      receivedAt: FRIDAY_4PM,
      overdueBy: 0,
    });
    const badges = cases[0].badges;
    expect(badges.map((badge) => badge.step)).toEqual(["notify", "reply", "proposal"]);
    expect(badges[0].due).toBeCloseTo(FRIDAY_4PM + 30 / 1440, 9);
    expect(badges[1].due).toBeCloseTo(FRIDAY_4PM + 1, 9);
    expect(badges[2].due).toBeCloseTo(WEDNESDAY_4PM, 9); // Mon, Tue, Wed: the weekend does not count
  });

  it("owes an 8D report for a product-quality complaint, due with the proposal", () => {
    const cases = openCases(
      sources({ complaints: [complaint({ contentClass: "productQuality" })] }),
      clockAt(FRIDAY_4PM),
    );
    const eightD = cases[0].badges.find((badge) => badge.step === "eightD");
    expect(eightD?.due).toBeCloseTo(WEDNESDAY_4PM, 9);
  });

  it("owes no 8D report for a service complaint unless the customer sets its own 8D date, which then counts", () => {
    const customerDate = at(2026, 12, 4, 12);
    const plain = openCases(sources({ complaints: [complaint()] }), clockAt(FRIDAY_4PM));
    const withDate = openCases(
      sources({ complaints: [complaint({ eightDCustomerDue: customerDate })] }),
      clockAt(FRIDAY_4PM),
    );
    expect(plain[0].badges.some((badge) => badge.step === "eightD")).toBe(false);
    expect(withDate[0].badges.at(-1)).toEqual({ step: "eightD", due: customerDate, state: "upcoming" });
  });

  it("takes the customer's earlier 8D date over the procedure's 3 working days", () => {
    const customerDate = at(2026, 11, 23, 12);
    const cases = openCases(
      sources({ complaints: [complaint({ contentClass: "productQuality", eightDCustomerDue: customerDate })] }),
      clockAt(FRIDAY_4PM),
    );
    expect(cases[0].badges.find((badge) => badge.step === "eightD")?.due).toBe(customerDate);
  });

  it("wants an urgent reply within 4 hours, read from the workbook's Chinese 是", () => {
    const urgent = complaint({ urgent: "yes", notifiedAt: FRIDAY_4PM }, { language: "zh-CN" });
    expect(urgent.urgent).toBe("是");
    const soon = openCases(sources({ complaints: [urgent] }), clockAt(FRIDAY_4PM + 3 * HOUR));
    expect(soon[0].urgent).toBe(true);
    expect(soon[0].badges[0].step).toBe("reply");
    expect(soon[0].badges[0].due).toBeCloseTo(FRIDAY_4PM + 4 * HOUR, 9);
    expect(soon[0].badges[0].state).toBe("dueSoon");
    const late = openCases(sources({ complaints: [urgent] }), clockAt(FRIDAY_4PM + 5 * HOUR));
    expect(late[0].badges[0].state).toBe("overdue");
    expect(late[0].overdueBy).toBeCloseTo(HOUR, 9);
  });

  it("skips a holiday when counting working days: with Monday off the proposal is due on Thursday", () => {
    const cases = openCases(sources({ complaints: [complaint()] }), clockAt(FRIDAY_4PM, [MONDAY]));
    expect(cases[0].badges.find((badge) => badge.step === "proposal")?.due).toBeCloseTo(at(2026, 11, 26, 16), 9);
  });

  it("drops the steps that are done, whatever was typed in the done cell", () => {
    const record = complaint({ notifiedAt: FRIDAY_4PM + HOUR / 6, replyDone: FRIDAY_4PM + HOUR });
    const cases = openCases(sources({ complaints: [{ ...record, proposalDone: "done by phone" }] }), clockAt(MONDAY));
    expect(cases).toHaveLength(1);
    expect(cases[0].badges).toEqual([]);
  });

  it("computes every due date itself and never trusts the calculated cells, which may be stale", () => {
    const record = { ...complaint(), replyDue: at(2030, 1, 1), overdue: true, notifyDue: "=NOW()" };
    const cases = openCases(sources({ complaints: [record] }), clockAt(FRIDAY_4PM + 2));
    expect(cases[0].badges.find((badge) => badge.step === "reply")?.due).toBeCloseTo(FRIDAY_4PM + 1, 9);
  });

  it("reads the owner department, content class, status and severity from zh-CN labels as keys", () => {
    const record = complaint({ status: "inProgress", severity: "major", approval: "pending" }, { language: "zh-CN" });
    expect([record.ownerDepartment, record.contentClass, record.status]).toEqual(["工程部", "服务质量", "处理中"]);
    const [found] = openCases(sources({ complaints: [record] }), clockAt(FRIDAY_4PM));
    expect(found).toMatchObject({
      department: "engineering",
      contentClass: "serviceQuality",
      status: "inProgress",
      severity: "major",
    });
  });

  it("also reads choice keys written as they are", () => {
    const record = { ...complaint(), status: "reopened", ownerDepartment: "quality", urgent: "yes" };
    const [found] = openCases(sources({ complaints: [record] }), clockAt(FRIDAY_4PM));
    expect(found).toMatchObject({ status: "reopened", department: "quality", urgent: true });
  });

  it("keeps a reopened complaint open", () => {
    const record = { ...closedComplaint(), status: choiceLabel("caseStatus", "reopened", "vi"), closedAt: null };
    const [found] = openCases(sources({ complaints: [record] }), clockAt(CLOSED_AT + 1));
    expect(found.status).toBe("reopened");
  });
});

describe("a closed complaint", () => {
  it("stays on the list until its follow-up call, due 7 days after closing, which is its only step", () => {
    const cases = openCases(sources({ complaints: [closedComplaint()] }), clockAt(CLOSED_AT + 2));
    expect(cases[0].status).toBe("closed");
    expect(stepsOf(cases)).toEqual([["followUp", CLOSED_AT + 7, "upcoming"]]);
  });

  it("is a day late with its follow-up on the 8th day", () => {
    const cases = openCases(sources({ complaints: [closedComplaint()] }), clockAt(CLOSED_AT + 8));
    expect(cases[0].badges[0].state).toBe("overdue");
    expect(cases[0].overdueBy).toBeCloseTo(1, 9);
  });

  it("stays on the list when the customer could not be reached", () => {
    const record = closedComplaint({ followUpResult: "notReached" }, "zh-CN");
    expect(openCases(sources({ complaints: [record] }), clockAt(CLOSED_AT + 3))).toHaveLength(1);
  });

  it("leaves the list once followed up", () => {
    const record = closedComplaint({ followUpDone: CLOSED_AT + 3, followUpResult: "satisfied" }, "zh-CN");
    expect(openCases(sources({ complaints: [record] }), clockAt(CLOSED_AT + 3))).toEqual([]);
  });

  it("is listed without a badge when its closing date is missing, so someone notices", () => {
    const record = { ...closedComplaint(), closedAt: null };
    const cases = openCases(sources({ complaints: [record] }), clockAt(CLOSED_AT));
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ badges: [], nextDue: null, overdueBy: 0 });
  });
});

describe("rows that are not cases", () => {
  it("skips blank rows of a table", () => {
    const blank = { id: null, receivedAt: "", customer: null, status: "  " };
    expect(openCases(sources({ complaints: [blank], feedback: [blank], surveyDispatch: [blank] }), clockAt(0))).toEqual(
      [],
    );
  });

  it("lists a complaint without a usable received date after every dated case, without badges", () => {
    const undated = { ...complaint({}, { id: "CC-2026-0009" }), receivedAt: "last Tuesday" };
    const cases = openCases(sources({ complaints: [undated, complaint()] }), clockAt(MONDAY));
    expect(cases.map((found) => [found.id, found.badges.length])).toEqual([
      ["CC-2026-0001", 3],
      ["CC-2026-0009", 0],
    ]);
  });
});

describe("feedback", () => {
  it("waits for a reply within 24 hours, due soon from the start", () => {
    const cases = openCases(sources({ feedback: [feedback()] }), clockAt(FRIDAY_4PM + 2 * HOUR));
    expect(cases[0]).toMatchObject({ kind: "feedback", department: "sales", status: "open", contentClass: null });
    expect(stepsOf(cases)).toEqual([["reply", FRIDAY_4PM + 1, "dueSoon"]]);
  });

  it("waits 4 hours for an urgent reply", () => {
    const cases = openCases(sources({ feedback: [feedback({ urgent: "yes" }, { language: "zh-CN" })] }), clockAt(0));
    expect(cases[0].badges[0].due).toBeCloseTo(FRIDAY_4PM + 4 * HOUR, 9);
  });

  it("once replied, waits to be closed within 3 working days of receipt", () => {
    const replied = feedback({ repliedAt: FRIDAY_4PM + HOUR, status: "inProgress" });
    const cases = openCases(sources({ feedback: [replied] }), clockAt(FRIDAY_4PM + 2 * HOUR));
    expect(cases[0].badges.map((badge) => badge.step)).toEqual(["closing"]);
    expect(cases[0].badges[0].due).toBeCloseTo(WEDNESDAY_4PM, 9);
  });

  it("leaves the list once closed", () => {
    const closed = feedback({ repliedAt: FRIDAY_4PM + HOUR, status: "closed", closedAt: MONDAY }, { language: "vi" });
    expect(openCases(sources({ feedback: [closed] }), clockAt(MONDAY))).toEqual([]);
  });
});

describe("a survey form sent out", () => {
  const SENT = at(2026, 11, 20, 10);

  it("awaits return 5 working days after sending, at the time it was sent, as the dueBack column says", () => {
    const cases = openCases(sources({ surveyDispatch: [dispatch()] }), clockAt(SENT + 1));
    expect(cases[0]).toMatchObject({ kind: "surveyDispatch", status: null, department: null, receivedAt: SENT });
    expect(cases[0].badges).toHaveLength(1);
    expect(cases[0].badges[0].step).toBe("return");
    expect(cases[0].badges[0].due).toBeCloseTo(at(2026, 11, 27, 10), 9);
    const deadlines = clockAt(0).deadlines;
    expect(cases[0].badges[0].due).toBe(dueDate(SENT, deadlines.surveyDueBack, new Set()));
    expect(cases[0].badges[0].due).toBeCloseTo(workday(SENT, 5, new Set()) + 10 * HOUR, 9);
  });

  it("gets a working day more for a holiday in between", () => {
    const cases = openCases(sources({ surveyDispatch: [dispatch()] }), clockAt(SENT, [at(2026, 11, 26)]));
    expect(cases[0].badges[0].due).toBeCloseTo(at(2026, 11, 30, 10), 9);
  });

  it("is overdue once the due-back time has passed", () => {
    const cases = openCases(sources({ surveyDispatch: [dispatch()] }), clockAt(at(2026, 11, 27, 11)));
    expect(cases[0].badges[0].state).toBe("overdue");
    expect(cases[0].overdueBy).toBeCloseTo(HOUR, 9);
  });

  it("leaves the list once a returned form names its dispatch id, matched without regard to case", () => {
    const dispatches = [dispatch({}, { id: "SD-2026-0001" }), dispatch({}, { id: "SD-2026-0002" })];
    const returns = [surveyReturn("sd-2026-0002 "), surveyReturn("")];
    const cases = openCases(sources({ surveyDispatch: dispatches, surveyReturns: returns }), clockAt(SENT));
    expect(cases.map((found) => found.id)).toEqual(["SD-2026-0001"]);
  });
});
