import { type RecordRow, validateRecord, validateUpdate } from "../../../src/domain/records";
import { SchemaError, TABLES } from "../../../src/domain/schema";
import { EN, at, complaintInput, errorsOf, rowOf } from "./fixtures";

/** A complaint as read back from its table row: normalised cells, the id and calculated cells included. */
function storedComplaint(changes: RecordRow = {}): RecordRow {
  const row = rowOf(validateRecord(TABLES.complaints, complaintInput(), EN));
  return { id: "CC-2026-0042", replyDue: at(2026, 11, 22, 14, 30), overdue: false, ...row, ...changes };
}

describe("updating a stored record", () => {
  it("returns only the cells that change, normalised", () => {
    const result = validateUpdate(
      TABLES.complaints,
      storedComplaint(),
      { status: "in progress", ownerDepartment: "engineering", product: "Pump P-200", batchNo: "  " },
      EN,
    );
    expect(rowOf(result)).toEqual({ status: "In progress", ownerDepartment: "Engineering" });
  });

  it("checks the change against the cells it leaves: closing needs a date after the stored received date", () => {
    const current = storedComplaint();
    expect(errorsOf(validateUpdate(TABLES.complaints, current, { status: "Closed" }, EN))).toEqual([
      ["closedAt", "validation.closedNeedsDate"],
    ]);
    expect(
      errorsOf(validateUpdate(TABLES.complaints, current, { status: "Closed", closedAt: "2026-11-01" }, EN)),
    ).toEqual([["closedAt", "validation.beforeOther"]]);
    expect(rowOf(validateUpdate(TABLES.complaints, current, { status: "Closed", closedAt: "2026-11-30" }, EN))).toEqual(
      {
        status: "Closed",
        closedAt: at(2026, 11, 30),
      },
    );
  });

  it("reopens a closed case by clearing its closing date", () => {
    const current = storedComplaint({ status: "Closed", closedAt: at(2026, 11, 30) });
    expect(errorsOf(validateUpdate(TABLES.complaints, current, { status: "Reopened" }, EN))).toEqual([
      ["closedAt", "validation.dateNeedsClosedStatus"],
    ]);
    expect(rowOf(validateUpdate(TABLES.complaints, current, { status: "Reopened", closedAt: "" }, EN))).toEqual({
      status: "Reopened",
      closedAt: null,
    });
  });

  it('treats a blank cell read back as "" as equal to a blank change', () => {
    const current = storedComplaint({ batchNo: "" });
    expect(rowOf(validateUpdate(TABLES.complaints, current, { batchNo: null }, EN))).toEqual({});
  });

  it("does not rewrite a cell it was not asked to change, even when it would normalise it", () => {
    const current = storedComplaint({ phone: "138-0013-8000", channel: "电话" });
    expect(rowOf(validateUpdate(TABLES.complaints, current, { contact: "Ms Li" }, EN))).toEqual({ contact: "Ms Li" });
  });

  it("writes a choice label read in another language in the workbook's language when it changes", () => {
    const current = storedComplaint({ channel: "Phone" });
    expect(rowOf(validateUpdate(TABLES.complaints, current, { channel: "电话" }, { language: "zh-CN" }))).toEqual({
      channel: "电话",
    });
  });

  it("never changes the id or a calculated cell", () => {
    const result = validateUpdate(TABLES.complaints, storedComplaint(), { id: "CC-2026-0001", overdue: true }, EN);
    expect(rowOf(result)).toEqual({});
  });

  it("refuses a change to a column the table does not have", () => {
    expect(() => validateUpdate(TABLES.complaints, storedComplaint(), { colour: "red" }, EN)).toThrow(SchemaError);
  });

  it("reports a wrong change like a wrong new record", () => {
    expect(errorsOf(validateUpdate(TABLES.complaints, storedComplaint(), { defectRate: "lots" }, EN))).toEqual([
      ["defectRate", "validation.notAPercent"],
    ]);
  });
});
