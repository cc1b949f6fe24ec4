import { serialOf } from "../../../src/domain/excel-date";
import {
  type RecordSources,
  correctionNote,
  filterRecords,
  followUpFacts,
  reasonColumnKey,
  recordEntries,
  recordFilterOptions,
  recordHistory,
} from "../../../src/domain/records-search";

const at = (year: number, month: number, day: number, hours = 0) => serialOf(year, month, day) + hours / 24;

const SOURCES: RecordSources = {
  customers: [
    { id: "CU-2026-0001", name: "Công ty Hòa Phát", since: at(2024, 3, 1), notes: null },
    { id: "CU-2026-0002", name: "深圳华强电子", since: null, notes: "VIP" },
  ],
  feedback: [
    {
      id: "FB-2026-0001",
      receivedAt: at(2026, 7, 2, 9),
      customer: "深圳华强电子",
      content: "Invoices late",
      status: "已结案",
      linkedComplaint: "CC-2026-0001",
    },
  ],
  complaints: [
    {
      id: "CC-2026-0001",
      receivedAt: at(2026, 7, 1, 9),
      customer: "深圳华强电子",
      description: "Seal leaks",
      status: "Closed",
      followUpDue: at(2026, 7, 20),
      followUpDone: at(2026, 7, 18),
      followUpResult: "Dissatisfied",
      parentComplaint: null,
    },
    {
      id: "CC-2026-0002",
      receivedAt: at(2026, 8, 1, 9),
      customer: "深圳华强电子",
      description: "Seal still leaks",
      status: "open",
      parentComplaint: "cc-2026-0001 ",
    },
    { id: null, receivedAt: null, customer: null, description: null, status: null },
  ],
  reminders: [{ id: "RM-2026-0001", recordId: "CC-2026-0001", issuedAt: at(2026, 7, 6), reason: "Waiting for parts" }],
  surveyDispatch: [{ id: "SD-2026-0001", period: "2026-Q3", customer: "Công ty Hòa Phát", sentAt: at(2026, 9, 1) }],
  surveyReturns: [
    { id: "SR-2026-0001", dispatchId: "SD-2026-0001", customer: "Công ty Hòa Phát", returnedAt: at(2026, 10, 3) },
  ],
};

const entries = recordEntries(SOURCES);
const byId = (id: string) => {
  const found = entries.find((entry) => entry.id === id);
  if (!found) throw new Error(`No ${id}`);
  return found;
};
const idsOf = (list: readonly { id: string }[]) => list.map((entry) => entry.id);

describe("every record of every ledger", () => {
  it("lists open and closed records of all six ledgers, blank rows left out", () => {
    expect(entries).toHaveLength(8);
    expect(byId("CC-2026-0001")).toMatchObject({ kind: "complaints", status: "closed", customer: "深圳华强电子" });
    expect(byId("FB-2026-0001").status).toBe("closed");
  });

  it("gives a reminder slip its complaint's customer", () => {
    expect(byId("RM-2026-0001").customer).toBe("深圳华强电子");
  });

  it("finds a closed complaint by its customer's name, in any case", () => {
    const found = filterRecords(entries, { query: "深圳华强", kind: "complaints", status: "closed" });
    expect(idsOf(found)).toEqual(["CC-2026-0001"]);
    expect(idsOf(filterRecords(entries, { query: "SEAL LEAKS" }))).toEqual(["CC-2026-0002", "CC-2026-0001"]);
    // The pane's one search rule: accents and width ignored, every word found.
    expect(idsOf(filterRecords(entries, { query: "hoa phat", kind: "customers" }))).toEqual(["CU-2026-0001"]);
    expect(idsOf(filterRecords(entries, { query: "ＳＥＡＬ still" }))).toEqual(["CC-2026-0002"]);
  });

  it("filters by customer, kind, status and the quarter or month of each ledger's own date", () => {
    expect(idsOf(filterRecords(entries, { customer: "Công ty Hòa Phát" }))).toEqual([
      "SR-2026-0001",
      "SD-2026-0001",
      "CU-2026-0001",
    ]);
    expect(idsOf(filterRecords(entries, { grain: "Q", period: "2026-Q3" }))).toEqual([
      "SD-2026-0001",
      "CC-2026-0002",
      "RM-2026-0001",
      "FB-2026-0001",
      "CC-2026-0001",
    ]);
    expect(idsOf(filterRecords(entries, { grain: "M", period: "2026-07", kind: "complaints" }))).toEqual([
      "CC-2026-0001",
    ]);
  });

  it("lists newest first, undated records last", () => {
    const all = idsOf(filterRecords(entries, {}));
    expect(all[0]).toBe("SR-2026-0001");
    expect(all[all.length - 1]).toBe("CU-2026-0002");
  });

  it("offers only what some record has", () => {
    const options = recordFilterOptions(entries, "M");
    expect(options.kinds).toEqual([
      "customers",
      "feedback",
      "complaints",
      "reminders",
      "surveyDispatch",
      "surveyReturns",
    ]);
    expect(options.statuses).toEqual(["open", "closed"]);
    expect(options.periods).toEqual(["2026-10", "2026-09", "2026-08", "2026-07", "2024-03"]);
    expect(options.customers).toContain("深圳华强电子");
  });
});

