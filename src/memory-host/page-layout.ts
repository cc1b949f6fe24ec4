import { type CellArea, formatArea, parseArea, qualifiedAddress, splitSheet } from "./address";
import { type Batch, ClientObject, type Locator } from "./client-object";
import { invalidArgument } from "./errors";
import { HEADER_FOOTER_PARTS, type HeaderFooterPart, type MemorySheet, type PageLayout, type PageZoom } from "./model";
import type { RangeProxy } from "./range-proxy";

const ORIENTATIONS = ["Portrait", "Landscape"];
/** Office.js's paper sizes, in the order of the file format's codes (ECMA-376 Part 1, 18.3.1.64): code = index + 1. */
export const PAPER_SIZES = (
  "Letter LetterSmall Tabloid Ledger Legal Statement Executive A3 A4 A4Small A5 B4 B5 Folio Quatro Paper10x14 " +
  "Paper11x17 Note Envelope9 Envelope10 Envelope11 Envelope12 Envelope14 Csheet Dsheet Esheet EnvelopeDL EnvelopeC5 " +
  "EnvelopeC3 EnvelopeC4 EnvelopeC6 EnvelopeC65 EnvelopeB4 EnvelopeB5 EnvelopeB6 EnvelopeItaly EnvelopeMonarch " +
  "EnvelopePersonal FanfoldUS FanfoldStdGerman FanfoldLegalGerman"
).split(" ");

/** Replaces some page setup fields of an unprotected sheet; the workbook counts as changed when a value differs. */
function updateLayout(sheet: MemorySheet, fields: Partial<PageLayout>): void {
  sheet.assertWritable();
  const next = { ...sheet.pageLayout, ...fields };
  if (JSON.stringify(next) === JSON.stringify(sheet.pageLayout)) return;
  sheet.pageLayout = next;
  sheet.workbook.touch();
}

/** Excel prints at 10% to 400%, or fits the sheet to a whole number of pages (0: as many as it takes). */
function checkedZoom(zoom: PageZoom): PageZoom {
  const { scale, horizontalFitToPages: across, verticalFitToPages: down } = zoom;
  if (scale !== undefined && !(scale >= 10 && scale <= 400))
    throw invalidArgument(`A zoom of ${scale}% is not possible.`);
  for (const pages of [across, down])
    if (pages !== undefined && !(Number.isInteger(pages) && pages >= 0))
      throw invalidArgument(`${pages} is not a number of pages.`);
  return { ...zoom };
}

/** A print area given as a range or an address ("A1:H40", "Dashboard!A1:H40", several joined by commas). */
function printAreaOf(printArea: RangeProxy | string, sheet: MemorySheet): string {
  if (typeof printArea !== "string") {
    const { sheet: on, area } = printArea.target();
    if (on !== sheet) throw invalidArgument("The print area must lie on its own sheet.");
    return formatArea(area);
  }
  const parts = printArea.split(",").map((part) => {
    const named = splitSheet(part.trim()).sheet;
    if (named !== undefined && sheet.workbook.sheet(named) !== sheet)
      throw invalidArgument("The print area must lie on its own sheet.");
    return formatArea(parseArea(part));
  });
  return parts.join(",");
}

interface AreasTarget {
  readonly sheet: MemorySheet;
  readonly areas: readonly CellArea[];
}

/** RangeAreas: several rectangles of one sheet (here, a print area). */
export class RangeAreasProxy extends ClientObject<AreasTarget> {
  protected readonly scalarProperties = ["address", "areaCount"];

  protected snapshot(property: string, { sheet, areas }: AreasTarget): unknown {
    if (property === "address" || property === "addressLocal")
      return areas.map((area) => qualifiedAddress(sheet.name, area)).join(",");
    if (property === "areaCount") return areas.length;
    throw invalidArgument(`The in-memory host does not load RangeAreas.${property}.`);
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get addressLocal(): string {
    return this.loadedValue("addressLocal");
  }
  get areaCount(): number {
    return this.loadedValue("areaCount");
  }
}

/** HeaderFooter: the texts of a page's header and footer, left, center and right. */
export class HeaderFooterProxy extends ClientObject<MemorySheet> {
  protected readonly scalarProperties = [...HEADER_FOOTER_PARTS];

  protected snapshot(property: string, sheet: MemorySheet): unknown {
    if (!(HEADER_FOOTER_PARTS as readonly string[]).includes(property))
      throw invalidArgument(`The in-memory host does not load HeaderFooter.${property}.`);
    return sheet.pageLayout.headerFooter[property as HeaderFooterPart];
  }

