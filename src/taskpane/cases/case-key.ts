import type { OpenCase } from "../../domain/cases";

/** Names a case across reloads: ids are unique per table only. */
export function caseKey(found: Pick<OpenCase, "kind" | "id">): string {
  return `${found.kind}:${found.id}`;
}

/** The element id of a case's button in the list, where focus returns from its actions. */
export function caseButtonId(found: Pick<OpenCase, "kind" | "id">): string {
  return `case-${found.kind}-${found.id}`;
}
