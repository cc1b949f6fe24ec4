import { type CellArea, formatArea, LAST_COLUMN, LAST_ROW, parseArea, qualifiedAddress } from "./address";
import { type ChartSeriesView, chartSeries } from "./chart-parts";
import { type HostSettings, isLoaded, type Loaded, type Operation } from "./client-object";
import { cellEditMode, generalException, type HostError, payloadTooLarge, responseTooLarge } from "./errors";
import { WorkbookFaults } from "./faults";
import {
  type ChartAxisTitle,
  type ChartLegend,
  type MemoryChart,
  type MemoryConditionalFormat,
  MemoryWorkbook,
  type PageLayout,
  type Scalar,
  type Validation,
} from "./model";
import { ApplicationProxy, WorkbookProxy } from "./workbook-proxy";

interface OperationFault {
  readonly operation: number;
  readonly error: HostError;
}

/**
 * Excel on the web refuses a request or a response larger than 5 MB ("Excel on the web has a payload size limit for
 * requests and responses of 5MB"), with RequestPayloadSizeLimitExceeded or ResponsePayloadSizeLimitExceeded
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-codes). The host applies the limits
 * whatever the platform: the stricter reading. A response that is too large is refused after its request was
 * applied (the writes stay, as Excel has no rollback); none of its loads is filled.
 */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;

/** Excel.RunOptions' subset the host knows. */
export interface RunOptions {
  readonly delayForCellEdit?: boolean;
}

/** Excel's defaults for its options. */
export const DEFAULT_SETTINGS: HostSettings = { fillFormulasInTables: true, includeNewRowsInTables: true };

/** The in-memory context: Excel.RequestContext's subset that VOC Ledger uses. */
export class MemoryRequestContext {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  readonly model: MemoryWorkbook;
  readonly settings: HostSettings;
  private queue: Operation[] = [];
  private syncs = 0;

  constructor(
    private readonly host: MemoryExcel,
    private readonly options: RunOptions = {},
  ) {
    this.model = host.workbook;
    this.settings = host.settings;
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
   * One round trip: the queued operations travel as one request and are applied in order. Office.js documents no
   * rollback of a failed request (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
   * describes only the rejected promise and its error), so the host takes the stricter reading: the operations
   * before the failing one stay applied, the rest are not run, the call rejects and no load of it is filled.
   * Like Office.js, a sync with nothing queued is no round trip: it is not counted and meets no injected fault.
   */
  async sync(): Promise<void> {
    const operations = this.queue;
    if (operations.length === 0) return;
    this.queue = [];
    this.syncs += 1;
    if (this.host.lateDelivery) return this.host.lateDelivery.send(this.host, operations);
    this.host.deliverDue();
    // Only an edit in progress makes the request wait: otherwise it goes at once, as Office.js sends it.
    if (this.host.isEditingCell) await this.host.waitForCellEdit(this.options.delayForCellEdit ?? false);
    const failAt = this.host.takeOperationFault();
    const fault = this.host.beginSync(operations.map((operation) => operation.request));
    if (fault) throw fault;
    const loads: Loaded[] = [];
    let writes = 0;
    try {
      this.model.takeChanged();
      operations.forEach((operation, index) => {
        if (failAt && index === failAt.operation) throw failAt.error;
        const loaded = operation.apply();
        if (isLoaded(loaded)) loads.push(loaded);
        if (this.model.takeChanged()) writes += 1;
      });
    } finally {
      this.host.endSync(writes);
      this.model.notifyChanged();
    }
    const tooLarge = this.host.meterResponse(loads.map((loaded) => loaded.response));
    if (tooLarge) throw tooLarge;
    const lost = this.host.takeLostResponse();
    if (lost) throw lost;
    loads.forEach((loaded) => loaded.publish());
  }
}

/** A conditional format as a test reads it: the cells it applies to ("Dashboard!C2:C9") and what it sets. */
export type ConditionalFormatSummary = Omit<MemoryConditionalFormat, "id" | "areas"> & { readonly address: string };

/** A chart with Excel's defaults filled in, and the series Excel made of its source. */
export interface ChartDetails extends MemoryChart {
  readonly categoryAxisTitle: ChartAxisTitle;
  readonly valueAxisTitle: ChartAxisTitle;
  readonly legend: ChartLegend;
  readonly series: readonly ChartSeriesView[];
}

/** Tables as the preview page and browser tests see them: headers and row values. */
export type TableContents = { [tableName: string]: { headers: string[]; rows: Scalar[][] } };

/**
 * A co-author whose writes reach this host late: "changes made by one user may not be immediately visible to
 * others" (https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins). Their batch is
 * sent (metered, counted) at once and their sync resolves, but it is applied to the shared workbook only when
 * the receiving host has synced `after` more times: its (after + 1)th sync sees it, applied before its own
 * operations, in the order the co-author sent. Loads in such a batch are filled when it is applied.
 */
class LateDelivery {
  private readonly pending: { due: number; operations: Operation[] }[] = [];
  private clock = 0;

