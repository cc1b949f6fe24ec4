import { MemoryExcel, memoryExcelRunner } from "../../src/memory-host";

type Context = Parameters<Parameters<MemoryExcel["run"]>[0]>[0];
const dashboard = (context: Context) => context.workbook.worksheets.getItem("Dashboard");

/** Periods down column A, one column per measure: A1:D4 has 3 measures (B–D) over 3 periods (rows 2–4). */
const TABLE = [
  ["Period", "Complaints", "Returns", "Return rate"],
  ["2025-Q1", 4, 2, 0.5],
  ["2025-Q2", 6, 1, 0.17],
  ["2025-Q3", 3, 3, 1],
];

/** A host with the table above on a Dashboard sheet and one chart "Trend" of it, made by `seriesBy`. */
async function hostWithChart(seriesBy = "Columns", source = "A1:D4"): Promise<MemoryExcel> {
  const host = new MemoryExcel();
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.add("Dashboard");
    sheet.getRange("A1:D4").values = TABLE;
    sheet.charts.add("ColumnClustered", sheet.getRange(source), seriesBy).name = "Trend";
    context.workbook.worksheets.add("Locked").protection.protect();
  });
  host.resetMeters();
  return host;
}

const trend = (context: Context) => dashboard(context).charts.getItem("Trend");
const failingWrite = (context: Context) =>
  void (context.workbook.worksheets.getItem("Locked").getRange("A1").values = [["x"]]);

