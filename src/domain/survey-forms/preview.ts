/**
 * The live preview of the survey return form: the module scores, total and grade the workbook's calculated columns
 * will show for the answers (the same score.ts and grade.ts rules the native formulas are tested equal to), and the
 * actions the procedures ask for (REQ 15, 16).
 */
import { FormulaInputError } from "../formula-error";
import { type GradeBand, gradeFor } from "../grade";
import { DEFAULT_LEVELS } from "../rating-levels";
import { hasOwn } from "../records/record-input";
import { DEFAULT_TARGETS, type InstrumentItem, type ModuleSpec, type TargetKey } from "../schema";
import { points, score, total } from "../score";
import { type SurveyModuleGroup, moduleScale, surveyModuleGroups } from "./groups";

/** Stored ratings by item code, as parseAnswer gives them (null or missing: blank). */
export type SurveyAnswers = { readonly [itemCode: string]: number | null };

export type SurveyAlert =
  /** REQ 16: any item at or below 70 % needs root-cause analysis and action. */
  | {
      readonly kind: "itemAtOrBelow";
      readonly itemCode: string;
      readonly points: number;
      readonly threshold: number;
      readonly action: "rootCauseAnalysis";
    }
  /** REQ 15: a total below 80 needs an improvement report. */
  | {
      readonly kind: "totalBelow";
      readonly total: number;
      readonly threshold: number;
      readonly action: "improvementReport";
    }
  /** REQ 16: a module score below 80 needs a cross-department review and corrective action. */
  | {
      readonly kind: "moduleBelow";
      readonly moduleKey: string;
      readonly score: number;
      readonly threshold: number;
      readonly action: "correctiveAction";
    };

export interface ModulePreview {
  readonly key: string;
  /** 0–100; null while no item of the module is answered (the workbook's cell is blank). */
  readonly score: number | null;
  readonly answered: number;
  readonly items: number;
}

export interface SurveyPreview {
  readonly modules: readonly ModulePreview[];
  readonly total: number | null;
  /** "" without a total, as the grade column shows. */
  readonly grade: string;
  /** The total's alert first, then the modules', then the items', each in the form's order. */
  readonly alerts: readonly SurveyAlert[];
}

export interface SurveyPreviewSettings {
  readonly instrument: readonly InstrumentItem[];
  readonly modules: readonly ModuleSpec[];
  readonly gradeBands: readonly GradeBand[];
  /** Points at or below which an item needs root-cause analysis (target itemAlert, default 70). */
  readonly itemAlert: number;
  /** Score below which a module or the total needs action (target customerAlert, default 80). */
  readonly customerAlert: number;
}

function targetDefault(key: TargetKey): number {
  const found = DEFAULT_TARGETS.find((target) => target.key === key);
  if (!found) throw new Error(`No default target "${key}".`);
  return found.value;
}

/** The default alert thresholds (DEFAULT_TARGETS): item ≤ 70, module or total < 80. */
export const DEFAULT_SURVEY_ALERTS: Pick<SurveyPreviewSettings, "itemAlert" | "customerAlert"> = {
  itemAlert: targetDefault("itemAlert"),
  customerAlert: targetDefault("customerAlert"),
};

/** An item's stored rating; an own property only, since an item may be coded "constructor". */
function answerOf(answers: SurveyAnswers, code: string): number | null {
  return hasOwn(answers, code) ? (answers[code] ?? null) : null;
}

/**
 * The mean, or null where the workbook's cell has no number: nothing answered ("" in the cell) or every answered
 * value weighing 0 (#DIV/0! in the cell, which the preview cannot show as a score either).
 */
function meanOrNull(mean: () => number): number | null {
  try {
    return mean();
  } catch (error) {
    if (error instanceof FormulaInputError && error.kind === "div0") return null;
    throw error;
  }
}

function modulePreview(group: SurveyModuleGroup, answers: SurveyAnswers): ModulePreview {
  const scale = moduleScale(group);
  const ratings = group.items.map((item) => answerOf(answers, item.code));
  const weights = group.items.map((item) => item.weight);
  const moduleScore = meanOrNull(() => score([ratings], [weights], { maxPoints: scale, levels: DEFAULT_LEVELS }));
  const answered = ratings.filter((rating) => rating !== null).length;
  return { key: group.module.key, score: moduleScore, answered, items: group.items.length };
}

function totalOf(modules: readonly ModulePreview[], groups: readonly SurveyModuleGroup[]): number | null {
  const scores = modules.map((module) => module.score);
  const weights = groups.map((group) => group.module.weight);
  return meanOrNull(() => total([scores], [weights]));
}

function itemAlerts(groups: readonly SurveyModuleGroup[], answers: SurveyAnswers, threshold: number): SurveyAlert[] {
  return groups.flatMap((group) =>
    group.items.flatMap((item): SurveyAlert[] => {
      const itemPoints = points(answerOf(answers, item.code), { maxPoints: item.scale, levels: DEFAULT_LEVELS });
      if (itemPoints === null || itemPoints > threshold) return [];
      return [
        { kind: "itemAtOrBelow", itemCode: item.code, points: itemPoints, threshold, action: "rootCauseAnalysis" },
      ];
    }),
  );
}

function alertsOf(
  modules: readonly ModulePreview[],
  totalScore: number | null,
  groups: readonly SurveyModuleGroup[],
  answers: SurveyAnswers,
  settings: SurveyPreviewSettings,
): SurveyAlert[] {
  const threshold = settings.customerAlert;
  const alerts: SurveyAlert[] = [];
  if (totalScore !== null && totalScore < threshold) {
    alerts.push({ kind: "totalBelow", total: totalScore, threshold, action: "improvementReport" });
  }
  for (const module of modules) {
    if (module.score === null || module.score >= threshold) continue;
    alerts.push({
      kind: "moduleBelow",
      moduleKey: module.key,
      score: module.score,
      threshold,
      action: "correctiveAction",
    });
  }
  return [...alerts, ...itemAlerts(groups, answers, settings.itemAlert)];
}

/**
 * What the workbook will compute for these answers: each module's score as score() over its items' ratings and
 * weights on the module's scale (blanks skipped with their weights), the total as total() over the module scores
 * and weights, the grade as gradeFor(); and the alerts: an item whose points are at or below itemAlert, a module
 * or total strictly below customerAlert. Answers of codes the instrument lacks are ignored. Throws SchemaError
 * for a module of mixed scales, as the workbook plan does, and FormulaInputError for a rating parseAnswer would
 * not give (outside 0..scale).
 */
export function surveyPreview(answers: SurveyAnswers, settings: SurveyPreviewSettings): SurveyPreview {
  const groups = surveyModuleGroups(settings.instrument, settings.modules);
  const modules = groups.map((group) => modulePreview(group, answers));
  const totalScore = totalOf(modules, groups);
  return {
    modules,
    total: totalScore,
    grade: gradeFor(totalScore, settings.gradeBands),
    alerts: alertsOf(modules, totalScore, groups, answers, settings),
  };
}
