/**
 * Due dates of the complaint and survey procedures (VOC.DUE): clock time ("24h", "4h", "30m"), calendar days
 * ("7d") or working days ("3wd", WORKDAY semantics), and the same rule as a native Excel formula.
 */
import { type CellValue, isBlank, toNumber } from "./cell-value";
import { MAX_EXCEL_SERIAL, wholeDay } from "./excel-date";
import { FormulaInputError } from "./formula-error";
import { workday } from "./working-days";

/** Clock minutes (hours are 60 minutes), calendar days, or working days. */
export type DurationUnit = "minutes" | "days" | "workdays";

/** A parsed duration: a whole, positive amount of one unit. */
export interface Duration {
  readonly unit: DurationUnit;
  readonly amount: number;
}

/** The deadlines the procedures set, as duration text for VOC.DUE and dueFormula. */
export const SLA_DURATIONS = {
  /** Say whether a request can be met within 24 hours (003 §4.1.5). */
  reply: "24h",
  /** … within 4 hours when it is urgent (003 §4.1.5). */
  urgentReply: "4h",
  /** A handling proposal within 3 working days of acceptance (003 §4.4.2.6). */
  proposal: "3wd",
  /** An 8D report within 3 working days, unless the customer sets its own date (004 §5.8.7). */
  eightD: "3wd",
  /** Notify the owner within 30 minutes of a confirmed defect complaint (004 §5.8.2–5.8.4). */
  notifyOwner: "30m",
  /** A survey form is due back 5 working days after it was sent (004 §5.6). */
  surveyDueBack: "5wd",
} as const;

export type SlaName = keyof typeof SLA_DURATIONS;

const DURATION_TEXT = /^([+-]?\d+)\s*(wd|d|h|m)$/i;

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 1440;

/**
 * Reads duration text: a whole number and a unit, "h" (hours), "m" (minutes), "d" (calendar days) or "wd"
 * (working days), in any case, with spaces allowed around and between ("3 WD"). Anything else, a number without a
 * unit included, is #VALUE!; a zero or negative amount ("0h", "-3wd") is #NUM!.
 */
export function parseDuration(text: CellValue): Duration {
  const match = typeof text === "string" ? DURATION_TEXT.exec(text.trim()) : null;
  if (!match) {
    throw new FormulaInputError(
      "value",
      `A duration is a whole number and a unit (h, m, d or wd), such as "24h" or "3wd", not ${JSON.stringify(text)}.`,
    );
  }
  const amount = Number(match[1]);
  if (!Number.isSafeInteger(amount) || amount < 1) {
    throw new FormulaInputError("num", `A duration must be at least 1, not ${match[1]}.`);
  }
  switch (match[2].toLowerCase()) {
    case "h":
      return { unit: "minutes", amount: amount * MINUTES_PER_HOUR };
    case "m":
      return { unit: "minutes", amount };
    case "d":
      return { unit: "days", amount };
    default:
      return { unit: "workdays", amount };
  }
}

/**
 * When something started at `start` (a date-time serial) is due: clock time and calendar days are added as they
 * are (weekends and holidays included); working days move to the same time of day on the amount-th working day
 * after the start's day. The duration is checked first, so a wrong duration shows even on a blank row; then a
 * blank start gives null (a blank cell). Throws #VALUE! for a start that is not a number (numbers stored as text
 * are read), #NUM! for a negative start or a due date after 9999-12-31.
 */
export function dueDate(start: CellValue, duration: CellValue, holidays: ReadonlySet<number>): number | null {
  const { unit, amount } = parseDuration(duration);
  if (isBlank(start)) return null;
  const from = toNumber(start, "The start");
  if (from < 0) throw new FormulaInputError("num", `The start must be a date, not ${from}.`);
  const due =
    unit === "minutes"
      ? from + amount / MINUTES_PER_DAY
      : unit === "days"
        ? from + amount
        : workday(from, amount, holidays) + (from - wholeDay(from));
  if (due >= MAX_EXCEL_SERIAL + 1) throw new FormulaInputError("num", "The due date falls after 9999-12-31.");
  return due;
}

/**
 * The same rule as a native formula for one duration, for the workbook emailed to someone without the add-in:
 * only IF, INT, MOD and WORKDAY, which Excel 2016 and LibreOffice 7.4 both compute. `holidaysRef` is a defined
 * name, a structured reference or a range address; leave it out (or "") for no holidays. A blank start gives "".
 * Throws like parseDuration for a wrong duration.
 *
 * - "24h" → `=IF(A2="","",A2+24/24)`, "30m" → `=IF(A2="","",A2+30/1440)` (the same double as start + minutes/1440)
 * - "7d" → `=IF(A2="","",A2+7)`
 * - "3wd" → `=IF(A2="","",WORKDAY(INT(A2),3,Holidays)+MOD(A2,1))`
 */
export function dueFormula(startRef: string, duration: string, holidaysRef = ""): string {
  const { unit, amount } = parseDuration(duration);
  return `=IF(${startRef}="","",${dueExpression(startRef, unit, amount, holidaysRef)})`;
}

function dueExpression(startRef: string, unit: DurationUnit, amount: number, holidaysRef: string): string {
  switch (unit) {
    case "minutes":
      return amount % MINUTES_PER_HOUR === 0
        ? `${startRef}+${amount / MINUTES_PER_HOUR}/24`
        : `${startRef}+${amount}/${MINUTES_PER_DAY}`;
    case "days":
      return `${startRef}+${amount}`;
    case "workdays": {
      const holidays = holidaysRef.trim() === "" ? "" : `,${holidaysRef}`;
      return `WORKDAY(INT(${startRef}),${amount}${holidays})+MOD(${startRef},1)`;
    }
  }
}
