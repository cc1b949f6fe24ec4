/**
 * The one place the add-in may use an Office.js member newer than the manifest's requirement sets.
 *
 * The manifest declares what every user's Excel supports (ExcelApi 1.9); anything newer runs only where
 * `Office.context.requirements.isSetSupported` says the set is there, and `otherwise` says what the user gets
 * instead (https://learn.microsoft.com/office/dev/add-ins/develop/specify-api-requirements-runtime). The version is a
 * string, as Office asks: 1.10 as a number would read as 1.1. test/manifest/api-sets.test.ts allows a member above
 * the manifest's sets only inside `whereSupported`, up to the set and version named here, so both must be literals.
 */
export function whenApiSupported<T>(
  set: string,
  version: `${number}.${number}`,
  whereSupported: () => T,
  otherwise: () => T,
): T {
  return isApiSupported(set, version) ? whereSupported() : otherwise();
}

/** False outside Office (the preview page and the tests' in-memory host): they promise nothing beyond the manifest. */
export function isApiSupported(set: string, version: string): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported(set, version);
}
