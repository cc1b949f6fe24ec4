import { intersection, subtract } from "./address";
import { type Batch, ClientObject, CollectionProxy, type Locator } from "./client-object";
import { invalidArgument, invalidOperation } from "./errors";
import type { CellValueRule, MemoryConditionalFormat, MemorySheet } from "./model";
import { RangeProxy, type RangeTarget } from "./range-proxy";

interface FormatTarget {
  readonly sheet: MemorySheet;
  readonly format: MemoryConditionalFormat;
}

/** The kinds of conditional format the host keeps; Excel has more (DataBar, ColorScale, IconSet, …). */
const TYPES = ["Custom", "CellValue"];
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];

/** Sets fields of the format; the workbook counts as changed only when a value differs. */
function update(target: FormatTarget, fields: Partial<MemoryConditionalFormat>): void {
  target.sheet.assertWritable();
  const format = target.format as unknown as Record<string, unknown>;
  const changed = Object.entries(fields).some(([key, value]) => JSON.stringify(format[key]) !== JSON.stringify(value));
  if (!changed) return;
  Object.assign(target.format, fields);
  target.sheet.workbook.touch();
}

/** ConditionalFormat.custom on a CellValue format (and the reverse) fails, as in Excel. */
function ofType(type: string): (target: FormatTarget) => FormatTarget {
  return (target) => {
    if (target.format.type !== type)
      throw invalidOperation(`The conditional format is of type ${target.format.type}, not ${type}.`);
    return target;
  };
}

export class ConditionalRangeFontProxy extends ClientObject<FormatTarget> {
  protected readonly scalarProperties = ["color", "bold", "italic"];

  /** What the rule has not set loads as null: the cell's own font shows through. */
  protected snapshot(property: string, { format }: FormatTarget): unknown {
    if (property === "color") return format.fontColor ?? null;
    if (property === "bold" || property === "italic") return format[property] ?? null;
    throw invalidArgument(`The in-memory host does not load ConditionalRangeFont.${property}.`);
  }

  get color(): string {
    return this.loadedValue("color");
  }
  set color(color: string) {
    this.change({ set: "conditionalFont/color", color }, (target) => update(target, { fontColor: color }));
  }
  get bold(): boolean {
    return this.loadedValue("bold");
  }
  set bold(bold: boolean) {
    this.change({ set: "conditionalFont/bold", bold }, (target) => update(target, { bold }));
  }
  get italic(): boolean {
    return this.loadedValue("italic");
  }
  set italic(italic: boolean) {
    this.change({ set: "conditionalFont/italic", italic }, (target) => update(target, { italic }));
  }

  clear(): void {
    this.change({ clear: "conditionalFont" }, (target) =>
      update(target, { fontColor: undefined, bold: undefined, italic: undefined }),
    );
  }
}

export class ConditionalRangeFillProxy extends ClientObject<FormatTarget> {
  protected readonly scalarProperties = ["color"];

  protected snapshot(property: string, { format }: FormatTarget): unknown {
    if (property === "color") return format.fillColor ?? null;
    throw invalidArgument(`The in-memory host does not load ConditionalRangeFill.${property}.`);
  }

  get color(): string {
    return this.loadedValue("color");
  }
  set color(color: string) {
    this.change({ set: "conditionalFill/color", color }, (target) => update(target, { fillColor: color }));
  }

  clear(): void {
    this.change({ clear: "conditionalFill" }, (target) => update(target, { fillColor: undefined }));
  }
}

/** The format applied where the rule holds: font and fill (borders and number format are not kept). */
export class ConditionalRangeFormatProxy {
  readonly font: ConditionalRangeFontProxy;
  readonly fill: ConditionalRangeFillProxy;

  constructor(batch: Batch, locator: Locator<FormatTarget>) {
    this.font = new ConditionalRangeFontProxy(batch, locator);
    this.fill = new ConditionalRangeFillProxy(batch, locator);
  }
}