  constructor(private readonly after: number) {}

  send(sender: MemoryExcel, operations: Operation[]): void {
    const fault = sender.beginSync(operations.map((operation) => operation.request));
    if (fault) throw fault;
    this.pending.push({ due: this.clock + this.after, operations });
  }

  /** Called at each of the receiver's syncs: applies what is due (a failing operation stops only its batch). */
  tick(workbook: MemoryWorkbook): void {
    this.clock += 1;
    while (this.pending.length > 0 && this.pending[0].due < this.clock) {
      const { operations } = this.pending.shift() ?? { operations: [] };
      const loads: Loaded[] = [];
      try {
        for (const operation of operations) {
          const loaded = operation.apply();
          if (isLoaded(loaded)) loads.push(loaded);
        }
        loads.forEach((loaded) => loaded.publish());
      } catch {
        // The co-author's own client would have seen the failure; this host only misses their change.
      } finally {
        workbook.takeChanged();
        workbook.notifyChanged();
      }
    }
  }
}

/**
 * An Excel host in memory, for tests and the preview page: runs batches, counts syncs, meters requests, and lets
 * tests inject what users and networks do. Several hosts may share one workbook (co-authoring), each with its own
 * meters and faults: `new MemoryExcel(host.workbook)` or `host.coAuthor()`.
 */
export class MemoryExcel extends WorkbookFaults {
  private syncs = 0;
  private writes = 0;
  private readonly requestSizes: number[] = [];
  private readonly responseSizes: number[] = [];
  /** Per coming sync: the error that rejects it, or undefined for a sync that goes through. */
  private readonly pendingSyncFaults: (HostError | undefined)[] = [];
  /** Per coming sync: whether its response is lost after it was applied. */
  private readonly lostResponses: boolean[] = [];
  /** Per coming sync: the operation at which it fails, the ones before it applied. */
  private readonly operationFaults: (OperationFault | undefined)[] = [];
  private readonly operationsPerSync: number[] = [];
  private cellEdit: { readonly ended: Promise<void>; readonly end: () => void } | undefined;

  readonly settings: HostSettings;

  /** `settings` are this user's Excel options; unset ones keep Excel's defaults. */
  constructor(workbook: MemoryWorkbook = new MemoryWorkbook(), settings: Partial<HostSettings> = {}) {
    super(workbook);
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
  }

  /** Set on a co-author whose writes reach the host that made it late (coAuthor({ deliverAfter })). */
  lateDelivery: { send: (sender: MemoryExcel, operations: Operation[]) => void } | undefined;
  private readonly lateSenders: LateDelivery[] = [];

  /**
   * Another writer on the same workbook, with its own meters and faults. With `deliverAfter: n`, what they sync
   * becomes visible to this host only after n more syncs of this host (see LateDelivery); without it, at once.
   */
  coAuthor({ deliverAfter = 0 }: { deliverAfter?: number } = {}): MemoryExcel {
    const other = new MemoryExcel(this.workbook);
    if (deliverAfter > 0) {
      const delivery = new LateDelivery(deliverAfter);
      this.lateSenders.push(delivery);
      other.lateDelivery = delivery;
    }
    return other;
  }

  /** Applies the late co-authors' batches that are due at this sync of ours. */
  deliverDue(): void {
    this.lateSenders.forEach((delivery) => delivery.tick(this.workbook));
  }

  /** Like Excel.run: a fresh context per batch; whatever is still queued at the end is synced. */
  async run<T>(batch: (context: MemoryRequestContext) => Promise<T>, options: RunOptions = {}): Promise<T> {
    const context = new MemoryRequestContext(this, options);
    const result = await batch(context);
    await context.sync();
    return result;
  }

  /**
   * The user starts typing in a cell. Until endCellEdit, a request fails with InvalidOperationInCellEditMode and
   * nothing of it is applied, unless its batch runs with `delayForCellEdit`: then it waits until the edit ends
   * (Excel.RunOptions.delayForCellEdit, https://learn.microsoft.com/javascript/api/excel/excel.runoptions; the error
   * code: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-codes).
   */
  startCellEdit(): void {
    if (this.cellEdit) return;
    let end: () => void = () => undefined;
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.cellEdit = { ended, end };
  }

