/**
 * Narrowing the Cases list by department, content class, status and kind, or by what was typed, and the choices each
 * filter offers.
 */
import { type ChoiceListKey, choiceList } from "../schema";
import { searchMatcher } from "../search";
import type { CaseKind, OpenCase } from "./types";

/** Choice KEYS; a filter left out (or "") lets every case through. */
export interface CaseFilter {
  department?: string;
  contentClass?: string;
  status?: string;
  kind?: CaseKind;
  /**
   * Typed text: every word found in the case's id or customer, accents, case, width and Traditional/Simplified forms
   * ignored (src/domain/search).
   */
  text?: string;
}

export function filterCases(cases: readonly OpenCase[], filter: CaseFilter): OpenCase[] {
  const typed = searchMatcher(filter.text ?? "");
  return cases.filter(
    (found) =>
      matches(found.department, filter.department) &&
      matches(found.contentClass, filter.contentClass) &&
      matches(found.status, filter.status) &&
      matches(found.kind, filter.kind) &&
      typed(found.id, found.customer),
  );
}

function matches(value: string | null, wanted: string | undefined): boolean {
  return wanted === undefined || wanted === "" || value === wanted;
}

/** The keys present among the cases, in their choice list's order (as the workbook's drop-downs list them). */
export function filterOptions(cases: readonly OpenCase[]): {
  departments: string[];
  contentClasses: string[];
  statuses: string[];
} {
  return {
    departments: presentKeys(cases, "department", "department"),
    contentClasses: presentKeys(cases, "contentClass", "complaintContent"),
    statuses: presentKeys(cases, "status", "caseStatus"),
  };
}

function presentKeys(
  cases: readonly OpenCase[],
  field: "department" | "contentClass" | "status",
  list: ChoiceListKey,
): string[] {
  const present = new Set(cases.map((found) => found[field]));
  return choiceList(list)
    .choices.map((choice) => choice.key)
    .filter((key) => present.has(key));
}
