/**
 * Dates as the form's inputs show them and the record validation reads them: "2026-11-21" and "2026-11-21T14:30"
 * (what <input type="date"> and <input type="datetime-local"> give), and Excel serials for the previews.
 */
import { dateOfSerial, serialOf } from "../../domain/excel-date";

const MINUTES_PER_DAY = 24 * 60;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** The local day of `now` as a date input's value. */
export function dateText(now: Date): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The local time of `now`, to the minute, as a datetime-local input's value. */
export function dateTimeText(now: Date): string {
  return `${dateText(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** The local wall-clock time of `now` as an Excel serial (the workbook has no time zone). */
export function serialOfDate(now: Date): number {
  const minutes = now.getHours() * 60 + now.getMinutes();
  return serialOf(now.getFullYear(), now.getMonth() + 1, now.getDate()) + minutes / MINUTES_PER_DAY;
}

/** A serial as text: "2026-11-21", or "2026-11-21 14:30" when the time of day matters. */
export function serialText(serial: number, withTime: boolean): string {
  const minutes = Math.round((serial - Math.floor(serial)) * MINUTES_PER_DAY);
  const day = Math.floor(serial) + Math.floor(minutes / MINUTES_PER_DAY);
  const { year, month, day: dayOfMonth } = dateOfSerial(day);
  const date = `${pad(year, 4)}-${pad(month)}-${pad(dayOfMonth)}`;
  if (!withTime) return date;
  const time = minutes % MINUTES_PER_DAY;
  return `${date} ${pad(Math.floor(time / 60))}:${pad(time % 60)}`;
}

/** A serial as a datetime-local (or date) input's value, for a form that edits a stored row. */
export function serialInputText(serial: number, withTime: boolean): string {
  return serialText(serial, withTime).replace(" ", "T");
}