  /** The user presses Enter (or Esc): requests delayed by the edit go on, in the order they were sent. */
  endCellEdit(): void {
    const edit = this.cellEdit;
    this.cellEdit = undefined;
    edit?.end();
  }

  get isEditingCell(): boolean {
    return this.cellEdit !== undefined;
  }

  /** Called by every request before it is applied: fails it, or holds it until the edit ends. */
  async waitForCellEdit(delay: boolean): Promise<void> {
    while (this.cellEdit) {
      if (!delay) throw cellEditMode();
      await this.cellEdit.ended;
    }
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

  /** The size of every response since the last reset: the loaded values as JSON, in bytes of UTF-8. */
  get responseBytes(): readonly number[] {
    return [...this.responseSizes];
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.responseSizes);
  }

  /** Meters a response; returns the error that refuses it when it is over the limit. */
  meterResponse(responses: unknown[]): HostError | undefined {
    const bytes = new TextEncoder().encode(JSON.stringify(responses)).length;
    this.responseSizes.push(bytes);
    return bytes > RESPONSE_LIMIT_BYTES ? responseTooLarge(bytes) : undefined;
  }

  /** How many operations (loads, writes, method calls) each sync since the last reset carried. */
  get operationCounts(): readonly number[] {
    return [...this.operationsPerSync];
  }

  resetMeters(): void {
    this.syncs = 0;
    this.writes = 0;
    this.requestSizes.length = 0;
    this.responseSizes.length = 0;
    this.operationsPerSync.length = 0;
  }

  /**
   * The next sync (or the one after `after` more) fails at its operation number `operation` (0-based): the
   * operations before it stay applied, as in Excel, which has no rollback. Tests fail every operation in turn.
   */
  failOperation(operation: number, { after = 0, message = "Excel could not complete the operation." } = {}): void {
    this.operationFaults.push(...Array<undefined>(after).fill(undefined), {
      operation,
      error: generalException(message),
    });
  }

  takeOperationFault(): OperationFault | undefined {
    return this.operationFaults.shift();
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
    this.operationsPerSync.push(requests.length);
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

  /** One chart with its axis titles, legend and series, defaults included. */
  chart(sheet: string, name: string): ChartDetails {
    const found = this.sheetNamed(sheet);
    const chart = found.charts.find((item) => item.name === name);
    if (!chart) throw new Error(`The sheet '${sheet}' has no chart '${name}'.`);
    const { seriesOptions, ...fields } = chart;
    void seriesOptions;
    return {
      categoryAxisTitle: { text: "", visible: false },
      valueAxisTitle: { text: "", visible: false },
      legend: { position: "Right", visible: true },
      ...fields,
      series: chartSeries(chart, found),
    };
  }

  /** The conditional formats of a sheet in priority order (the first one wins where two apply). */
  conditionalFormats(sheet: string): ConditionalFormatSummary[] {
    const found = this.sheetNamed(sheet);
    return found.conditionalFormats.map(({ id, areas, ...fields }) => {
      void id;
      return { ...fields, address: areas.map((area) => qualifiedAddress(found.name, area)).join(",") };
    });
  }

  /** The sheet's page setup; its print area is an address on the sheet ("A1:H40") or null. */
  pageLayout(sheet: string): PageLayout {
    return this.sheetNamed(sheet).pageLayout;
  }

  /** Runs of hidden columns, as addresses ("C:D"). */
  hiddenColumns(sheet: string): string[] {
    const runs = this.sheetNamed(sheet).hiddenColumns.list();
    return sortedRuns(runs.map(({ area }) => ({ ...area, top: 0, bottom: LAST_ROW })));
  }

  /** Runs of hidden rows, as addresses ("3:5"). */
  hiddenRows(sheet: string): string[] {
    const runs = this.sheetNamed(sheet).hiddenRows.list();
    return sortedRuns(runs.map(({ area }) => ({ ...area, left: 0, right: LAST_COLUMN })));
  }

  private sheetNamed(name: string) {
    const sheet = this.workbook.sheet(name);
    if (!sheet) throw new Error(`The workbook has no sheet '${name}'.`);
    return sheet;
  }
}

function sortedRuns(areas: CellArea[]): string[] {
  return [...areas].sort((a, b) => a.top - b.top || a.left - b.left).map((area) => formatArea(area));
}
