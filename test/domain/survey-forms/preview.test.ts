import fc from "fast-check";
import { DEFAULT_GRADE_BANDS, type GradeBand, gradeFor } from "../../../src/domain/grade";
import { DEFAULT_LEVELS } from "../../../src/domain/rating-levels";
import {
  DEFAULT_INSTRUMENT,
  DEFAULT_MODULES,
  type InstrumentItem,
  type ModuleSpec,
  SchemaError,
} from "../../../src/domain/schema";
import { score, total } from "../../../src/domain/score";
import {
  DEFAULT_SURVEY_ALERTS,
  type SurveyAnswers,
  type SurveyPreviewSettings,
  surveyModuleGroups,
  surveyPreview,
} from "../../../src/domain/survey-forms";
import { item, module } from "./fixtures";

const DEFAULTS: SurveyPreviewSettings = {
  instrument: DEFAULT_INSTRUMENT,
  modules: DEFAULT_MODULES,
  gradeBands: DEFAULT_GRADE_BANDS,
  ...DEFAULT_SURVEY_ALERTS,
};

/** Every item of the default questionnaire answered with the same rating, then the changes. */
function allAnswered(rating: number, changes: SurveyAnswers = {}): SurveyAnswers {
  return { ...Object.fromEntries(DEFAULT_INSTRUMENT.map((entry) => [entry.code, rating])), ...changes };
}

function settingsOf(instrument: readonly InstrumentItem[], modules: readonly ModuleSpec[]): SurveyPreviewSettings {
  return { ...DEFAULTS, instrument, modules };
}

describe("the questionnaire's sections", () => {
  it("lists the modules in their order, each with its items in the instrument's order", () => {
    const groups = surveyModuleGroups(DEFAULT_INSTRUMENT, DEFAULT_MODULES);
    expect(groups.map((group) => [group.module.key, group.items.map((entry) => entry.code)])).toEqual([
      ["overall", ["OV1", "OV2", "OV3"]],
      ["service", ["SV1", "SV2", "SV3"]],
      ["productQuality", ["PQ1", "PQ2"]],
    ]);
  });

  it("follows the Modules table's order, not the order items were listed in", () => {
    const instrument = [item("b", "B1"), item("a", "A1"), item("b", "B2")];
    const groups = surveyModuleGroups(instrument, [module("a"), module("b")]);
    expect(groups.map((group) => group.items.map((entry) => entry.code))).toEqual([["A1"], ["B1", "B2"]]);
  });

  it("leaves out a module without items and an item of an unknown module", () => {
    const groups = surveyModuleGroups([item("a", "A1"), item("zz", "Z1")], [module("a"), module("empty")]);
    expect(groups.map((group) => group.module.key)).toEqual(["a"]);
  });
});