/** The formula of a Custom format, kept as written (the host does not evaluate it). */
export class ConditionalFormatRuleProxy extends ClientObject<FormatTarget> {
  protected readonly scalarProperties = ["formula", "formulaLocal"];

  protected snapshot(property: string, { format }: FormatTarget): unknown {
    if (property === "formula" || property === "formulaLocal") return format.formula ?? "";
    throw invalidArgument(`The in-memory host does not load ConditionalFormatRule.${property}.`);
  }

  get formula(): string {
    return this.loadedValue("formula");
  }
  set formula(formula: string) {
    this.change({ set: "conditionalRule/formula", formula }, (target) => update(target, { formula }));
  }
  get formulaLocal(): string {
    return this.loadedValue("formulaLocal");
  }
  set formulaLocal(formula: string) {
    this.change({ set: "conditionalRule/formulaLocal", formula }, (target) => update(target, { formula }));
  }
}

export class CustomConditionalFormatProxy {
  readonly rule: ConditionalFormatRuleProxy;
  readonly format: ConditionalRangeFormatProxy;

  constructor(batch: Batch, locator: Locator<FormatTarget>) {
    this.rule = new ConditionalFormatRuleProxy(batch, locator);
    this.format = new ConditionalRangeFormatProxy(batch, locator);
  }
}

export class CellValueConditionalFormatProxy extends ClientObject<FormatTarget> {
  protected readonly scalarProperties = ["rule"];
  readonly format: ConditionalRangeFormatProxy;

  constructor(batch: Batch, locator: Locator<FormatTarget>) {
    super(batch, locator);
    this.format = new ConditionalRangeFormatProxy(batch, locator);
  }

  protected snapshot(property: string, { format }: FormatTarget): unknown {
    if (property === "rule") return format.rule ?? { formula1: "", operator: "Invalid" };
    throw invalidArgument(`The in-memory host does not load CellValueConditionalFormat.${property}.`);
  }

  get rule(): CellValueRule {
    return this.loadedValue("rule");
  }
  set rule(rule: CellValueRule) {
    this.change({ set: "cellValue/rule", rule }, (target) => {
      if (!OPERATORS.includes(rule.operator)) throw invalidArgument(`'${rule.operator}' is not an operator.`);
      if (rule.formula1 === undefined || rule.formula1 === "") throw invalidArgument("The rule needs formula1.");
      if (/between/i.test(rule.operator) && rule.formula2 === undefined)
        throw invalidArgument(`The operator ${rule.operator} needs formula2.`);
      update(target, { rule: { ...rule } });
    });
  }
}

/** One conditional format of a sheet; `custom` or `cellValue` gives its rule and format, depending on its type. */
export class ConditionalFormatProxy extends ClientObject<FormatTarget> {
  protected readonly scalarProperties = ["id", "type", "priority"];
  readonly custom: CustomConditionalFormatProxy;
  readonly cellValue: CellValueConditionalFormatProxy;

  constructor(batch: Batch, locator: Locator<FormatTarget>) {
    super(batch, locator);
    this.custom = new CustomConditionalFormatProxy(batch, locator.map(ofType("Custom"), "The custom format"));
    this.cellValue = new CellValueConditionalFormatProxy(
      batch,
      locator.map(ofType("CellValue"), "The cell value format"),
    );
  }

  protected snapshot(property: string, { sheet, format }: FormatTarget): unknown {
    if (property === "id") return format.id;
    if (property === "type") return format.type;
    if (property === "priority") return sheet.conditionalFormats.indexOf(format);
    throw invalidArgument(`The in-memory host does not load ConditionalFormat.${property}.`);
  }

  get id(): string {
    return this.loadedValue("id");
  }
  get type(): string {
    return this.loadedValue("type");
  }
  get priority(): number {
    return this.loadedValue("priority");
  }

