import { validateRecord } from "../../../src/domain/records";
import { DEFAULT_INSTRUMENT, DEFAULT_MODULES, TABLES, surveyReturnColumns } from "../../../src/domain/schema";
import { EN, errorsOf, rowOf, validateComplaint } from "./fixtures";

const closed = { status: "Closed", closedAt: "2026-11-25 09:00" };

describe("a complaint's dates", () => {
  it("rejects a complaint closed before it was received", () => {
    const result = validateComplaint({ status: "Closed", closedAt: "2026-11-20 09:00" });
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({
        field: "closedAt",
        code: "validation.beforeOther",
        localizedValues: expect.objectContaining({ other: TABLES.complaints.columns[1].header }),
      }),
    ]);
  });

  it("accepts a complaint closed the day it was received, when the closing is entered without a time", () => {
    expect(validateComplaint({ status: "Closed", closedAt: "2026-11-21" }).ok).toBe(true);
  });

  it("rejects a closing earlier on the same day when both times are given", () => {
    const result = validateComplaint({ status: "Closed", closedAt: "2026-11-21 10:00" });
    expect(errorsOf(result)).toEqual([["closedAt", "validation.beforeOther"]]);
  });

  it.each(["notifiedAt", "replyDone", "proposalDone", "eightDDone", "followUpDone"])(
    "rejects %s before the complaint was received",
    (field) => {
      expect(errorsOf(validateComplaint({ [field]: "2026-11-21 14:00" }))).toEqual([[field, "validation.beforeOther"]]);
      expect(validateComplaint({ [field]: "2026-11-21 14:30" }).ok).toBe(true);
    },
  );

  it("rejects a purchase made after the complaint was received", () => {
    expect(errorsOf(validateComplaint({ purchaseDate: "2026-11-22" }))).toEqual([
      ["purchaseDate", "validation.afterOther"],
    ]);
    expect(validateComplaint({ purchaseDate: "2026-11-21" }).ok).toBe(true);
  });

  it("reports a date that is no date once, as such, and not again against the received date", () => {
    expect(errorsOf(validateComplaint({ ...closed, closedAt: "2026-02-30" }))).toEqual([
      ["closedAt", "validation.notADateTime"],
    ]);
  });

  it("does not compare against a received date that is itself wrong", () => {
    expect(errorsOf(validateComplaint({ receivedAt: "yesterday", replyDone: "2026-01-01" }))).toEqual([
      ["receivedAt", "validation.notADateTime"],
    ]);
  });
});

describe("a complaint's status and closing date", () => {
  it("accepts a closed complaint with its closing date", () => {
    expect(validateComplaint(closed).ok).toBe(true);
  });

  it("requires the closing date when the status is Closed, naming the status in the UI language", () => {
    const result = validateComplaint({ status: "Closed" });
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({
        field: "closedAt",
        code: "validation.closedNeedsDate",
        localizedValues: expect.objectContaining({ status: expect.objectContaining({ en: "Closed", vi: "Đã đóng" }) }),
      }),
    ]);
  });

  it.each(["Open", "In progress", "Awaiting customer", "Reopened"])(
    "rejects a closing date on a case whose status is %s: it closes again with a new date",
    (status) => {
      expect(errorsOf(validateComplaint({ status, closedAt: "2026-11-25" }))).toEqual([
        ["closedAt", "validation.dateNeedsClosedStatus"],
      ]);
    },
  );

  it("leaves the closing date alone when the status itself is wrong", () => {
    expect(errorsOf(validateComplaint({ status: "Done", closedAt: "2026-11-25" }))).toEqual([
      ["status", "validation.notAChoice"],
    ]);
  });
});

