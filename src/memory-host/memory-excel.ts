import { formatArea, parseArea } from "./address";
import { type Operation } from "./client-object";
import { generalException, type HostError, payloadTooLarge } from "./errors";
import { WorkbookFaults } from "./faults";
import { type MemoryChart, MemoryWorkbook, type Scalar, type Validation } from "./model";
import { ApplicationProxy, WorkbookProxy } from "./workbook-proxy";

/** Excel on the web rejects a request larger than 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/** The in-memory context: Excel.RequestContext's subset that VOC Ledger uses. */
export class MemoryRequestContext {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  readonly model: MemoryWorkbook;
  private queue: Operation[] = [];
  private syncs = 0;

  constructor(private readonly host: MemoryExcel) {
    this.model = host.workbook;
    this.workbook = new WorkbookProxy(this);
    this.application = this.workbook.application;
  }

  get syncNumber(): number {
    return this.syncs;
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
  }

  /**
   * One round trip: the queued operations travel as one request and are applied in order, atomically: if one
   * fails, the workbook is restored and nothing of the sync stays (loads included). Like Office.js, a sync with
   * nothing queued is no round trip: it is not counted and meets no injected fault.
   */
  async sync(): Promise<void> {
    const operations = this.queue;
    if (operations.length === 0) return;
    this.queue = [];
    this.syncs += 1;
    const fault = this.host.beginSync(operations.map((operation) => operation.request));
    if (fault) throw fault;
    const restore = this.model.save();
    const publish: (() => unknown)[] = [];
    let writes = 0;
    try {
      this.model.takeChanged();
      for (const operation of operations) {
        const loaded = operation.apply();
        if (typeof loaded === "function") publish.push(() => loaded());
        if (this.model.takeChanged()) writes += 1;
      }
    } catch (error) {
      restore();
      throw error;
    } finally {
      this.model.notifyChanged();
    }
    this.host.endSync(writes);
    const lost = this.host.takeLostResponse();
    if (lost) throw lost;
    publish.forEach((done) => done());
  }
}

/** Tables as the preview page and browser tests see them: headers and row values. */
export type TableContents = { [tableName: string]: { headers: string[]; rows: Scalar[][] } };

/**
 * An Excel host in memory, for tests and the preview page: runs batches, counts syncs, meters requests, and lets
 * tests inject what users and networks do. Several hosts may share one workbook (co-authoring), each with its own
 * meters and faults: `new MemoryExcel(host.workbook)` or `host.coAuthor()`.
 */
export class MemoryExcel extends WorkbookFaults {
  private syncs = 0;
  private writes = 0;
  private readonly requestSizes: number[] = [];
  /** Per coming sync: the error that rejects it, or undefined for a sync that goes through. */
  private readonly pendingSyncFaults: (HostError | undefined)[] = [];
  /** Per coming sync: whether its response is lost after it was applied. */
  private readonly lostResponses: boolean[] = [];

  constructor(workbook: MemoryWorkbook = new MemoryWorkbook()) {
    super(workbook);
  }

  /** Another writer on the same workbook, with its own meters and faults. */
  coAuthor(): MemoryExcel {
    return new MemoryExcel(this.workbook);
  }

  /** Like Excel.run: a fresh context per batch; whatever is still queued at the end is synced. */
  async run<T>(batch: (context: MemoryRequestContext) => Promise<T>): Promise<T> {
    const context = new MemoryRequestContext(this);
    const result = await batch(context);
    await context.sync();
    return result;
  }

  get syncCount(): number {
    return this.syncs;
  }

  /** Applied operations that changed the workbook; a rerun that changes nothing leaves it as it was. */
  get writeCount(): number {
    return this.writes;
  }

  /** The size of every request sent since the last reset, in bytes of JSON. */
  get requestBytes(): readonly number[] {
    return [...this.requestSizes];
  }

  /** The largest request sent so far, in bytes of JSON, the way Office.js serialises a batch. */
  get maxRequestBytes(): number {
    return Math.max(0, ...this.requestSizes);
  }

  resetMeters(): void {
    this.syncs = 0;
    this.writes = 0;
    this.requestSizes.length = 0;
  }

  /**
   * The next sync (or the one after `after` more syncs, to hit the write of a two-step save) is rejected before
   * anything is applied, as when the request never reaches Excel.
   */
  rejectNextSync(message = "The request could not be sent to Excel.", { after = 0 } = {}): void {
    this.pendingSyncFaults.push(...Array<undefined>(after).fill(undefined), generalException(message));
  }

  /** The next sync (or the one after `after` more) is applied but its call rejects: the connection dropped. */
  loseNextSyncResponse({ after = 0 } = {}): void {
    this.lostResponses.push(...Array<boolean>(after).fill(false), true);
  }

  /** Meters a request; returns the error that rejects it before anything is applied, if any. */
  beginSync(requests: unknown[]): HostError | undefined {
    this.syncs += 1;
    const bytes = new TextEncoder().encode(JSON.stringify(requests)).length;
    this.requestSizes.push(bytes);
    if (bytes > REQUEST_LIMIT_BYTES) return payloadTooLarge(bytes);
    return this.pendingSyncFaults.shift();
  }

  endSync(writes: number): void {
    this.writes += writes;
  }

  takeLostResponse(): HostError | undefined {
    if (!this.lostResponses.shift()) return undefined;
    return generalException("The connection to Excel was lost; the request may have been applied.");
  }

  onChange(listener: () => void): () => void {
    return this.workbook.onChange(listener);
  }

  /** Grows with every sync and injected change, so a view can tell that the workbook may have changed. */
  get changeCount(): number {
    return this.workbook.changeCount;
  }

  tables(): TableContents {
    const contents: TableContents = {};
    for (const table of this.workbook.tables())
      contents[table.name] = { headers: [...table.headers], rows: table.rows() };
    return contents;
  }

  /** The validation of one cell ("C5"), or undefined. */
  validationAt(sheet: string, address: string): Validation | undefined {
    const { top, left } = parseArea(address);
    return this.sheetNamed(sheet).validations.at(top, left);
  }

  /** The number format of one cell ("C5"), "General" when none is set. */
  numberFormatAt(sheet: string, address: string): string {
    const { top, left } = parseArea(address);
    return this.sheetNamed(sheet).numberFormatAt(top, left);
  }

  /** What the window shows selected: the active sheet and its selected cells ("A3:F3"), as a user sees them. */
  selection(): { readonly sheet: string; readonly address: string } | undefined {
    const sheet = this.workbook.activeSheet();
    return sheet && { sheet: sheet.name, address: formatArea(sheet.selection) };
  }

  charts(sheet: string): readonly MemoryChart[] {
    return this.sheetNamed(sheet).charts;
  }

  private sheetNamed(name: string) {
    const sheet = this.workbook.sheet(name);
    if (!sheet) throw new Error(`The workbook has no sheet '${name}'.`);
    return sheet;
  }
}
