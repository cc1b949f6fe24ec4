import { tablePlan } from "../../src/domain/workbook-plan";
import { AppendFailedError, appendRecord } from "../../src/excel/append-record";
import { SchemaProblemsError } from "../../src/excel/schema-problems-error";
import { memoryExcelRunner } from "../../src/memory-host";
import { complaint, feedback, setUpWorkbook, surveyReturn } from "../support/excel-fixtures";

const SUBMISSION_SYNC_LIMIT = 2;

function column(rows: unknown[][], headers: string[], header: string): unknown[] {
  return rows.map((row) => row[headers.indexOf(header)]);
}

describe("saving one record", () => {
  it(`adds one row in at most ${SUBMISSION_SYNC_LIMIT} round trips, with the next id of its kind and year`, async () => {
    const { host, run, plan } = await setUpWorkbook("en");
    const first = await run((context) =>
      appendRecord(context, plan, { table: "complaints", record: complaint(), year: 2026 }),
    );
    expect(host.syncCount).toBeLessThanOrEqual(SUBMISSION_SYNC_LIMIT);
    const second = await run((context) =>
      appendRecord(context, plan, { table: "complaints", record: complaint(), year: 2026 }),
    );
    expect([first.id, second.id]).toEqual(["CC-2026-0001", "CC-2026-0002"]);
    expect(host.tables().Complaints.rows).toHaveLength(2);
  });

  it("writes each value under its own header and the calculated columns' formulas", async () => {
    const { host, run, plan } = await setUpWorkbook("zh-CN");
    await run((context) =>
      appendRecord(context, plan, { table: "feedback", record: feedback({}, "zh-CN"), year: 2026 }),
    );
    const table = host.workbook.table("Feedback");
    const { headers, rows } = host.tables().Feedback;
    expect(column(rows, headers, "顾客名称")).toEqual(["深圳华强电子"]);
    expect(column(rows, headers, "反映渠道")).toEqual(["电子邮件"]);
    const replyDue = tablePlan(plan, "feedback").columns.find((spec) => spec.key === "replyDue");
    expect(table?.sheet.cell(1, headers.indexOf("答复期限")).formula).toBe(replyDue?.formula);
  });

  it("stores text that looks like a formula as the text it is", async () => {
    const { host, run, plan } = await setUpWorkbook("en");
    const hostile = complaint({ description: '=HYPERLINK("http://evil.example","click")', product: "-12 units" });
    await run((context) => appendRecord(context, plan, { table: "complaints", record: hostile, year: 2026 }));
    const table = host.workbook.table("Complaints");
    const at = table?.headers.indexOf("Description") ?? -1;
    expect(table?.sheet.cell(1, at)).toMatchObject({ value: '=HYPERLINK("http://evil.example","click")' });
    expect(table?.sheet.cell(1, at).formula).toBeUndefined();
    expect(column(host.tables().Complaints.rows, table?.headers ?? [], "Product / part no.")).toEqual(["-12 units"]);
  });

  it("recognises a retried save of formula-like text in a text column, written there without an apostrophe", async () => {
    const { host, run, plan } = await setUpWorkbook("en");
    const record = complaint({ description: "=1+1 is what the customer wrote", product: "+84 part" });
    host.loseNextSyncResponse({ after: 1 });
    const failed = await run((context) =>
      appendRecord(context, plan, { table: "complaints", record, year: 2026 }),
    ).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(AppendFailedError);
    const previousAttemptId = (failed as AppendFailedError).attemptedId;
    const retried = await run((context) =>
      appendRecord(context, plan, { table: "complaints", record, year: 2026, previousAttemptId }),
    );
    expect(retried).toMatchObject({ id: previousAttemptId, alreadySaved: true });
    const table = host.workbook.table("Complaints");
    const at = table?.headers.indexOf("Description") ?? -1;
    expect(table?.sheet.cell(1, at)).toEqual({ value: "=1+1 is what the customer wrote" });
    expect(host.tables().Complaints.rows).toHaveLength(1);
  });

  it("keeps writing under the right headers after a column was moved", async () => {
    const { host, run, plan } = await setUpWorkbook("en");
    host.moveColumn("Complaints", "Customer", 0);
    await run((context) => appendRecord(context, plan, { table: "complaints", record: complaint(), year: 2026 }));
    const { headers, rows } = host.tables().Complaints;
    expect(headers[0]).toBe("Customer");
    expect(column(rows, headers, "Customer")).toEqual(["Hà Nội Motors"]);
    expect(column(rows, headers, "Complaint ID")).toEqual(["CC-2026-0001"]);
  });

  it.each([
    [
      "a renamed column",
      "renamedColumn",
      (host: Awaited<ReturnType<typeof setUpWorkbook>>["host"]) =>
        host.renameColumn("Complaints", "Customer", "Client"),
    ],
    [
      "a protected sheet",
      "protectedSheet",
      (host: Awaited<ReturnType<typeof setUpWorkbook>>["host"]) => host.protectSheet("Complaints"),
    ],
    [
      "a filtered table",
      "filteredTable",
      (host: Awaited<ReturnType<typeof setUpWorkbook>>["host"]) => host.filterTable("Complaints", "Status", () => true),
    ],
    [
      "a deleted table",
      "missingTable",
      (host: Awaited<ReturnType<typeof setUpWorkbook>>["host"]) => host.convertTableToRange("Complaints"),
    ],
  ])("writes nothing into %s and says what is wrong", async (_what, kind, breakIt) => {
    const { host, run, plan } = await setUpWorkbook("en");
    await run((context) => appendRecord(context, plan, { table: "complaints", record: complaint(), year: 2026 }));
    breakIt(host);
    const writes = host.writeCount;
    const saving = run((context) =>
      appendRecord(context, plan, { table: "complaints", record: complaint(), year: 2026 }),
    );
    await expect(saving).rejects.toBeInstanceOf(SchemaProblemsError);
    const error = (await saving.catch((caught: unknown) => caught)) as SchemaProblemsError;
    expect(error.problems.map((problem) => problem.kind)).toContain(
      kind === "missingTable" ? "convertedToRange" : kind,
    );
    expect(host.writeCount).toBe(writes);
  });
});