describe("the live preview of a returned form", () => {
  it("scores a form answered 'satisfied' throughout 80 in every module, 80 in total, grade A, with no alert", () => {
    const preview = surveyPreview(allAnswered(4), DEFAULTS);
    expect(preview.modules).toEqual([
      { key: "overall", score: 80, answered: 3, items: 3 },
      { key: "service", score: 80, answered: 3, items: 3 },
      { key: "productQuality", score: 80, answered: 2, items: 2 },
    ]);
    expect(preview.total).toBe(80);
    expect(preview.grade).toBe("A");
    expect(preview.alerts).toEqual([]);
  });

  it("flags an item answered 'basically satisfied' (60 points) for root-cause analysis", () => {
    const preview = surveyPreview(allAnswered(5, { SV2: 3 }), DEFAULTS);
    expect(preview.alerts).toEqual([
      { kind: "itemAtOrBelow", itemCode: "SV2", points: 60, threshold: 70, action: "rootCauseAnalysis" },
    ]);
  });

  it("flags an item at exactly 70 points (7 of 10) but not one at 80", () => {
    const instrument = [item("a", "A1", 10), item("a", "A2", 10)];
    const preview = surveyPreview({ A1: 7, A2: 8 }, settingsOf(instrument, [module("a")]));
    expect(preview.alerts.filter((alert) => alert.kind === "itemAtOrBelow")).toEqual([
      { kind: "itemAtOrBelow", itemCode: "A1", points: 70, threshold: 70, action: "rootCauseAnalysis" },
    ]);
  });

  it("asks for no improvement report at a total of exactly 80, and for one below it", () => {
    expect(surveyPreview(allAnswered(4), DEFAULTS).alerts).toEqual([]);
    const instrument = [item("a", "A1", 100)];
    const below = surveyPreview({ A1: 79 }, settingsOf(instrument, [module("a")]));
    expect(below.total).toBe(79);
    expect(below.grade).toBe("B");
    expect(below.alerts).toEqual([
      { kind: "totalBelow", total: 79, threshold: 80, action: "improvementReport" },
      { kind: "moduleBelow", moduleKey: "a", score: 79, threshold: 80, action: "correctiveAction" },
    ]);
  });

  it("asks for corrective action on a module below 80 even when the total reaches 80", () => {
    // overall 5,5,5 = 100; service 4,4,3 = 73.33…; quality 4,4 = 80 → total 30 + 22 + 32 = 84
    const preview = surveyPreview(allAnswered(4, { OV1: 5, OV2: 5, OV3: 5, SV3: 3 }), DEFAULTS);
    expect(preview.total).toBeGreaterThanOrEqual(80);
    expect(preview.alerts).toEqual([
      expect.objectContaining({ kind: "moduleBelow", moduleKey: "service", threshold: 80 }),
      expect.objectContaining({ kind: "itemAtOrBelow", itemCode: "SV3", points: 60 }),
    ]);
  });

  it("uses the thresholds of the Targets table", () => {
    const preview = surveyPreview(allAnswered(4), { ...DEFAULTS, itemAlert: 80, customerAlert: 90 });
    expect(preview.alerts.map((alert) => alert.kind)).toEqual([
      "totalBelow",
      ...DEFAULT_MODULES.map(() => "moduleBelow"),
      ...DEFAULT_INSTRUMENT.map(() => "itemAtOrBelow"),
    ]);
  });

  it("skips a blank item together with its weight", () => {
    const instrument = [item("a", "A1", 5, 1), item("a", "A2", 5, 2), item("a", "A3", 5, 3)];
    const preview = surveyPreview({ A1: 5, A2: null, A3: 0 }, settingsOf(instrument, [module("a")]));
    expect(preview.modules[0]).toEqual({ key: "a", score: 25, answered: 2, items: 3 }); // (1·100 + 3·0) / 4
  });

  it("leaves an unanswered module out of the total, with its weight", () => {
    const answers = { OV1: 5, OV2: 5, OV3: 5, PQ1: 3, PQ2: 3 }; // service blank
    const preview = surveyPreview(answers, DEFAULTS);
    expect(preview.modules[1]).toEqual({ key: "service", score: null, answered: 0, items: 3 });
    expect(preview.total).toBe(77.142857143); // (0.3·100 + 0.4·60) / 0.7, rounded as the workbook rounds
    expect(preview.grade).toBe("B");
  });

  it('has no total and grade "" while every item is blank, and no alert', () => {
    const preview = surveyPreview({ OV1: null }, DEFAULTS);
    expect(preview.modules.every((entry) => entry.score === null && entry.answered === 0)).toBe(true);
    expect(preview.total).toBeNull();
    expect(preview.grade).toBe("");
    expect(preview.alerts).toEqual([]);
  });

  it("ignores an answer whose code the instrument lacks, even one named like an Object property", () => {
    const preview = surveyPreview({ constructor: 1, XX: 2 }, DEFAULTS);
    expect(preview.total).toBeNull();
  });

  it("grades by the organisation's bands", () => {
    const bands: GradeBand[] = [
      { lowerBound: 90, label: "Excellent" },
      { lowerBound: 0, label: "Fair" },
    ];
    expect(surveyPreview(allAnswered(4), { ...DEFAULTS, gradeBands: bands }).grade).toBe("Fair");
  });

  it("refuses a module whose items have different scales, as the workbook does", () => {
    const instrument = [item("a", "A1", 5), item("a", "A2", 10)];
    expect(() => surveyPreview({}, settingsOf(instrument, [module("a")]))).toThrow(SchemaError);
  });

  it("has no score for a module whose answered items all weigh 0 (the workbook shows #DIV/0!)", () => {
    const instrument = [item("a", "A1", 5, 0), item("b", "B1", 5, 1)];
    const preview = surveyPreview({ A1: 5, B1: 4 }, settingsOf(instrument, [module("a"), module("b")]));
    expect(preview.modules[0].score).toBeNull();
    expect(preview.total).toBe(80);
  });
});

