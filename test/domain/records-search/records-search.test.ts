import { surveyAlerts, surveyFacts } from "../../../src/domain/actions";
import type { LedgerRecord } from "../../../src/domain/cases";
import { serialOf } from "../../../src/domain/excel-date";
import {
  type RecordSources,
  actionState,
  correctionNote,
  filterRecords,
  followUpFacts,
  reasonColumnKey,
  recordEntries,
  recordFilterOptions,
  recordHistory,
  surveyFollowUp,
} from "../../../src/domain/records-search";
import * as fixtures from "../actions/fixtures";

/** 2026-04-10: the first quarter is over. */
const APRIL = serialOf(2026, 4, 10);
const fail = (message: string): never => {
  throw new Error(message);
};

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
  it("goes into the table's notes column, any table's; without one, a feedback's handling record, else nowhere", () => {
    for (const table of ["customers", "complaints", "reminders", "surveyReturns", "actions"] as const) {
      expect(reasonColumnKey(table, ["id", "description", "notes"])).toBe("notes");
    }
    expect(reasonColumnKey("feedback", ["id", "action", "notes"])).toBe("notes");
    expect(reasonColumnKey("feedback", ["id", "action"])).toBe("action");
    expect(reasonColumnKey("complaints", ["id", "description", "rootCause"])).toBeUndefined();
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

describe("corrective actions among the records", () => {
  const low = fixtures.surveyReturn("SR-2026-0007", "2026-Q1", fixtures.CUSTOMER, fixtures.RATINGS_68);
  const sources = { surveyReturns: [low], actions: [] as LedgerRecord[] };
  const [report] = surveyAlerts(
    surveyFacts(fixtures.sources(sources), fixtures.settings()),
    fixtures.settings(),
    APRIL,
  );
  const open = fixtures.actionRow(report, "CA-2026-0001");
  const checked = fixtures.actionRow(report, "CA-2026-0002", { status: "Done", effectiveness: "有效性已确认" });
  const withActions: RecordSources = { ...sources, actions: [open, checked, { id: null, status: null }] };
  const listed = recordEntries(withActions);
  const action = (id: string) => listed.find((entry) => entry.id === id) ?? fail(`No ${id}`);

  it("lists each action by when it was raised, with its customer and where it stands, blank rows left out", () => {
    expect(listed.filter((entry) => entry.kind === "actions").map((entry) => entry.id)).toEqual([
      "CA-2026-0001",
      "CA-2026-0002",
    ]);
    expect(action("CA-2026-0001")).toMatchObject({
      customer: fixtures.CUSTOMER,
      status: "actionOpen",
      date: serialOf(2026, 4, 10),
    });
    // A recorded check, in any language's label, is where it stands.
    expect(action("CA-2026-0002").status).toBe("effective");
    expect(actionState({ status: "done" })).toBe("actionDone");
    expect(actionState({ status: "Open", effectiveness: "Chưa có hiệu quả" })).toBe("notEffective");
  });

  it("finds an action by its customer, its kind in any language, the ledger and where it stands", () => {
    expect(filterRecords(listed, { query: "hoa phat", kind: "actions" }).map((entry) => entry.id)).toEqual([
      "CA-2026-0002",
      "CA-2026-0001",
    ]);
    expect(filterRecords(listed, { query: "改善报告", status: "actionOpen" }).map((entry) => entry.id)).toEqual([
      "CA-2026-0001",
    ]);
    const options = recordFilterOptions(listed, "Q");
    expect(options.kinds).toEqual(["surveyReturns", "actions"]);
    expect(options.statuses).toEqual(["actionOpen", "effective"]);
    expect(options.periods).toEqual(["2026-Q2", "2026-Q1"]);
  });

  it("links an action to the returned form that raised its alert, and the form to the actions raised from it", () => {
    const followUp = surveyFollowUp(withActions, fixtures.settings(), APRIL);
    const links = (id: string) =>
      recordHistory(listed.find((entry) => entry.id === id) ?? fail(id), listed, followUp).map(
        (link) => `${link.relation} ${link.entry.id}`,
      );
    expect(links("CA-2026-0001")).toEqual(["alertReturn SR-2026-0007"]);
    expect(links("SR-2026-0007")).toEqual(["correctiveAction CA-2026-0001", "correctiveAction CA-2026-0002"]);
    // Without the follow-up, only the id columns link records.
    expect(recordHistory(action("CA-2026-0001"), listed)).toEqual([]);
    // Its effectiveness check: the next quarter, 2026-Q2, is not over on 2026-04-10.
    expect(followUp.actions.get(open)?.effectiveness).toEqual({
      state: "pending",
      period: "2026-Q2",
      reason: "notFinished",
    });
  });
});