  get leftHeader(): string {
    return this.loadedValue("leftHeader");
  }
  set leftHeader(text: string) {
    this.setPart("leftHeader", text);
  }
  get centerHeader(): string {
    return this.loadedValue("centerHeader");
  }
  set centerHeader(text: string) {
    this.setPart("centerHeader", text);
  }
  get rightHeader(): string {
    return this.loadedValue("rightHeader");
  }
  set rightHeader(text: string) {
    this.setPart("rightHeader", text);
  }
  get leftFooter(): string {
    return this.loadedValue("leftFooter");
  }
  set leftFooter(text: string) {
    this.setPart("leftFooter", text);
  }
  get centerFooter(): string {
    return this.loadedValue("centerFooter");
  }
  set centerFooter(text: string) {
    this.setPart("centerFooter", text);
  }
  get rightFooter(): string {
    return this.loadedValue("rightFooter");
  }
  set rightFooter(text: string) {
    this.setPart("rightFooter", text);
  }

  private setPart(part: HeaderFooterPart, text: string): void {
    this.change({ set: `headerFooter/${part}`, text }, (sheet) =>
      updateLayout(sheet, { headerFooter: { ...sheet.pageLayout.headerFooter, [part]: text } }),
    );
  }
}

/** PageLayout.headersFooters: only the headers and footers for all pages are kept. */
export class HeaderFooterGroupProxy {
  readonly defaultForAllPages: HeaderFooterProxy;

  constructor(batch: Batch, sheet: Locator<MemorySheet>) {
    this.defaultForAllPages = new HeaderFooterProxy(batch, sheet);
  }
}

/** Worksheet.pageLayout: orientation, paper, centring, zoom, print area and the header and footer. */
export class PageLayoutProxy extends ClientObject<MemorySheet> {
  protected readonly scalarProperties = ["orientation", "paperSize", "centerHorizontally", "zoom"];
  readonly headersFooters: HeaderFooterGroupProxy;

  constructor(batch: Batch, locator: Locator<MemorySheet>) {
    super(batch, locator);
    this.headersFooters = new HeaderFooterGroupProxy(batch, locator);
  }

  protected snapshot(property: string, sheet: MemorySheet): unknown {
    const layout = sheet.pageLayout;
    switch (property) {
      case "orientation":
      case "paperSize":
      case "centerHorizontally":
        return layout[property];
      case "zoom":
        return { ...layout.zoom };
      default:
        throw invalidArgument(`The in-memory host does not load PageLayout.${property}.`);
    }
  }

  get orientation(): string {
    return this.loadedValue("orientation");
  }
  set orientation(orientation: string) {
    this.change({ set: "orientation", orientation }, (sheet) => {
      if (!ORIENTATIONS.includes(orientation)) throw invalidArgument(`'${orientation}' is not a page orientation.`);
      updateLayout(sheet, { orientation });
    });
  }
  get paperSize(): string {
    return this.loadedValue("paperSize");
  }
  set paperSize(paperSize: string) {
    this.change({ set: "paperSize", paperSize }, (sheet) => {
      if (!PAPER_SIZES.includes(paperSize)) throw invalidArgument(`'${paperSize}' is not a paper size.`);
      updateLayout(sheet, { paperSize });
    });
  }
  get centerHorizontally(): boolean {
    return this.loadedValue("centerHorizontally");
  }
  set centerHorizontally(centerHorizontally: boolean) {
    this.change({ set: "centerHorizontally", centerHorizontally }, (sheet) =>
      updateLayout(sheet, { centerHorizontally }),
    );
  }
  get zoom(): PageZoom {
    return this.loadedValue("zoom");
  }
  /** Kept as given: a scale, or pages across and down to fit the sheet on. */
  set zoom(zoom: PageZoom) {
    this.change({ set: "zoom", zoom }, (sheet) => updateLayout(sheet, { zoom: checkedZoom(zoom) }));
  }

  setPrintArea(printArea: RangeProxy | string): void {
    this.change({ setPrintArea: typeof printArea === "string" ? printArea : "range" }, (sheet) =>
      updateLayout(sheet, { printArea: printAreaOf(printArea, sheet) }),
    );
  }

  getPrintArea(): RangeAreasProxy {
    return new RangeAreasProxy(this.batch, this.printArea(false));
  }

  getPrintAreaOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.batch, this.printArea(true)).trackNull();
  }

  private printArea(nullable: boolean): Locator<AreasTarget> {
    return this.locator.map(
      (sheet) => {
        const address = sheet.pageLayout.printArea;
        if (address === null) return null;
        return { sheet, areas: address.split(",").map((part) => parseArea(part)) };
      },
      "The print area",
      nullable,
    );
  }
}