describe("a save that fails", () => {
  it("leaves no row when the request never reached Excel, and the retry adds exactly one", async () => {
    const { host, run, plan } = await setUpWorkbook("en");
    const request = { table: "complaints" as const, record: complaint(), year: 2026 };
    let attempted: string | undefined;
    // The host sends a sync as soon as it is called, so the read has gone when appendRecord returns its promise:
    // the fault hits the write.
    const failing = run(async (context) => {
      const saving = appendRecord(context, plan, request);
      host.rejectNextSync();
      return saving;
    });
    await failing.catch((error: unknown) => {
      expect(error).toBeInstanceOf(AppendFailedError);
      attempted = (error as AppendFailedError).attemptedId;
    });
    expect(host.tables().Complaints.rows).toHaveLength(0);
    const retried = await run((context) => appendRecord(context, plan, { ...request, previousAttemptId: attempted }));
    expect(retried.alreadySaved).toBe(false);
    expect(host.tables().Complaints.rows).toHaveLength(1);
  });

  it("recognises a row that landed although the answer was lost, and does not add it again", async () => {
    const { host, run, plan } = await setUpWorkbook("en");
    const request = { table: "surveyReturns" as const, record: surveyReturn(3), year: 2026 };
    let attempted: string | undefined;
    await run(async (context) => {
      const saving = appendRecord(context, plan, request);
      host.loseNextSyncResponse();
      return saving;
    }).catch((error: unknown) => {
      attempted = (error as AppendFailedError).attemptedId;
    });
    expect(host.tables().SurveyReturns.rows).toHaveLength(1);
    host.resetMeters();
    const retried = await run((context) => appendRecord(context, plan, { ...request, previousAttemptId: attempted }));
    expect(retried).toMatchObject({ id: attempted, alreadySaved: true });
    expect(host.tables().SurveyReturns.rows).toHaveLength(1);
    expect(host.syncCount).toBeLessThanOrEqual(SUBMISSION_SYNC_LIMIT);
  });
});

describe("two people saving at the same moment in a co-authored workbook", () => {
  it("gives their records different ids, the first keeping its own", async () => {
    const { host, plan } = await setUpWorkbook("en");
    const colleague = host.coAuthor();
    const [mine, theirs] = await Promise.all([
      memoryExcelRunner(host)((context) =>
        appendRecord(context, plan, { table: "complaints", record: complaint({ customer: "Mine" }), year: 2026 }),
      ),
      memoryExcelRunner(colleague)((context) =>
        appendRecord(context, plan, { table: "complaints", record: complaint({ customer: "Theirs" }), year: 2026 }),
      ),
    ]);
    const { headers, rows } = host.tables().Complaints;
    const ids = column(rows, headers, "Complaint ID");
    expect(new Set(ids).size).toBe(2);
    expect(ids).toEqual(["CC-2026-0001", "CC-2026-0002"]);
    expect(column(rows, headers, "Customer")).toEqual(["Mine", "Theirs"]);
    expect([mine.id, theirs.id]).toEqual(["CC-2026-0001", "CC-2026-0002"]);
  });
});
