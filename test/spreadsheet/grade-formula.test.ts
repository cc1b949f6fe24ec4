import ExcelJS from "exceljs";
import { DEFAULT_GRADE_BANDS, type GradeBand, gradeFor, gradeFormula } from "../../src/domain/grade";
import { cellValue, findSoffice, recalculate } from "../support/libreoffice";
import { mulberry32, randomInteger } from "../support/random";

const LIBREOFFICE_TIMEOUT_MS = 120_000;
jest.setTimeout(LIBREOFFICE_TIMEOUT_MS);

const CUSTOM_BANDS: readonly GradeBand[] = [
  { lowerBound: 90, label: "Excellent 优秀" },
  { lowerBound: 75, label: "Tốt" },
  { lowerBound: 50, label: 'Fair, "needs work"' },
  { lowerBound: 0, label: "Poor" },
];

/** A score, or null for a blank cell. */
type Score = number | null;

/** Every band edge from both sides, a blank, then seeded random scores (half whole, half with two decimals). */
function scoresFor(bands: readonly GradeBand[], seed: number, count: number): Score[] {
  const edges = bands.flatMap((band) => (band.lowerBound > 0 ? [band.lowerBound - 0.01, band.lowerBound] : [0]));
  const random = mulberry32(seed);
  const randomScores = Array.from({ length: count }, (_, index) =>
    index % 2 === 0 ? randomInteger(random, 0, 100) : randomInteger(random, 0, 10_000) / 100,
  );
  return [...edges, 100, null, ...randomScores];
}

const DEFAULT_SCORES = scoresFor(DEFAULT_GRADE_BANDS, 20_261_120, 200);
const CUSTOM_SCORES = scoresFor(CUSTOM_BANDS, 4_004, 60);

/** Scores in column A from row 2, the grade formula beside each in column B, written without a cached result. */
function addGradeSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  scores: readonly Score[],
  bands: readonly GradeBand[],
) {
  const sheet = workbook.addWorksheet(name);
  sheet.getCell("A1").value = "Score";
  sheet.getCell("B1").value = "Grade";
  scores.forEach((score, index) => {
    const row = index + 2;
    if (score !== null) sheet.getCell(`A${row}`).value = score;
    sheet.getCell(`B${row}`).value = { formula: gradeFormula(`A${row}`, bands).replace(/^=/, "") };
  });
}

interface Mismatch {
  row: number;
  score: Score;
  expected: string;
  computed: unknown;
}

function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`The recalculated workbook has no sheet ${name}.`);
  return sheet;
}

function mismatches(workbook: ExcelJS.Workbook, name: string, scores: readonly Score[], bands: readonly GradeBand[]) {
  const sheet = sheetNamed(workbook, name);
  const found: Mismatch[] = [];
  scores.forEach((score, index) => {
    const row = index + 2;
    const expected = gradeFor(score, bands);
    const computed = cellValue(sheet.getCell(`B${row}`));
    if (computed !== expected) found.push({ row, score, expected, computed });
  });
  return found;
}

/** Days since 1899-12-30, Excel's (and LibreOffice's) date serial. */
function serial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

let recalculated: ExcelJS.Workbook;

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  addGradeSheet(workbook, "Default bands", DEFAULT_SCORES, DEFAULT_GRADE_BANDS);
  addGradeSheet(workbook, "Custom bands", CUSTOM_SCORES, CUSTOM_BANDS);

  const harness = workbook.addWorksheet("Harness");
  harness.getCell("A1").value = { formula: "SUMPRODUCT({1,2,3},{4,5,6})" };
  harness.getCell("A2").value = { formula: "WORKDAY(DATE(2026,11,20),3)" };
  harness.getCell("B3").value = 5;
  harness.getCell("A3").value = { formula: "B3*2", result: 999 };

  recalculated = await recalculate(workbook);
}, LIBREOFFICE_TIMEOUT_MS);

describe("the grade formula, as LibreOffice computes it", () => {
  it("computes the same grade as the domain rule for 200+ scores, boundaries included", () => {
    expect(DEFAULT_SCORES.length).toBeGreaterThanOrEqual(200);
    expect(DEFAULT_SCORES).toEqual(expect.arrayContaining([0, 59.99, 60, 69.99, 70, 79.99, 80, 100, null]));
    expect(mismatches(recalculated, "Default bands", DEFAULT_SCORES, DEFAULT_GRADE_BANDS)).toEqual([]);
  });

  it("leaves a blank score ungraded, as the domain rule does", () => {
    const sheet = sheetNamed(recalculated, "Default bands");
    const row = DEFAULT_SCORES.indexOf(null) + 2;
    expect(cellValue(sheet.getCell(`A${row}`))).toBeNull();
    expect(cellValue(sheet.getCell(`B${row}`))).toBe("");
  });

  it("keeps custom bands and their labels, Chinese, Vietnamese and quoted ones included", () => {
    expect(mismatches(recalculated, "Custom bands", CUSTOM_SCORES, CUSTOM_BANDS)).toEqual([]);
    const sheet = sheetNamed(recalculated, "Custom bands");
    const computedLabels = new Set(CUSTOM_SCORES.map((_, index) => cellValue(sheet.getCell(`B${index + 2}`))));
    expect(computedLabels).toEqual(new Set(["", ...CUSTOM_BANDS.map((band) => band.label)]));
  });
});

describe("the LibreOffice harness", () => {
  it("recalculates a formula written without a cached result: SUMPRODUCT({1,2,3},{4,5,6}) is 32", () => {
    expect(cellValue(sheetNamed(recalculated, "Harness").getCell("A1"))).toBe(32);
  });

  it("computes WORKDAY: three working days after Friday 20 November 2026 is Wednesday 25 November 2026", () => {
    expect(cellValue(sheetNamed(recalculated, "Harness").getCell("A2"))).toBe(serial(2026, 11, 25));
  });

  it("replaces a stale cached result rather than echoing it", () => {
    expect(cellValue(sheetNamed(recalculated, "Harness").getCell("A3"))).toBe(10);
  });

  it("names the Debian package to install when LibreOffice is not on PATH", async () => {
    const path = process.env.PATH;
    process.env.PATH = "";
    try {
      await expect(findSoffice()).rejects.toThrow("libreoffice-calc-nogui");
    } finally {
      process.env.PATH = path;
    }
  });
});
