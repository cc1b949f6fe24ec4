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
export const invalidArgument = (why: string) => new HostError("InvalidArgument", why);
