import { tablePlan } from "../../src/domain/workbook-plan";
import { appendMany, BulkAppendFailedError } from "../../src/excel/append-many";
import { appendRecord } from "../../src/excel/append-record";
import { readRecords } from "../../src/excel/read-records";
import { MAX_REQUEST_BYTES } from "../../src/excel/request-size";
import { SchemaProblemsError } from "../../src/excel/schema-problems-error";
import { RecordNotFoundError, updateRecord } from "../../src/excel/update-record";
import { complaint, setUpWorkbook, surveyReturn } from "../support/excel-fixtures";

const SUBMISSION_SYNC_LIMIT = 2;
/**
 * 1 read and 14 chunks: every row carries its calculated formulas (a chunk lands whole or not at all, with Excel's
 * "fill formulas in tables" on or off), about 3.4 KB a row, counted at 6 bytes a character beyond ASCII.
 */
const BULK_10K_SYNC_LIMIT = 15;

async function withComplaints(count: number) {
  const workbook = await setUpWorkbook("en");
  for (let index = 0; index < count; index++) {
    await workbook.run((context) =>
      appendRecord(context, workbook.plan, {
        table: "complaints",
        record: complaint({ customer: `Customer ${index}` }),
        year: 2026,
      }),
    );
  }
  workbook.host.resetMeters();
  return workbook;
}

function cellOf(workbook: Awaited<ReturnType<typeof setUpWorkbook>>, id: string, header: string): unknown {
  const { headers, rows } = workbook.host.tables().Complaints;
  return rows.find((row) => row[0] === id)?.[headers.indexOf(header)];
}

describe("updating a record by its id", () => {
  it(`changes only its cells, in at most ${SUBMISSION_SYNC_LIMIT} round trips`, async () => {
    const workbook = await withComplaints(3);
    await workbook.run((context) =>
      updateRecord(context, workbook.plan, {
        table: "complaints",
        id: "CC-2026-0002",
        changes: { rootCause: "=Seal worn", ownerPerson: "Trần Văn An" },
      }),
    );
    expect(workbook.host.syncCount).toBeLessThanOrEqual(SUBMISSION_SYNC_LIMIT);
    expect(cellOf(workbook, "CC-2026-0002", "Root cause")).toBe("=Seal worn");
    expect(cellOf(workbook, "CC-2026-0001", "Root cause")).toBe("");
    expect(cellOf(workbook, "CC-2026-0002", "Customer")).toBe("Customer 1");
  });

  it("finds the record after the table was sorted", async () => {
    const workbook = await withComplaints(3);
    workbook.host.sortTable("Complaints", "Customer", false);
    await workbook.run((context) =>
      updateRecord(context, workbook.plan, {
        table: "complaints",
        id: "CC-2026-0001",
        changes: { ownerPerson: "Lan" },
      }),
    );
    expect(cellOf(workbook, "CC-2026-0001", "Responsible person")).toBe("Lan");
    expect(cellOf(workbook, "CC-2026-0003", "Responsible person")).toBe("");
  });

  it("never writes the id, and gives calculated columns their own formula whatever the changes say", async () => {
    const workbook = await withComplaints(1);
    await workbook.run((context) =>
      updateRecord(context, workbook.plan, {
        table: "complaints",
        id: "CC-2026-0001",
        changes: { id: "CC-2026-9999", replyDue: 1 },
      }),
    );
    expect(cellOf(workbook, "CC-2026-0001", "Complaint ID")).toBe("CC-2026-0001");
    const replyDue = tablePlan(workbook.plan, "complaints").columns.find((column) => column.key === "replyDue");
    const table = workbook.host.workbook.table("Complaints");
    const at = table?.headers.indexOf(replyDue?.header ?? "") ?? -1;
    expect(table?.sheet.cell(1, at).formula).toBe(replyDue?.formula);
  });

  it("says so when no record has the id, and when the sheet is protected", async () => {
    const workbook = await withComplaints(1);
    const update = (id: string) =>
      workbook.run((context) => updateRecord(context, workbook.plan, { table: "complaints", id, changes: {} }));
    await expect(update("CC-2026-0042")).rejects.toBeInstanceOf(RecordNotFoundError);
    workbook.host.protectSheet("Complaints");
    await expect(update("CC-2026-0001")).rejects.toBeInstanceOf(SchemaProblemsError);
  });
});

