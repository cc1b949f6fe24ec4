import { asHostError, notFound, notLoaded, nullObjectUsed } from "./errors";
import type { MemoryWorkbook } from "./model";

/** What a load read while its sync was applied: what travels back (for the response meter) and how it is filled. */
export interface Loaded {
  readonly response: unknown;
  /** Fills the proxy; called only once the whole sync succeeded. */
  readonly publish: () => void;
}

/** One queued instruction: what travels in the request (for the size meter) and what it does on sync. */
export interface Operation {
  readonly request: unknown;
  /** Applies to the model; a load returns what it read (a Loaded), other operations nothing. */
  readonly apply: () => unknown;
}

export function isLoaded(result: unknown): result is Loaded {
  return typeof result === "object" && result !== null && "publish" in result && "response" in result;
}

/** What the user running this host has chosen in Excel's options (File > Options), where Excel has a choice. */
export interface HostSettings {
  /**
   * AutoCorrect > AutoFormat As You Type > "Fill formulas in tables to create calculated columns", on by default.
   * With it on, a new table row gets each calculated column's formula; with it off, new rows get none
   * (https://support.microsoft.com/office/use-calculated-columns-in-an-excel-table-873fbac6-7110-4300-8f6f-aafa2ea11ce8,
   * and office-js#2093: https://github.com/OfficeDev/office-js/issues/2093).
   */
  readonly fillFormulasInTables: boolean;
  /**
   * AutoCorrect > AutoFormat As You Type > "Include new rows and columns in table", on by default: values written
   * into the row just below a table make the table grow to include it. Microsoft's co-authoring article relies on
   * it instead of rows.add
   * (https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins#avoid-table-row-conflicts-in-coauthoring-scenarios;
   * the option: https://support.microsoft.com/office/resize-a-table-by-adding-or-removing-rows-and-columns-e65ae4bb-e44b-43f4-ad8b-7d68784f1165).
   * The host grows tables by rows only, not on a protected sheet nor while a user's filter is on.
   */
  readonly includeNewRowsInTables: boolean;
}

export interface Batch {
  readonly model: MemoryWorkbook;
  readonly settings: HostSettings;
  /** Which sync of this context is being applied; proxies re-resolve their object once per sync. */
  readonly syncNumber: number;
  enqueue(operation: Operation): void;
  sync(): Promise<void>;
}

/**
 * How a proxy finds its object: resolved at its first use in a sync and pinned for the rest of it, as Office.js
 * instantiates an object path once per request. A nullable locator stands for a *OrNullObject proxy.
 *
 * Null objects: Microsoft documents only that a *OrNullObject method returns an object whose isNullObject is true
 * when the item does not exist, for the code to test after a sync
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties;
 * isNullObject is known only after the sync: https://github.com/OfficeDev/office-js/issues/195,
 * https://github.com/OfficeDev/office-js-docs-reference/issues/771). What a null object does when it is used is
 * not documented, so the host takes the stricter reading: when a sync applies anything that goes through a null
 * object (a method that returns an object, *OrNullObject ones included, a property set, a method call, or a load
 * of any property but isNullObject), it fails with InvalidOperation, the operations before it staying applied.
 * Only reading isNullObject (implied by the lookup, or loaded) works.
 */
export class Locator<T> {
  private pinned: { sync: number; target: T | null } | undefined;

  constructor(
    private readonly batch: Batch,
    private readonly find: () => T | null,
    private readonly what: string,
    readonly nullable = false,
  ) {}

  orNull(): T | null {
    const sync = this.batch.syncNumber;
    if (this.pinned?.sync !== sync) {
      this.pinned = undefined; // a failed find must not stay pinned
      this.pinned = { sync, target: this.resolveNow() };
    }
    return this.pinned.target;
  }

  /** The object, for a change or a chained call: a missing one is ItemNotFound, a null object InvalidOperation. */
  get(): T {
    const target = this.orNull();
    if (target === null) throw this.nullable ? nullObjectUsed(this.what) : notFound(this.what);
    return target;
  }

  /** A child locator (a navigation property or a method's result): resolving it needs this object to exist. */
  map<U>(find: (target: T) => U | null, what: string, nullable = false): Locator<U> {
    return new Locator(this.batch, () => find(this.get()), what, nullable);
  }

  private resolveNow(): T | null {
    try {
      return this.find();
    } catch (error) {
      throw asHostError(error);
    }
  }
}

export function propertyNames(properties?: string | string[] | { select?: string }): string[] {
  const list = Array.isArray(properties)
    ? properties
    : typeof properties === "string"
      ? properties.split(",")
      : (properties?.select ?? "").split(",");
  return list.map((name) => name.trim()).filter(Boolean);
}

