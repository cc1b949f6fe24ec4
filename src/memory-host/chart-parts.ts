import { areaSize, parseArea, splitSheet } from "./address";
import { type Batch, ClientObject, CollectionProxy, type Locator } from "./client-object";
import { invalidArgument } from "./errors";
import type { ChartAxisTitle, ChartLegend, ChartSeriesOptions, MemoryChart, MemorySheet } from "./model";

export interface ChartTarget {
  readonly sheet: MemorySheet;
  readonly chart: MemoryChart;
}

/** A series as Excel.ChartSeries reports it. */
export interface ChartSeriesView {
  readonly name: string;
  readonly chartType: string;
  readonly axisGroup: string;
}

const NO_TITLE: ChartAxisTitle = { text: "", visible: false };
const DEFAULT_LEGEND: ChartLegend = { position: "Right", visible: true };
const LEGEND_POSITIONS = ["Top", "Bottom", "Left", "Right", "Corner", "Custom"];
const AXIS_GROUPS = ["Primary", "Secondary"];

/** Applies a change to a chart of an unprotected sheet; the workbook counts as changed when `change` says so. */
export function changeChart(target: ChartTarget, change: (chart: MemoryChart) => boolean): void {
  target.sheet.assertAllowed("allowEditObjects");
  if (change(target.chart)) target.sheet.workbook.touch();
}

/** Replaces some fields of a chart, reporting whether any value differs. */
function replaced(chart: MemoryChart, fields: Partial<MemoryChart>): boolean {
  const record = chart as unknown as Record<string, unknown>;
  const changed = Object.entries(fields).some(([key, value]) => JSON.stringify(record[key]) !== JSON.stringify(value));
  if (changed) Object.assign(chart, fields);
  return changed;
}

/**
 * The series Excel makes of the chart's source: with "Columns", one per column after the first (the first column
 * holds the categories, the first row the names); with "Rows", one per row after the first; "Auto" reads by
 * columns when the range has more rows than columns. A one-column (one-row) source is a single series. Names
 * follow the header cells as they are now, as a series name refers to its cell; an empty header reads "Series<n>".
 */
export function chartSeries(chart: MemoryChart, sheet: MemorySheet): ChartSeriesView[] {
  const area = parseArea(chart.source);
  const source = sheet.workbook.sheet(splitSheet(chart.source).sheet ?? sheet.name);
  const { rows, columns } = areaSize(area);
  const byColumns = chart.seriesBy === "Columns" || (chart.seriesBy !== "Rows" && rows > columns);
  const count = Math.max(1, (byColumns ? columns : rows) - 1);
  return Array.from({ length: count }, (_, index) => {
    const offset = (byColumns ? columns : rows) === 1 ? 0 : index + 1;
    const header = byColumns
      ? source?.cell(area.top, area.left + offset).value
      : source?.cell(area.top + offset, area.left).value;
    const options: ChartSeriesOptions = chart.seriesOptions?.[index] ?? {};
    return {
      name: header === undefined || header === "" ? `Series${index + 1}` : String(header),
      chartType: options.chartType ?? chart.type,
      axisGroup: options.axisGroup ?? "Primary",
    };
  });
}

type AxisKey = "categoryAxisTitle" | "valueAxisTitle";

/** ChartAxis.title: setting a text shows the title, as in Excel. */
export class ChartAxisTitleProxy extends ClientObject<ChartTarget> {
  protected readonly scalarProperties = ["text", "visible"];

  constructor(
    batch: Batch,
    locator: Locator<ChartTarget>,
    private readonly axis: AxisKey,
  ) {
    super(batch, locator);
  }

  protected snapshot(property: string, { chart }: ChartTarget): unknown {
    const title = chart[this.axis] ?? NO_TITLE;
    if (property === "text" || property === "visible") return title[property];
    throw invalidArgument(`The in-memory host does not load ChartAxisTitle.${property}.`);
  }

  get text(): string {
    return this.loadedValue("text");
  }
  set text(text: string) {
    this.set({ text }, () => ({ text, visible: text !== "" }));
  }
  get visible(): boolean {
    return this.loadedValue("visible");
  }
  set visible(visible: boolean) {
    this.set({ visible }, (title) => ({ ...title, visible }));
  }

  private set(request: object, next: (title: ChartAxisTitle) => ChartAxisTitle): void {
    this.change({ set: this.axis, ...request }, (target) =>
      changeChart(target, (chart) => replaced(chart, { [this.axis]: next(chart[this.axis] ?? NO_TITLE) })),
    );
  }
}

