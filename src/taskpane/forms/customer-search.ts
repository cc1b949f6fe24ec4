/** Finding a customer in the register as someone types part of a name, an id or a phone number. */
import type { ReadRecord } from "../../excel/read-records";

export interface CustomerEntry {
  readonly id: string;
  readonly name: string;
  readonly phone: string;
}

/** The register's rows as the pickers search them; rows without a name cannot be chosen. */
export function customerEntries(rows: readonly ReadRecord[]): CustomerEntry[] {
  return rows
    .map((row) => ({ id: String(row.id ?? ""), name: String(row.name ?? "").trim(), phone: String(row.phone ?? "") }))
    .filter((entry) => entry.name !== "");
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, "");
}

function folded(text: string): string {
  return text.normalize("NFKC").toLocaleLowerCase();
}

/** Customers whose name or id contains the query, or whose phone contains its digits (3 or more); names first. */
export function searchCustomers(customers: readonly CustomerEntry[], query: string, limit = 20): CustomerEntry[] {
  const text = folded(query.trim());
  if (text === "") return customers.slice(0, limit);
  const digits = digitsOf(text);
  const score = (customer: CustomerEntry): number => {
    if (folded(customer.name).startsWith(text)) return 0;
    if (folded(customer.name).includes(text)) return 1;
    if (folded(customer.id).includes(text)) return 2;
    if (digits.length >= 3 && digitsOf(customer.phone).includes(digits)) return 3;
    return Infinity;
  };
  return customers
    .map((customer) => ({ customer, rank: score(customer) }))
    .filter((entry) => entry.rank < Infinity)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((entry) => entry.customer);
}

/** Whether the register already holds this name (as Excel compares text: case and width ignored). */
export function isRegistered(customers: readonly CustomerEntry[], name: string): boolean {
  const wanted = folded(name.trim());
  return wanted !== "" && customers.some((customer) => folded(customer.name.trim()) === wanted);
}
