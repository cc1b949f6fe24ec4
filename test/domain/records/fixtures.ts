import { serialOf } from "../../../src/domain/excel-date";
import type { RecordInput, RecordValidation, ValidateOptions } from "../../../src/domain/records";
import { validateRecord } from "../../../src/domain/records";
import { type ColumnSpec, type TableSpec, TABLES, sameInAllLanguages } from "../../../src/domain/schema";

export const EN: ValidateOptions = { language: "en" };

/** A complaint with every required field filled in, as a form gives it. */
export function complaintInput(changes: RecordInput = {}): RecordInput {
  return {
    receivedAt: "2026-11-21 14:30",
    channel: "Phone",
    customer: "Hà Nội Motors",
    product: "Pump P-200",
    severity: "General",
    description: "Leaks after two days.",
    status: "Open",
    ...changes,
  };
}

export function validateComplaint(changes: RecordInput = {}, options: ValidateOptions = EN): RecordValidation {
  return validateRecord(TABLES.complaints, complaintInput(changes), options);
}

/** The row of a valid record; fails the test with the errors otherwise. */
export function rowOf(result: RecordValidation) {
  if (!result.ok) throw new Error(`Expected a valid record, got ${JSON.stringify(result.errors)}`);
  return result.row;
}

/** The field and code of each error, as the tests compare them. */
export function errorsOf(result: RecordValidation) {
  return result.ok ? [] : result.errors.map((error) => [error.field, error.code]);
}

/** 2026-11-21 14:30 as a serial. */
export function at(year: number, month: number, day: number, hours = 0, minutes = 0): number {
  return serialOf(year, month, day) + (hours * 60 + minutes) / 1440;
}

/** A one-table spec around the given columns, for rules that no table of the data model exercises alone. */
export function tableOf(...columns: ColumnSpec[]): TableSpec {
  return {
    key: "targets",
    name: "Test",
    title: sameInAllLanguages("Test"),
    sheet: sameInAllLanguages("Test"),
    columns,
  };
}

export function columnOf(key: string, type: ColumnSpec["type"], options: Partial<ColumnSpec> = {}): ColumnSpec {
  return { key, type, header: sameInAllLanguages(key), ...options };
}
