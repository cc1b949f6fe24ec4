import { type Scalar } from "./cell-input";
import { type Batch, ClientObject, type Locator } from "./client-object";
import { invalidArgument } from "./errors";
import { DEFAULT_COLUMN_WIDTH, type FormatKey } from "./model";
import type { RangeTarget } from "./range-proxy";

/** Reads one format over an area: its value when uniform, null when cells differ (as Office.js reports). */
function uniform(values: Scalar[], uncovered: boolean, fallback: Scalar): Scalar | null {
  const all = uncovered ? [...values, fallback] : values;
  const distinct = [...new Set(all)];
  if (distinct.length === 0) return fallback;
  return distinct.length === 1 ? distinct[0] : null;
}

/** A part of Range.format whose properties are kept as area rules on the sheet, keyed "prefix/property". */
abstract class FormatPart extends ClientObject<RangeTarget> {
  protected abstract readonly defaults: Readonly<Record<string, Scalar>>;

  constructor(
    batch: Batch,
    locator: Locator<RangeTarget>,
    private readonly prefix: string,
  ) {
    super(batch, locator);
  }

  protected snapshot(property: string, { sheet, area }: RangeTarget): unknown {
    if (!(property in this.defaults)) throw invalidArgument(`The in-memory host does not load ${property}.`);
    const { values, uncovered } = sheet.format(this.key(property)).within(area);
    return uniform(values, uncovered, this.defaults[property]);
  }

  protected setFormat(property: string, value: Scalar, valid: () => boolean = () => true): void {
    this.change({ set: this.key(property), value }, ({ sheet, area }) => {
      sheet.assertAllowed("allowFormatCells");
      if (!valid()) throw invalidArgument(`${String(value)} is not a possible ${property}.`);
      sheet.format(this.key(property)).set(area, value);
    });
  }

  protected clearFormats(): void {
    this.change({ clear: this.prefix }, ({ sheet, area }) => {
      sheet.assertAllowed("allowFormatCells");
      Object.keys(this.defaults).forEach((property) => sheet.format(this.key(property)).clear(area));
    });
  }

  private key(property: string): FormatKey {
    return this.prefix ? `${this.prefix}/${property}` : property;
  }
}

export class RangeFontProxy extends FormatPart {
  /** Excel's default font for new workbooks (en-US, before Aptos). */
  protected readonly defaults = { bold: false, italic: false, color: "#000000", size: 11, name: "Calibri" };
  protected readonly scalarProperties = Object.keys(this.defaults);

  get bold(): boolean {
    return this.loadedValue("bold");
  }
  set bold(bold: boolean) {
    this.setFormat("bold", bold);
  }
  get italic(): boolean {
    return this.loadedValue("italic");
  }
  set italic(italic: boolean) {
    this.setFormat("italic", italic);
  }
  get color(): string {
    return this.loadedValue("color");
  }
  set color(color: string) {
    this.setFormat("color", color);
  }
  get size(): number {
    return this.loadedValue("size");
  }
  /** Excel accepts 1 to 409 points. */
  set size(size: number) {
    this.setFormat("size", size, () => size >= 1 && size <= 409);
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.setFormat("name", name);
  }
}

export class RangeFillProxy extends FormatPart {
  protected readonly defaults = { color: "#FFFFFF" };
  protected readonly scalarProperties = Object.keys(this.defaults);

  get color(): string {
    return this.loadedValue("color");
  }
  set color(color: string) {
    this.setFormat("color", color);
  }
  clear(): void {
    this.clearFormats();
  }
}

/**
 * Range.format.protection (https://learn.microsoft.com/javascript/api/excel/excel.formatprotection): whether cells
 * are locked, true by default; null when the range is mixed. A protected sheet refuses a change of it (the Format
 * Cells dialog's Protection tab is off there): unlock cells before protecting, as Excel's users do.
 */
export class FormatProtectionProxy extends ClientObject<RangeTarget> {
  protected readonly scalarProperties = ["locked"];

  protected snapshot(property: string, { sheet, area }: RangeTarget): unknown {
    if (property !== "locked") throw invalidArgument(`The in-memory host does not load FormatProtection.${property}.`);
    const { values, uncovered } = sheet.locked.within(area);
    return uniform(values, uncovered, true);
  }

  get locked(): boolean {
    return this.loadedValue("locked");
  }
  set locked(locked: boolean) {
    this.change({ set: "protection/locked", locked }, ({ sheet, area }) => {
      sheet.assertWritable();
      if (locked) sheet.locked.clear(area);
      else sheet.locked.set(area, false);
    });
  }
}

/** Range.format: wrapping, alignment, column width (points, per column), font, fill and protection. */
export class RangeFormatProxy extends FormatPart {
  protected readonly defaults = {
    wrapText: false,
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    columnWidth: DEFAULT_COLUMN_WIDTH,
  };
  protected readonly scalarProperties = Object.keys(this.defaults);
  readonly font: RangeFontProxy;
  readonly fill: RangeFillProxy;
  readonly protection: FormatProtectionProxy;

  constructor(batch: Batch, locator: Locator<RangeTarget>) {
    super(batch, locator, "");
    this.font = new RangeFontProxy(batch, locator, "font");
    this.fill = new RangeFillProxy(batch, locator, "fill");
    this.protection = new FormatProtectionProxy(batch, locator);
  }

  protected override snapshot(property: string, target: RangeTarget): unknown {
    if (property !== "columnWidth") return super.snapshot(property, target);
    const { sheet, area } = target;
    const widths = new Set<number>();
    for (let column = area.left; column <= area.right && widths.size < 2; column++)
      widths.add(sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH);
    return widths.size === 1 ? [...widths][0] : null;
  }

  get wrapText(): boolean {
    return this.loadedValue("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.setFormat("wrapText", wrap);
  }
  get horizontalAlignment(): string {
    return this.loadedValue("horizontalAlignment");
  }
  set horizontalAlignment(alignment: string) {
    this.setFormat("horizontalAlignment", alignment);
  }
  get verticalAlignment(): string {
    return this.loadedValue("verticalAlignment");
  }
  set verticalAlignment(alignment: string) {
    this.setFormat("verticalAlignment", alignment);
  }

  get columnWidth(): number {
    return this.loadedValue("columnWidth");
  }
  set columnWidth(width: number) {
    this.change({ set: "columnWidth", width }, ({ sheet, area }) => {
      sheet.assertAllowed("allowFormatColumns");
      if (!(width >= 0)) throw invalidArgument(`A column width of ${width} points is not possible.`);
      for (let column = area.left; column <= area.right; column++)
        if (sheet.columnWidths.get(column) !== width) {
          sheet.columnWidths.set(column, width);
          sheet.workbook.touch();
        }
    });
  }

  /** Excel measures the text; the host keeps the widths as they are (the request still travels). */
  autofitColumns(): void {
    this.change({ autofitColumns: true }, () => undefined);
  }
  autofitRows(): void {
    this.change({ autofitRows: true }, () => undefined);
  }
}
