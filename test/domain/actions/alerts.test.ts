import { alertKey, surveyAlerts, surveyFacts } from "../../../src/domain/actions";
import { serialOf } from "../../../src/domain/excel-date";
import { surveyPreview } from "../../../src/domain/survey-forms";
import { settingsFromTables } from "../../../src/domain/workbook-plan";
import {
  APRIL,
  CUSTOMER,
  OTHER_CUSTOMER,
  RATINGS_68,
  RATINGS_80,
  actionRow,
  boardOf,
  dispatch,
  settings,
  sources,
  surveyReturn,
} from "./fixtures";

function alertsOf(parts: Parameters<typeof sources>[0], options = settings(), now = APRIL) {
  return surveyAlerts(surveyFacts(sources(parts), options), options, now);
}

describe("the alerts a returned form raises (REQ 15, 16)", () => {
  const returned = surveyReturn("SR-2026-0001", "2026-Q1", CUSTOMER, RATINGS_68);

  it("raises an improvement report for a return whose total is 68", () => {
    const totals = alertsOf({ surveyReturns: [returned] }).filter((alert) => alert.kind === "surveyTotal");
    expect(totals).toEqual([
      {
        kind: "surveyTotal",
        period: "2026-Q1",
        customer: CUSTOMER,
        item: null,
        key: `surveyTotal|2026-Q1|${CUSTOMER}`,
        figure: expect.closeTo(68, 9),
        threshold: 80,
        returnIds: ["SR-2026-0001"],
      },
    ]);
  });

  it("raises a root-cause analysis for each item at or below 70", () => {
    const items = alertsOf({ surveyReturns: [returned] }).filter((alert) => alert.kind === "itemScore");
    expect(items.map((alert) => [alert.item, alert.figure, alert.threshold])).toEqual([
      ["OV1", 60, 70],
      ["OV2", 60, 70],
      ["PQ1", 60, 70],
      ["PQ2", 60, 70],
    ]);
    expect(items[0].key).toBe(`itemScore|2026-Q1|OV1|${CUSTOMER}`);
  });

  it("raises exactly what the survey return form said on saving", () => {
    const options = settings();
    const answers = { OV1: 3, OV2: 3, OV3: 4, SV1: 4, SV2: 4, SV3: 4, PQ1: 3, PQ2: 3 };
    const preview = surveyPreview(answers, { ...options.plan, itemAlert: 70, customerAlert: 80 });
    const said = preview.alerts.flatMap((alert) =>
      alert.kind === "totalBelow" ? ["surveyTotal"] : alert.kind === "itemAtOrBelow" ? [alert.itemCode] : [],
    );
    const raised = alertsOf({ surveyReturns: [returned] })
      .filter((alert) => alert.kind === "surveyTotal" || alert.kind === "itemScore")
      .map((alert) => alert.item ?? alert.kind);
    expect(raised).toEqual(said);
  });

  it("raises nothing for a return at 80 with no item at or below 70", () => {
    expect(alertsOf({ surveyReturns: [surveyReturn("SR-2026-0002", "2026-Q1", CUSTOMER, RATINGS_80)] })).toEqual([]);
  });

  it("reads the totals from the answers, never from the calculated cells", () => {
    const stale = { ...returned, total: 95, grade: "A", module_overall: 100 };
    expect(alertsOf({ surveyReturns: [stale] }).some((alert) => alert.kind === "surveyTotal")).toBe(true);
  });

  it("raises a cross-department review for a customer whose period score is below 80", () => {
    const other = surveyReturn("SR-2026-0003", "2026-Q1", OTHER_CUSTOMER, RATINGS_80);
    const reviews = alertsOf({ surveyReturns: [returned, other] }).filter((alert) => alert.kind === "customerScore");
    expect(reviews.map((alert) => [alert.key, alert.figure])).toEqual([
      [`customerScore|2026-Q1|${CUSTOMER}`, expect.closeTo(68, 9)],
    ]);
  });

  it("judges a customer by the mean of the period's returns, as the dashboard's customer matrix does", () => {
    const second = surveyReturn("SR-2026-0004", "2026-Q1", CUSTOMER.toUpperCase(), [5, 5, 5, 5, 5, 5, 5, 5]);
    const alerts = alertsOf({ surveyReturns: [returned, second] });
    expect(alerts.some((alert) => alert.kind === "customerScore")).toBe(false); // (68 + 100) / 2 = 84
    expect(alerts.filter((alert) => alert.kind === "surveyTotal")).toHaveLength(1); // the 68 form still needs its report
  });

  it("leaves out a row whose rating is off its scale, which the workbook shows as #NUM!", () => {
    const typedInSheet = surveyReturn("SR-2026-0005", "2026-Q1", CUSTOMER, [9, 3, 4, 4, 4, 4, 3, 3]);
    expect(alertsOf({ surveyReturns: [typedInSheet] })).toEqual([]);
  });
});

describe("the thresholds", () => {
  const returned = surveyReturn("SR-2026-0001", "2026-Q1", CUSTOMER, RATINGS_68);

  it("come from the workbook's Targets table", () => {
    const rows = settingsFromTables(
      {
        instrument: [],
        modules: [],
        holidays: [],
        ratingLevels: [],
        gradeBands: [],
        targets: [
          { key: "customerAlert", value: 65 },
          { key: "itemAlert", value: 60 },
          { key: "returnRate", value: 99 },
        ],
        slaDurations: [],
      },
      "en",
    );
    const options = { ...settings(), targets: rows.targets };
    const alerts = alertsOf({ surveyReturns: [returned] }, options);
    expect(alerts.map((alert) => [alert.kind, alert.item, alert.threshold])).toEqual([
      ["itemScore", "OV1", 60],
      ["itemScore", "OV2", 60],
      ["itemScore", "PQ1", 60],
      ["itemScore", "PQ2", 60],
    ]);
  });

  it("take in an item exactly at the item threshold, and leave out a total exactly at the total's", () => {
    const alerts = alertsOf({ surveyReturns: [returned] }, settings({ itemAlert: 80, customerAlert: 68 }));
    expect(alerts.filter((alert) => alert.kind === "itemScore")).toHaveLength(8);
    expect(alerts.some((alert) => alert.kind === "surveyTotal" || alert.kind === "customerScore")).toBe(false);
  });
});

