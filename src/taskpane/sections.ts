import type { MessageKey } from "../domain/i18n/translate";

/** The task pane's sections, in navigation order. */
export const SECTIONS = ["home", "record", "records", "cases", "reports", "settings"] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_LABELS: { readonly [section in Section]: MessageKey } = {
  home: "nav.home",
  record: "nav.record",
  records: "records.nav",
  cases: "nav.cases",
  reports: "nav.reports",
  settings: "nav.settings",
};