describe("appending many records", () => {
  const returns = Array.from({ length: 10_000 }, (_, index) => surveyReturn(index));

  it(`writes 10,000 survey returns in at most ${BULK_10K_SYNC_LIMIT} round trips, each request under 4 MB`, async () => {
    const workbook = await setUpWorkbook("vi");
    const progress: number[] = [];
    const result = await workbook.run((context) =>
      appendMany(context, workbook.plan, { table: "surveyReturns", records: returns, year: 2026 }, ({ written }) =>
        progress.push(written),
      ),
    );
    expect(workbook.host.syncCount).toBeLessThanOrEqual(BULK_10K_SYNC_LIMIT);
    expect(workbook.host.maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(workbook.host.tables().SurveyReturns.rows).toHaveLength(10_000);
    expect(result.ids[9_999]).toBe("SR-2026-10000");
    const table = workbook.host.workbook.table("SurveyReturns");
    const total = tablePlan(workbook.plan, "surveyReturns").columns.find((column) => column.key === "total");
    const at = table?.headers.indexOf(total?.header ?? "") ?? -1;
    expect(table?.sheet.cell(10_000, at).formula).toBe(total?.formula);
    expect(progress[progress.length - 1]).toBe(10_000);
  });

  it("cuts a large import into several requests under 4 MB", async () => {
    const workbook = await setUpWorkbook("en");
    const long = Array.from({ length: 300 }, (_, index) => complaint({ description: `${index} ${"ý".repeat(9_000)}` }));
    await workbook.run((context) =>
      appendMany(context, workbook.plan, { table: "complaints", records: long, year: 2026 }),
    );
    expect(workbook.host.syncCount).toBeGreaterThan(2);
    expect(workbook.host.maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(workbook.host.tables().Complaints.rows).toHaveLength(300);
  });

  it("continues a failed import where it stopped, without adding any record twice", async () => {
    const workbook = await setUpWorkbook("en");
    const long = Array.from({ length: 300 }, (_, index) =>
      complaint({ description: `${index} ${"x".repeat(30_000)}` }),
    );
    let failure: BulkAppendFailedError | undefined;
    await workbook
      .run(async (context) => {
        const importing = appendMany(
          context,
          workbook.plan,
          { table: "complaints", records: long, year: 2026 },
          ({ written }) => {
            if (written > 0) workbook.host.rejectNextSync();
          },
        );
        return importing;
      })
      .catch((error: unknown) => {
        failure = error as BulkAppendFailedError;
      });
    expect(failure).toBeInstanceOf(BulkAppendFailedError);
    const landed = workbook.host.tables().Complaints.rows.length;
    expect(landed).toBe(failure?.written);
    expect(landed).toBeGreaterThan(0);
    expect(landed).toBeLessThan(300);
    await workbook.run((context) =>
      appendMany(context, workbook.plan, { table: "complaints", records: long, year: 2026, ids: failure?.ids }),
    );
    const ids = workbook.host.tables().Complaints.rows.map((row) => row[0]);
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
  });
});

describe("reading records", () => {
  it("reads a large table in chunks, every record by column key", async () => {
    const workbook = await setUpWorkbook("en");
    const records = Array.from({ length: 12_000 }, (_, index) => surveyReturn(index));
    await workbook.run((context) =>
      appendMany(context, workbook.plan, { table: "surveyReturns", records, year: 2026 }),
    );
    workbook.host.resetMeters();
    const read = await workbook.run((context) => readRecords(context, workbook.plan, "surveyReturns"));
    expect(read).toHaveLength(12_000);
    expect(read[11_999]).toMatchObject({ id: "SR-2026-12000", customer: "Customer 299", period: "2026-Q4" });
    expect(workbook.host.syncCount).toBeGreaterThan(2);
  });
});