describe("a record's history", () => {
  const relations = (id: string) => recordHistory(byId(id), entries).map((link) => `${link.relation} ${link.entry.id}`);

  it("shows a complaint's reminders, the complaint attached to it and the feedback that led to it", () => {
    expect(relations("CC-2026-0001")).toEqual([
      "attachedComplaint CC-2026-0002",
      "linkedFeedback FB-2026-0001",
      "reminder RM-2026-0001",
    ]);
    expect(relations("CC-2026-0002")).toEqual(["originalComplaint CC-2026-0001"]);
  });

  it("links a feedback to its complaint and a reminder slip to its complaint", () => {
    expect(relations("FB-2026-0001")).toEqual(["linkedComplaint CC-2026-0001"]);
    expect(relations("RM-2026-0001")).toEqual(["remindedComplaint CC-2026-0001"]);
  });

  it("links a survey return to the dispatch it answered, and back", () => {
    expect(relations("SR-2026-0001")).toEqual(["surveyDispatch SD-2026-0001"]);
    expect(relations("SD-2026-0001")).toEqual(["surveyReturn SR-2026-0001"]);
  });

  it("gives a complaint's follow-up call", () => {
    expect(followUpFacts(byId("CC-2026-0001").record)).toEqual({
      due: at(2026, 7, 20),
      done: at(2026, 7, 18),
      result: "dissatisfied",
      satisfaction: null,
    });
    expect(followUpFacts(byId("CC-2026-0002").record)).toBeUndefined();
  });
});

describe("the reason of a correction", () => {
  it("goes into the notes column, else a feedback's handling record; other ledgers need a notes column", () => {
    expect(reasonColumnKey("customers", ["id", "name", "notes"])).toBe("notes");
    expect(reasonColumnKey("feedback", ["id", "action"])).toBe("action");
    expect(reasonColumnKey("complaints", ["id", "description", "rootCause"])).toBeUndefined();
    expect(reasonColumnKey("complaints", ["id", "description", "notes"])).toBe("notes");
  });

  it("is a dated line after what the column held, in the workbook's language", () => {
    const note = correctionNote({
      existing: "Called back twice.",
      reason: "Typed\nthe wrong day ",
      at: at(2026, 11, 25, 10),
      fields: ["结案日期", "处理状态"],
      language: "zh-CN",
    });
    expect(note).toBe("Called back twice.\n[2026-11-25 10:00 更正：结案日期、处理状态] Typed the wrong day");
    expect(
      correctionNote({ existing: null, reason: "x", at: at(2026, 1, 2), fields: ["Closed at"], language: "en" }),
    ).toBe("[2026-01-02 00:00 Correction: Closed at] x");
  });
});
