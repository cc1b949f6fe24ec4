import ExcelJS from "exceljs";
import type { CellValue } from "../../src/domain/cell-value";
import { FormulaInputError } from "../../src/domain/formula-error";
import { gradeFor, gradeFormula } from "../../src/domain/grade";
import { ratingScale, score, scoreFormula, total, totalFormula } from "../../src/domain/score";
import { asCell, sameCell } from "../support/formula-errors";
import { type ComputedValue, cellValue, recalculate } from "../support/libreoffice";
import { mulberry32, randomInteger } from "../support/random";

const LIBREOFFICE_TIMEOUT_MS = 120_000;
jest.setTimeout(LIBREOFFICE_TIMEOUT_MS);

/** A cell as written: a number, text, or null for a blank cell. */
type Written = number | string | null;

/** What the native formula must show: the domain rule's number, its error as Excel's error text, or "" when blank. */
function nativeExpectation(cells: readonly Written[], rule: () => number): ComputedValue {
  if (cells.every((cell) => cell === null)) {
    // The one deliberate difference: the custom function says #DIV/0!, the calculated column stays blank.
    expect(() => rule()).toThrow(FormulaInputError);
    return "";
  }
  return asCell(rule);
}

function gradeOf(value: ComputedValue): string {
  return typeof value === "number" || value === "" ? gradeFor(value) : String(value);
}

function column(index: number): string {
  return String.fromCharCode("A".charCodeAt(0) + index);
}

// ---------------------------------------------------------------------------------------------------------------
// SCORE: five items a row, rated out of 5 or 10, under several sets of weights.

interface ScoreSetup {
  readonly weights: readonly number[];
  readonly maxPoints: number;
}

const SCORE_SETUPS: readonly ScoreSetup[] = [
  { weights: [1, 1, 1, 1, 1], maxPoints: 5 },
  { weights: [3, 1, 2, 4, 0.5], maxPoints: 5 },
  { weights: [0.1, 0.2, 0.3, 0.15, 0.25], maxPoints: 10 },
  { weights: [0, 2, 5, 1, 1], maxPoints: 10 },
];

interface ScoreRow {
  readonly setup: number;
  readonly ratings: readonly Written[];
}

const ITEMS = 5;

/** Hand-picked rows (boundaries, blanks, errors) first, then seeded random ones. */
function scoreRows(seed: number, count: number): ScoreRow[] {
  const blank = null;
  const rows: ScoreRow[] = [
    ...SCORE_SETUPS.map((_, setup) => ({ setup, ratings: [blank, blank, blank, blank, blank] })),
    { setup: 0, ratings: [5, 5, 5, 5, 5] },
    { setup: 0, ratings: [0, 0, 0, 0, 0] },
    { setup: 0, ratings: [4, 4, 4, blank, blank] },
    { setup: 0, ratings: [3.5, blank, 3.5, blank, 3.5] },
    { setup: 1, ratings: [blank, blank, blank, blank, 4] },
    { setup: 2, ratings: [8, 8, 8, blank, blank] }, // weights 0.1, 0.2, 0.3: 80 exactly, not 79.99999999999999
    { setup: 2, ratings: [4, 10, blank, blank, blank] }, // 80 (A), unrounded 79.99999999999999 (B)
    { setup: 2, ratings: [1, 10, blank, blank, blank] }, // 70 (B), unrounded 69.99999999999999 (C)
    { setup: 2, ratings: [0, blank, 7, 8, blank] }, // 60 (C), unrounded 59.99999999999999 (D)
    { setup: 2, ratings: [7, 7, 7, 7, 7] },
    { setup: 2, ratings: [7.999, 7.999, blank, 7.999, blank] },
    { setup: 2, ratings: [10, 10, 10, 10, 10] },
    { setup: 3, ratings: [10, blank, blank, blank, blank] }, // answered, but weighs 0: #DIV/0!
    { setup: 3, ratings: [6, 7, 8, 9, 10] },
    { setup: 0, ratings: [5, 6, 4, blank, blank] }, // 6 of 5: #NUM!
    { setup: 2, ratings: [blank, -1, blank, blank, blank] },
    { setup: 1, ratings: [4, "n/a", 5, blank, blank] }, // text: #VALUE!
  ];
  const random = mulberry32(seed);
  for (let index = 0; index < count; index++) {
    const setup = index % SCORE_SETUPS.length;
    const max = SCORE_SETUPS[setup].maxPoints;
    const ratings = Array.from({ length: ITEMS }, (): Written => {
      const draw = random();
      if (draw < 0.2) return blank;
      if (draw < 0.3) return randomInteger(random, 0, max * 2) / 2;
      return randomInteger(random, 0, max);
    });
    rows.push({ setup, ratings });
  }
  return rows;
}

