/** Finding a customer in the register as someone types part of a name, an id or a phone number. */
import { useMemo } from "react";
import { prepareSearch, searchKey, searchMatcher } from "../../domain/search";
import type { ReadRecord } from "../../excel/read-records";
import { useSearchFolding } from "../use-search-folding";

export interface CustomerEntry {
  readonly id: string;
  readonly name: string;
  readonly phone: string;
}

/**
 * The register's rows as the pickers search them; rows without a name cannot be chosen. A register with Chinese
 * names starts loading the Traditional/Simplified table here, so that it is there before anyone types.
 */
export function customerEntries(rows: readonly ReadRecord[]): CustomerEntry[] {
  const entries = rows
    .map((row) => ({ id: String(row.id ?? ""), name: String(row.name ?? "").trim(), phone: String(row.phone ?? "") }))
    .filter((entry) => entry.name !== "");
  prepareSearch(...entries.map((entry) => entry.name));
  return entries;
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, "");
}

function folded(text: string): string {
  return text.normalize("NFKC").toLocaleLowerCase();
}

/**
 * Customers whose name or id holds every word of the query, or whose phone holds its digits (3 or more); names that
 * begin with the query first. Accents, case, width and Traditional/Simplified forms are ignored ("hoa" finds
 * "Công ty Hòa Phát", 华为 finds 華為): see src/domain/search.
 */
export function searchCustomers(customers: readonly CustomerEntry[], query: string, limit = 20): CustomerEntry[] {
  const text = searchKey(query.trim());
  if (text === "") return customers.slice(0, limit);
  prepareSearch(query);
  const matches = searchMatcher(query);
  const digits = digitsOf(text);
  const score = (customer: CustomerEntry): number => {
    const name = searchKey(customer.name);
    if (name.startsWith(text)) return 0;
    if (matches(customer.name)) return 1;
    if (matches(customer.id, customer.name)) return 2; // the id, or words of the id and the name together
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

/** searchCustomers as a list on screen uses it: searched again when the Traditional/Simplified table arrives. */
export function useCustomerSearch(customers: readonly CustomerEntry[], query: string, limit = 20): CustomerEntry[] {
  const folding = useSearchFolding(query);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- folding: the same query matches more once the table is in
  return useMemo(() => searchCustomers(customers, query, limit), [customers, query, limit, folding]);
}

/** Whether the register already holds this name (as Excel compares text: case and width ignored). */
export function isRegistered(customers: readonly CustomerEntry[], name: string): boolean {
  const wanted = folded(name.trim());
  return wanted !== "" && customers.some((customer) => folded(customer.name.trim()) === wanted);
}
