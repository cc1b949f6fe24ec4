/** A sheet's name as a formula refers to it: always quoted, an apostrophe doubled ('Khách hàng'!A1). */
export function formulaSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** An A1 address on a sheet, e.g. 'Settings'!A1:B5. */
export function sheetAddress(sheet: string, address: string): string {
  return `${formulaSheetName(sheet)}!${address}`;
}
