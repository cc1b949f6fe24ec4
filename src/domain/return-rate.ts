/**
 * Survey return rate (VOC.RETURNRATE): returned ÷ sent × 100, where a form returned later than `days` (default 5)
 * working days after it was sent counts as not returned (procedure 004 §5.6, REQUIREMENTS 18).
 */
import { type RangeArgument, assertSameShape, cellsOf } from "./cell-range";
import { type CellValue, isBlank, toNumber } from "./cell-value";
import { wholeDay } from "./excel-date";
import { FormulaInputError } from "./formula-error";
import { workday } from "./working-days";

/** A survey form is due back 5 working days after it was sent. */
export const DEFAULT_RETURN_DAYS = 5;

/**
 * The `days` argument of VOC.RETURNRATE: blank gives the default 5; a number (or a number stored as text) is
 * truncated to whole days as WORKDAY does. Text is #VALUE!, a negative number #NUM!.
 */
export function returnDaysFrom(value: CellValue): number {
  if (isBlank(value)) return DEFAULT_RETURN_DAYS;
  return checkedDays(toNumber(value, "The number of working days"));
}

function checkedDays(days: number): number {
  if (!Number.isFinite(days) || days < 0) {
    throw new FormulaInputError("num", `The number of working days must be 0 or more, not ${days}.`);
  }
  return Math.trunc(days);
}

/**
 * Whether one form came back on time: INT(returned) ≤ WORKDAY(INT(sent), days, holidays), whole days compared, so
 * a form sent at 10:00 and returned that morning is on time. A blank sent date gives null (the row is not a
 * dispatch, whatever its returned cell holds); a blank returned date gives false. Throws #VALUE! for a sent or
 * returned value that is not a number (numbers stored as text are read) and for a return on a day before the
 * sent day; #NUM! for a negative sent date or negative days.
 */
export function returnedOnTime(
  sent: CellValue,
  returned: CellValue,
  days: number,
  holidays: ReadonlySet<number>,
): boolean | null {
  const workingDays = checkedDays(days);
  if (isBlank(sent)) return null;
  const sentDay = wholeDay(toNumber(sent, "The sent date"));
  if (sentDay < 0) throw new FormulaInputError("num", `The sent date must be a date, not ${String(sent)}.`);
  if (isBlank(returned)) return false;
  const returnedDay = wholeDay(toNumber(returned, "The returned date"));
  if (returnedDay < sentDay) {
    throw new FormulaInputError("value", "A form cannot come back on a day before it was sent.");
  }
  return returnedDay <= workday(sentDay, workingDays, holidays);
}

/**
 * The percent (0–100) of sent forms returned on time. `sent` and `returned` pair cell by cell and must have the
 * same shape (#VALUE! otherwise); rows with a blank sent date are skipped. Throws like returnedOnTime for a row,
 * and #DIV/0! when no form was sent.
 */
export function returnRate(
  sent: RangeArgument,
  returned: RangeArgument,
  days: number = DEFAULT_RETURN_DAYS,
  holidays: ReadonlySet<number> = new Set(),
): number {
  assertSameShape(sent, returned, "Sent and returned dates");
  const sentCells = cellsOf(sent);
  const returnedCells = cellsOf(returned);
  let dispatched = 0;
  let onTime = 0;
  sentCells.forEach((sentCell, index) => {
    const flag = returnedOnTime(sentCell, returnedCells[index], days, holidays);
    if (flag === null) return;
    dispatched += 1;
    if (flag) onTime += 1;
  });
  if (dispatched === 0) throw new FormulaInputError("div0", "No survey form was sent.");
  return (onTime / dispatched) * 100;
}

/**
 * returnedOnTime as a native formula for one row: TRUE or FALSE, "" when the sent cell is blank, #VALUE! for a
 * return before the sent day. `holidaysRef` is a defined name, a structured reference or a range address; leave it
 * out (or "") for no holidays. Throws #NUM! for negative days, like returnedOnTime.
 *
 * `=IF(A2="","",IF(B2="",WORKDAY(INT(A2),5,H)<INT(A2),IF(INT(B2)<INT(A2),#VALUE!,INT(B2)<=WORKDAY(INT(A2),5,H))))`
 *
 * With the returned cell blank the answer is FALSE, but written as `WORKDAY(…)<INT(A2)` (never true for days ≥ 0)
 * so that a sent cell holding text still shows #VALUE!, as the domain rule does.
 */
export function onTimeFormula(
  sentRef: string,
  returnedRef: string,
  days: number = DEFAULT_RETURN_DAYS,
  holidaysRef = "",
): string {
  const workingDays = checkedDays(days);
  const holidays = holidaysRef.trim() === "" ? "" : `,${holidaysRef}`;
  const sentDay = `INT(${sentRef})`;
  const returnedDay = `INT(${returnedRef})`;
  const dueBack = `WORKDAY(${sentDay},${workingDays}${holidays})`;
  return (
    `=IF(${sentRef}="","",IF(${returnedRef}="",${dueBack}<${sentDay},` +
    `IF(${returnedDay}<${sentDay},#VALUE!,${returnedDay}<=${dueBack})))`
  );
}

/**
 * The return rate as a native formula over a column of onTimeFormula flags: the percent of TRUE among the rows
 * with a sent date; #DIV/0! when none was sent, and a flag's error (a return before sending) comes through.
 *
 * There is deliberately no single-cell formula over the sent and returned ranges: WORKDAY does not take an array
 * as its start in SUMPRODUCT portably (Excel 2016's WORKDAY rejects a range there; LibreOffice 7.4 returns wrong
 * counts or #VALUE!), and IF over arrays inside SUMPRODUCT needs array entry in Excel 2016. The workbook keeps the
 * per-row "on time" column and rates it with this formula.
 *
 * `=SUMPRODUCT(--(J2:J100=TRUE))/SUMPRODUCT(--(E2:E100<>""))*100`
 */
export function returnRateFromFlagsFormula(onTimeRange: string, sentRange: string): string {
  return `=SUMPRODUCT(--(${onTimeRange}=TRUE))/SUMPRODUCT(--(${sentRange}<>""))*100`;
}
