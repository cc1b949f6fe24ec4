/**
 * An alert's key: its kind, period and subject in one text, so that a CorrectiveActions row names the alert it
 * answers and an alert is raised once however often the ledger is read. The customer comes last (a name may hold
 * any character); an item code is letters, digits and "_", a period has no "|". Keys are compared as Excel compares
 * names (case aside) and with white space and Unicode forms evened out, so a key typed back into the sheet matches.
 */
import type { AlertSubject } from "./types";

export function alertKey(subject: AlertSubject): string {
  const parts: string[] = [subject.kind, subject.period];
  if (subject.item !== null) parts.push(subject.item);
  if (subject.customer !== null) parts.push(subject.customer);
  return parts.join("|");
}

/** The form in which two keys are compared. */
export function alertKeyMatch(key: string): string {
  return key.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}

/** Two names (of customers) as Excel's "=" compares them: case aside; outer and repeated spaces evened out. */
export function sameName(a: string, b: string): boolean {
  return alertKeyMatch(a) === alertKeyMatch(b);
}
