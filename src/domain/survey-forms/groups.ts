/** The questionnaire as the survey return form shows it: one section per module, its items in order. */
import { type InstrumentItem, type ModuleSpec, SchemaError } from "../schema";

export interface SurveyModuleGroup {
  readonly module: ModuleSpec;
  readonly items: readonly InstrumentItem[];
}

/**
 * The modules in their order, each with its items in the instrument's order: the order of the SurveyReturns
 * columns (surveyReturnColumns). A module without items is left out (the workbook cannot hold one), and so is an
 * item of an unknown module.
 */
export function surveyModuleGroups(
  instrument: readonly InstrumentItem[],
  modules: readonly ModuleSpec[],
): SurveyModuleGroup[] {
  return modules
    .map((module) => ({ module, items: instrument.filter((item) => item.module === module.key) }))
    .filter((group) => group.items.length > 0);
}

/**
 * The one scale a module's items share: its score column's formula reads every rating out of it, so the workbook
 * refuses a module of mixed scales, with the same SchemaError.
 */
export function moduleScale(group: SurveyModuleGroup): number {
  const scale = group.items[0].scale;
  if (group.items.some((item) => item.scale !== scale)) {
    throw new SchemaError(`The items of the module "${group.module.key}" must share one scale.`);
  }
  return scale;
}
