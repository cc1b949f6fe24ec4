import { parseArea, qualifiedAddress, splitSheet } from "./address";
import {
  ChartAxesProxy,
  ChartLegendProxy,
  ChartSeriesCollectionProxy,
  type ChartTarget,
  changeChart,
} from "./chart-parts";
import { type Batch, ClientObject, CollectionProxy, Locator } from "./client-object";
import { invalidArgument } from "./errors";
import type { MemoryChart, MemorySheet } from "./model";
import type { RangeProxy } from "./range-proxy";

/** A position given as a range or an address on the chart's sheet, kept as its address. */
function addressOf(position: RangeProxy | string, sheet: MemorySheet): string {
  if (typeof position !== "string") {
    const { sheet: on, area } = position.target();
    return qualifiedAddress(on.name, area);
  }
  return qualifiedAddress(splitSheet(position).sheet ?? sheet.name, parseArea(position));
}

export class ChartTitleProxy extends ClientObject<ChartTarget> {
  protected readonly scalarProperties = ["text", "visible"];

  protected snapshot(property: string, { chart }: ChartTarget): unknown {
    if (property === "text") return chart.title;
    if (property === "visible") return chart.title !== "";
    throw invalidArgument(`The in-memory host does not load ChartTitle.${property}.`);
  }

  get text(): string {
    return this.loadedValue("text");
  }
  set text(text: string) {
    this.change({ set: "title", text }, (target) =>
      changeChart(target, (chart) => {
        const changed = chart.title !== text;
        chart.title = text;
        return changed;
      }),
    );
  }
  get visible(): boolean {
    return this.loadedValue("visible");
  }
}

/** A chart: its type and source are recorded for tests; nothing is drawn. */
export class ChartProxy extends ClientObject<ChartTarget> {
  protected readonly scalarProperties = ["name", "chartType"];
  readonly title: ChartTitleProxy;
  readonly axes: ChartAxesProxy;
  readonly legend: ChartLegendProxy;
  readonly series: ChartSeriesCollectionProxy;

  constructor(batch: Batch, locator: Locator<ChartTarget>) {
    super(batch, locator);
    this.title = new ChartTitleProxy(batch, locator);
    this.axes = new ChartAxesProxy(batch, locator);
    this.legend = new ChartLegendProxy(batch, locator);
    this.series = new ChartSeriesCollectionProxy(batch, locator);
  }

  protected snapshot(property: string, { chart }: ChartTarget): unknown {
    if (property === "name") return chart.name;
    if (property === "chartType") return chart.type;
    throw invalidArgument(`The in-memory host does not load Chart.${property}.`);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.change({ set: "name", name }, (target) =>
      changeChart(target, (chart) => {
        const changed = chart.name !== name;
        chart.name = name;
        return changed;
      }),
    );
  }
  get chartType(): string {
    return this.loadedValue("chartType");
  }

  setPosition(start: RangeProxy | string, end?: RangeProxy | string): void {
    this.change({ setPosition: typeof start === "string" ? start : "range" }, (target) => {
      const position = { start: addressOf(start, target.sheet), end: end && addressOf(end, target.sheet) };
      changeChart(target, (chart) => {
        const changed = JSON.stringify(chart.position) !== JSON.stringify(position);
        chart.position = position;
        return changed;
      });
    });
  }

  delete(): void {
    this.change({ delete: "chart" }, ({ sheet, chart }) => {
      sheet.assertAllowed("allowEditObjects");
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
      sheet.workbook.touch();
    });
  }
}

export class ChartCollectionProxy extends CollectionProxy<MemoryChart, ChartProxy> {
  constructor(
    batch: Batch,
    private readonly sheet: Locator<MemorySheet>,
  ) {
    super(batch);
  }

  protected models(): MemoryChart[] {
    return this.sheet.get().charts;
  }
  protected proxyFor(chart: MemoryChart): ChartProxy {
    return new ChartProxy(
      this.batch,
      this.sheet.map((sheet) => (sheet.charts.includes(chart) ? { sheet, chart } : null), "The chart"),
    );
  }

  /** Excel names new charts "Chart 1", "Chart 2", … on each sheet. */
  add(type: string, sourceData: RangeProxy, seriesBy = "Auto"): ChartProxy {
    let created: MemoryChart | undefined;
    this.batch.enqueue({
      request: { addChart: type, seriesBy },
      apply: () => {
        const sheet = this.sheet.get();
        sheet.assertAllowed("allowEditObjects");
        if (!["Auto", "Columns", "Rows"].includes(seriesBy)) throw invalidArgument(`'${seriesBy}' is not a seriesBy.`);
        const { sheet: source, area } = sourceData.target();
        let number = sheet.charts.length + 1;
        while (sheet.charts.some((chart) => chart.name === `Chart ${number}`)) number += 1;
        created = {
          name: `Chart ${number}`,
          type,
          source: qualifiedAddress(source.name, area),
          seriesBy,
          title: "",
          position: null,
        };
        sheet.charts.push(created);
        sheet.workbook.touch();
      },
    });
    return this.proxyOf(() => created ?? null, "The new chart", false);
  }

  getItem(name: string): ChartProxy {
    return this.proxyOf(() => this.named(name), `The chart '${name}'`, false);
  }

  getItemOrNullObject(name: string): ChartProxy {
    return this.proxyOf(() => this.named(name), `The chart '${name}'`, true).trackNull();
  }

  private named(name: string): MemoryChart | null {
    return this.sheet.get().charts.find((chart) => chart.name === name) ?? null;
  }

  private proxyOf(find: () => MemoryChart | null, what: string, nullable: boolean): ChartProxy {
    const locator = this.sheet.map(
      (sheet) => {
        const chart = find();
        return chart && sheet.charts.includes(chart) ? { sheet, chart } : null;
      },
      what,
      nullable,
    );
    return new ChartProxy(this.batch, locator);
  }
}
