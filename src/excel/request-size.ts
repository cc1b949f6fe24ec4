/**
 * Excel on the web refuses a request over 5 MB; bulk writes are cut into chunks that stay under 4 MB with room to
 * spare for the request's own envelope.
 */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
const CHUNK_BUDGET_BYTES = 3.5 * 1024 * 1024;

/**
 * Excel on the web also refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded); reads aim below this,
 * measured as rowBytes measures requests
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 */
export const READ_BUDGET_BYTES = 3.5 * 1024 * 1024;

/** Counted as if every character beyond ASCII travels escaped (\uXXXX, 6 bytes): the worst case of any encoding. */
const ESCAPED_EXTRA_BYTES = 5;

/** The bytes a row takes in a request: its JSON, as Office.js serialises values. */
export function rowBytes(row: readonly unknown[]): number {
  const json = JSON.stringify(row);
  let beyondAscii = 0;
  for (let index = 0; index < json.length; index++) if (json.charCodeAt(index) > 0x7f) beyondAscii++;
  return json.length + beyondAscii * ESCAPED_EXTRA_BYTES + 1;
}

/** Consecutive chunks of rows, each under the budget (a single larger row still goes alone). */
export function chunkRows<T extends readonly unknown[]>(rows: readonly T[], budget = CHUNK_BUDGET_BYTES): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = rowBytes(row);
    if (chunk.length > 0 && bytes + size > budget) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(row);
    bytes += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}
