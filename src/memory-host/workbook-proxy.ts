import { type Batch, Locator } from "./client-object";
import { NamedItemCollectionProxy } from "./names-proxy";
import { RangeProxy } from "./range-proxy";
import { missingSheet, TableCollectionProxy } from "./table-proxy";
import { WorksheetCollectionProxy } from "./worksheet-proxy";

/** Workbook.application: calculation is not modelled, the calls are accepted. */
export class ApplicationProxy {
  constructor(private readonly batch: Batch) {}

  suspendApiCalculationUntilNextSync(): void {
    this.batch.enqueue({ request: { suspendCalculation: true }, apply: () => undefined });
  }

  calculate(calculationType?: string): void {
    this.batch.enqueue({ request: { calculate: calculationType ?? "Full" }, apply: () => undefined });
  }
}

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly application: ApplicationProxy;

  constructor(private readonly batch: Batch) {
    this.worksheets = new WorksheetCollectionProxy(batch);
    this.names = new NamedItemCollectionProxy(batch);
    this.application = new ApplicationProxy(batch);
    this.tables = new TableCollectionProxy(
      batch,
      () => batch.model.tables(),
      (sheetName) => (sheetName === undefined ? undefined : batch.model.sheet(sheetName)) ?? missingSheet(sheetName),
    );
  }

  /** The cells selected on the active sheet (Workbook.getSelectedRange). */
  getSelectedRange(): RangeProxy {
    const find = () => {
      const sheet = this.batch.model.activeSheet();
      return sheet ? { sheet, area: sheet.selection } : null;
    };
    return new RangeProxy(this.batch, new Locator(this.batch, find, "The selection"));
  }
}
