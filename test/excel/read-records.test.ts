import { appendMany } from "../../src/excel/append-many";
import { CELLS_PER_READ, readRecords } from "../../src/excel/read-records";
import { RESPONSE_LIMIT_BYTES } from "../../src/memory-host";
import { complaint, setUpWorkbook } from "../support/excel-fixtures";

describe("reading records under Excel on the web's 5 MB response limit", () => {
  it("reads a table of long Chinese descriptions completely, in responses under 5 MB", async () => {
    const workbook = await setUpWorkbook("zh-CN");
    const text = (index: number) =>
      `${index}：`.padEnd(1_500, "产品在使用两周后出现漏水现象，客户要求更换并说明原因。");
    const records = Array.from({ length: 1_800 }, (_, index) =>
      complaint({ description: text(index), customer: `客户 ${index % 40}` }, "zh-CN"),
    );
    await workbook.run((context) => appendMany(context, workbook.plan, { table: "complaints", records, year: 2026 }));
    workbook.host.resetMeters();
    const read = await workbook.run((context) => readRecords(context, workbook.plan, "complaints"));
    expect(read).toHaveLength(1_800);
    expect(read.map((record) => record.description)).toEqual(records.map((_, index) => text(index)));
    // By cells it is one round; Excel refuses that response once, and the rest is read in pieces that fit.
    const columns = workbook.host.tables().Complaints.headers.length;
    expect(Math.ceil((1_800 * columns) / CELLS_PER_READ)).toBe(1);
    const [, firstRound, ...rest] = workbook.host.responseBytes;
    expect(firstRound).toBeGreaterThan(RESPONSE_LIMIT_BYTES);
    expect(rest.length).toBeGreaterThan(1);
    expect(Math.max(...rest)).toBeLessThanOrEqual(RESPONSE_LIMIT_BYTES);
  });
});