const SCORE_ROWS = scoreRows(20_261_121, 220);

function expectedScore(row: ScoreRow): ComputedValue {
  const { weights, maxPoints } = SCORE_SETUPS[row.setup];
  return nativeExpectation(row.ratings, () => score([row.ratings], [weights], ratingScale(maxPoints)));
}

/** Ratings in B:F, SCORE in G, GRADE of G in H, from row 2. */
function addScoreSheet(workbook: ExcelJS.Workbook) {
  const sheet = workbook.addWorksheet("Scores");
  sheet.addRow(["Setup", "Item 1", "Item 2", "Item 3", "Item 4", "Item 5", "Score", "Grade"]);
  SCORE_ROWS.forEach((row, index) => {
    const r = index + 2;
    const { weights, maxPoints } = SCORE_SETUPS[row.setup];
    sheet.getCell(`A${r}`).value = row.setup;
    row.ratings.forEach((rating, item) => {
      if (rating !== null) sheet.getCell(`${column(1 + item)}${r}`).value = rating;
    });
    sheet.getCell(`G${r}`).value = { formula: scoreFormula(`B${r}:F${r}`, weights, maxPoints).slice(1) };
    sheet.getCell(`H${r}`).value = { formula: gradeFormula(`G${r}`).slice(1) };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// TOTAL: three module scores a row under several sets of module weights.

const TOTAL_WEIGHTS: readonly (readonly number[])[] = [
  [1, 1, 1],
  [0.5, 0.3, 0.2],
  [2, 1, 0],
];

interface TotalRow {
  readonly setup: number;
  readonly scores: readonly Written[];
}

function totalRows(seed: number, count: number): TotalRow[] {
  const rows: TotalRow[] = [
    ...TOTAL_WEIGHTS.map((_, setup) => ({ setup, scores: [null, null, null] })),
    { setup: 0, scores: [79.99, 79.99, 79.99] },
    { setup: 1, scores: [80, 80, 80] },
    { setup: 1, scores: [70, null, 70] },
    { setup: 0, scores: [100, 100, null] },
    { setup: 1, scores: [0, 0, 0] },
    { setup: 2, scores: [null, null, 90] }, // weighs 0: #DIV/0!
    { setup: 0, scores: [80, 100.5, 60] }, // #NUM!
    { setup: 1, scores: [80, "good", 60] }, // #VALUE!
  ];
  const random = mulberry32(seed);
  for (let index = 0; index < count; index++) {
    const scores = Array.from({ length: 3 }, (): Written => {
      const draw = random();
      if (draw < 0.2) return null;
      if (draw < 0.6) return randomInteger(random, 0, 100);
      return randomInteger(random, 0, 10_000) / 100;
    });
    rows.push({ setup: index % TOTAL_WEIGHTS.length, scores });
  }
  return rows;
}

const TOTAL_ROWS = totalRows(4_004_552, 210);

function expectedTotal(row: TotalRow): ComputedValue {
  return nativeExpectation(row.scores, () => total([row.scores], [TOTAL_WEIGHTS[row.setup]]));
}

/** Module scores in B:D, TOTAL in E, GRADE of E in F, from row 2. */
function addTotalSheet(workbook: ExcelJS.Workbook) {
  const sheet = workbook.addWorksheet("Totals");
  sheet.addRow(["Setup", "Overall", "Service", "Quality", "Total", "Grade"]);
  TOTAL_ROWS.forEach((row, index) => {
    const r = index + 2;
    sheet.getCell(`A${r}`).value = row.setup;
    row.scores.forEach((moduleScore, module) => {
      if (moduleScore !== null) sheet.getCell(`${column(1 + module)}${r}`).value = moduleScore;
    });
    sheet.getCell(`E${r}`).value = { formula: totalFormula(`B${r}:D${r}`, TOTAL_WEIGHTS[row.setup]).slice(1) };
    sheet.getCell(`F${r}`).value = { formula: gradeFormula(`E${r}`).slice(1) };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The whole chain, as on the SurveyReturns sheet: item ratings → module SCOREs → TOTAL → GRADE.

const CHAIN_MODULES = [
  { items: 3, weights: [1, 1, 1] },
  { items: 3, weights: [2, 1, 1] },
  { items: 2, weights: [1, 3] },
] as const;
const CHAIN_MODULE_WEIGHTS = [0.4, 0.35, 0.25];
const CHAIN_ITEMS = CHAIN_MODULES.reduce((sum, module) => sum + module.items, 0);

function chainRows(seed: number, count: number): Written[][] {
  const random = mulberry32(seed);
  const rows: Written[][] = [
    Array.from({ length: CHAIN_ITEMS }, () => null),
    [4, 4, 4, null, null, null, 4, 4], // service unanswered: the total skips its ""
  ];
  for (let index = 0; index < count; index++) {
    const unanswered = randomInteger(random, -2, CHAIN_MODULES.length - 1); // most rows answer every module
    let item = 0;
    const row: Written[] = [];
    CHAIN_MODULES.forEach((module, moduleIndex) => {
      for (let k = 0; k < module.items; k++, item++) {
        row.push(moduleIndex === unanswered || random() < 0.15 ? null : randomInteger(random, 0, 5));
      }
    });
    rows.push(row);
  }
  return rows;
}

const CHAIN_ROWS = chainRows(1_020_304, 60);

/** The domain's module scores of a chain row: null where a module is unanswered. */
function chainModuleScores(row: readonly Written[]): (number | null)[] {
  let first = 0;
  return CHAIN_MODULES.map((module) => {
    const ratings = row.slice(first, first + module.items);
    first += module.items;
    return ratings.every((rating) => rating === null) ? null : score([ratings], [module.weights]);
  });
}

function expectedChainTotal(row: readonly Written[]): ComputedValue {
  const moduleScores = chainModuleScores(row);
  return nativeExpectation(moduleScores, () => total([moduleScores], [CHAIN_MODULE_WEIGHTS]));
}

/** Item ratings in A:H, module SCOREs in I:K, TOTAL of I:K in L, GRADE of L in M, from row 2. */
function addChainSheet(workbook: ExcelJS.Workbook) {
  const sheet = workbook.addWorksheet("Chain");
  CHAIN_ROWS.forEach((row, index) => {
    const r = index + 2;
    row.forEach((rating, item) => {
      if (rating !== null) sheet.getCell(`${column(item)}${r}`).value = rating;
    });
    let first = 0;
    CHAIN_MODULES.forEach((module, moduleIndex) => {
      const range = `${column(first)}${r}:${column(first + module.items - 1)}${r}`;
      first += module.items;
      sheet.getCell(`${column(CHAIN_ITEMS + moduleIndex)}${r}`).value = {
        formula: scoreFormula(range, module.weights, 5).slice(1),
      };
    });
    sheet.getCell(`L${r}`).value = { formula: totalFormula(`I${r}:K${r}`, CHAIN_MODULE_WEIGHTS).slice(1) };
    sheet.getCell(`M${r}`).value = { formula: gradeFormula(`L${r}`).slice(1) };
  });
}

// ---------------------------------------------------------------------------------------------------------------

let recalculated: ExcelJS.Workbook;

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  addScoreSheet(workbook);
  addTotalSheet(workbook);
  addChainSheet(workbook);
  recalculated = await recalculate(workbook);
}, LIBREOFFICE_TIMEOUT_MS);

function sheetNamed(name: string): ExcelJS.Worksheet {
  const sheet = recalculated.getWorksheet(name);
  if (!sheet) throw new Error(`The recalculated workbook has no sheet ${name}.`);
  return sheet;
}

interface Mismatch {
  row: number;
  cells: readonly CellValue[];
  expected: ComputedValue;
  computed: ComputedValue;
}

function mismatches<Row>(
  name: string,
  rows: readonly Row[],
  cellsOf: (row: Row) => readonly CellValue[],
  expected: (row: Row) => ComputedValue,
  address: (row: number) => string,
): Mismatch[] {
  const sheet = sheetNamed(name);
  const found: Mismatch[] = [];
  rows.forEach((row, index) => {
    const r = index + 2;
    const want = expected(row);
    const computed = cellValue(sheet.getCell(address(r)));
    if (!sameCell(computed, want)) found.push({ row: r, cells: cellsOf(row), expected: want, computed });
  });
  return found;
}

describe("the native SCORE formula, as LibreOffice computes it", () => {
  const expected = SCORE_ROWS.map(expectedScore);

  it("computes the same score as SCORE for 200+ rows of ratings out of 5 and of 10 under four sets of weights", () => {
    expect(SCORE_ROWS.length).toBeGreaterThanOrEqual(200);
    expect(expected).toEqual(expect.arrayContaining([0, 70, 79.99, 80, 100, ""]));
    const found = mismatches(
      "Scores",
      SCORE_ROWS,
      (row) => row.ratings,
      expectedScore,
      (r) => `G${r}`,
    );
    expect(found).toEqual([]);
  });

  it('leaves a row with no answered rating blank (""), where SCORE says #DIV/0!', () => {
    const sheet = sheetNamed("Scores");
    const blankRows = SCORE_ROWS.flatMap((row, index) => (row.ratings.every((cell) => cell === null) ? [index] : []));
    expect(blankRows.length).toBeGreaterThanOrEqual(SCORE_SETUPS.length);
    for (const index of blankRows) {
      expect(cellValue(sheet.getCell(`G${index + 2}`))).toBe("");
      expect(cellValue(sheet.getCell(`H${index + 2}`))).toBe("");
    }
  });

  it("says #NUM! for a rating outside the scale, #VALUE! for text and #DIV/0! when the answers weigh 0, as SCORE does", () => {
    expect(expected).toEqual(expect.arrayContaining(["#DIV/0!", "#NUM!", "#VALUE!"]));
    const found = mismatches(
      "Scores",
      SCORE_ROWS,
      (row) => row.ratings,
      expectedScore,
      (r) => `G${r}`,
    ).filter((mismatch) => typeof mismatch.expected === "string");
    expect(found).toEqual([]);
  });

  it.each([
    ["8,8,8,,", 80, "A"],
    ["4,10,,,", 80, "A"],
    ["1,10,,,", 70, "B"],
    ["0,,7,8,", 60, "C"],
  ])(
    "rounds away floating-point noise: ratings %s of 10 weighted 0.1, 0.2, 0.3, 0.15 score exactly %p, grade %s",
    (ratings, expected, grade) => {
      const index = SCORE_ROWS.findIndex((row) => row.setup === 2 && row.ratings.join() === ratings);
      expect(index).toBeGreaterThanOrEqual(0);
      const sheet = sheetNamed("Scores");
      expect(cellValue(sheet.getCell(`G${index + 2}`))).toBe(expected);
      expect(cellValue(sheet.getCell(`H${index + 2}`))).toBe(grade);
    },
  );

  it("chains SCORE into GRADE: the grade of each computed score is the grade of SCORE", () => {
    const found = mismatches(
      "Scores",
      SCORE_ROWS,
      (row) => row.ratings,
      (row) => gradeOf(expectedScore(row)),
      (r) => `H${r}`,
    );
    expect(found).toEqual([]);
    const grades = new Set(SCORE_ROWS.map((_, index) => cellValue(sheetNamed("Scores").getCell(`H${index + 2}`))));
    for (const grade of ["A", "B", "C", "D", ""]) expect(grades.has(grade)).toBe(true);
  });
});

describe("the native TOTAL formula, as LibreOffice computes it", () => {
  it("computes the same total as TOTAL for 200+ rows of module scores under three sets of module weights", () => {
    expect(TOTAL_ROWS.length).toBeGreaterThanOrEqual(200);
    const expected = TOTAL_ROWS.map(expectedTotal);
    expect(expected).toEqual(expect.arrayContaining([0, 70, 79.99, 80, 100, "", "#DIV/0!", "#NUM!", "#VALUE!"]));
    const found = mismatches(
      "Totals",
      TOTAL_ROWS,
      (row) => row.scores,
      expectedTotal,
      (r) => `E${r}`,
    );
    expect(found).toEqual([]);
  });

  it("grades each total as GRADE grades TOTAL, boundaries 79.99 and 80 included", () => {
    const found = mismatches(
      "Totals",
      TOTAL_ROWS,
      (row) => row.scores,
      (row) => gradeOf(expectedTotal(row)),
      (r) => `F${r}`,
    );
    expect(found).toEqual([]);
  });
});

describe("ratings → module scores → total → grade, all native", () => {
  it("computes the domain's module scores, skipping unanswered modules in the total", () => {
    const sheet = sheetNamed("Chain");
    const found: Mismatch[] = [];
    CHAIN_ROWS.forEach((row, index) => {
      const r = index + 2;
      const moduleScores = chainModuleScores(row);
      moduleScores.forEach((moduleScore, module) => {
        const computed = cellValue(sheet.getCell(`${column(CHAIN_ITEMS + module)}${r}`));
        if (!sameCell(computed, moduleScore ?? "")) found.push({ row: r, cells: row, expected: moduleScore, computed });
      });
      const totalWanted = expectedChainTotal(row);
      const totalComputed = cellValue(sheet.getCell(`L${r}`));
      if (!sameCell(totalComputed, totalWanted))
        found.push({ row: r, cells: row, expected: totalWanted, computed: totalComputed });
      const gradeComputed = cellValue(sheet.getCell(`M${r}`));
      if (gradeComputed !== gradeOf(totalWanted))
        found.push({ row: r, cells: row, expected: gradeOf(totalWanted), computed: gradeComputed });
    });
    expect(found).toEqual([]);
  });

  it("includes rows with an unanswered module and a row with nothing answered", () => {
    const partial = CHAIN_ROWS.filter((row) => chainModuleScores(row).some((moduleScore) => moduleScore === null));
    expect(partial.length).toBeGreaterThanOrEqual(5);
    expect(cellValue(sheetNamed("Chain").getCell("L2"))).toBe("");
    expect(cellValue(sheetNamed("Chain").getCell("L3"))).toBe(80);
  });
});
