import {
  type CaseActionResult,
  type LedgerRecord,
  closeComplaint,
  openCases,
  recordFollowUp,
  reopenComplaint,
} from "../../../src/domain/cases";
import { type RecordInput, validateUpdate } from "../../../src/domain/records";
import { TABLES } from "../../../src/domain/schema";
import { CLOSED_AT, FRIDAY_4PM, HOUR, at, clockAt, closedComplaint, complaint, rowOf, sources } from "./fixtures";

/** The changes of an action that went through; fails the test with the refusal otherwise. */
function changesOf(result: CaseActionResult): RecordInput {
  if (!result.ok) throw new Error(`Expected changes, got the refusal ${result.reason}`);
  return result.changes;
}

/** The row after the Excel layer wrote the action's changes (checked by validateUpdate, in the workbook's language). */
function applied(record: LedgerRecord, changes: RecordInput): LedgerRecord {
  return { ...record, ...rowOf(validateUpdate(TABLES.complaints, record, changes, { language: "zh-CN" })) };
}

const NOW = at(2026, 11, 27, 10);
/** Monday 2026-12-07 15:00, a week after closing. */
const FOLLOW_UP_AT = at(2026, 12, 7, 15);

describe("closing a complaint (REQ 30)", () => {
  it("refuses to close without the effectiveness check", () => {
    expect(closeComplaint(complaint(), { now: NOW, effectivenessChecked: false })).toEqual({
      ok: false,
      reason: "cases.effectivenessNotChecked",
    });
  });

  it("closes now with the effectiveness checked", () => {
    expect(changesOf(closeComplaint(complaint(), { now: NOW, effectivenessChecked: true }))).toEqual({
      status: "closed",
      closedAt: NOW,
      effectivenessChecked: "yes",
    });
  });

  it("refuses to close a complaint that is already closed", () => {
    const closed = closedComplaint({}, "zh-CN");
    expect(closeComplaint(closed, { now: NOW, effectivenessChecked: true })).toEqual({
      ok: false,
      reason: "cases.alreadyClosed",
    });
  });

  it("refuses to close a major complaint before the director approved its handling (REQ 26)", () => {
    const pending = complaint({ severity: "major", status: "inProgress", approval: "pending" }, { language: "zh-CN" });
    const approved = complaint({ severity: "major", status: "inProgress", approval: "approved" });
    expect(closeComplaint(pending, { now: NOW, effectivenessChecked: true })).toEqual({
      ok: false,
      reason: "cases.majorNeedsApproval",
    });
    expect(closeComplaint(approved, { now: NOW, effectivenessChecked: true }).ok).toBe(true);
  });

  it("leaves the complaint on the list, now waiting only for its follow-up call", () => {
    const record = complaint({ notifiedAt: FRIDAY_4PM, replyDone: FRIDAY_4PM + HOUR }, { language: "zh-CN" });
    const closed = applied(record, changesOf(closeComplaint(record, { now: NOW, effectivenessChecked: true })));
    const [found] = openCases(sources({ complaints: [closed] }), clockAt(NOW));
    expect(found.status).toBe("closed");
    expect(found.badges.map((badge) => [badge.step, badge.due])).toEqual([["followUp", NOW + 7]]);
  });
});

describe("reopening a complaint after a recurrence (REQ 30)", () => {
  it("reopens it and clears what belonged to the closing", () => {
    expect(changesOf(reopenComplaint(closedComplaint({ followUpResult: "notReached" }), CLOSED_AT + 10))).toEqual({
      status: "reopened",
      closedAt: null,
      effectivenessChecked: null,
      followUpDone: null,
      followUpResult: null,
      handlingSatisfaction: null,
    });
  });

  it("refuses to reopen a complaint that is not closed", () => {
    expect(reopenComplaint(complaint(), NOW)).toEqual({ ok: false, reason: "cases.notClosed" });
  });

  it("refuses a recurrence dated before the closing", () => {
    expect(reopenComplaint(closedComplaint(), CLOSED_AT - 1)).toEqual({
      ok: false,
      reason: "cases.reopenBeforeClosing",
    });
  });

  it("asks for a new follow-up once closed again", () => {
    const followedUp = closedComplaint({ followUpDone: CLOSED_AT + 2, followUpResult: "satisfied" }, "zh-CN");
    const reopened = applied(followedUp, changesOf(reopenComplaint(followedUp, CLOSED_AT + 5)));
    expect(openCases(sources({ complaints: [reopened] }), clockAt(CLOSED_AT + 5))[0].status).toBe("reopened");
    const closedAgain = applied(
      reopened,
      changesOf(closeComplaint(reopened, { now: CLOSED_AT + 9, effectivenessChecked: true })),
    );
    const [found] = openCases(sources({ complaints: [closedAgain] }), clockAt(CLOSED_AT + 9));
    expect(found.badges.map((badge) => [badge.step, badge.due])).toEqual([["followUp", CLOSED_AT + 16]]);
  });
});

