/** Every action's output is something the record validation accepts, in the workbook's language. */
import {
  type CaseActionResult,
  type LedgerRecord,
  answerReminder,
  closeComplaint,
  openCases,
  recordFollowUp,
  reminderSlip,
  reopenComplaint,
} from "../../../src/domain/cases";
import type { Language } from "../../../src/domain/i18n/language";
import { type RecordInput, validateRecord, validateUpdate } from "../../../src/domain/records";
import { TABLES, choiceLabel } from "../../../src/domain/schema";
import { CLOSED_AT, at, clockAt, closedComplaint, complaint, rowOf, sources } from "./fixtures";

function changesOf(result: CaseActionResult): RecordInput {
  if (!result.ok) throw new Error(`Expected changes, got the refusal ${result.reason}`);
  return result.changes;
}

const NOW = at(2026, 12, 10, 11);

describe.each<Language>(["en", "zh-CN"])("in a workbook in %s", (language) => {
  const options = { language };
  const update = (record: LedgerRecord, changes: RecordInput) =>
    rowOf(validateUpdate(TABLES.complaints, record, changes, options));

  it("closing writes the closed status, the date and the effectiveness check as the workbook's labels", () => {
    const record = complaint({}, { language });
    const row = update(record, changesOf(closeComplaint(record, { now: NOW, effectivenessChecked: true })));
    expect(row).toEqual({
      status: choiceLabel("caseStatus", "closed", language),
      closedAt: NOW,
      effectivenessChecked: choiceLabel("yesNo", "yes", language),
    });
  });

  it("closing an approved major complaint validates", () => {
    const record = complaint({ severity: "major", status: "inProgress", approval: "approved" }, { language });
    expect(update(record, changesOf(closeComplaint(record, { now: NOW, effectivenessChecked: true })))).toHaveProperty(
      "status",
    );
  });

  it("reopening validates: the reopened status without a closing date", () => {
    const record = closedComplaint({ followUpDone: CLOSED_AT + 1, followUpResult: "satisfied" }, language);
    expect(update(record, changesOf(reopenComplaint(record, NOW)))).toEqual({
      status: choiceLabel("caseStatus", "reopened", language),
      closedAt: null,
      effectivenessChecked: null,
      followUpDone: null,
      followUpResult: null,
    });
  });

  it.each(["satisfied", "dissatisfied", "notReached"] as const)("a %s follow-up validates", (outcome) => {
    const record = closedComplaint({}, language);
    const result = recordFollowUp(record, { now: NOW, outcome });
    const row = update(record, changesOf(result));
    expect(row.followUpResult).toBe(choiceLabel("followUpResult", outcome, language));
  });

  it("the new complaint of a rejected outcome validates once its description is written", () => {
    const record = closedComplaint({ contentClass: "productQuality" }, language);
    const result = recordFollowUp(record, { now: NOW, outcome: "dissatisfied" });
    if (!result.ok || result.newComplaint === undefined) throw new Error("Expected a new complaint");
    const withoutDescription = validateRecord(TABLES.complaints, result.newComplaint, options);
    expect(withoutDescription.ok ? [] : withoutDescription.errors.map((error) => error.field)).toEqual(["description"]);
    const row = rowOf(
      validateRecord(TABLES.complaints, { ...result.newComplaint, description: "Leaks again." }, options),
    );
    expect(row).toMatchObject({
      parentComplaint: "CC-2026-0001",
      contentClass: choiceLabel("complaintContent", "productQuality", language),
      status: choiceLabel("caseStatus", "open", language),
    });
  });

  it("a reminder slip validates as a new Reminders row, and its answer as an update of it", () => {
    const [found] = openCases(sources({ complaints: [complaint({}, { language })] }), clockAt(NOW));
    const slip = rowOf(validateRecord(TABLES.reminders, changesOf(reminderSlip(found, "reply", NOW, [])), options));
    expect(slip.department).toBe(choiceLabel("department", "engineering", language));
    expect(slip.overdueStep).toBe(choiceLabel("dueStep", "reply", language));
    const stored = { id: "RM-2026-0001", ...slip };
    const answer = changesOf(answerReminder(stored, "Supplier analysis pending.", NOW + 1));
    expect(rowOf(validateUpdate(TABLES.reminders, stored, answer, options))).toEqual({
      reason: "Supplier analysis pending.",
      answeredAt: NOW + 1,
    });
  });
});
