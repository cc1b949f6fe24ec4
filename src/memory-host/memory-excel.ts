import { HostError } from "./errors";
import { MemoryWorkbook, type Scalar } from "./model";
import { type Batch, type Operation, WorkbookProxy } from "./proxies";

/** The in-memory context: Excel.RequestContext's subset that VOC Ledger uses, plus its round-trip meters. */
export class MemoryRequestContext implements Batch {
  readonly workbook: WorkbookProxy;
  readonly model: MemoryWorkbook;
  private queue: Operation[] = [];

  constructor(private readonly host: MemoryExcel) {
    this.model = host.workbook;
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
  }

  /** One round trip: the queued operations travel as one request and are applied in order. */
  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    this.host.recordRequest(operations.map((operation) => operation.request));
    const fault = this.host.takeSyncFault();
    if (fault) throw fault;
    try {
      for (const operation of operations) operation.apply();
    } finally {
      this.host.notifyChanged();
    }
  }
}

/** Tables as the preview page and browser tests see them: headers and row values. */
export type TableContents = { [tableName: string]: { headers: string[]; rows: Scalar[][] } };

/** An Excel host in memory, for tests and the preview page: runs batches, counts syncs, meters requests. */
export class MemoryExcel {
  readonly workbook = new MemoryWorkbook();
  private syncs = 0;
  private readonly requestSizes: number[] = [];
  private pendingSyncFaults: HostError[] = [];
  private readonly listeners = new Set<() => void>();
  private changes = 0;

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

  /** The largest request sent so far, in bytes of JSON, the way Office.js serialises a batch. */
  get maxRequestBytes(): number {
    return Math.max(0, ...this.requestSizes);
  }

  resetMeters(): void {
    this.syncs = 0;
    this.requestSizes.length = 0;
  }

  /** The next sync is rejected before anything is applied, as when the connection to Excel drops. */
  rejectNextSync(message = "The request could not be sent to Excel."): void {
    this.pendingSyncFaults.push(new HostError("GeneralException", message));
  }

  recordRequest(requests: unknown[]): void {
    this.syncs += 1;
    this.requestSizes.push(new TextEncoder().encode(JSON.stringify(requests)).length);
  }

  takeSyncFault(): HostError | undefined {
    return this.pendingSyncFaults.shift();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Grows with every sync, so a view can tell that the workbook may have changed. */
  get changeCount(): number {
    return this.changes;
  }

  notifyChanged(): void {
    this.changes += 1;
    this.listeners.forEach((listener) => listener());
  }

  tables(): TableContents {
    const contents: TableContents = {};
    for (const table of this.workbook.tables())
      contents[table.name] = { headers: [...table.headers], rows: table.rows() };
    return contents;
  }
}
