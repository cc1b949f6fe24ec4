import {
  type LedgerRecord,
  type OpenCase,
  answerReminder,
  openCases,
  openSlipFor,
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
    expect(reminderSlip(found, "reply", TUESDAY + HOUR, [])).toEqual({
      ok: true,
      changes: { recordId: "CC-2026-0001", issuedAt: TUESDAY + HOUR, department: "engineering", overdueStep: "reply" },
    });
  });

  it("goes to the quality department when no owner is set yet", () => {
    const found = onlyCase({ complaints: [complaint({ ownerDepartment: null })] });
    const slip = reminderSlip(found, "notify", TUESDAY, []);
    expect(slip.ok && slip.changes.department).toBe("quality");
  });

  it("is refused for a step that is not yet due", () => {
    const found = onlyCase({ complaints: [complaint()] });
    expect(reminderSlip(found, "proposal", TUESDAY, [])).toEqual({ ok: false, reason: "cases.stepNotOverdue" });
  });

  it("is refused for a step that is done or not owed", () => {
    const found = onlyCase({ complaints: [complaint({ replyDone: FRIDAY_4PM + HOUR })] });
    expect(reminderSlip(found, "reply", TUESDAY, [])).toEqual({ ok: false, reason: "cases.stepNotOverdue" });
    expect(reminderSlip(found, "eightD", TUESDAY, [])).toEqual({ ok: false, reason: "cases.stepNotOverdue" });
  });

  it("is for complaints only: the slips table refers to complaints", () => {
    const late = at(2026, 12, 10);
    expect(reminderSlip(onlyCase({ feedback: [feedback()] }, late), "reply", late, [])).toEqual({
      ok: false,
      reason: "cases.remindersForComplaintsOnly",
    });
    expect(reminderSlip(onlyCase({ surveyDispatch: [dispatch()] }, late), "return", late, [])).toEqual({
      ok: false,
      reason: "cases.remindersForComplaintsOnly",
    });
  });
});

describe("one open slip per case and step (REQ 27)", () => {
  /** A slip as the Reminders table holds it: the step as its label in the workbook's language. */
  const issued = (input: Partial<Record<string, string | number | null>> = {}): LedgerRecord => ({
    id: "RM-2026-0001",
    recordId: "CC-2026-0001",
    issuedAt: TUESDAY,
    department: "Engineering",
    overdueStep: "Reply",
    reason: null,
    answeredAt: null,
    ...input,
  });

  it("finds the slip still waiting for the department's reason for that case and step", () => {
    const slips = [issued({ id: "RM-2026-0001", overdueStep: "Notify owner" }), issued({ id: "RM-2026-0002" })];
    expect(openSlipFor(slips, "CC-2026-0001", "reply")?.id).toBe("RM-2026-0002");
    expect(openSlipFor(slips, "CC-2026-0001", "notify")?.id).toBe("RM-2026-0001");
  });

  it("finds none for another step, another complaint, or a slip already answered", () => {
    const slips = [issued(), issued({ id: "RM-2026-0002", recordId: "CC-2026-0002", overdueStep: "8D report" })];
    expect(openSlipFor(slips, "CC-2026-0001", "eightD")).toBeUndefined();
    expect(openSlipFor(slips, "CC-2026-0003", "reply")).toBeUndefined();
    expect(
      openSlipFor([issued({ reason: "Waiting for the lab.", answeredAt: TUESDAY + 1 })], "CC-2026-0001", "reply"),
    ).toBeUndefined();
    expect(openSlipFor(slips, "", "reply")).toBeUndefined();
  });

  it("reads the step in any language or as its key, and the complaint id as Excel compares it", () => {
    expect(openSlipFor([issued({ overdueStep: "答复" })], "CC-2026-0001", "reply")).toBeDefined();
    expect(openSlipFor([issued({ overdueStep: "reply" })], "CC-2026-0001", "reply")).toBeDefined();
    expect(openSlipFor([issued({ recordId: " cc-2026-0001 " })], "CC-2026-0001", "reply")).toBeDefined();
  });

  it("refuses a second slip for a step while the first is open, and allows one once it is answered", () => {
    const found = onlyCase({ complaints: [complaint()] });
    expect(reminderSlip(found, "reply", TUESDAY, [issued()])).toEqual({ ok: false, reason: "cases.slipAlreadyOpen" });
    expect(reminderSlip(found, "notify", TUESDAY, [issued()]).ok).toBe(true);
    const answered = issued({ reason: "Waiting for the lab.", answeredAt: TUESDAY - HOUR });
    expect(reminderSlip(found, "reply", TUESDAY, [answered]).ok).toBe(true);
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