  /** The cells the format applies to; fails when part of it was cleared and it now covers several ranges. */
  getRange(): RangeProxy {
    return new RangeProxy(
      this.batch,
      this.locator.map(({ sheet, format }) => {
        if (format.areas.length !== 1) throw invalidOperation("The conditional format applies to several ranges.");
        return { sheet, area: format.areas[0] };
      }, "The range of the conditional format"),
    );
  }

  getRangeOrNullObject(): RangeProxy {
    const range = this.locator.map(
      ({ sheet, format }) => (format.areas.length === 1 ? { sheet, area: format.areas[0] } : null),
      "The range of the conditional format",
      true,
    );
    return new RangeProxy(this.batch, range).trackNull();
  }

  delete(): void {
    this.change({ delete: "conditionalFormat" }, ({ sheet, format }) => {
      sheet.assertWritable();
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(format), 1);
      sheet.workbook.touch();
    });
  }
}

/** Range.conditionalFormats: the formats of the range's sheet that apply to some cell of the range, by priority. */
export class ConditionalFormatCollectionProxy extends CollectionProxy<MemoryConditionalFormat, ConditionalFormatProxy> {
  constructor(
    batch: Batch,
    private readonly range: Locator<RangeTarget>,
  ) {
    super(batch);
  }

  protected models(): MemoryConditionalFormat[] {
    const { sheet, area } = this.range.get();
    return sheet.conditionalFormats.filter((format) => format.areas.some((piece) => intersection(piece, area)));
  }

  protected proxyFor(format: MemoryConditionalFormat): ConditionalFormatProxy {
    return this.proxyOf(() => format, "The conditional format", false);
  }

  /** A new format over the whole range, at the top priority: it becomes item 0. */
  add(type: string): ConditionalFormatProxy {
    let created: MemoryConditionalFormat | undefined;
    this.batch.enqueue({
      request: { addConditionalFormat: type },
      apply: () => {
        const { sheet, area } = this.range.get();
        sheet.assertWritable();
        if (!TYPES.includes(type))
          throw invalidArgument(`The in-memory host keeps conditional formats of type ${TYPES.join(" and ")}.`);
        created = { id: sheet.workbook.nextConditionalFormatId(), type, areas: [area] };
        sheet.conditionalFormats.unshift(created);
        sheet.workbook.touch();
      },
    });
    return this.proxyOf(() => created ?? null, "The new conditional format", false);
  }

  getItemAt(index: number): ConditionalFormatProxy {
    return this.proxyOf(() => this.models()[index] ?? null, `The conditional format at ${index}`, false);
  }

  getItem(id: string): ConditionalFormatProxy {
    return this.proxyOf(() => this.withId(id), `The conditional format '${id}'`, false);
  }

  getItemOrNullObject(id: string): ConditionalFormatProxy {
    return this.proxyOf(() => this.withId(id), `The conditional format '${id}'`, true).trackNull();
  }

  /** Takes the range's cells out of every format; a format left with no cells is gone. */
  clearAll(): void {
    this.batch.enqueue({
      request: { clearConditionalFormats: true },
      apply: () => {
        const { sheet, area } = this.range.get();
        sheet.assertWritable();
        for (const format of this.models()) {
          format.areas = format.areas.flatMap((piece) => subtract(piece, area));
          if (format.areas.length === 0) sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(format), 1);
          sheet.workbook.touch();
        }
      },
    });
  }

  private withId(id: string): MemoryConditionalFormat | null {
    return this.models().find((format) => format.id === id) ?? null;
  }

  private proxyOf(find: () => MemoryConditionalFormat | null, what: string, nullable: boolean) {
    const locator = this.range.map(
      ({ sheet }) => {
        const format = find();
        return format && sheet.conditionalFormats.includes(format) ? { sheet, format } : null;
      },
      what,
      nullable,
    );
    return new ConditionalFormatProxy(this.batch, locator);
  }
}
