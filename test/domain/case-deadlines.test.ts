import {
  type ComplaintProgress,
  complaintDueDates,
  complaintOnTime,
  complaintOverdue,
  followUpDue,
  surveyReturnDays,
} from "../../src/domain/case-deadlines";
import { serialOf } from "../../src/domain/excel-date";
import { SchemaError } from "../../src/domain/schema";
import { DEFAULT_PLAN_SETTINGS } from "../../src/domain/workbook-plan";

const deadlines = DEFAULT_PLAN_SETTINGS.deadlines;
const noHolidays = new Set<number>();
/** Friday 2026-11-20 at 16:00. */
const FRIDAY_4PM = serialOf(2026, 11, 20) + 16 / 24;
const HOUR = 1 / 24;

function progress(overrides: Partial<ComplaintProgress> = {}): ComplaintProgress {
  return {
    receivedAt: FRIDAY_4PM,
    closedAt: null,
    replyDue: FRIDAY_4PM + 24 * HOUR,
    replyDone: null,
    proposalDue: serialOf(2026, 11, 25) + 16 / 24,
    proposalDone: null,
    eightDDue: serialOf(2026, 11, 25) + 16 / 24,
    eightDDone: null,
    eightDRequired: false,
    followUpDue: null,
    followUpDone: null,
    ...overrides,
  };
}

describe("a complaint's deadlines", () => {
  it("wants a reply within 24 hours, a proposal and an 8D report within 3 working days", () => {
    const due = complaintDueDates({ receivedAt: FRIDAY_4PM, urgent: false }, deadlines, noHolidays);
    expect(due.replyDue).toBeCloseTo(FRIDAY_4PM + 1, 9);
    expect(due.proposalDue).toBeCloseTo(serialOf(2026, 11, 25) + 16 / 24, 9); // Mon, Tue, Wed
    expect(due.eightDDue).toBe(due.proposalDue);
    expect(due.notifyDue).toBeCloseTo(FRIDAY_4PM + 30 / 1440, 9);
  });

  it("wants an urgent reply within 4 hours", () => {
    const due = complaintDueDates({ receivedAt: FRIDAY_4PM, urgent: true }, deadlines, noHolidays);
    expect(due.replyDue).toBeCloseTo(FRIDAY_4PM + 4 * HOUR, 9);
  });

  it("takes the customer's own 8D date over the procedure's", () => {
    const customerDate = serialOf(2026, 12, 1);
    const due = complaintDueDates(
      { receivedAt: FRIDAY_4PM, urgent: false, customerEightDDue: customerDate },
      deadlines,
      noHolidays,
    );
    expect(due.eightDDue).toBe(customerDate);
  });

  it("skips holidays when counting working days", () => {
    const monday = serialOf(2026, 11, 23);
    const due = complaintDueDates({ receivedAt: FRIDAY_4PM, urgent: false }, deadlines, new Set([monday]));
    expect(due.proposalDue).toBeCloseTo(serialOf(2026, 11, 26) + 16 / 24, 9);
  });

  it("wants the follow-up call within 7 days of closing", () => {
    expect(followUpDue(FRIDAY_4PM, deadlines, noHolidays)).toBeCloseTo(FRIDAY_4PM + 7, 9);
    expect(followUpDue(null, deadlines, noHolidays)).toBeNull();
  });

  it("counts survey forms back in working days and refuses a calendar-day setting", () => {
    expect(surveyReturnDays(deadlines)).toBe(5);
    expect(() => surveyReturnDays({ ...deadlines, surveyDueBack: "7d" })).toThrow(SchemaError);
  });
});

describe("whether a closed complaint kept its deadlines", () => {
  it("says nothing while the complaint is open", () => {
    expect(complaintOnTime(progress())).toBeNull();
  });

  it("counts a complaint replied in time, with every other step in time, as on time", () => {
    const closed = progress({
      closedAt: FRIDAY_4PM + 5,
      replyDone: FRIDAY_4PM + 2 * HOUR,
      proposalDone: FRIDAY_4PM + 3,
    });
    expect(complaintOnTime(closed)).toBe(true);
  });

  it("counts a complaint never replied to as late", () => {
    expect(complaintOnTime(progress({ closedAt: FRIDAY_4PM + 5 }))).toBe(false);
  });

  it("counts a reply 25 hours after receipt as late", () => {
    expect(complaintOnTime(progress({ closedAt: FRIDAY_4PM + 5, replyDone: FRIDAY_4PM + 25 * HOUR }))).toBe(false);
  });

  it("counts an 8D report after its date as late", () => {
    const late = progress({ closedAt: FRIDAY_4PM + 9, replyDone: FRIDAY_4PM + HOUR, eightDDone: FRIDAY_4PM + 8 });
    expect(complaintOnTime(late)).toBe(false);
  });
});

describe("whether a case is overdue now", () => {
  it("flags an open complaint whose reply is past due", () => {
    expect(complaintOverdue(progress(), FRIDAY_4PM + 25 * HOUR)).toBe(true);
    expect(complaintOverdue(progress(), FRIDAY_4PM + 23 * HOUR)).toBe(false);
  });

  it("flags a missing 8D report only when one is owed", () => {
    const replied = progress({ replyDone: FRIDAY_4PM + HOUR, proposalDone: FRIDAY_4PM + 2 });
    const later = FRIDAY_4PM + 10;
    expect(complaintOverdue(replied, later)).toBe(false);
    expect(complaintOverdue({ ...replied, eightDRequired: true }, later)).toBe(true);
  });

  it("flags a closed complaint whose follow-up call is past due", () => {
    const closed = progress({ closedAt: FRIDAY_4PM + 1, followUpDue: FRIDAY_4PM + 8, replyDone: FRIDAY_4PM + HOUR });
    expect(complaintOverdue(closed, FRIDAY_4PM + 9)).toBe(true);
    expect(complaintOverdue({ ...closed, followUpDone: FRIDAY_4PM + 3 }, FRIDAY_4PM + 9)).toBe(false);
  });

  it("says nothing for a row without a received date", () => {
    expect(complaintOverdue(progress({ receivedAt: null }), FRIDAY_4PM)).toBeNull();
  });
});
