import { PARTICULAR_COLUMNS, type Particular, caseParticulars } from "../../../src/domain/cases";
import { TABLES, type TableSpec } from "../../../src/domain/schema";
import { FRIDAY_4PM, at, complaint, dispatch, feedback } from "./fixtures";

/** Column key → what the page shows, without the column specs. */
function shown(particulars: readonly Particular[]): Record<string, unknown> {
  return Object.fromEntries(particulars.map(({ column, value }) => [column.key, value]));
}

describe("what a complaint is about (REQ 3)", () => {
  const record = complaint(
    {
      description: "Seal leaks after two days.\nSecond line: seen on 3 of 40 pumps.",
      product: "Pump P-200 / 4711-02",
      batchNo: "B-2611",
      defectQuantity: 3,
      defectRate: 0.075,
      purchaseDate: at(2026, 11, 2),
      nature: "valid",
      customerDemand: "exchange",
      urgent: "yes",
    },
    { language: "zh-CN" },
  );

  it("lists the description, part, batch, quantity and rate first, then who, when and how it is classed", () => {
    const keys = caseParticulars("complaint", record).map(({ column }) => column.key);
    expect(keys.slice(0, 5)).toEqual(["description", "product", "batchNo", "defectQuantity", "defectRate"]);
    expect(keys).toEqual(
      expect.arrayContaining(["customer", "contact", "phone", "receivedAt", "channel", "contentClass", "severity"]),
    );
    expect(keys.indexOf("customer")).toBeLessThan(keys.indexOf("contentClass"));
  });

  it("gives choices as keys whatever language the cell is in, dates as serials, numbers and rates as numbers", () => {
    expect(shown(caseParticulars("complaint", record))).toMatchObject({
      description: { type: "longText", text: "Seal leaks after two days.\nSecond line: seen on 3 of 40 pumps." },
      product: { type: "text", text: "Pump P-200 / 4711-02" },
      batchNo: { type: "text", text: "B-2611" },
      defectQuantity: { type: "number", value: 3 },
      defectRate: { type: "percent", fraction: 0.075 },
      receivedAt: { type: "date", serial: FRIDAY_4PM, withTime: true },
      purchaseDate: { type: "date", serial: at(2026, 11, 2), withTime: false },
      channel: { type: "choice", list: "channel", choice: "phone" },
      contentClass: { type: "choice", list: "complaintContent", choice: "serviceQuality" },
      nature: { type: "choice", list: "complaintNature", choice: "valid" },
      severity: { type: "choice", list: "severity", choice: "general" },
      urgent: { type: "choice", list: "yesNo", choice: "yes" },
      customerDemand: { type: "choice", list: "customerDemand", choice: "exchange" },
      ownerDepartment: { type: "choice", list: "department", choice: "engineering" },
    });
  });

  it("leaves out blank cells", () => {
    const keys = caseParticulars("complaint", complaint()).map(({ column }) => column.key);
    expect(keys).not.toContain("purchasePlace");
    expect(keys).not.toContain("defectQuantity");
    expect(keys).not.toContain("parentComplaint");
    expect(keys).toContain("batchNo");
  });

  it("shows what someone typed into the sheet as typed: an unknown label, text in a date or number cell", () => {
    const typed = { ...complaint(), nature: "angry", receivedAt: "last Friday", defectQuantity: "about 30" };
    expect(shown(caseParticulars("complaint", typed))).toMatchObject({
      nature: { type: "text", text: "angry" },
      receivedAt: { type: "text", text: "last Friday" },
      defectQuantity: { type: "text", text: "about 30" },
    });
  });

  it("never lists what the case's actions write or the workbook calculates", () => {
    const listed = caseParticulars("complaint", complaint({ rootCause: "Seal supplier changed." }));
    expect(listed.map(({ column }) => column.key)).not.toContain("rootCause");
    expect(listed.some(({ column }) => column.calculated)).toBe(false);
  });
});

describe("what feedback is about (REQ 1)", () => {
  it("shows the customer's own text first, whole", () => {
    const text = "Can you deliver by the 30th?\n\nOur line stops on the 1st otherwise.";
    const [first, ...rest] = caseParticulars("feedback", feedback({ content: text, topic: "delivery" }));
    expect(first.column.key).toBe("content");
    expect(first.value).toEqual({ type: "longText", text });
    expect(rest.map(({ column }) => column.key)).toEqual(
      expect.arrayContaining(["kind", "topic", "customer", "receivedAt", "channel", "department"]),
    );
  });
});

describe("a survey form sent", () => {
  it("shows the customer, period, questionnaire and when it was sent", () => {
    expect(caseParticulars("surveyDispatch", dispatch()).map(({ column }) => column.key)).toEqual([
      "customer",
      "period",
      "instrument",
      "sentAt",
    ]);
  });
});

/**
 * Every column a person enters is either on the case page or written by one of the case's actions (the notes by
 * the Records screen's corrections): a column added to the schema fails here until someone decides where it belongs.
 */
describe("every entered column has its place", () => {
  const WRITTEN_BY_ACTIONS: { readonly [table: string]: readonly string[] } = {
    // Handling (status, approval, done dates, review), closing, follow-up.
    complaints: [
      "id",
      "status",
      "approval",
      "approvedBy",
      "notifiedAt",
      "replyDone",
      "proposalDone",
      "eightDDone",
      "rootCause",
      "containment",
      "correctiveAction",
      "preventiveAction",
      "closedAt",
      "effectivenessChecked",
      "handlingSatisfaction",
      "followUpDone",
      "followUpResult",
    ],
    // Reply and closing.
    feedback: ["id", "repliedAt", "action", "customerConfirmed", "status", "closedAt"],
    surveyDispatch: ["id"],
  };
  const cases: [keyof typeof PARTICULAR_COLUMNS, TableSpec][] = [
    ["complaint", TABLES.complaints],
    ["feedback", TABLES.feedback],
    ["surveyDispatch", TABLES.surveyDispatch],
  ];

  it.each(cases)("%s", (kind, table) => {
    const listed = PARTICULAR_COLUMNS[kind];
    const entered = table.columns.filter((column) => !column.calculated).map((column) => column.key);
    // The notes keep a correction's reason: the Records screen's correction writes them (issue 13).
    const placed = [...listed, ...WRITTEN_BY_ACTIONS[table.key], "notes"];
    expect(entered.filter((key) => !placed.includes(key))).toEqual([]);
    expect(listed.filter((key) => !entered.includes(key))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });
});