describe("a major complaint's approval", () => {
  const major = { severity: "Major" };

  it("may be registered before the director has seen it", () => {
    expect(validateComplaint({ ...major, status: "Open" }).ok).toBe(true);
  });

  it.each(["In progress", "Awaiting customer", "Reopened"])(
    "needs the approval filled in once its status is %s",
    (status) => {
      expect(errorsOf(validateComplaint({ ...major, status }))).toEqual([["approval", "validation.approvalRequired"]]);
      expect(validateComplaint({ ...major, status, approval: "Pending" }).ok).toBe(true);
    },
  );

  it("can only be closed once approved", () => {
    expect(errorsOf(validateComplaint({ ...major, ...closed, approval: "Pending" }))).toEqual([
      ["approval", "validation.approvalBeforeClosing"],
    ]);
    expect(errorsOf(validateComplaint({ ...major, ...closed }))).toEqual([["approval", "validation.approvalRequired"]]);
    expect(validateComplaint({ ...major, ...closed, approval: "Approved" }).ok).toBe(true);
  });

  it("is not asked of a general complaint", () => {
    expect(validateComplaint({ severity: "General", ...closed }).ok).toBe(true);
  });
});

describe("feedback", () => {
  const feedback = {
    receivedAt: "2026-03-02 10:00",
    channel: "Hotline",
    customer: "Acme",
    kind: "Request",
    content: "Can you deliver on Saturday?",
    status: "In progress",
  };

  it("accepts a reply the same day", () => {
    expect(validateRecord(TABLES.feedback, { ...feedback, repliedAt: "2026-03-02 16:00" }, EN).ok).toBe(true);
  });

  it("rejects a reply or a closing before the feedback was received", () => {
    const result = validateRecord(
      TABLES.feedback,
      { ...feedback, repliedAt: "2026-03-01", status: "Closed", closedAt: "2026-03-01 12:00" },
      EN,
    );
    expect(errorsOf(result)).toEqual([
      ["repliedAt", "validation.beforeOther"],
      ["closedAt", "validation.beforeOther"],
    ]);
  });

  it("requires the closing date of closed feedback", () => {
    const result = validateRecord(TABLES.feedback, { ...feedback, status: "Closed" }, EN);
    expect(errorsOf(result)).toEqual([["closedAt", "validation.closedNeedsDate"]]);
  });
});

describe("reminder slips", () => {
  const slip = {
    recordId: "CC-2026-0042",
    issuedAt: "2026-11-25 09:00",
    department: "Sales",
    overdueStep: "8D report",
  };

  it("rejects an answer dated before the slip was issued", () => {
    const result = validateRecord(TABLES.reminders, { ...slip, answeredAt: "2026-11-24" }, EN);
    expect(errorsOf(result)).toEqual([["answeredAt", "validation.beforeOther"]]);
  });

  it("accepts an answer after the slip was issued", () => {
    expect(validateRecord(TABLES.reminders, { ...slip, answeredAt: "2026-11-26" }, EN).ok).toBe(true);
  });
});

describe("survey returns", () => {
  const columns = surveyReturnColumns(DEFAULT_INSTRUMENT, DEFAULT_MODULES);
  const options = { language: "en", columns } as const;
  const form = { period: "2026-Q3", customer: "Acme", returnedAt: "2026-07-08" };

  it("need the returned date", () => {
    const result = validateRecord(TABLES.surveyReturns, { period: "2026-Q3", customer: "Acme", item_OV1: 4 }, options);
    expect(errorsOf(result)).toEqual([["returnedAt", "validation.required"]]);
  });

  it("need at least one rating", () => {
    expect(errorsOf(validateRecord(TABLES.surveyReturns, form, options))).toEqual([
      ["item_OV1", "validation.noRatings"],
    ]);
    expect(rowOf(validateRecord(TABLES.surveyReturns, { ...form, item_PQ2: 0 }, options)).item_PQ2).toBe(0);
  });

  it("report a wrong rating as wrong, not as missing", () => {
    expect(errorsOf(validateRecord(TABLES.surveyReturns, { ...form, item_OV1: "good" }, options))).toEqual([
      ["item_OV1", "validation.notANumber"],
    ]);
  });

  it("without the instrument's columns have no ratings to ask for", () => {
    expect(validateRecord(TABLES.surveyReturns, form, EN).ok).toBe(true);
  });
});