describe("the return rate of a quarter (REQ 18)", () => {
  const sent = serialOf(2026, 3, 2);
  const forms = [
    dispatch("SD-2026-0001", "2026-Q1", CUSTOMER, sent),
    dispatch("SD-2026-0002", "2026-Q1", OTHER_CUSTOMER, sent),
  ];
  const back = {
    ...surveyReturn("SR-2026-0001", "2026-Q1", CUSTOMER, RATINGS_80, serialOf(2026, 3, 4)),
    dispatchId: "SD-2026-0001",
  };

  it("raises an improvement report once the quarter is over and its forms are due back", () => {
    const alerts = alertsOf({ surveyDispatch: forms, surveyReturns: [back] });
    expect(alerts).toEqual([
      expect.objectContaining({
        kind: "returnRate",
        key: "returnRate|2026-Q1",
        customer: null,
        figure: 50,
        threshold: 99,
      }),
    ]);
  });

  it("waits while the quarter runs, and while a form sent at its end can still come back on time", () => {
    expect(alertsOf({ surveyDispatch: forms, surveyReturns: [back] }, settings(), serialOf(2026, 3, 31))).toEqual([]);
    const late = dispatch("SD-2026-0003", "2026-Q1", CUSTOMER, serialOf(2026, 3, 31)); // due back Tuesday 7 April
    expect(
      alertsOf({ surveyDispatch: [...forms, late], surveyReturns: [back] }, settings(), serialOf(2026, 4, 7)),
    ).toEqual([]);
    const settled = alertsOf(
      { surveyDispatch: [...forms, late], surveyReturns: [back] },
      settings(),
      serialOf(2026, 4, 8),
    );
    expect(settled.map((alert) => alert.figure)).toEqual([expect.closeTo(100 / 3, 9)]);
  });

  it("counts a form returned after its 5 working days as not returned", () => {
    const lateBack = { ...back, returnedAt: serialOf(2026, 3, 20) };
    const both = {
      ...surveyReturn("SR-2026-0002", "2026-Q1", OTHER_CUSTOMER, RATINGS_80, serialOf(2026, 3, 4)),
      dispatchId: "SD-2026-0002",
    };
    expect(alertsOf({ surveyDispatch: forms, surveyReturns: [lateBack, both] }).map((alert) => alert.figure)).toEqual([
      50,
    ]);
  });
});

describe("each alert, once", () => {
  const first = surveyReturn("SR-2026-0001", "2026-Q1", CUSTOMER, RATINGS_68);
  const second = surveyReturn("SR-2026-0002", "2026-Q1", ` ${CUSTOMER.toLowerCase()} `, [3, 3, 4, 4, 4, 4, 2, 3]);

  it("raises each alert once however often Cases is opened", () => {
    const parts = { surveyReturns: [first, second] };
    const opened = [1, 2, 3].map(() => boardOf(parts));
    expect(opened[1]).toEqual(opened[0]);
    expect(opened[2]).toEqual(opened[0]);
    const totals = opened[0].alerts.filter((alert) => alert.kind === "surveyTotal");
    expect(totals).toHaveLength(1);
    expect(totals[0]).toMatchObject({ returnIds: ["SR-2026-0001", "SR-2026-0002"], figure: expect.closeTo(64, 9) });
    const keys = opened[0].alerts.map((alert) => alert.key.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("lists a taken alert as its action, never again as an alert", () => {
    const before = boardOf({ surveyReturns: [first] });
    const total = before.alerts.find((alert) => alert.kind === "surveyTotal");
    if (!total) throw new Error("no improvement report raised");
    // Someone retyped the key in the sheet with other spacing and case: still the same alert.
    const action = actionRow(total, "CA-2026-0001", { alertKey: `  ${total.key.toUpperCase()} ` });
    for (let opening = 0; opening < 3; opening += 1) {
      const after = boardOf({ surveyReturns: [first], actions: [action] });
      expect(after.alerts.map((alert) => alert.key)).toEqual(
        before.alerts.filter((alert) => alert !== total).map((alert) => alert.key),
      );
      expect(after.actions.map((entry) => [entry.id, entry.kind, entry.status, entry.owner])).toEqual([
        ["CA-2026-0001", "surveyTotal", "open", "Trần Văn Minh"],
      ]);
    }
  });

  it("recognises a row written in another data language", () => {
    const board = boardOf({ surveyReturns: [first] });
    const rows = board.alerts.map((alert, index) => actionRow(alert, `CA-2026-000${index + 1}`, {}, "zh-CN"));
    expect(rows[0].kind).toBe("改善报告（综合得分）");
    const taken = boardOf({ surveyReturns: [first], actions: rows });
    expect(taken.alerts).toEqual([]);
    expect(taken.actions.map((entry) => entry.kind).sort()).toEqual(board.alerts.map((alert) => alert.kind).sort());
  });

  it("keys an alert by kind, period and subject", () => {
    expect(alertKey({ kind: "returnRate", period: "2026-Q1", customer: null, item: null })).toBe("returnRate|2026-Q1");
    expect(alertKey({ kind: "itemScore", period: "2026-H2", customer: "A|B", item: "SV2" })).toBe(
      "itemScore|2026-H2|SV2|A|B",
    );
  });
});
