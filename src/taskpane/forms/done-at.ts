import type { ColumnSpec } from "../../domain/schema";

/**
 * The columns that record when something was done (received, notified, replied, proposed, reported, closed,
 * followed up, issued, answered, sent, returned): a "Now" beside them fills in the moment it is entered. Due dates
 * and other dates (purchase, birthday) are not: now is no likely answer there.
 */
const DONE_AT = new Set([
  "receivedAt",
  "notifiedAt",
  "replyDone",
  "repliedAt",
  "proposalDone",
  "eightDDone",
  "closedAt",
  "followUpDone",
  "issuedAt",
  "answeredAt",
  "sentAt",
  "returnedAt",
]);

export function isDoneAt(column: ColumnSpec): boolean {
  return (column.type === "dateTime" || column.type === "date") && !column.calculated && DONE_AT.has(column.key);
}
