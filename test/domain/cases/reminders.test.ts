import {
  type OpenCase,
  answerReminder,
  openCases,
  overdueSteps,
  reminderSlip,
  unansweredReminders,
} from "../../../src/domain/cases";
import { FRIDAY_4PM, HOUR, at, clockAt, complaint, dispatch, feedback, sources } from "./fixtures";

/** Tuesday 2026-11-24, 10:00: the notification and the reply are late, the proposal is not yet due. */
const TUESDAY = at(2026, 11, 24, 10);

function onlyCase(parts: Parameters<typeof sources>[0], now = TUESDAY): OpenCase {
  const [found] = openCases(sources(parts), clockAt(now));
  return found;
}

describe("which steps are overdue", () => {
  it("names the steps past their due time at the list's clock", () => {
    expect(overdueSteps(onlyCase({ complaints: [complaint()] }))).toEqual(["notify", "reply"]);
  });

  it("names them at another time when asked", () => {
    expect(overdueSteps(onlyCase({ complaints: [complaint()] }), at(2026, 11, 25, 17))).toEqual([
      "notify",
      "reply",
      "proposal",
    ]);
  });
});

describe("a reminder slip (REQ 27)", () => {
  it("is issued now to the owner department for an overdue step", () => {
    const found = onlyCase({ complaints: [complaint({}, { language: "zh-CN" })] });
    expect(reminderSlip(found, "reply", TUESDAY + HOUR)).toEqual({
      ok: true,
      changes: { recordId: "CC-2026-0001", issuedAt: TUESDAY + HOUR, department: "engineering", overdueStep: "reply" },
    });
  });

  it("goes to the quality department when no owner is set yet", () => {
    const found = onlyCase({ complaints: [complaint({ ownerDepartment: null })] });
    const slip = reminderSlip(found, "notify", TUESDAY);
    expect(slip.ok && slip.changes.department).toBe("quality");
  });

  it("is refused for a step that is not yet due", () => {
    const found = onlyCase({ complaints: [complaint()] });
    expect(reminderSlip(found, "proposal", TUESDAY)).toEqual({ ok: false, reason: "cases.stepNotOverdue" });
  });

  it("is refused for a step that is done or not owed", () => {
    const found = onlyCase({ complaints: [complaint({ replyDone: FRIDAY_4PM + HOUR })] });
    expect(reminderSlip(found, "reply", TUESDAY)).toEqual({ ok: false, reason: "cases.stepNotOverdue" });
    expect(reminderSlip(found, "eightD", TUESDAY)).toEqual({ ok: false, reason: "cases.stepNotOverdue" });
  });

  it("is for complaints only: the slips table refers to complaints", () => {
    const late = at(2026, 12, 10);
    expect(reminderSlip(onlyCase({ feedback: [feedback()] }, late), "reply", late)).toEqual({
      ok: false,
      reason: "cases.remindersForComplaintsOnly",
    });
    expect(reminderSlip(onlyCase({ surveyDispatch: [dispatch()] }, late), "return", late)).toEqual({
      ok: false,
      reason: "cases.remindersForComplaintsOnly",
    });
  });
});

describe("answering a reminder slip (REQ 27)", () => {
  const slip = { id: "RM-2026-0001", recordId: "CC-2026-0001", issuedAt: TUESDAY, answeredAt: null, reason: null };

  it("records the department's reason for the delay, and when it answered", () => {
    expect(answerReminder(slip, "  Waiting for the supplier's analysis. ", TUESDAY + 1)).toEqual({
      ok: true,
      changes: { reason: "Waiting for the supplier's analysis.", answeredAt: TUESDAY + 1 },
    });
  });

  it("refuses an answer without a reason", () => {
    expect(answerReminder(slip, "   ", TUESDAY + 1)).toEqual({ ok: false, reason: "cases.reasonRequired" });
  });

  it("refuses to answer a slip twice", () => {
    expect(answerReminder({ ...slip, answeredAt: TUESDAY + 1 }, "Again", TUESDAY + 2)).toEqual({
      ok: false,
      reason: "cases.alreadyAnswered",
    });
  });

  it("lists the slips still waiting for an answer, for all complaints or one", () => {
    const slips = [
      slip,
      { ...slip, id: "RM-2026-0002", answeredAt: TUESDAY + 1 },
      { ...slip, id: "RM-2026-0003", recordId: "CC-2026-0002" },
      { id: null, recordId: null, issuedAt: null, answeredAt: null, reason: null },
    ];
    expect(unansweredReminders(slips).map((row) => row.id)).toEqual(["RM-2026-0001", "RM-2026-0003"]);
    expect(unansweredReminders(slips, "CC-2026-0002").map((row) => row.id)).toEqual(["RM-2026-0003"]);
  });
});