// The preview against the rules VOC.SCORE, VOC.TOTAL, VOC.GRADE and the native formulas share -------------------

interface RandomForm {
  readonly instrument: InstrumentItem[];
  readonly modules: ModuleSpec[];
  readonly answers: SurveyAnswers;
}

const weight = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0.01, max: 5, noNaN: true }));

/** A module's items (a shared scale, random weights) and an answer per item (blank or 0..scale). */
const randomModule = (index: number) =>
  fc.record({ scale: fc.integer({ min: 1, max: 10 }), weight, count: fc.integer({ min: 1, max: 5 }) }).chain((spec) =>
    fc
      .tuple(
        fc.constant(spec),
        fc.array(fc.tuple(weight, fc.option(fc.integer({ min: 0, max: spec.scale }), { nil: null })), {
          minLength: spec.count,
          maxLength: spec.count,
        }),
      )
      .map(([moduleSpec, entries]) => ({
        module: module(`m${index}`, moduleSpec.weight),
        items: entries.map(([itemWeight], at) => item(`m${index}`, `M${index}_${at}`, moduleSpec.scale, itemWeight)),
        answers: entries.map(([, rating]) => rating),
      })),
  );

const randomForm: fc.Arbitrary<RandomForm> = fc
  .integer({ min: 1, max: 4 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => randomModule(index + 1))))
  .map((parts) => ({
    instrument: parts.flatMap((part) => part.items),
    modules: parts.map((part) => part.module),
    answers: Object.fromEntries(parts.flatMap((part) => part.items.map((entry, at) => [entry.code, part.answers[at]]))),
  }));

/** SCORE's result, or null where it raises #DIV/0! (the native formula's "" or #DIV/0!). */
function orNull(mean: () => number): number | null {
  try {
    return mean();
  } catch {
    return null;
  }
}

describe("the preview computes what the workbook computes", () => {
  it("gives each module score() of the same ratings, weights and scale, the total total(), the grade gradeFor()", () => {
    fc.assert(
      fc.property(randomForm, ({ instrument, modules, answers }) => {
        const preview = surveyPreview(answers, settingsOf(instrument, modules));
        const expectedScores = modules.map((spec) => {
          const items = instrument.filter((entry) => entry.module === spec.key);
          const ratings = items.map((entry) => answers[entry.code]);
          const weights = items.map((entry) => entry.weight);
          return orNull(() => score([ratings], [weights], { maxPoints: items[0].scale, levels: DEFAULT_LEVELS }));
        });
        expect(preview.modules.map((entry) => entry.score)).toEqual(expectedScores);
        const expectedTotal = orNull(() => total([expectedScores], [modules.map((spec) => spec.weight)]));
        expect(preview.total).toBe(expectedTotal);
        expect(preview.grade).toBe(gradeFor(expectedTotal));
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with the weighted mean written out, Σ w·rating·100/scale ÷ Σ w over the answered items", () => {
    fc.assert(
      fc.property(randomForm, ({ instrument, modules, answers }) => {
        const preview = surveyPreview(answers, settingsOf(instrument, modules));
        modules.forEach((spec, index) => {
          const answered = instrument.filter((entry) => entry.module === spec.key && answers[entry.code] !== null);
          const weightSum = answered.reduce((sum, entry) => sum + entry.weight, 0);
          const weighted = answered.reduce(
            (sum, entry) => sum + (entry.weight * (answers[entry.code] ?? 0) * 100) / entry.scale,
            0,
          );
          const moduleScore = preview.modules[index].score;
          if (weightSum === 0) expect(moduleScore).toBeNull();
          else expect(moduleScore).toBeCloseTo(weighted / weightSum, 6);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("flags exactly the answered items whose points are at or below the item threshold", () => {
    fc.assert(
      fc.property(randomForm, fc.integer({ min: 0, max: 100 }), ({ instrument, modules, answers }, itemAlert) => {
        const preview = surveyPreview(answers, { ...settingsOf(instrument, modules), itemAlert });
        const flagged = preview.alerts.flatMap((alert) => (alert.kind === "itemAtOrBelow" ? [alert.itemCode] : []));
        const expected = instrument
          .filter((entry) => {
            const rating = answers[entry.code];
            return rating !== null && (rating * 100) / entry.scale <= itemAlert;
          })
          .map((entry) => entry.code);
        expect(flagged).toEqual(expected);
      }),
    );
  });
});
