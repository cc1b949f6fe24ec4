/** Errors shaped like OfficeExtension.Error, so code under test handles them as it would in Excel. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export const notLoaded = (property: string) =>
  new HostError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Load it and call context.sync() first.`,
  );
export const notFound = (what: string) => new HostError("ItemNotFound", `${what} does not exist.`);
/** Using an object a *OrNullObject method did not find (see Locator for the source and the reading). */
export const nullObjectUsed = (what: string) =>
  new HostError(
    "InvalidOperation",
    `${what} does not exist (isNullObject is true): check isNullObject after a sync before calling its methods, setting or loading its properties.`,
  );
export const invalidArgument = (why: string) => new HostError("InvalidArgument", why);
export const invalidOperation = (why: string) => new HostError("InvalidOperation", why);
export const accessDenied = (why: string) => new HostError("AccessDenied", why);
export const generalException = (why: string) => new HostError("GeneralException", why);
export const payloadTooLarge = (bytes: number) =>
  new HostError("RequestPayloadSizeLimitExceeded", `The request payload (${bytes} bytes) exceeds the 5 MB limit.`);

export const responseTooLarge = (bytes: number) =>
  new HostError("ResponsePayloadSizeLimitExceeded", `The response payload (${bytes} bytes) exceeds the 5 MB limit.`);
/** A read of more than 5,000,000 cells (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-codes). */
export const rangeExceedsLimit = (cells: number) =>
  new HostError("RangeExceedsLimit", `The range has ${cells} cells; a read is limited to 5,000,000 cells.`);
export const cellEditMode = () =>
  new HostError(
    "InvalidOperationInCellEditMode",
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode and try again.",
  );

/** Turns a plain Error from a parser into the InvalidArgument Excel reports for a bad address or argument. */
export function asHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  return invalidArgument(error instanceof Error ? error.message : String(error));
}