/** Office.js semantics: every read is queued by load() and only readable after the next sync. */
export abstract class ClientObject<T = unknown> {
  private readonly loaded = new Map<string, unknown>();
  private nullObject: boolean | undefined;

  constructor(
    protected readonly batch: Batch,
    protected readonly locator: Locator<T>,
  ) {}

  /** The request context this object belongs to, as ClientObject.context in Office.js. */
  get context(): Batch {
    return this.batch;
  }

  /** The properties load() without arguments reads. */
  protected abstract readonly scalarProperties: readonly string[];
  protected abstract snapshot(property: string, target: T): unknown;

  load(properties?: string | string[] | { select?: string }): this {
    const names = propertyNames(properties);
    this.batch.enqueue({
      request: { load: names },
      apply: () => {
        const values = this.read(names);
        return { response: Object.fromEntries(values), publish: () => this.publish(values) };
      },
    });
    return this;
  }

  /** True when a *OrNullObject lookup found nothing; readable after the sync that follows the lookup. */
  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw notLoaded("isNullObject");
    return this.nullObject;
  }

  /** Reads the properties from the workbook now (while a sync applies); of a null object, only isNullObject. */
  read(names: readonly string[]): Map<string, unknown> {
    const target = this.locator.nullable ? this.locator.orNull() : this.locator.get();
    const values = new Map<string, unknown>([["isNullObject", target === null]]);
    const asked = (names.length ? names : this.scalarProperties).filter((name) => name !== "isNullObject");
    if (target === null && asked.length > 0) this.locator.get(); // throws: loading through a null object
    if (target !== null) for (const name of asked) values.set(name, this.snapshot(name, target));
    return values;
  }

  publish(values: ReadonlyMap<string, unknown>): void {
    values.forEach((value, name) => {
      if (name === "isNullObject") this.nullObject = value as boolean;
      else this.loaded.set(name, value);
    });
  }

  /** Queues the null check a *OrNullObject method implies. */
  trackNull(): this {
    this.batch.enqueue({
      request: { isNull: true },
      apply: () => {
        const isNull = this.locator.orNull() === null;
        return { response: isNull, publish: () => void (this.nullObject = isNull) };
      },
    });
    return this;
  }

  protected loadedValue<V>(property: string): V {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as V;
  }

  /** Queues a change: it resolves the object at sync and applies `change` to it. */
  protected change(request: object, change: (target: T) => void): void {
    this.batch.enqueue({ request, apply: () => change(this.locator.get()) });
  }
}

/** A value that becomes readable after sync, like OfficeExtension.ClientResult. */
export class ClientResult<T> {
  private settled = false;
  private result: T | undefined;

  constructor(batch: Batch, compute: () => T) {
    batch.enqueue({
      request: { result: true },
      apply: () => {
        const result = compute();
        return {
          response: result,
          publish: () => {
            this.result = result;
            this.settled = true;
          },
        };
      },
    });
  }

  get value(): T {
    if (!this.settled) throw notLoaded("value");
    return this.result as T;
  }
}

/** A collection whose items are known only after load(): `items` throws until then, as in Excel. */
/** What a collection needs of its items: reading and publishing their loaded properties. */
export interface Loadable {
  read(names: readonly string[]): Map<string, unknown>;
  publish(values: ReadonlyMap<string, unknown>): void;
}

export abstract class CollectionProxy<Model, Item extends Loadable> {
  private loadedItems: Item[] | undefined;
  private loadedCount: number | undefined;

  constructor(protected readonly batch: Batch) {}

  protected abstract models(): Model[];
  protected abstract proxyFor(model: Model): Item;

  /** Accepts "items/name", "name", "count" or an array of them, as Office.js does. */
  load(properties?: string | string[] | { select?: string }): this {
    const names = propertyNames(properties)
      .filter((name) => name !== "count" && name !== "items")
      .map((name) => name.replace(/^items\//, ""));
    this.batch.enqueue({
      request: { loadItems: names },
      apply: () => {
        const items = this.models().map((model) => {
          const item = this.proxyFor(model);
          return { item, values: item.read(names) };
        });
        return {
          response: items.map(({ values }) => Object.fromEntries(values)),
          publish: () => {
            items.forEach(({ item, values }) => item.publish(values));
            this.loadedItems = items.map(({ item }) => item);
            this.loadedCount = items.length;
          },
        };
      },
    });
    return this;
  }

  get items(): Item[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  get count(): number {
    if (this.loadedCount === undefined) throw notLoaded("count");
    return this.loadedCount;
  }

  getCount(): ClientResult<number> {
    return new ClientResult(this.batch, () => this.models().length);
  }
}
