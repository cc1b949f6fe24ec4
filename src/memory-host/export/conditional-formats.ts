/**
 * Conditional formats in the host's priority order (the first wins where two apply): Custom rules as expression
 * rules, CellValue rules as cellIs rules, with the font and fill they set (a differential format in styles.xml,
 * which ExcelJS writes).
 */
import type ExcelJS from "exceljs";
import type { MemoryConditionalFormat, MemorySheet } from "../model";
import { argbOf } from "./cells";
import { a1Area } from "./references";

const OPERATORS: Readonly<Record<string, string>> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqual: "greaterThanOrEqual",
  LessThanOrEqual: "lessThanOrEqual",
};

const withoutEquals = (formula: string) => (formula.startsWith("=") ? formula.slice(1) : formula);

function styleOf(format: MemoryConditionalFormat): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const fill = argbOf(format.fillColor);
  // A differential fill's colour is its background colour (Excel); LibreOffice reads either.
  if (fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill }, bgColor: { argb: fill } };
  const font: Partial<ExcelJS.Font> = {};
  const color = argbOf(format.fontColor);
  if (color) font.color = { argb: color };
  if (format.bold !== undefined) font.bold = format.bold;
  if (format.italic !== undefined) font.italic = format.italic;
  if (Object.keys(font).length > 0) style.font = font;
  return style;
}

function ruleOf(format: MemoryConditionalFormat, priority: number): ExcelJS.ConditionalFormattingRule | undefined {
  const style = styleOf(format);
  if (format.type === "Custom" && format.formula !== undefined)
    return { type: "expression", priority, formulae: [withoutEquals(format.formula)], style };
  if (format.type === "CellValue" && format.rule) {
    const { formula1, formula2, operator } = format.rule;
    const formulae = [formula1, formula2].filter((item) => item !== undefined).map(withoutEquals);
    // The file's operators (ST_ConditionalFormattingOperator) are more than ExcelJS's typings list; it writes any.
    const cellIs = OPERATORS[operator] as ExcelJS.CellIsRuleType["operator"];
    return { type: "cellIs", priority, operator: cellIs, formulae, style };
  }
  return undefined;
}

export function writeConditionalFormats(sheet: MemorySheet, target: ExcelJS.Worksheet): void {
  sheet.conditionalFormats.forEach((format, index) => {
    const rule = ruleOf(format, index + 1);
    if (rule && format.areas.length > 0)
      target.addConditionalFormatting({ ref: format.areas.map((area) => a1Area(area)).join(" "), rules: [rule] });
  });
}