describe("chart axes and legend", () => {
  it("has no axis titles and a legend on the right until they are set", async () => {
    const host = await hostWithChart();
    await host.run(async (context) => {
      const category = trend(context).axes.categoryAxis.title.load("text,visible");
      const legend = trend(context).legend.load("position,visible");
      await context.sync();
      expect([category.text, category.visible]).toEqual(["", false]);
      expect([legend.position, legend.visible]).toEqual(["Right", true]);
    });
  });

  it("shows an axis title once its text is set, and hides it on request", async () => {
    const host = await hostWithChart();
    await host.run(async (context) => {
      trend(context).axes.categoryAxis.title.text = "Quarter";
      trend(context).axes.valueAxis.title.text = "Complaints";
      trend(context).axes.valueAxis.title.visible = false;
      const category = trend(context).axes.categoryAxis.title.load("text,visible");
      const value = trend(context).axes.valueAxis.title.load("text,visible");
      await context.sync();
      expect([category.text, category.visible, value.text, value.visible]).toEqual([
        "Quarter",
        true,
        "Complaints",
        false,
      ]);
    });
    expect(host.chart("Dashboard", "Trend")).toMatchObject({
      categoryAxisTitle: { text: "Quarter", visible: true },
      valueAxisTitle: { text: "Complaints", visible: false },
    });
  });

  it("moves and hides the legend, and refuses a position Excel does not have", async () => {
    const host = await hostWithChart();
    await host.run(async (context) => {
      trend(context).legend.position = "Bottom";
      trend(context).legend.visible = false;
      const legend = trend(context).legend.load("position,visible");
      await context.sync();
      expect([legend.position, legend.visible]).toEqual(["Bottom", false]);
    });
    await expect(host.run(async (context) => void (trend(context).legend.position = "Below"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    expect(host.chart("Dashboard", "Trend").legend).toEqual({ position: "Bottom", visible: false });
  });
});

describe("chart series", () => {
  it("makes one series per column after the first when the chart is by columns, named by the header row", async () => {
    const host = await hostWithChart("Columns");
    await host.run(async (context) => {
      const series = trend(context).series.load("count,items/name");
      const count = trend(context).series.getCount();
      await context.sync();
      expect([series.count, count.value]).toEqual([3, 3]);
      expect(series.items.map((item) => item.name)).toEqual(["Complaints", "Returns", "Return rate"]);
    });
  });

  it("makes one series per row after the first when the chart is by rows, named by the first column", async () => {
    const host = await hostWithChart("Rows");
    expect(host.chart("Dashboard", "Trend").series.map((series) => series.name)).toEqual([
      "2025-Q1",
      "2025-Q2",
      "2025-Q3",
    ]);
  });

  it("reads by columns on Auto when the range is taller than wide, else by rows", async () => {
    const tall = await hostWithChart("Auto", "A1:B4");
    const wide = await hostWithChart("Auto", "A1:D2");
    expect(tall.chart("Dashboard", "Trend").series.map((series) => series.name)).toEqual(["Complaints"]);
    expect(wide.chart("Dashboard", "Trend").series.map((series) => series.name)).toEqual(["2025-Q1"]);
  });

  it("gives every series the chart's type on the primary axis, and lets one move to a line on the secondary axis", async () => {
    const host = await hostWithChart();
    await host.run(async (context) => {
      const rate = trend(context).series.getItemAt(2);
      rate.chartType = "Line";
      rate.axisGroup = "Secondary";
      const first = trend(context).series.getItemAt(0).load("chartType,axisGroup");
      rate.load("name,chartType,axisGroup");
      await context.sync();
      expect([first.chartType, first.axisGroup]).toEqual(["ColumnClustered", "Primary"]);
      expect([rate.name, rate.chartType, rate.axisGroup]).toEqual(["Return rate", "Line", "Secondary"]);
    });
    expect(host.chart("Dashboard", "Trend").series).toEqual([
      { name: "Complaints", chartType: "ColumnClustered", axisGroup: "Primary" },
      { name: "Returns", chartType: "ColumnClustered", axisGroup: "Primary" },
      { name: "Return rate", chartType: "Line", axisGroup: "Secondary" },
    ]);
  });

  it("fails for a series beyond the last, and for an axis group Excel does not have", async () => {
    const host = await hostWithChart();
    await expect(
      host.run(async (context) => void trend(context).series.getItemAt(3).load("name")),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(
      host.run(async (context) => void (trend(context).series.getItemAt(0).axisGroup = "Tertiary")),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("chart changes are writes", () => {
  it("keeps the chart changes before a failing operation, not those after it", async () => {
    const host = await hostWithChart();
    await expect(
      host.run(async (context) => {
        trend(context).axes.valueAxis.title.text = "Complaints";
        failingWrite(context);
        trend(context).legend.position = "Top";
        trend(context).series.getItemAt(1).axisGroup = "Secondary";
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    const chart = host.chart("Dashboard", "Trend");
    expect([chart.valueAxisTitle, chart.legend]).toEqual([
      { text: "Complaints", visible: true },
      { position: "Right", visible: true },
    ]);
    expect(host.charts("Dashboard")[0].seriesOptions).toBeUndefined();
  });

  it("refuses axis, legend and series changes on a protected sheet", async () => {
    const host = await hostWithChart();
    host.protectSheet("Dashboard");
    const changes = [
      (context: Context) => void (trend(context).axes.categoryAxis.title.text = "Quarter"),
      (context: Context) => void (trend(context).legend.visible = false),
      (context: Context) => void (trend(context).series.getItemAt(0).chartType = "Line"),
    ];
    for (const change of changes)
      await expect(host.run(async (context) => change(context))).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("lists the charts of a sheet and their count in one sync", async () => {
    const host = await hostWithChart();
    await host.run(async (context) => {
      dashboard(context).charts.add("Line", dashboard(context).getRange("A1:B4"), "Columns");
      await context.sync();
      const charts = dashboard(context).charts.load("count,items/name");
      await context.sync();
      expect([charts.count, charts.items.map((chart) => chart.name)]).toEqual([2, ["Trend", "Chart 2"]]);
    });
  });

  it("runs code written against Office.js types", async () => {
    const host = await hostWithChart();
    await memoryExcelRunner(host)(async (context: Excel.RequestContext) => {
      const chart = context.workbook.worksheets.getItem("Dashboard").charts.getItem("Trend");
      chart.axes.valueAxis.title.text = "Complaints";
      chart.legend.position = "Bottom";
      const series = chart.series.load("items/name");
      await context.sync();
      series.items[series.items.length - 1].axisGroup = "Secondary";
      series.items[series.items.length - 1].chartType = "Line";
    });
    expect(host.chart("Dashboard", "Trend").series[2]).toEqual({
      name: "Return rate",
      chartType: "Line",
      axisGroup: "Secondary",
    });
  });
});