export class ChartAxisProxy {
  readonly title: ChartAxisTitleProxy;

  constructor(batch: Batch, locator: Locator<ChartTarget>, axis: AxisKey) {
    this.title = new ChartAxisTitleProxy(batch, locator, axis);
  }
}

/** Chart.axes: the primary category and value axes. */
export class ChartAxesProxy {
  readonly categoryAxis: ChartAxisProxy;
  readonly valueAxis: ChartAxisProxy;

  constructor(batch: Batch, locator: Locator<ChartTarget>) {
    this.categoryAxis = new ChartAxisProxy(batch, locator, "categoryAxisTitle");
    this.valueAxis = new ChartAxisProxy(batch, locator, "valueAxisTitle");
  }
}

export class ChartLegendProxy extends ClientObject<ChartTarget> {
  protected readonly scalarProperties = ["position", "visible"];

  protected snapshot(property: string, { chart }: ChartTarget): unknown {
    const legend = chart.legend ?? DEFAULT_LEGEND;
    if (property === "position" || property === "visible") return legend[property];
    throw invalidArgument(`The in-memory host does not load ChartLegend.${property}.`);
  }

  get position(): string {
    return this.loadedValue("position");
  }
  set position(position: string) {
    this.set({ position }, () => {
      if (!LEGEND_POSITIONS.includes(position)) throw invalidArgument(`'${position}' is not a legend position.`);
    });
  }
  get visible(): boolean {
    return this.loadedValue("visible");
  }
  set visible(visible: boolean) {
    this.set({ visible }, () => undefined);
  }

  private set(fields: Partial<ChartLegend>, check: () => void): void {
    this.change({ set: "legend", ...fields }, (target) =>
      changeChart(target, (chart) => {
        check();
        return replaced(chart, { legend: { ...(chart.legend ?? DEFAULT_LEGEND), ...fields } });
      }),
    );
  }
}

interface SeriesTarget extends ChartTarget {
  readonly index: number;
}

export class ChartSeriesProxy extends ClientObject<SeriesTarget> {
  protected readonly scalarProperties = ["name", "chartType", "axisGroup"];

  protected snapshot(property: string, { sheet, chart, index }: SeriesTarget): unknown {
    const series = chartSeries(chart, sheet)[index];
    if (property === "name" || property === "chartType" || property === "axisGroup") return series[property];
    throw invalidArgument(`The in-memory host does not load ChartSeries.${property}.`);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  get chartType(): string {
    return this.loadedValue("chartType");
  }
  /** The type of this series alone, as in a combination chart (columns with a line). */
  set chartType(chartType: string) {
    this.set({ chartType });
  }
  get axisGroup(): string {
    return this.loadedValue("axisGroup");
  }
  set axisGroup(axisGroup: string) {
    this.set({ axisGroup });
  }

  private set(fields: ChartSeriesOptions): void {
    this.change({ set: "series", ...fields }, ({ sheet, chart, index }) =>
      changeChart({ sheet, chart }, () => {
        if (fields.axisGroup !== undefined && !AXIS_GROUPS.includes(fields.axisGroup))
          throw invalidArgument(`'${fields.axisGroup}' is not an axis group.`);
        const count = chartSeries(chart, sheet).length;
        const options = Array.from({ length: count }, (_, n) => chart.seriesOptions?.[n] ?? {});
        options[index] = { ...options[index], ...fields };
        return replaced(chart, { seriesOptions: options });
      }),
    );
  }
}

/** Chart.series: one per row or column of the chart's source (adding or deleting series is not modelled). */
export class ChartSeriesCollectionProxy extends CollectionProxy<number, ChartSeriesProxy> {
  constructor(
    batch: Batch,
    private readonly chart: Locator<ChartTarget>,
  ) {
    super(batch);
  }

  protected models(): number[] {
    const { sheet, chart } = this.chart.get();
    return chartSeries(chart, sheet).map((_, index) => index);
  }

  protected proxyFor(index: number): ChartSeriesProxy {
    return this.getItemAt(index);
  }

  getItemAt(index: number): ChartSeriesProxy {
    const locator = this.chart.map(
      ({ sheet, chart }) => (index >= 0 && index < chartSeries(chart, sheet).length ? { sheet, chart, index } : null),
      `The series at ${index}`,
    );
    return new ChartSeriesProxy(this.batch, locator);
  }
}