describe("the follow-up call after closing (REQ 24, 28, 31)", () => {
  it("records a satisfied customer and their satisfaction with the handling", () => {
    const result = recordFollowUp(closedComplaint(), {
      now: FOLLOW_UP_AT,
      outcome: "satisfied",
      satisfaction: "verySatisfied",
    });
    expect(result).toEqual({
      ok: true,
      changes: { followUpDone: FOLLOW_UP_AT, followUpResult: "satisfied", handlingSatisfaction: "verySatisfied" },
    });
  });

  it("leaves the satisfaction blank when the customer gave none", () => {
    expect(changesOf(recordFollowUp(closedComplaint(), { now: FOLLOW_UP_AT, outcome: "satisfied" }))).toEqual({
      followUpDone: FOLLOW_UP_AT,
      followUpResult: "satisfied",
    });
  });

  it("takes the complaint off the list once the satisfied customer is recorded", () => {
    const record = closedComplaint({}, "zh-CN");
    const done = applied(record, changesOf(recordFollowUp(record, { now: FOLLOW_UP_AT, outcome: "satisfied" })));
    expect(openCases(sources({ complaints: [done] }), clockAt(FOLLOW_UP_AT))).toEqual([]);
  });

  it("keeps the call pending when the customer was not reached and proposes the next working day, same time", () => {
    const result = recordFollowUp(closedComplaint(), { now: at(2026, 12, 4, 15), outcome: "notReached" });
    expect(result).toEqual({ ok: true, changes: { followUpResult: "notReached" }, callAgainAt: FOLLOW_UP_AT });
  });

  it("calls again after a holiday too", () => {
    const result = recordFollowUp(closedComplaint(), {
      now: at(2026, 12, 4, 15),
      outcome: "notReached",
      holidays: new Set([at(2026, 12, 7)]),
    });
    expect(result.ok && "callAgainAt" in result ? result.callAgainAt : null).toBeCloseTo(at(2026, 12, 8, 15), 9);
  });

  it("keeps the complaint on the list after an unreachable customer", () => {
    const record = closedComplaint({}, "zh-CN");
    const tried = applied(
      record,
      changesOf(recordFollowUp(record, { now: CLOSED_AT + 3, outcome: "notReached", satisfaction: "satisfied" })),
    );
    expect(openCases(sources({ complaints: [tried] }), clockAt(CLOSED_AT + 3))).toHaveLength(1);
  });

  it("opens a new complaint attached to the original when the customer rejects the outcome", () => {
    const original = closedComplaint({ urgent: "yes", contentClass: "productQuality" }, "zh-CN");
    const result = recordFollowUp(original, { now: FOLLOW_UP_AT, outcome: "dissatisfied" });
    if (!result.ok) throw new Error(result.reason);
    expect(result.changes).toEqual({
      followUpDone: FOLLOW_UP_AT,
      followUpResult: "dissatisfied",
      handlingSatisfaction: "dissatisfied",
    });
    expect(result.newComplaint).toEqual({
      parentComplaint: "CC-2026-0001",
      customer: "Hà Nội Motors",
      contact: "Ms Lan",
      phone: original.phone,
      product: "Pump P-200",
      batchNo: "B-2611",
      channel: "phone",
      severity: "general",
      contentClass: "productQuality",
      ownerDepartment: "engineering",
      receivedAt: FOLLOW_UP_AT,
      status: "open",
      description: null,
    });
  });

  it("copies a label it does not know as typed, for the form to show", () => {
    const original = { ...closedComplaint(), channel: "WeChat", batchNo: null };
    const result = recordFollowUp(original, { now: FOLLOW_UP_AT, outcome: "dissatisfied" });
    expect(result.ok && "newComplaint" in result ? result.newComplaint : null).toMatchObject({
      channel: "WeChat",
      batchNo: null,
    });
  });

  it("keeps the level the dissatisfied customer gave", () => {
    const result = recordFollowUp(closedComplaint(), {
      now: FOLLOW_UP_AT,
      outcome: "dissatisfied",
      satisfaction: "basicallySatisfied",
    });
    expect(changesOf(result).handlingSatisfaction).toBe("basicallySatisfied");
  });

  it("refuses a follow-up before the complaint is closed", () => {
    expect(recordFollowUp(complaint(), { now: NOW, outcome: "satisfied" })).toEqual({
      ok: false,
      reason: "cases.notClosed",
    });
  });

  it("refuses a second follow-up", () => {
    const done = closedComplaint({ followUpDone: CLOSED_AT + 1, followUpResult: "satisfied" });
    expect(recordFollowUp(done, { now: FOLLOW_UP_AT, outcome: "dissatisfied" })).toEqual({
      ok: false,
      reason: "cases.followUpAlreadyDone",
    });
  });

  it("refuses a satisfaction level that is not one", () => {
    expect(
      recordFollowUp(closedComplaint(), { now: FOLLOW_UP_AT, outcome: "satisfied", satisfaction: "满意" }),
    ).toEqual({
      ok: false,
      reason: "cases.unknownSatisfaction",
    });
  });

  it("refuses a level that contradicts the outcome", () => {
    const satisfiedButDissatisfied = { now: FOLLOW_UP_AT, outcome: "satisfied", satisfaction: "dissatisfied" } as const;
    const rejectedButSatisfied = { now: FOLLOW_UP_AT, outcome: "dissatisfied", satisfaction: "satisfied" } as const;
    const refusal = { ok: false, reason: "cases.satisfactionContradictsOutcome" };
    expect(recordFollowUp(closedComplaint(), satisfiedButDissatisfied)).toEqual(refusal);
    expect(recordFollowUp(closedComplaint(), rejectedButSatisfied)).toEqual(refusal);
  });
});
