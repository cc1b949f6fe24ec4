/**
 * What a case is about (REQ 1, 3, 8, 9): the intake cells of its record — for a complaint the description, the
 * product or part number, the batch, the defect quantity and the rest of what was recorded when it came in; for
 * feedback the customer's own text — to be listed on the case page under the table's own headers. The cells the
 * case's actions write (status, done dates, causes and actions, closing, follow-up) are left to those actions, and
 * blank cells are left out.
 */
import { isBlank } from "../cell-value";
import { type ChoiceListKey, type ColumnSpec, TABLES, type TableSpec } from "../schema";
import { type LedgerRecord, choiceOf, dateIn, textOf } from "./ledger-record";
import type { CaseKind } from "./types";

/** A cell as the case page shows it: the page words choices and formats dates and numbers in its language. */
export type ParticularValue =
  /** One line as typed; also a label no list knows, or a date or number cell holding text. */
  | { readonly type: "text"; readonly text: string }
  /** Free text (a description, the customer's feedback), line breaks kept. */
  | { readonly type: "longText"; readonly text: string }
  /** A choice KEY of `list`. */
  | { readonly type: "choice"; readonly list: ChoiceListKey; readonly choice: string }
  /** An Excel serial; `withTime` for date-time columns. */
  | { readonly type: "date"; readonly serial: number; readonly withTime: boolean }
  | { readonly type: "number"; readonly value: number }
  /** The fraction Excel stores (0.03 shows as 3 %). */
  | { readonly type: "percent"; readonly fraction: number };

export interface Particular {
  readonly column: ColumnSpec;
  readonly value: ParticularValue;
}

/**
 * The columns a case page lists, in the order a quality engineer reads them: what happened first (the description
 * and what it concerns), then who reported it and when, then how it was classified and who owns it.
 */
export const PARTICULAR_COLUMNS: { readonly [kind in CaseKind]: readonly string[] } = {
  complaint: [
    "description",
    "product",
    "batchNo",
    "defectQuantity",
    "defectRate",
    "customer",
    "contact",
    "phone",
    "receivedAt",
    "channel",
    "purchaseDate",
    "purchasePlace",
    "contentClass",
    "nature",
    "severity",
    "urgent",
    "customerDemand",
    "eightDCustomerDue",
    "ownerDepartment",
    "ownerPerson",
    "parentComplaint",
  ],
  feedback: [
    "content",
    "kind",
    "topic",
    "customer",
    "contact",
    "phone",
    "address",
    "receivedAt",
    "channel",
    "urgent",
    "receivedBy",
    "department",
    "verified",
    "linkedComplaint",
  ],
  surveyDispatch: ["customer", "period", "instrument", "sentAt", "channel", "receiptConfirmed"],
};

const TABLE_OF: { readonly [kind in CaseKind]: TableSpec } = {
  complaint: TABLES.complaints,
  feedback: TABLES.feedback,
  surveyDispatch: TABLES.surveyDispatch,
};

/** The filled intake cells of a case's record, in PARTICULAR_COLUMNS' order. */
export function caseParticulars(kind: CaseKind, record: LedgerRecord): Particular[] {
  const table = TABLE_OF[kind];
  return PARTICULAR_COLUMNS[kind].flatMap((key) => {
    // A column the schema no longer has is skipped rather than breaking the page.
    const column = table.columns.find((found) => found.key === key);
    const value = column === undefined ? null : particularValue(column, record);
    return column === undefined || value === null ? [] : [{ column, value }];
  });
}

/** One cell as the page shows it; null when it is blank. Someone may have typed anything: it is then shown as typed. */
export function particularValue(column: ColumnSpec, record: LedgerRecord): ParticularValue | null {
  const cell = record[column.key];
  if (isBlank(cell)) return null;
  const asTyped: ParticularValue = { type: "text", text: textOf(record, column.key) };
  switch (column.type) {
    case "longText":
      return { type: "longText", text: String(cell).trim() };
    case "choice": {
      const list = column.choices;
      if (list === undefined) return asTyped;
      const choice =
        typeof cell === "boolean" && list === "yesNo" ? (cell ? "yes" : "no") : choiceOf(record, column.key, list);
      return choice === null ? asTyped : { type: "choice", list, choice };
    }
    case "date":
    case "dateTime": {
      const serial = typeof cell === "number" ? dateIn(record, column.key) : null;
      return serial === null ? asTyped : { type: "date", serial, withTime: column.type === "dateTime" };
    }
    case "number":
    case "integer":
      return typeof cell === "number" && Number.isFinite(cell) ? { type: "number", value: cell } : asTyped;
    case "percent":
      return typeof cell === "number" && Number.isFinite(cell) ? { type: "percent", fraction: cell } : asTyped;
    default:
      return asTyped;
  }
}
