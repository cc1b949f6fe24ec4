/** A table, sheet, header or defined name as Excel compares them: without regard to case or outer spaces. */
export function excelNameKey(name: unknown): string {
  return String(name ?? "")
    .trim()
    .toLowerCase();
}

/** Whether two names are the same to Excel. */
export function sameExcelName(a: unknown, b: unknown): boolean {
  return excelNameKey(a) === excelNameKey(b);
}
