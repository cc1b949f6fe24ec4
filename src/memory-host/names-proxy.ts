import { parseArea, qualifiedAddress, splitSheet } from "./address";
import { ClientObject, CollectionProxy, Locator } from "./client-object";
import { invalidArgument, invalidOperation, notFound } from "./errors";
import type { MemoryName } from "./model";
import { RangeProxy } from "./range-proxy";
import { checkName } from "./table-proxy";

/** A plain sheet reference ("=Settings!$B$2"), as opposed to a structured reference or a constant. */
const SHEET_REFERENCE = /^=('[^']+(?:''[^']*)*'|[^!'"[\]()]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/i;

function typeOf(formula: string): string {
  if (SHEET_REFERENCE.test(formula)) return "Range";
  if (/^=-?\d+(\.\d+)?$/.test(formula)) return "Double";
  if (/^=(TRUE|FALSE)$/i.test(formula)) return "Boolean";
  if (/^="/.test(formula)) return "String";
  return "Formula";
}

/** Workbook.names: defined names, unique case-insensitively together with table names. */
export class NamedItemProxy extends ClientObject<MemoryName> {
  protected readonly scalarProperties = ["name", "formula", "comment", "visible", "type", "value"];

  protected snapshot(property: string, item: MemoryName): unknown {
    switch (property) {
      case "name":
      case "formula":
      case "comment":
      case "visible":
        return item[property];
      case "type":
        return typeOf(item.formula);
      case "value":
        return item.formula.replace(/^=/, "");
      default:
        throw invalidArgument(`The in-memory host does not load NamedItem.${property}.`);
    }
  }

  get name(): string {
    return this.loadedValue("name");
  }
  get formula(): string {
    return this.loadedValue("formula");
  }
  set formula(formula: string) {
    this.change({ set: "formula", formula }, (item) => this.update(item, { formula: withEquals(formula) }));
  }
  get comment(): string {
    return this.loadedValue("comment");
  }
  get visible(): boolean {
    return this.loadedValue("visible");
  }
  set visible(visible: boolean) {
    this.change({ set: "visible", visible }, (item) => this.update(item, { visible }));
  }
  get type(): string {
    return this.loadedValue("type");
  }
  get value(): string {
    return this.loadedValue("value");
  }

  /** The range a plain sheet reference points at (structured references are not resolved by the host). */
  getRange(): RangeProxy {
    return new RangeProxy(
      this.batch,
      this.locator.map((item) => {
        if (!SHEET_REFERENCE.test(item.formula)) throw invalidOperation(`The name '${item.name}' is not a range.`);
        const { sheet: sheetName = "" } = splitSheet(item.formula.slice(1));
        const sheet = this.batch.model.sheet(sheetName);
        if (!sheet) throw notFound(`The worksheet '${sheetName}'`);
        return { sheet, area: parseArea(item.formula.slice(1)) };
      }, "The named range"),
    );
  }

  delete(): void {
    this.change({ delete: "name" }, (item) => {
      const names = this.batch.model.names;
      names.splice(names.indexOf(item), 1);
      this.batch.model.touch();
    });
  }

  private update(item: MemoryName, fields: Partial<MemoryName>): void {
    const changed = Object.entries(fields).some(([key, value]) => item[key as keyof MemoryName] !== value);
    if (!changed) return;
    Object.assign(item, fields);
    this.batch.model.touch();
  }
}

function withEquals(formula: string): string {
  return formula.startsWith("=") ? formula : `=${formula}`;
}

export class NamedItemCollectionProxy extends CollectionProxy<MemoryName, NamedItemProxy> {
  protected models(): MemoryName[] {
    return this.batch.model.names;
  }
  protected proxyFor(item: MemoryName): NamedItemProxy {
    return new NamedItemProxy(
      this.batch,
      new Locator(this.batch, () => (this.models().includes(item) ? item : null), "The name"),
    );
  }

  /** `reference` is a formula ("=Settings!$B$2", "=Holidays[Date]") or a range, kept as its absolute address. */
  add(name: string, reference: string | RangeProxy, comment = ""): NamedItemProxy {
    let created: MemoryName | undefined;
    this.batch.enqueue({
      request: { addName: name, reference: typeof reference === "string" ? reference : "range", comment },
      apply: () => {
        checkName(name, this.batch.model);
        const formula =
          typeof reference === "string"
            ? withEquals(reference)
            : `=${qualifiedAddress(reference.target().sheet.name, reference.target().area, true)}`;
        created = { name, formula, comment, visible: true };
        this.batch.model.names.push(created);
        this.batch.model.touch();
      },
    });
    return new NamedItemProxy(this.batch, new Locator(this.batch, () => created ?? null, "The new name"));
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.batch, this.byName(name, false));
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.batch, this.byName(name, true)).trackNull();
  }

  private byName(name: string, nullable: boolean): Locator<MemoryName> {
    return new Locator(this.batch, () => this.batch.model.name(name) ?? null, `The name '${name}'`, nullable);
  }
}
