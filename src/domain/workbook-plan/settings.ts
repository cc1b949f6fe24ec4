/** The organisation's settings a plan is built from: deadlines, questionnaire, grade bands. */
import type { Deadlines } from "../case-deadlines";
import { DEFAULT_GRADE_BANDS, type GradeBand } from "../grade";
import {
  DEFAULT_INSTRUMENT,
  DEFAULT_MODULES,
  DEFAULT_SLA_DURATIONS,
  type InstrumentItem,
  type ModuleSpec,
  type SlaKey,
} from "../schema";

export interface PlanSettings {
  readonly deadlines: Deadlines;
  readonly instrument: readonly InstrumentItem[];
  readonly modules: readonly ModuleSpec[];
  readonly gradeBands: readonly GradeBand[];
}

function defaultDeadlines(): Deadlines {
  const entries = DEFAULT_SLA_DURATIONS.map((sla) => [sla.key, sla.duration] as const);
  return Object.fromEntries(entries) as { [key in SlaKey]: string };
}

/** The procedures' defaults: what a new workbook starts with. */
export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  deadlines: defaultDeadlines(),
  instrument: DEFAULT_INSTRUMENT,
  modules: DEFAULT_MODULES,
  gradeBands: DEFAULT_GRADE_BANDS,
};
